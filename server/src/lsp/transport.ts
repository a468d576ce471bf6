// The server's end of the connection: vscode-jsonrpc reads and writes the messages (its
// framing, its readers and writers), and a guard between its reader and the connection
// keeps the protocol's rules that the library leaves to each server:
// - before `initialize`, a request is answered with ServerNotInitialized (-32002) and a
//   notification is dropped (`exit` excepted); a second `initialize` is an InvalidRequest;
// - after `shutdown`, a request is answered with InvalidRequest (-32600) and a notification
//   other than `exit` is dropped;
// - a message that is not JSON, or not JSON-RPC, is logged by kind and size only (the
//   library would copy it, post text and all, into the log) and answered with ParseError or
//   InvalidRequest when it can be;
// - a broken header (no valid Content-Length) leaves the stream unreadable from there on, as
//   nobody knows where the next message starts: the server says so on stderr, without the
//   header's content, and exits, and the editor starts a new one;
// - when the editor closes the connection, the server exits.

import { createConnection as netConnection } from 'node:net';
import {
  AbstractMessageReader,
  ErrorCodes,
  IPCMessageReader,
  IPCMessageWriter,
  Message,
  StreamMessageReader,
  StreamMessageWriter,
  type ContentTypeDecoder,
  type DataCallback,
  type Disposable,
  type MessageReader,
  type MessageReaderOptions,
  type MessageWriter,
  type RequestMessage,
} from 'vscode-languageserver/node';

/** What the transport tells the server (never with a message's content). */
export interface TransportEvents {
  /** A message was passed over (its kind and size): for the server's log. */
  ignored(description: string): void;
  /** The connection cannot go on (its reason, for stderr). */
  fatal(reason: string): void;
  /** The editor closed the connection; `clean` when it asked to shut down first. */
  closed(clean: boolean): void;
}

/** Stands for a message body that is not JSON, with its size. */
interface Unreadable {
  unreadableBytes: number;
}

const sizes = new WeakMap<object, number>();

/** application/json, as vscode-jsonrpc decodes it, except that a body that is not JSON becomes an Unreadable instead of an error. */
const jsonDecoder: ContentTypeDecoder = {
  name: 'application/json',
  async decode(buffer: Uint8Array, options) {
    try {
      const value: unknown = JSON.parse(new TextDecoder(options.charset).decode(buffer));
      if (value && typeof value === 'object') {
        sizes.set(value, buffer.byteLength);
        return value as Message;
      }
    } catch {
      // Not JSON: reported below by size, never by content.
    }
    return { unreadableBytes: buffer.byteLength } as unknown as Message;
  },
};

const READER_OPTIONS: MessageReaderOptions = { charset: 'utf-8', contentTypeDecoder: jsonDecoder };

/** Reader and writer for the transport named on the command line (stdio when none is). */
export function openTransport(argv: readonly string[]): { reader: MessageReader; writer: MessageWriter } {
  const value = (name: string) => {
    const i = argv.findIndex((a) => a === name || a.startsWith(`${name}=`));
    if (i < 0) return undefined;
    return argv[i].includes('=') ? argv[i].slice(name.length + 1) : argv[i + 1];
  };
  if (argv.includes('--node-ipc')) return { reader: new IPCMessageReader(process), writer: new IPCMessageWriter(process) };
  const port = Number(value('--socket'));
  const pipe = value('--pipe');
  if (Number.isInteger(port) && port > 0) {
    const socket = netConnection(port, '127.0.0.1');
    return { reader: new StreamMessageReader(socket, READER_OPTIONS), writer: new StreamMessageWriter(socket) };
  }
  if (pipe) {
    const socket = netConnection(pipe);
    return { reader: new StreamMessageReader(socket, READER_OPTIONS), writer: new StreamMessageWriter(socket) };
  }
  return { reader: new StreamMessageReader(process.stdin, READER_OPTIONS), writer: new StreamMessageWriter(process.stdout) };
}

type Phase = 'new' | 'running' | 'shuttingDown';

export class GuardedReader extends AbstractMessageReader {
  private phase: Phase = 'new';

  constructor(
    private readonly inner: MessageReader,
    private readonly writer: MessageWriter,
    private readonly events: TransportEvents,
  ) {
    super();
  }

  listen(callback: DataCallback): Disposable {
    const subscriptions = [
      this.inner.onError((error) => this.events.fatal(readFailure(error))),
      this.inner.onClose(() => {
        this.fireClose();
        this.events.closed(this.phase === 'shuttingDown');
      }),
      this.inner.onPartialMessage((info) => this.firePartialMessage(info)),
      this.inner.listen((message) => this.receive(message, callback)),
    ];
    return { dispose: () => subscriptions.forEach((s) => s.dispose()) };
  }

  dispose(): void {
    super.dispose();
    this.inner.dispose();
  }

  private receive(message: Message, pass: DataCallback): void {
    const unreadable = (message as unknown as Partial<Unreadable>).unreadableBytes;
    if (typeof unreadable === 'number') {
      this.events.ignored(`a message that is not valid JSON (${unreadable} bytes)`);
      this.reply(null, ErrorCodes.ParseError, 'The server could not read this message: it is not valid JSON.');
      return;
    }
    if (Message.isRequest(message)) return this.request(message, pass);
    if (Message.isNotification(message)) {
      // Notifications are dropped before initialize and after shutdown, except exit.
      if (this.phase === 'running' || message.method === 'exit') pass(message);
      return;
    }
    if (Message.isResponse(message) && message.id !== null) return pass(message);
    // The library would log these whole.
    const id = (message as { id?: unknown }).id;
    this.events.ignored(`${Message.isResponse(message) ? 'a response without an id' : 'a message that is not a JSON-RPC request, notification or response'} (${this.size(message)} bytes)`);
    if (!Message.isResponse(message)) {
      this.reply(typeof id === 'number' || typeof id === 'string' ? id : null, ErrorCodes.InvalidRequest, 'The server could not use this message: it is not a JSON-RPC request, notification or response.');
    }
  }

  private request(message: RequestMessage, pass: DataCallback): void {
    if (this.phase === 'new') {
      if (message.method !== 'initialize') {
        return this.reply(message.id, ErrorCodes.ServerNotInitialized, `The Postlint server received "${method(message)}" before "initialize". Send "initialize" first and wait for its answer.`);
      }
      this.phase = 'running';
    } else if (this.phase === 'shuttingDown') {
      return this.reply(message.id, ErrorCodes.InvalidRequest, `The Postlint server is shutting down and does not answer "${method(message)}". Send "exit", then start a new server.`);
    } else if (message.method === 'initialize') {
      return this.reply(message.id, ErrorCodes.InvalidRequest, 'The Postlint server is already initialized: "initialize" may be sent only once.');
    } else if (message.method === 'shutdown') {
      this.phase = 'shuttingDown';
    }
    pass(message);
  }

  private reply(id: number | string | null, code: number, text: string): void {
    this.writer.write({ jsonrpc: '2.0', id, error: { code, message: text } } as Message).catch(() => undefined);
  }

  private size(message: Message): number {
    return sizes.get(message) ?? Buffer.byteLength(JSON.stringify(message) ?? '');
  }
}

/** A method name as quoted back in an error: short, and only the characters method names use. */
function method(message: RequestMessage): string {
  return message.method.replace(/[^\w$/.-]/g, '?').slice(0, 60);
}

/** Why reading failed, without the message content the library's error carries. */
function readFailure(error: Error): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code) return `the connection to the editor failed (${code})`;
  return 'the editor sent a message whose header could not be read (each message needs a "Content-Length: <bytes>" header, then an empty line)';
}
