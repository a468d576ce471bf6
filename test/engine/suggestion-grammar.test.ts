// Every rewording Postlint offers, applied as offered, must leave a sentence that reads as
// English in its context. A real one did not: "…gives guaranteed results to every patient"
// became "…gives results that vary from person to person to every patient". This applies
// every suggestion, safe fix and redaction of every rule to the sample calendar, the test
// fixtures and each phrase entry's own "incorrect" example, and checks the seams of each edit.

import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyEdits, createLinter, RULES, type Suggestion } from '../../server/src/engine';
import { checkSeams } from '../helpers/seams';

const ROOT = join(__dirname, '../../..');

function postsUnder(dir: string): { name: string; text: string }[] {
  return readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.post.md'))
    .sort()
    .map((f) => ({ name: `${dir}/${f}`, text: readFileSync(join(ROOT, dir, f), 'utf8') }));
}

/** Each phrase entry's "incorrect" example, as a Facebook post of its own. */
function phraseExamples(): { name: string; text: string }[] {
  const out: { name: string; text: string }[] = [];
  for (const rule of RULES) {
    const entries = rule.phrases?.(rule.defaultOptions ?? {}) ?? [];
    entries.forEach((e, i) => {
      if (e.examples?.incorrect) out.push({ name: `${rule.meta.id} phrase ${i}`, text: `---\nplatform: facebook\n---\n${e.examples.incorrect}\n` });
    });
  }
  return out;
}

/** Posts that put a universal tail right after a phrase, as people write them. */
const TAILS = [
  'Our new knee program gives guaranteed results to every patient.',
  'Our new knee program gives guaranteed results for every patient.',
  'Our laser guarantees results for all patients.',
  'Our massage brings instant relief for everyone.',
  'Results guaranteed for every client!',
].map((body, i) => ({ name: `tail ${i}`, text: `---\nplatform: facebook\n---\n${body}\n` }));

describe('suggested rewordings read as English in context', () => {
  const linter = createLinter({});
  const posts = [...postsUnder('samples'), ...postsUnder('test/fixtures'), ...phraseExamples(), ...TAILS];

  it('covers posts with suggestions from most rules', () => {
    const rules = new Set<string>();
    for (const { text } of posts) for (const f of linter.lint(text).findings) if (f.suggestions.length) rules.add(f.ruleId);
    assert.ok(posts.length > 100, `${posts.length} posts`);
    assert.ok(rules.size >= 8, [...rules].join(', '));
  });

  it('no suggestion leaves a doubled word, a doubled prepositional tail, a wrong a/an or a dangling space', () => {
    const problems: string[] = [];
    let applied = 0;
    for (const { name, text } of posts) {
      for (const f of linter.lint(text).findings) {
        const offered: Suggestion[] = [...f.suggestions, ...(f.fix ? [f.fix] : []), ...(f.redaction ? [f.redaction] : [])];
        for (const s of offered) {
          applied++;
          const after = applyEdits(text, s.edits).text;
          for (const p of checkSeams(after, s.edits)) problems.push(`${name} (${f.ruleId}, ${s.title}): ${p}`);
        }
      }
    }
    assert.ok(applied > 200, `${applied} suggestions applied`);
    assert.deepEqual(problems, []);
  });
});
