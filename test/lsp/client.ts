// A small LSP client for the protocol tests: spawns the real built server
// (`node dist/server.js --stdio`), or connects to the web build in a browser's web worker
// (test/e2e/web-server.e2e.ts), and talks JSON-RPC to it. Every wait resolves on an
// event (a notification arriving); nothing sleeps, and mocha's timeout is the only clock.

import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection,
} from 'vscode-languageserver-protocol/node';
import {
  type ClientCapabilities,
  type CodeAction,
  type Diagnostic,
  type InitializeResult,
  type PublishDiagnosticsParams,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';

export const ROOT = path.resolve(__dirname, '..', '..', '..');
export const SERVER = path.join(ROOT, 'dist', 'server.js');

/** Builds dist/server.js when it is missing (`npm test` builds first; this covers a bare `mocha`). */
export function ensureServerBuilt(): void {
  if (existsSync(SERVER)) return;
  const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'build.mjs')], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('npm run build failed');
}

export interface StartOptions {
  /** Declare pull-diagnostics support (textDocument.diagnostic). */
  pull?: boolean;
  /** Workspace folder (a path). */
  root?: string;
  /** Workspace folder as a URI the server cannot read (a web workbench's), instead of `root`. */
  rootUri?: string;
  /** Answer to workspace/configuration for section "postlint". */
  settings?: Record<string, unknown>;
  initializationOptions?: Record<string, unknown>;
  clientName?: string;
  /** Declare workspace/configuration support (default true). */
  configuration?: boolean;
  /** Declare workspace folders support (default true). */
  workspaceFolders?: boolean;
  /** Extra environment variables for the server process. */
  env?: Record<string, string>;
}

/** A running server, however it runs: a child process, or a web worker in a browser page. */
export interface RunningServer {
  onExit(listener: () => void): void;
  kill(): void;
  /** Called once `exit` is sent, for a server whose end the client cannot see (a worker ends itself unseen). */
  exitSent?(): void;
}

interface Waiter<T> {
  match: (value: T) => boolean;
  resolve: (value: T) => void;
}

export class TestClient {
  readonly published: PublishDiagnosticsParams[] = [];
  readonly progress: { token: string | number; value: any }[] = [];
  readonly budgets: { uri: string; budgets: any[]; notChecked?: string }[] = [];
  readonly logs: string[] = [];
  refreshRequests = 0;
  settings: Record<string, unknown>;
  initializeResult!: InitializeResult;
  exited = false;
  private readonly docs = new Map<string, TextDocument>();
  private readonly diagnosticWaiters: Waiter<PublishDiagnosticsParams>[] = [];
  private readonly progressWaiters: Waiter<{ token: string | number; value: any }>[] = [];
  private readonly budgetWaiters: Waiter<{ uri: string; budgets: any[]; notChecked?: string }>[] = [];
  private readonly logWaiters: Waiter<string>[] = [];
  private readonly refreshWaiters: (() => void)[] = [];

  private constructor(
    readonly server: RunningServer,
    readonly connection: ProtocolConnection,
    options: StartOptions,
  ) {
    this.settings = options.settings ?? {};
    server.onExit(() => {
      this.exited = true;
    });
    connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      this.published.push(p);
      this.fire(this.diagnosticWaiters, p);
    });
    connection.onNotification('$/progress', (p: { token: string | number; value: any }) => {
      this.progress.push(p);
      this.fire(this.progressWaiters, p);
    });
    connection.onNotification('postlint/budgets', (p: { uri: string; budgets: any[]; notChecked?: string }) => {
      this.budgets.push(p);
      this.fire(this.budgetWaiters, p);
    });
    connection.onNotification('window/logMessage', (p: { message: string }) => {
      this.logs.push(p.message);
      this.fire(this.logWaiters, p.message);
    });
    connection.onNotification('window/showMessage', (p: { message: string }) => {
      this.logs.push(p.message);
      this.fire(this.logWaiters, p.message);
    });
    connection.onRequest('workspace/configuration', (p: { items: { section?: string }[] }) =>
      p.items.map((item) => (item.section === 'postlint' ? this.settings : null)),
    );
    connection.onRequest('client/registerCapability', () => null);
    connection.onRequest('client/unregisterCapability', () => null);
    connection.onRequest('window/workDoneProgress/create', () => null);
    connection.onRequest('window/showMessageRequest', () => null);
    connection.onRequest('window/showDocument', () => ({ success: true }));
    connection.onRequest('workspace/diagnostic/refresh', () => {
      this.refreshRequests++;
      for (const w of this.refreshWaiters.splice(0)) w();
      return null;
    });
    connection.listen();
  }

  /** Starts the built server (dist/server.js) over stdio and initializes it. */
  static async start(options: StartOptions = {}): Promise<TestClient> {
    ensureServerBuilt();
    const child = spawn(process.execPath, [SERVER, '--stdio'], { cwd: ROOT, stdio: 'pipe', env: { ...process.env, ...options.env } });
    child.stderr.on('data', () => undefined);
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    return TestClient.connect({ onExit: (listener) => child.once('exit', listener), kill: () => child.kill() }, connection, options);
  }

  /** Initializes a server that runs elsewhere (a web worker in a browser page), over `connection`. */
  static async connect(server: RunningServer, connection: ProtocolConnection, options: StartOptions = {}): Promise<TestClient> {
    const client = new TestClient(server, connection, options);
    const capabilities: ClientCapabilities = {
      workspace: {
        configuration: options.configuration ?? true,
        didChangeConfiguration: { dynamicRegistration: true },
        didChangeWatchedFiles: { dynamicRegistration: true },
        workspaceEdit: { documentChanges: true },
        workspaceFolders: options.workspaceFolders ?? true,
        ...(options.pull ? { diagnostics: { refreshSupport: true } } : {}),
      },
      textDocument: {
        synchronization: { didSave: true, dynamicRegistration: false },
        publishDiagnostics: { versionSupport: true, codeDescriptionSupport: true, dataSupport: true, relatedInformation: true },
        codeAction: { dataSupport: true, isPreferredSupport: true, codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } } },
        hover: { contentFormat: ['markdown', 'plaintext'] },
        ...(options.pull ? { diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false } } : {}),
      },
      window: { workDoneProgress: true, showDocument: { support: true } },
    };
    const rootUri = options.root ? TestClient.uri(options.root) : options.rootUri;
    client.initializeResult = await connection.sendRequest('initialize', {
      processId: process.pid,
      clientInfo: { name: options.clientName ?? 'postlint-protocol-tests' },
      rootUri: rootUri ?? null,
      workspaceFolders: rootUri ? [{ uri: rootUri, name: path.posix.basename(rootUri) }] : null,
      capabilities,
      initializationOptions: { debounceMs: 0, ...options.initializationOptions },
    });
    await connection.sendNotification('initialized', {});
    return client;
  }

  static uri(p: string): string {
    return require('node:url').pathToFileURL(p).href;
  }

  async stop(): Promise<void> {
    if (this.exited) return;
    const exited = new Promise<void>((resolve) => this.server.onExit(() => resolve()));
    try {
      await this.connection.sendRequest('shutdown');
      await this.connection.sendNotification('exit');
      this.server.exitSent?.();
    } catch {
      this.server.kill();
    }
    await exited;
    this.connection.dispose();
  }

  // ------------------------------------------------------------ documents

  async open(uri: string, text: string, languageId = 'postmd'): Promise<TextDocument> {
    const doc = TextDocument.create(uri, languageId, 1, text);
    this.docs.set(uri, doc);
    await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
    return doc;
  }

  doc(uri: string): TextDocument {
    const doc = this.docs.get(uri);
    if (!doc) throw new Error(`not open: ${uri}`);
    return doc;
  }

  /** Replaces the whole text (a full-document change). Returns the new version. */
  async replace(uri: string, text: string): Promise<number> {
    const doc = this.doc(uri);
    const version = doc.version + 1;
    TextDocument.update(doc, [{ text }], version);
    await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
    return version;
  }

  /** Applies edits the way an editor does: to its own copy, sent as incremental changes. Returns the new version. */
  async edit(uri: string, edits: TextEdit[]): Promise<number> {
    const doc = this.doc(uri);
    const version = doc.version + 1;
    // Last edit first, so the ranges of the earlier ones stay valid.
    const ordered = [...edits].sort((a, b) => doc.offsetAt(b.range.start) - doc.offsetAt(a.range.start));
    const changes = ordered.map((e) => ({ range: e.range, text: e.newText }));
    TextDocument.update(doc, changes, version);
    await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
    return version;
  }

  /** Applies a WorkspaceEdit for an open document (checks its version when the edit carries one). */
  async applyWorkspaceEdit(edit: WorkspaceEdit | undefined, uri: string): Promise<number> {
    if (!edit) throw new Error('code action without an edit');
    let edits: TextEdit[] = [];
    if (edit.documentChanges) {
      for (const change of edit.documentChanges) {
        if (!('textDocument' in change)) throw new Error('unexpected resource operation');
        if (change.textDocument.uri !== uri) throw new Error(`edit for another document: ${change.textDocument.uri}`);
        if (change.textDocument.version !== null && change.textDocument.version !== this.doc(uri).version) {
          throw new Error(`edit for version ${change.textDocument.version}, document is at ${this.doc(uri).version}`);
        }
        edits.push(...(change.edits as TextEdit[]));
      }
    } else {
      edits = edit.changes?.[uri] ?? [];
    }
    return this.edit(uri, edits);
  }

  async save(uri: string): Promise<void> {
    await this.connection.sendNotification('textDocument/didSave', { textDocument: { uri } });
  }

  async close(uri: string): Promise<void> {
    this.docs.delete(uri);
    await this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  // ------------------------------------------------------------ requests

  codeActions(uri: string, diagnostics: Diagnostic[], only?: string[]): Promise<CodeAction[]> {
    const range = diagnostics[0]?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    return this.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range,
      context: { diagnostics, ...(only ? { only } : {}) },
    });
  }

  async fixAll(uri: string): Promise<CodeAction | undefined> {
    const actions = await this.codeActions(uri, [], ['source.fixAll']);
    return actions.find((a) => a.kind === 'source.fixAll.postlint');
  }

  hover(uri: string, line: number, character: number): Promise<any> {
    return this.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line, character } });
  }

  pull(uri: string, previousResultId?: string): Promise<any> {
    return this.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri }, ...(previousResultId ? { previousResultId } : {}) });
  }

  // ------------------------------------------------------------ events

  /** Resolves with the first publishDiagnostics for `uri` (and `version`, when given) that satisfies `match`, already received or not. */
  diagnostics(
    uri: string,
    version?: number,
    match: (p: PublishDiagnosticsParams) => boolean = () => true,
    since = 0,
  ): Promise<PublishDiagnosticsParams> {
    const ok = (p: PublishDiagnosticsParams) => p.uri === uri && (version === undefined || p.version === version) && match(p);
    const seen = this.published.slice(since).find(ok);
    if (seen) return Promise.resolve(seen);
    return this.waitFor(this.diagnosticWaiters, ok);
  }

  /** Diagnostics published for `uri` after the given mark (index into `published`). */
  nextDiagnostics(uri: string, since: number, match: (p: PublishDiagnosticsParams) => boolean = () => true): Promise<PublishDiagnosticsParams> {
    return this.diagnostics(uri, undefined, match, since);
  }

  mark(): number {
    return this.published.length;
  }

  /** Resolves with the first $/progress value for `token` that satisfies `match`. */
  progressValue(token: string | number, match: (value: any) => boolean): Promise<any> {
    const ok = (p: { token: string | number; value: any }) => p.token === token && match(p.value);
    const seen = this.progress.find(ok);
    return (seen ? Promise.resolve(seen) : this.waitFor(this.progressWaiters, ok)).then((p) => p.value);
  }

  progressEnd(token: string | number): Promise<unknown> {
    const ok = (p: { token: string | number; value: any }) => p.token === token && p.value?.kind === 'end';
    const seen = this.progress.find(ok);
    return seen ? Promise.resolve(seen) : this.waitFor(this.progressWaiters, ok);
  }

  budgetsFor(uri: string, match: (b: any[]) => boolean = () => true): Promise<{ uri: string; budgets: any[]; notChecked?: string }> {
    const ok = (p: { uri: string; budgets: any[] }) => p.uri === uri && match(p.budgets);
    const seen = this.budgets.find(ok);
    return seen ? Promise.resolve(seen) : this.waitFor(this.budgetWaiters, ok);
  }

  log(match: (message: string) => boolean): Promise<string> {
    const seen = this.logs.find(match);
    return seen ? Promise.resolve(seen) : this.waitFor(this.logWaiters, match);
  }

  nextRefresh(): Promise<void> {
    return new Promise((resolve) => this.refreshWaiters.push(resolve));
  }

  private waitFor<T>(waiters: Waiter<T>[], match: (value: T) => boolean): Promise<T> {
    return new Promise<T>((resolve) => waiters.push({ match, resolve }));
  }

  private fire<T>(waiters: Waiter<T>[], value: T): void {
    for (let i = waiters.length - 1; i >= 0; i--) {
      if (waiters[i].match(value)) {
        waiters[i].resolve(value);
        waiters.splice(i, 1);
      }
    }
  }
}

/** Applies LSP edits to a text (for asserting what an edit would produce). */
export function applyTextEdits(text: string, edits: TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create('x:/t', 'postmd', 0, text), edits);
}

/**
 * The codes (rule ids) of diagnostics, in order. With `among`, only those rules: tests about
 * one rule stay true when other rules (written by others, changing) also flag the text.
 */
export function codes(p: PublishDiagnosticsParams | { items?: Diagnostic[] }, among?: readonly string[]): string[] {
  const list = 'diagnostics' in p ? p.diagnostics : (p.items ?? []);
  const all = list.map((d) => String(d.code));
  return among ? all.filter((c) => among.includes(c)) : all;
}

/** A fresh copy of the fixture workspace in a temporary folder (tests may change its files). */
export function copyFixtureWorkspace(): string {
  const { cpSync, mkdtempSync, realpathSync } = require('node:fs') as typeof import('node:fs');
  const os = require('node:os') as typeof import('node:os');
  const dir = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'postlint-lsp-')));
  cpSync(path.join(ROOT, 'test', 'fixtures', 'lsp-workspace'), dir, { recursive: true });
  removeOnExit(dir);
  return dir;
}

const tempDirs: string[] = [];
/** Deletes the folder when the test run ends. */
export function removeOnExit(dir: string): void {
  if (!tempDirs.length) {
    process.on('exit', () => {
      const { rmSync } = require('node:fs') as typeof import('node:fs');
      for (const d of tempDirs) rmSync(d, { recursive: true, force: true });
    });
  }
  tempDirs.push(dir);
}

/** The rules these tests exercise, plus the server's own codes. */
export const UNDER_TEST = ['hard-sell', 'team-phrase', 'jargon', 'patient-identifier', 'front-matter', 'config', 'not-checked'] as const;
