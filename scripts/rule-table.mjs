// Regenerates the rule table in README.md from the rules' metadata (run after `npm run compile-tests`).
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const require = createRequire(import.meta.url);
const { RULES, GUIDELINE_TITLES } = require(join(root, 'out/server/src/engine/index.js'));

const rows = RULES.map((r) => {
  const m = r.meta;
  const fix = m.fixable ? 'fix' + (m.hasSuggestions ? ' + suggestions' : '') : m.hasSuggestions ? 'suggestions' : '';
  return `| [\`${m.id}\`](docs/rules/${m.id}.md) | ${GUIDELINE_TITLES[m.guideline]} | ${m.defaultSeverity} | ${fix} | ${m.description.replace(/\|/g, '\\|')} |`;
});
const table = ['| rule | guideline | default | fixes | what it flags |', '| --- | --- | --- | --- | --- |', ...rows].join('\n');
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const next = readme.replace(/<!-- rules:start -->[\s\S]*<!-- rules:end -->/, `<!-- rules:start -->\n${table}\n<!-- rules:end -->`);
writeFileSync(join(root, 'README.md'), next);
console.log(`README rule table: ${rows.length} rules`);
