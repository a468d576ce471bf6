// `--format html`: the report Check All Posts shows in VS Code, as one self-contained page for
// a CI artefact: totals, the calendar chart (posts and promotional share per week), findings by
// guideline and by rule, the posts to look at. The figures come from the same module as the
// editor's view (server/src/report/summary.ts), so both show the same numbers.

import { relative } from 'node:path';
import { getRule } from '../engine';
import { standaloneReportHtml, type ReportRow } from '../report/html';
import { buildReportSummary, concernOrder, type Counts, type ReportPost } from '../report/summary';
import type { FileReport, RunReport } from './report';

export function formatHtml(report: RunReport, unreadable: (f: FileReport) => boolean, when: Date): string {
  const posts: (ReportPost & ReportRow)[] = [];
  const byRule: Record<string, number> = {};
  for (const f of report.files) {
    const counts: Counts = { error: 0, warning: 0, info: 0, hint: 0 };
    for (const x of f.findings) {
      counts[x.severity]++;
      byRule[x.ruleId] = (byRule[x.ruleId] ?? 0) + 1;
    }
    const error = unreadable(f) ? f.error : undefined;
    posts.push({
      label: relative(report.cwd, f.path) || f.path,
      counts,
      date: f.date,
      promotional: f.promotional,
      skipped: f.skipped,
      error,
      problem: error ?? f.skipped,
    });
  }
  for (const w of report.workspace) byRule[w.ruleId] = (byRule[w.ruleId] ?? 0) + 1;
  // Several settings files may each set a goal: the one that applies to the most posts.
  const goal = [...report.promotion].sort((a, b) => b.posts - a.posts)[0];
  const summary = buildReportSummary({
    posts,
    byRule,
    calendarFindings: report.workspace.map((w) => ({ ruleId: w.ruleId, severity: w.severity, message: w.message })),
    maxShare: goal?.maxShare ?? 0.2,
    guidelineOf: (id) => getRule(id)?.meta.guideline,
  });
  const total = (p: ReportPost) => p.counts.error + p.counts.warning + p.counts.info + p.counts.hint;
  const rows = concernOrder(
    posts.filter((p) => p.problem || total(p) > 0),
    (p) => p.label,
  );
  return standaloneReportHtml({ summary, rows, when: `on ${stamp(when)}` });
}

function stamp(d: Date): string {
  const pad = (x: number) => String(x).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
