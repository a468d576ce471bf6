// A byte-level client for the protocol tests that must send what a real client never would
// (requests before initialize, broken headers, messages that are not JSON-RPC): spawns the
// built server and frames, sends and reads messages itself. Waits resolve on events only.

import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { ensureServerBuilt, ROOT, SERVER } from './client';

export interface RawMessage {
  id?: number | string | null;
  method?: string;
  params?: any;
  result?: unknown;
  error?: { code: number; message: string };
}

const running = new Set<RawClient>();

/** Stops every server RawClient started that is still running (for afterEach: a test that timed out leaves its own). */
export function stopRawServers(): void {
  for (const raw of running) raw.kill();
  running.clear();
}

export class RawClient {
  readonly messages: RawMessage[] = [];
  stderr = '';
  exitCode: number | null | undefined;
  private buffer = Buffer.alloc(0);
  private waiters: { match: (m: RawMessage) => boolean; resolve: (m: RawMessage) => void }[] = [];
  private readonly exited: Promise<number | null>;

  private constructor(readonly child: ChildProcessWithoutNullStreams) {
    child.stdout.on('data', (chunk: Buffer) => this.read(chunk));
    child.stderr.on('data', (chunk: Buffer) => (this.stderr += chunk.toString('utf8')));
    this.exited = new Promise((resolve) =>
      child.on('exit', (code) => {
        this.exitCode = code;
        running.delete(this);
        resolve(code);
      }),
    );
  }

  static start(): RawClient {
    ensureServerBuilt();
    const raw = new RawClient(spawn(process.execPath, [SERVER, '--stdio'], { cwd: ROOT, stdio: 'pipe' }));
    running.add(raw);
    return raw;
  }

  /** Sends one message, framed. */
  send(message: object): void {
    const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...message }), 'utf8');
    this.sendRaw(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]));
  }

  /** Sends a body (any bytes) with a correct header. */
  sendBody(body: string): void {
    const bytes = Buffer.from(body, 'utf8');
    this.sendRaw(Buffer.concat([Buffer.from(`Content-Length: ${bytes.length}\r\n\r\n`, 'ascii'), bytes]));
  }

  sendRaw(bytes: Buffer | string): void {
    this.child.stdin.write(bytes);
  }

  /** A request; resolves with its response. */
  request(id: number, method: string, params: unknown = {}): Promise<RawMessage> {
    this.send({ id, method, params });
    return this.next((m) => m.id === id && m.method === undefined);
  }

  async initialize(id = 1): Promise<void> {
    const response = await this.request(id, 'initialize', { processId: process.pid, rootUri: null, capabilities: {}, initializationOptions: { debounceMs: 0 } });
    if (!response.result) throw new Error(`initialize failed: ${JSON.stringify(response.error)}`);
    this.send({ method: 'initialized', params: {} });
  }

  /** The first message (already received or not) that satisfies `match`. */
  next(match: (m: RawMessage) => boolean): Promise<RawMessage> {
    const seen = this.messages.find(match);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve) => this.waiters.push({ match, resolve }));
  }

  logs(): string[] {
    return this.messages.filter((m) => m.method === 'window/logMessage' || m.method === 'window/showMessage').map((m) => String(m.params?.message));
  }

  exit(): Promise<number | null> {
    return this.exited;
  }

  kill(): void {
    if (this.exitCode === undefined) this.child.kill();
  }

  private read(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const end = this.buffer.indexOf('\r\n\r\n');
      if (end < 0) return;
      const length = Number(/Content-Length: (\d+)/i.exec(this.buffer.subarray(0, end).toString('ascii'))?.[1]);
      if (this.buffer.length < end + 4 + length) return;
      const message = JSON.parse(this.buffer.subarray(end + 4, end + 4 + length).toString('utf8')) as RawMessage;
      this.buffer = this.buffer.subarray(end + 4 + length);
      this.messages.push(message);
      for (let i = this.waiters.length - 1; i >= 0; i--) {
        if (this.waiters[i].match(message)) this.waiters.splice(i, 1)[0].resolve(message);
      }
    }
  }
}
