// Writes test/corpus/floors.json from the dev half's current figures: run after a change
// that raised them (`npm run eval` first). Floors only ever go up: a figure below the old
// floor is refused, so this cannot be used to make a worse change pass.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const require = createRequire(import.meta.url);
const { readCorpus, scoreHalf } = require(join(root, 'out/test/corpus/score.js'));
const { createLinter } = require(join(root, 'out/server/src/engine/index.js'));
const file = join(root, 'test/corpus/floors.json');
const old = JSON.parse(readFileSync(file, 'utf8')).dev;
const s = scoreHalf('dev', readCorpus('dev'), createLinter());
const worse = [];
if (s.caught < old.caught) worse.push(`caught ${s.caught} < ${old.caught}`);
if (s.falseAlarms > old.falseAlarms) worse.push(`false alarms ${s.falseAlarms} > ${old.falseAlarms}`);
const rules = {};
for (const r of s.rules) {
  const o = old.rules[r.ruleId];
  if (o && r.caught < o.caught) worse.push(`${r.ruleId} caught ${r.caught} < ${o.caught}`);
  if (o && r.falseAlarms > o.falseAlarms) worse.push(`${r.ruleId} false alarms ${r.falseAlarms} > ${o.falseAlarms}`);
  rules[r.ruleId] = { caught: r.caught, falseAlarms: r.falseAlarms };
}
if (worse.length && !process.argv.includes('--force')) {
  console.error(`Not written: the dev figures fell below the floors (${worse.join('; ')}).`);
  process.exit(1);
}
writeFileSync(file, `${JSON.stringify({ dev: { caught: s.caught, falseAlarms: s.falseAlarms, rules } }, null, 2)}\n`);
console.log(`floors: dev caught ${s.caught}/${s.problems}, false alarms ${s.falseAlarms}/${s.clean}`);
