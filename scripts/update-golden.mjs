// Rewrites test/fixtures/golden/expected.json from what the engine reports today.
// Run `npx tsc -p .` first (it reads the compiled engine in out/).
//
// This is NOT a way to make the golden test pass: read every change it prints, judge each
// finding against the rule's description, and only then commit. A finding you judge wrong
// is a bug to fix in the rule (or, for a miss, an entry in known-misses.json), never a line
// to snapshot. Posts named c…  must stay clean: the script refuses to record findings there.
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const require = createRequire(import.meta.url);
const engine = require(join(root, 'out/server/src/engine/index.js'));
const dir = join(root, 'test/fixtures/golden');
const expectedPath = join(dir, 'expected.json');
const config = JSON.parse(readFileSync(join(dir, 'config.json'), 'utf8'));
const previous = existsSync(expectedPath) ? JSON.parse(readFileSync(expectedPath, 'utf8')) : {};

const linter = engine.createLinter(config);
const expected = {};
let changes = 0;
let refused = 0;
for (const file of readdirSync(join(dir, 'posts')).filter((f) => f.endsWith('.post.md')).sort()) {
  const text = readFileSync(join(dir, 'posts', file), 'utf8');
  const lineStarts = engine.computeLineStarts(text);
  const findings = linter.lint(text).findings.map((f) => {
    const p = engine.positionAt(lineStarts, f.start);
    return [f.ruleId, text.slice(f.start, f.end), `${p.line + 1}:${p.character + 1}`];
  });
  if (file.startsWith('c') && findings.length) {
    console.log(`REFUSED ${file}: a clean post has findings ${JSON.stringify(findings)}; fix the rule or rename the post`);
    refused++;
  }
  const before = JSON.stringify(previous[file] ?? null);
  if (before !== JSON.stringify(findings)) {
    changes++;
    console.log(`${file}\n  was: ${before}\n  now: ${JSON.stringify(findings)}`);
  }
  expected[file] = findings;
}
if (refused) process.exit(1);
const lines = Object.entries(expected).map(([file, list]) => `  ${JSON.stringify(file)}: [${list.map((f) => `\n    ${JSON.stringify(f)}`).join(',')}${list.length ? '\n  ' : ''}]`);
writeFileSync(expectedPath, `{\n${lines.join(',\n')}\n}\n`);
console.log(`${Object.keys(expected).length} posts, ${changes} changed. Review every change above before committing.`);
