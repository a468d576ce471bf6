// Checking (and with --fix, fixing) one post file. Used by the main thread and by the
// worker threads alike, so both produce exactly the same report.

import { applyFixes, parsePost, summaryFinding, type SummaryFinding } from '../engine';
import { PROMOTIONAL_RULES } from '../engine/rules/promotion-share';
import type { ConfigLoader, LoadedConfig } from '../node/config-loader';
import { readPost, writePost } from '../node/read-post';
import { postDate } from '../report/summary';
import { githubFileBlock } from './format-github';
import { fileEntryJson } from './format-json';
import { stylishFileBlock } from './format-stylish';
import { toOutFindings, type FileReport, type SeverityCounts } from './report';

/** Most fix passes per file: a fix can reveal another (or two fixes overlap and wait a pass). */
export const MAX_FIX_PASSES = 10;

export interface CheckOptions {
  fix: boolean;
  quiet: boolean;
  /** Write the file's part of the output now (FileReport.rendered) and drop its findings. */
  render?: RenderOptions;
}

/** The output formats that print file by file. */
export type RenderOptions = { format: 'json' } | { format: 'stylish'; cwd: string; color: boolean } | { format: 'github'; cwd: string };

export interface FileOutcome {
  report: FileReport;
  /** Severities of the findings the report shows (after --quiet). */
  shown: SeverityCounts;
  /** Rule id and severity of every finding (before --quiet), for calendar-wide figures; undefined when the post was not checked. */
  summary?: SummaryFinding[];
  /** The post could not be read (counts as an error). */
  unreadable?: boolean;
  internalErrors: { ruleId: string; error: string }[];
}

export function checkFile(path: string, loaded: LoadedConfig, loader: ConfigLoader, options: CheckOptions): FileOutcome {
  const read = readPost(path);
  if (read.kind === 'skipped') return rendered({ report: { path, findings: [], skipped: read.message }, shown: noFindings(), internalErrors: [] }, options);
  if (read.kind === 'unreadable') return rendered({ report: { path, findings: [], error: read.message }, shown: noFindings(), unreadable: true, internalErrors: [] }, options);

  const linter = loader.linterFor(loaded);
  // The parsed post's line starts serve the report's lines and columns too.
  const lint = (t: string) => {
    const doc = parsePost(t);
    return { result: linter.lintDocument(doc), lineStarts: doc.lineStarts };
  };
  let text = read.text;
  let { result, lineStarts } = lint(text);
  let fixed = 0;
  if (options.fix) {
    for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
      const next = applyFixes(text, result.findings);
      if (!next.fixed || next.text === text) break;
      text = next.text;
      fixed += next.fixed;
      ({ result, lineStarts } = lint(text));
    }
  }
  let saveProblem: string | undefined;
  if (text !== read.text) {
    saveProblem = writePost(path, read, text);
    // Not saved: report the text that is on disk, not the fixed text that is not.
    if (saveProblem) ({ result, lineStarts } = lint(read.text));
  }
  const shown = options.quiet ? result.findings.filter((f) => f.severity === 'error') : result.findings;
  const report: FileReport = { path, findings: toOutFindings(lineStarts, shown) };
  const date = postDate(text, path);
  if (date) report.date = date;
  if (result.findings.some((f) => PROMOTIONAL_RULES.includes(f.ruleId))) report.promotional = true;
  if (saveProblem) report.error = saveProblem;
  else if (text !== read.text) report.fixed = fixed;
  const shownCounts = noFindings();
  for (const f of shown) shownCounts[f.severity]++;
  return rendered({ report, shown: shownCounts, summary: result.findings.map((f) => summaryFinding(f.ruleId, f.severity)), internalErrors: result.internalErrors }, options);
}

export function noFindings(): SeverityCounts {
  return { error: 0, warning: 0, info: 0, hint: 0 };
}

/** With `render`, the file's part of the output written now and its findings dropped. */
export function rendered(outcome: FileOutcome, options: CheckOptions): FileOutcome {
  const { render } = options;
  if (render) {
    outcome.report.rendered =
      render.format === 'json' ? fileEntryJson(outcome.report) : render.format === 'github' ? githubFileBlock(outcome.report, render.cwd) : stylishFileBlock(outcome.report, render.cwd, render.color);
    outcome.report.findings = [];
  }
  return outcome;
}
