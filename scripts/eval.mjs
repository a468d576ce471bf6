// `npm run eval`: scores every content rule on the real-post corpus, both halves.
// Tune rules on `dev` only; `test` is scored, never studied (test/corpus/real/README.md).
// `--dev` prints the dev half only (while tuning). `--misses` also lists the dev half's missed problem posts and false alarms.
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const require = createRequire(import.meta.url);
const { HALVES, readCorpus, scoreHalf, formatTable, closingLine } = require(join(root, 'out/test/corpus/score.js'));
const { createLinter } = require(join(root, 'out/server/src/engine/index.js'));

const linter = createLinter();
const scores = HALVES.map((half) => scoreHalf(half, readCorpus(half), linter));
for (const s of scores) if (!process.argv.includes("--dev") || s.half === "dev") console.log(`${formatTable(s)}\n`);
if (process.argv.includes('--misses')) {
  const dev = scores.find((s) => s.half === 'dev');
  console.log(`dev misses:\n  ${dev.missed.join('\n  ')}\ndev false alarms:\n  ${dev.alarmed.join('\n  ')}\n`);
}
for (const s of scores) if (!process.argv.includes('--dev') || s.half === 'dev') console.log(closingLine(s));
