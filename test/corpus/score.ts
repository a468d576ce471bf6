// Scores the engine on the real-post corpus (test/corpus/real/{dev,test}): per rule, the
// problem posts it caught at warning or error among those labelled with it, and its false
// alarms on clean posts. Shared by `npm run eval` (scripts/eval.mjs) and the floors test.

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createLinter, type Finding, type Linter } from '../../server/src/engine';

/** The content rules real posts break, in the README's order; the corpus is labelled with these. */
export const SCORED_RULES = [
  'patient-story',
  'patient-identifier',
  'unprofessional-language',
  'hard-sell',
  'self-praise',
  'testimonial',
  'engagement-bait',
  'individual-advice',
  'overpromise',
  'undisclosed-endorsement',
  'shouting',
] as const;

export const HALVES = ['dev', 'test'] as const;
export type Half = (typeof HALVES)[number];

export interface Label {
  file: string;
  source: string;
  sourceTitle: string;
  story: string;
  author: string;
  pageSays: 'criticised' | 'praised' | 'neutral';
  verdict: 'problem' | 'clean';
  rules: string[];
  note?: string;
}

export interface CorpusPost {
  half: Half;
  label: Label;
  text: string;
}

export const CORPUS_DIR = join(__dirname, '../../../test/corpus/real');

export function readLabels(half: Half, dir = CORPUS_DIR): Label[] {
  return JSON.parse(readFileSync(join(dir, half, 'labels.json'), 'utf8')) as Label[];
}

export function readCorpus(half: Half, dir = CORPUS_DIR): CorpusPost[] {
  return readLabels(half, dir).map((label) => ({ half, label, text: readFileSync(join(dir, half, label.file), 'utf8') }));
}

/** The `.post.md` files of a half, whether labelled or not (the corpus test compares the two). */
export function postFiles(half: Half, dir = CORPUS_DIR): string[] {
  return readdirSync(join(dir, half)).filter((f) => f.endsWith('.post.md')).sort();
}

export interface RuleScore {
  ruleId: string;
  /** Problem posts labelled with this rule. */
  labelled: number;
  /** …of which the rule flagged at warning or error. */
  caught: number;
  /** …of which the rule flagged only at info or hint. */
  caughtInfo: number;
  /** Clean posts the rule flagged at warning or error. */
  falseAlarms: number;
  /** Clean posts the rule flagged only at info or hint. */
  falseAlarmsInfo: number;
  /** Problem posts not labelled with this rule that it flagged at warning or error. */
  offLabel: number;
}

export interface HalfScore {
  half: Half;
  problems: number;
  /** Problem posts with at least one warning or error from one of their labelled rules. */
  caught: number;
  clean: number;
  /** Clean posts with a warning or error from a scored rule not in their labels. */
  falseAlarms: number;
  rules: RuleScore[];
  /** File names of missed problem posts and of false alarms, for studying the dev half. */
  missed: string[];
  alarmed: string[];
  /** Posts on which a rule threw ("file: rule"): its findings on them are lost. */
  failed: string[];
}

const SCORED = new Set<string>(SCORED_RULES);

function serious(f: Finding): boolean {
  return f.severity === 'error' || f.severity === 'warning';
}

export function scoreHalf(half: Half, posts: readonly CorpusPost[], linter: Linter = createLinter()): HalfScore {
  const rules = new Map<string, RuleScore>(
    SCORED_RULES.map((ruleId) => [ruleId, { ruleId, labelled: 0, caught: 0, caughtInfo: 0, falseAlarms: 0, falseAlarmsInfo: 0, offLabel: 0 }]),
  );
  const score: HalfScore = { half, problems: 0, caught: 0, clean: 0, falseAlarms: 0, rules: [...rules.values()], missed: [], alarmed: [], failed: [] };
  for (const post of posts) {
    const labels = new Set(post.label.rules);
    const result = linter.lint(post.text);
    for (const e of result.internalErrors) score.failed.push(`${post.label.file}: ${e.ruleId}`);
    const findings = result.findings.filter((f) => SCORED.has(f.ruleId));
    const seriousRules = new Set(findings.filter(serious).map((f) => f.ruleId));
    const anyRules = new Set(findings.map((f) => f.ruleId));
    const problem = post.label.verdict === 'problem';
    if (problem) score.problems++;
    else score.clean++;
    for (const r of rules.values()) {
      const labelled = labels.has(r.ruleId);
      if (labelled && problem) {
        r.labelled++;
        if (seriousRules.has(r.ruleId)) r.caught++;
        else if (anyRules.has(r.ruleId)) r.caughtInfo++;
      } else if (!labelled && !problem) {
        if (seriousRules.has(r.ruleId)) r.falseAlarms++;
        else if (anyRules.has(r.ruleId)) r.falseAlarmsInfo++;
      } else if (!labelled && problem && seriousRules.has(r.ruleId)) {
        r.offLabel++;
      }
    }
    if (problem) {
      if ([...labels].some((id) => seriousRules.has(id))) score.caught++;
      else score.missed.push(post.label.file);
    } else if ([...seriousRules].some((id) => !labels.has(id))) {
      score.falseAlarms++;
      score.alarmed.push(post.label.file);
    }
  }
  return score;
}

function percent(n: number, d: number): string {
  return d ? `${Math.round((100 * n) / d)} %` : '–';
}

/** The closing line of a half, exactly as the issue and the floors test read it. */
export function closingLine(s: HalfScore): string {
  return `${s.half}: caught ${s.caught}/${s.problems} (${percent(s.caught, s.problems)}), false alarms ${s.falseAlarms}/${s.clean}`;
}

export function formatTable(s: HalfScore): string {
  const head = ['rule', 'caught', '%', 'info/hint only', 'false alarms', 'info/hint on clean', 'off-label'];
  const rows = s.rules.map((r) => [
    r.ruleId,
    `${r.caught}/${r.labelled}`,
    percent(r.caught, r.labelled),
    String(r.caughtInfo),
    `${r.falseAlarms}/${s.clean}`,
    String(r.falseAlarmsInfo),
    String(r.offLabel),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [`${s.half} half: ${s.problems} problem posts, ${s.clean} clean`, line(head), ...rows.map(line), closingLine(s)].join('\n');
}
