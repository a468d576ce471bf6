// Entry point of the language server in a web worker (bundled to dist/web/server.js for the web
// extension, vscode.dev and github.dev): the same server and engine as dist/server.js, talking
// to the editor through the worker's messages instead of stdio. The browser has no file system
// (no-file-system.ts): the posts are the editor's open documents and those Check All Posts sends
// with their text, and the team's .postlintrc.json files are those the editor sends
// (initializationOptions.configFiles, postlint/didChangeConfigFiles; lsp/sent-configs.ts).

import { BrowserMessageReader, BrowserMessageWriter, createConnection, ProposedFeatures } from 'vscode-languageserver/browser';
import { startServer } from '../lsp/server';

type WorkerScope = ConstructorParameters<typeof BrowserMessageReader>[0];
const scope = globalThis as unknown as WorkerScope & { setImmediate?: unknown };

// The server yields to other work with setImmediate, which workers do not have.
if (typeof scope.setImmediate !== 'function') {
  (globalThis as Record<string, unknown>).setImmediate = (fn: (...args: unknown[]) => void, ...args: unknown[]) => setTimeout(fn, 0, ...args);
}

const connection = createConnection(ProposedFeatures.all, new BrowserMessageReader(scope), new BrowserMessageWriter(scope));
startServer(connection);
// `exit` ends the worker, as it ends the Node server's process.
connection.onExit(() => (globalThis as unknown as { close(): void }).close());
connection.listen();
