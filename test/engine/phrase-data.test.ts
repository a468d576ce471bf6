// Every phrase list is data with examples. This test keeps the data honest: each entry's
// incorrect example is flagged by its rule and its correct example is not, and no phrase
// is listed twice or hidden inside another (which would double-report or never fire).
import * as assert from 'node:assert/strict';
import { createLinter, RULES } from '../../server/src/engine';
import type { PhraseEntry } from '../../server/src/engine';

function words(phrase: string): string[] {
  return phrase.toLowerCase().replace(/’/g, "'").match(/\{number\}|#?[\p{L}\p{N}]+(?:['\-][\p{L}\p{N}]+)*|%/gu) ?? [];
}

function contains(outer: string[], inner: string[]): boolean {
  if (inner.length > outer.length) return false;
  for (let i = 0; i + inner.length <= outer.length; i++) {
    if (inner.every((w, j) => outer[i + j] === w)) return true;
  }
  return false;
}

const linter = createLinter({});
const lists = RULES.filter((r) => r.phrases && r.meta.id !== 'team-phrase').map((r) => ({
  ruleId: r.meta.id,
  entries: r.phrases!((r.defaultOptions ?? {}) as never) as readonly PhraseEntry[],
}));

describe('phrase data', () => {
  it('every phrase rule has entries', () => {
    for (const l of lists) assert.ok(l.entries.length > 0, l.ruleId);
  });

  for (const { ruleId, entries } of lists) {
    describe(ruleId, () => {
      entries.forEach((entry, i) => {
        it(`entry ${i} (${entry.match[0]}): examples behave`, () => {
          assert.ok(entry.match.length > 0);
          const flagged = linter.lint(entry.examples.incorrect).findings.filter((f) => f.ruleId === ruleId);
          assert.ok(flagged.length > 0, `"${entry.examples.incorrect}" should be flagged by ${ruleId}`);
          const clean = linter.lint(entry.examples.correct).findings.filter((f) => f.ruleId === ruleId);
          assert.deepEqual(clean.map((f) => entry.examples.correct.slice(f.start, f.end)), [], `"${entry.examples.correct}" should pass ${ruleId}`);
        });
      });
    });
  }

  it('no phrase is listed twice, in any rule', () => {
    const seen = new Map<string, string>();
    for (const { ruleId, entries } of lists) {
      entries.forEach((entry, i) => {
        for (const m of entry.match) {
          const key = words(m).join(' ');
          const where = `${ruleId}[${i}]`;
          assert.ok(!seen.has(key) || seen.get(key) === where, `"${m}" is in ${seen.get(key)} and ${where}`);
          seen.set(key, where);
        }
      });
    }
  });

  it('no phrase hides inside a phrase of another entry (it would double-report or never fire)', () => {
    const all = lists.flatMap(({ ruleId, entries }) =>
      entries.flatMap((entry, i) => entry.match.map((m) => ({ where: `${ruleId}[${i}]`, ruleId, text: m, words: words(m) }))),
    );
    const problems: string[] = [];
    for (const a of all) {
      for (const b of all) {
        if (a === b || a.where === b.where) continue;
        if (contains(a.words, b.words)) problems.push(`"${b.text}" (${b.where}) is inside "${a.text}" (${a.where})`);
      }
    }
    assert.deepEqual(problems, []);
  });
});
