// The golden set: realistic posts across platforms, half of them clean, each with the
// findings a reviewer judged correct (test/fixtures/golden/expected.json, README beside it).
// Rule ids, flagged text and positions must match exactly; the safe fixes must leave no
// fixable finding behind.
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyFixes, computeLineStarts, createLinter, getRule, positionAt, type PostlintConfig } from '../../server/src/engine';

const DIR = join(__dirname, '../../../test/fixtures/golden');
type Expected = [ruleId: string, flagged: string, position: string];

const config = JSON.parse(readFileSync(join(DIR, 'config.json'), 'utf8')) as PostlintConfig;
const expected = JSON.parse(readFileSync(join(DIR, 'expected.json'), 'utf8')) as Record<string, Expected[]>;
const knownMisses = JSON.parse(readFileSync(join(DIR, 'known-misses.json'), 'utf8')) as Record<string, [string, string, string][]>;
const files = readdirSync(join(DIR, 'posts'))
  .filter((f) => f.endsWith('.post.md'))
  .sort();
const linter = createLinter(config);

function lint(text: string): Expected[] {
  const lineStarts = computeLineStarts(text);
  const result = linter.lint(text);
  assert.deepEqual(result.internalErrors, [], 'no rule may throw');
  return result.findings.map((f) => {
    const p = positionAt(lineStarts, f.start);
    return [f.ruleId, text.slice(f.start, f.end), `${p.line + 1}:${p.character + 1}`];
  });
}

describe('golden posts', () => {
  it('has at least 40 posts, at least half of them clean, each with expectations', () => {
    assert.ok(files.length >= 40, `${files.length} posts`);
    const clean = files.filter((f) => f.startsWith('c'));
    assert.ok(clean.length * 2 >= files.length, `${clean.length} clean of ${files.length}`);
    assert.deepEqual(Object.keys(expected).sort(), files, 'expected.json lists exactly the posts');
    for (const f of clean) assert.deepEqual(expected[f], [], `${f} is a clean post`);
    for (const f of files.filter((x) => x.startsWith('f'))) assert.ok(expected[f].length > 0 || knownMisses[f]?.length, `${f} is a post with findings`);
  });

  for (const file of files) {
    const text = readFileSync(join(DIR, 'posts', file), 'utf8');

    it(`${file}: findings as judged`, () => {
      assert.deepEqual(lint(text), expected[file]);
    });

    it(`${file}: the safe fixes leave no fixable finding`, () => {
      let current = text;
      for (let pass = 0; pass < 10; pass++) {
        const next = applyFixes(current, linter.lint(current).findings);
        if (!next.fixed || next.text === current) break;
        current = next.text;
      }
      const left = linter.lint(current).findings.filter((f) => f.fix);
      assert.deepEqual(left.map((f) => [f.ruleId, current.slice(f.start, f.end)]), []);
      if (linter.lint(text).findings.some((f) => f.fix && getRule(f.ruleId)?.meta.fixable)) assert.notEqual(current, text, 'the post had fixable findings, so fixing changes it');
    });
  }

  describe('known misses (the engine should flag these; move them into expected.json when it does)', () => {
    for (const [file, misses] of Object.entries(knownMisses)) {
      for (const [ruleId, flagged, why] of misses) {
        it(`${file}: ${ruleId} "${flagged}" (${why.slice(0, 60)}…)`, () => {
          const text = readFileSync(join(DIR, 'posts', file), 'utf8');
          assert.ok(text.includes(flagged), 'the text is in the post');
          assert.ok(!lint(text).some(([id, f]) => id === ruleId && f === flagged), 'now flagged: move it into expected.json (after review) and out of known-misses.json');
        });
      }
    }
  });
});
