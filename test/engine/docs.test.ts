// Every rule has its doc page, named by its id, that states its guideline, shows incorrect
// and correct examples, and is listed in the README's rule table.
import * as assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { GUIDELINE_TITLES, RULES } from '../../server/src/engine';

const ROOT = join(__dirname, '../../..');

describe('rule documentation', () => {
  for (const rule of RULES) {
    const id = rule.meta.id;
    it(`${id} has docs/rules/${id}.md with guideline and examples`, () => {
      const path = join(ROOT, 'docs/rules', `${id}.md`);
      assert.ok(existsSync(path), `missing ${path}`);
      const page = readFileSync(path, 'utf8');
      assert.match(page, new RegExp(`^# ${id}\\b`, 'm'));
      assert.ok(page.includes(GUIDELINE_TITLES[rule.meta.guideline]), 'names its guideline');
      assert.match(page, /^## Incorrect/m);
      assert.match(page, /^## Correct/m);
      assert.match(page, /^## Why it matters/m);
    });
    it(`${id} has a rule file and a test file named by its id`, () => {
      assert.ok(existsSync(join(ROOT, 'server/src/engine/rules', `${id}.ts`)));
      assert.ok(existsSync(join(ROOT, 'test/engine/rules', `${id}.test.ts`)), `missing test/engine/rules/${id}.test.ts`);
    });
    it(`${id} metadata is complete`, () => {
      for (const key of ['description', 'why', 'goodExample'] as const) {
        assert.ok(rule.meta[key] && !/^TODO/.test(rule.meta[key]), `${key} is written`);
      }
    });
  }

  it('the README rule table lists every rule', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    for (const rule of RULES) assert.ok(readme.includes(`[\`${rule.meta.id}\`](docs/rules/${rule.meta.id}.md)`), `README misses ${rule.meta.id}`);
  });

  it('no doc page without a rule', () => {
    const ids = new Set(RULES.map((r) => r.meta.id));
    for (const f of readdirSync(join(ROOT, 'docs/rules'))) assert.ok(ids.has(f.replace(/\.md$/, '')), `${f} documents no rule`);
  });
});
