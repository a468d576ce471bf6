// A RuleTester in the spirit of ESLint's: valid and invalid cases per rule, run through the
// whole engine (every other rule on, as users have it) and filtered to the rule under test.
// Cases assert rule ids and flagged text ranges, never message wording.

import * as assert from 'node:assert/strict';
import { applyEdits, applyFixes, createLinter, type PostlintConfig } from '../../server/src/engine';

export interface Case {
  /** The post body, or a whole post when it starts with "---". */
  text: string;
  /** Adds `platform: …` front matter to a body-only text. */
  platform?: string;
  config?: PostlintConfig;
  /** Shown in the test name; defaults to the text. */
  name?: string;
}

export interface ExpectedFinding {
  /** The exact flagged text (asserts the range). */
  flagged: string;
  /** The finding's severity, when the test is about it (a note rather than a warning). */
  severity?: 'error' | 'warning' | 'info' | 'hint';
  /** Text of the whole post after applying each suggestion in turn (optional). */
  suggestionOutputs?: string[];
}

export interface InvalidCase extends Case {
  findings: ExpectedFinding[];
  /** The post after `fix all` (fixable rules). */
  output?: string;
}

export function postText(c: Case): string {
  if (!c.platform || c.text.startsWith('---')) return c.text;
  return `---\nplatform: ${c.platform}\n---\n${c.text}`;
}

export function lintFor(ruleId: string, c: Case) {
  const config: PostlintConfig = { ...c.config };
  const text = postText(c);
  const result = createLinter(config).lint(text);
  assert.deepEqual(result.internalErrors, [], 'no rule may throw');
  return { text, all: result.findings, findings: result.findings.filter((f) => f.ruleId === ruleId) };
}

export function ruleTester(ruleId: string, cases: { valid: Case[]; invalid: InvalidCase[] }): void {
  describe(ruleId, () => {
    describe('valid', () => {
      for (const c of cases.valid) {
        it(c.name ?? c.text.slice(0, 80), () => {
          const { findings } = lintFor(ruleId, c);
          assert.deepEqual(
            findings.map((f) => f.message && c.text.length < 2000 ? postText(c).slice(f.start, f.end) : f.start),
            [],
            `expected no ${ruleId} findings`,
          );
        });
      }
    });
    describe('invalid', () => {
      for (const c of cases.invalid) {
        it(c.name ?? c.text.slice(0, 80), () => {
          const { text, findings } = lintFor(ruleId, c);
          assert.deepEqual(
            findings.map((f) => text.slice(f.start, f.end)),
            c.findings.map((f) => f.flagged),
            `flagged ranges of ${ruleId}`,
          );
          findings.forEach((f, i) => {
            assert.ok(f.message.length > 20, 'a finding explains itself');
            if (c.findings[i].severity) assert.equal(f.severity, c.findings[i].severity, `severity of "${text.slice(f.start, f.end)}"`);
            const outputs = c.findings[i].suggestionOutputs;
            if (outputs) {
              assert.deepEqual(
                f.suggestions.map((s) => applyEdits(text, s.edits).text),
                outputs.map((o) => postText({ ...c, text: o })),
                'text after each suggestion',
              );
            }
          });
          if (c.output !== undefined) {
            const fixed = applyFixes(text, findings).text;
            assert.equal(fixed, postText({ ...c, text: c.output }), 'text after fix all');
            // The fixed text is linted again: the fix must not leave the same problem behind.
            const again = lintFor(ruleId, { ...c, text: fixed, platform: undefined });
            assert.ok(again.findings.length < findings.length, 'fix all removes findings');
          }
        });
      }
    });
  });
}
