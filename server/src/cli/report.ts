// The results of one CLI run, in the shape every output format reads.
// Lines and columns are 1-based; columns count UTF-16 code units (what editors, LSP and
// SARIF's default `utf16CodeUnits` use). End positions are exclusive: `endColumn` is the
// column just after the last flagged character.

import type { Finding, Severity, Suggestion } from '../engine';
import { lineColumnRange, type LineColumnRange, type TextLocation } from '../node/location';

export interface OutEdit extends TextLocation {
  newText: string;
}

export interface OutSuggestion {
  title: string;
  edits: OutEdit[];
}

export interface OutFinding extends LineColumnRange {
  ruleId: string;
  severity: Severity;
  message: string;
  suggestions: OutSuggestion[];
  /** The safe fix `--fix` applies, when the rule has one. */
  fix?: OutSuggestion;
}

export interface FileReport {
  /** Absolute path. */
  path: string;
  findings: OutFinding[];
  /** Set when the file was not a post (binary, too large): a note, not a failure. */
  skipped?: string;
  /** Set when the post could not be read (encoding, permissions): counted as an error. */
  error?: string;
  /** Problems fixed and saved by `--fix`. */
  fixed?: number;
  /** The post's date (YYYY-MM-DD) from its settings or file name, for `--format html`'s calendar. */
  date?: string;
  /** One of its findings (before --quiet) is sales pressure or self-praise, for `--format html`'s calendar. */
  promotional?: boolean;
  /**
   * This file's part of the output (its JSON entry or its stylish block), written by the
   * thread that checked it; `findings` is then left empty, so a large run neither keeps nor
   * copies between threads every finding as objects.
   */
  rendered?: string;
}

/** How many findings of each severity a file reports (what the summary line counts). */
export interface SeverityCounts {
  error: number;
  warning: number;
  info: number;
  hint: number;
}

/** A finding about a set of posts (promotion-share), not about one file. */
export interface WorkspaceReport {
  /** Absolute path of the folder the finding is about. */
  path: string;
  ruleId: string;
  severity: Severity;
  message: string;
  figures: Record<string, number>;
}

export interface PromotionFigures {
  /** Absolute path of the folder the figures are about. */
  path: string;
  posts: number;
  promotionalPosts: number;
  share: number;
  maxShare: number;
}

export interface Counts {
  posts: number;
  errors: number;
  warnings: number;
  infos: number;
  hints: number;
  skipped: number;
  unreadable: number;
}

export interface RunReport {
  cwd: string;
  files: FileReport[];
  workspace: WorkspaceReport[];
  promotion: PromotionFigures[];
  counts: Counts;
  fix?: { files: number; problems: number };
  /** With --quiet: the findings it kept out of the report, by severity. */
  hidden?: SeverityCounts;
  /** Rule crashes (never with post text), reported on stderr. */
  internalErrors: { path: string; ruleId: string; error: string }[];
}

/** The findings with 1-based lines and columns, from the line starts of the text they are about. */
export function toOutFindings(lineStarts: number[], findings: readonly Finding[]): OutFinding[] {
  if (!findings.length) return [];
  const pos = (start: number, end: number) => lineColumnRange(lineStarts, start, end);
  const suggestion = (s: Suggestion): OutSuggestion => ({
    title: s.title,
    edits: s.edits.map((e) => ({ start: e.start, end: e.end, ...pos(e.start, e.end), newText: e.newText })),
  });
  return findings.map((f) => ({
    ruleId: f.ruleId,
    severity: f.severity,
    message: f.message,
    ...pos(f.start, f.end),
    suggestions: f.suggestions.map(suggestion),
    ...(f.fix ? { fix: suggestion(f.fix) } : {}),
  }));
}

/** How many findings --quiet hid, in words ("2 warnings and 1 info"); "" when none. */
export function hiddenWords(hidden: SeverityCounts | undefined): string {
  if (!hidden) return '';
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const parts = [
    ...(hidden.warning ? [plural(hidden.warning, 'warning')] : []),
    ...(hidden.info ? [plural(hidden.info, 'info')] : []),
    ...(hidden.hint ? [plural(hidden.hint, 'hint')] : []),
  ];
  return parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}` : (parts[0] ?? '');
}

/** The sentence every format prints when --quiet hid findings ("" when it hid none). */
export function hiddenNotice(hidden: SeverityCounts | undefined): string {
  const words = hiddenWords(hidden);
  return words ? `--quiet hid ${words}; they do not fail the check, but run without --quiet to see and fix them.` : '';
}
