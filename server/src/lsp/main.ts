// Entry point of `postlint-language-server` (bundled to dist/server.js).
// Runs over stdio by default (`--stdio`); `--node-ipc`, `--socket=<port>` and `--pipe=<name>`
// are accepted too, as for any vscode-languageserver based server.

import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { getRule } from '../engine';
import { describeError } from './log';
import { startServer } from './server';

const TRANSPORTS = ['--stdio', '--node-ipc', '--socket', '--pipe', '--clientProcessId'];

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

const explicitTransport = process.argv.some((a) => TRANSPORTS.some((t) => a === t || a.startsWith(`${t}=`)));
const connection = explicitTransport
  ? createConnection(ProposedFeatures.all)
  : createConnection(ProposedFeatures.all, process.stdin, process.stdout);

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

startServer(connection);
connection.listen();
