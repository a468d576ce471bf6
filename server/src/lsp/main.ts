// Entry point of `postlint-language-server` (bundled to dist/server.js).
// Runs over stdio by default (`--stdio`); `--node-ipc`, `--socket=<port>` and `--pipe=<name>`
// are accepted too, as for any vscode-languageserver based server.

// First: V8's collection heuristics are set before the engine and its model are loaded.
import '../node/gc-tuning';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import * as path from 'node:path';
import { getRule } from '../engine';
import { nodeDiscoveryFs } from '../node/discover';
import { describeError } from './log';
import { startServer, type ServerOptions } from './server';
import { GuardedReader, openTransport } from './transport';

if (process.argv.includes('--version') || process.argv.includes('-v')) {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  process.stdout.write(`${require('../../../package.json').version}\n`);
  process.exit(0);
}

if (process.argv.includes('--help') || process.argv.includes('-h')) {
  process.stdout.write(
    'postlint-language-server: the Postlint language server.\n\nUsage: postlint-language-server --stdio\n\n' +
      'Start it from your editor\'s LSP client (see docs/editors.md); it talks the Language Server Protocol over stdin/stdout.\n',
  );
  process.exit(0);
}

// The library's framing, readers and writers; the guard keeps the protocol's rules on what
// may come when, and never lets a message's content reach a log (transport.ts).
const transport = openTransport(process.argv.slice(2));
let logIgnored: (description: string) => void = () => undefined;
const reader = new GuardedReader(transport.reader, transport.writer, {
  ignored: (description) => logIgnored(description),
  fatal: (reason) => {
    process.stderr.write(
      `postlint-language-server: stopping: ${reason}. After that the server cannot tell where the next message starts, so it exits; your editor can start it again. If this keeps happening, report it with the name and version of your editor.\n`,
    );
    process.exit(1);
  },
  closed: (clean) => process.exit(clean ? 0 : 1),
});
const connection = createConnection(ProposedFeatures.all, reader, transport.writer);
logIgnored = (description) => connection.console.warn(`Postlint: ignored ${description} from the editor; its content is not logged, as it may hold post text.`);

// Last line of defence: an unexpected error is logged (never with post text) and the server keeps serving.
process.on('uncaughtException', (error) => {
  try {
    connection.console.error(`Postlint: unexpected error: ${describeError(error)}`);
  } catch {
    // The connection itself is gone; nothing to report to.
  }
});
process.on('unhandledRejection', (error) => {
  try {
    connection.console.error(`Postlint: unexpected error: ${describeError(error)}`);
  } catch {
    // As above.
  }
});

// Test hook for the protocol tests: make one rule throw on every post, to check that the
// failure is logged (rule id and error only) and the other rules still report.
const faultyRule = process.env.POSTLINT_LSP_TEST_FAULTY_RULE;
if (faultyRule) {
  const rule = getRule(faultyRule);
  if (rule) {
    rule.check = () => {
      throw new Error('deliberate failure for a test');
    };
  }
}

// Test hook for the protocol tests: a folder search that never gets an answer from a folder of
// this name (a hung network drive), to check that cancelling it answers at once.
const options: ServerOptions = {};
const stallFolder = process.env.POSTLINT_LSP_TEST_STALL_FOLDER;
if (stallFolder) {
  options.discoveryFs = {
    ...nodeDiscoveryFs,
    readdir: (p) => (path.basename(p) === stallFolder ? new Promise(() => undefined) : nodeDiscoveryFs.readdir(p)),
  };
}

startServer(connection, options);
connection.listen();
