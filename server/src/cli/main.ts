// Entry point of the `postlint` command (bundled to dist/cli.js). The same file runs the
// worker threads that share a large calendar among cores.

// First: V8's collection heuristics are set before the engine and its model are loaded.
import '../node/gc-tuning';
import { isPoolWorker, runPoolWorker } from './pool';
import { run } from './run';

if (isPoolWorker()) runPoolWorker();
else main();

function main(): void {
  // The reader went away (`postlint | head`): nothing more can be shown, but the check still
  // finishes so the exit code tells whether the posts passed (instead of a crash).
  let readerGone = false;
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    readerGone = true;
  });
  run(process.argv.slice(2), {
    cwd: process.cwd(),
    env: process.env,
    stdout: (s) => {
      if (!readerGone) process.stdout.write(s);
    },
    stderr: (s) => process.stderr.write(s),
    isTTY: !!process.stdout.isTTY,
    workerScript: __filename,
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      // Never print a stack with post text in it: name and first line only.
      const message = error instanceof Error ? `${error.name}: ${error.message.split('\n')[0].slice(0, 200)}` : 'unknown error';
      process.stderr.write(`postlint: internal error (${message}). Please report this.\n`);
      process.exitCode = 2;
    },
  );
}
