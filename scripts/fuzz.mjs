// Fuzzes the engine with random and mutated posts and configurations (test/helpers/fuzz.ts).
//   npm run build && npm run compile-tests
//   node scripts/fuzz.mjs --count 100000 [--seed 1] [--from 0]
//   node scripts/fuzz.mjs --seed 1 --only 4711      # one input again, e.g. under a debugger
// Prints failures by input index and length only: never the text of an input.
import { createRequire } from 'node:module';
import { parseArgs } from 'node:util';

const require = createRequire(import.meta.url);
const { fuzz } = require('../out/test/helpers/fuzz.js');

const { values } = parseArgs({
  options: { count: { type: 'string', default: '10000' }, seed: { type: 'string', default: '1' }, from: { type: 'string', default: '0' }, only: { type: 'string' } },
});
const seed = Number(values.seed);
const from = values.only !== undefined ? Number(values.only) : Number(values.from);
const count = values.only !== undefined ? 1 : Number(values.count);

const result = fuzz(seed, count, from, (done) => {
  if (done % 10_000 === 0) process.stderr.write(`${done} inputs…\n`);
});
for (const f of result.failures) console.log(`input ${f.index} (${f.length} chars): ${f.problem}`);
for (const s of result.slow) console.log(`slow: input ${s.index} (${s.length} chars) ${s.ms.toFixed(0)} ms of CPU`);
const { slowest } = result;
console.log(
  `${result.count} inputs (seed ${seed}, from ${from}) in ${(result.ms / 1000).toFixed(1)} s: ${result.failures.length} failures, ${result.slow.length} slow; ` +
    `slowest input ${slowest.index} (${slowest.length} chars) ${slowest.ms.toFixed(0)} ms`,
);
process.exitCode = result.failures.length ? 1 : 0;
