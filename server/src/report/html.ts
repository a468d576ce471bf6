// The Check All Posts report as HTML: the body both the VS Code report view and
// `postlint --format html` show (totals, the calendar chart, findings by guideline and by rule,
// the posts to look at, errors first), its stylesheet, and the CLI's self-contained page (no
// script at all, nothing loaded from anywhere). Pure.

import { calendarSection, dayLabel, escapeHtml } from './chart';
import { percent, type Counts, type ReportSummary } from './summary';

/** One post listed in the report (in the order given: see concernOrder). */
export interface ReportRow {
  label: string;
  counts: Counts;
  date?: string;
  promotional?: boolean;
  /** Why it was skipped or not read. */
  problem?: string;
}

export interface ReportView {
  summary: ReportSummary;
  rows: readonly ReportRow[];
  /** "Checked 12 posts on …": the moment, already written out. */
  when: string;
  /** Set when the check was stopped before the end. */
  stopped?: { requested: number };
  /** Rows shown at most (the rest are counted). */
  maxRows?: number;
}

const n = (x: number) => x.toLocaleString('en-US');
const plural = (x: number, one: string, many = `${one}s`) => `${n(x)} ${x === 1 ? one : many}`;

function tile(key: string, value: string, label: string, cls = ''): string {
  return `<div class="tile ${cls}"><span class="value" data-total="${key}">${value}</span><span class="label">${escapeHtml(label)}</span></div>`;
}

/**
 * The report's sections. `interactive` (the VS Code view) makes each post a link
 * (`data-post` = its index in `rows`) and each rule id one (`data-rule`), for the view's script.
 */
export function reportBody(view: ReportView, interactive: boolean): string {
  const s = view.summary;
  const out: string[] = [];
  const head = view.stopped
    ? `The check was stopped: ${n(s.posts)} of ${plural(view.stopped.requested, 'post')} checked, ${view.when}.`
    : `${plural(s.posts, 'post')} checked ${view.when}. ${plural(s.postsWithFindings, 'post')} ${s.postsWithFindings === 1 ? 'has' : 'have'} something to look at.`;
  out.push(`<p class="meta">${escapeHtml(head)}</p>`);

  const promoCls = s.posts && s.promotion.share > s.promotion.maxShare ? 'over' : '';
  out.push(
    '<section class="totals">',
    tile('posts', n(s.posts), s.posts === 1 ? 'post' : 'posts'),
    tile('error', n(s.bySeverity.error), s.bySeverity.error === 1 ? 'error' : 'errors', s.bySeverity.error ? 'error' : ''),
    tile('warning', n(s.bySeverity.warning), s.bySeverity.warning === 1 ? 'warning' : 'warnings', s.bySeverity.warning ? 'warning' : ''),
    tile('info', n(s.bySeverity.info), s.bySeverity.info === 1 ? 'info' : 'infos'),
    tile('hint', n(s.bySeverity.hint), s.bySeverity.hint === 1 ? 'hint' : 'hints'),
    tile('promotional', s.posts ? percent(s.promotion.share) : '–', `promotional (goal ${percent(s.promotion.maxShare)} or less)`, promoCls),
    '</section>',
  );
  for (const f of s.calendarFindings) {
    out.push(`<p class="calendar-finding ${f.severity}"><strong>${escapeHtml(f.ruleId)}</strong>: ${escapeHtml(f.message)}</p>`);
  }

  out.push(calendarSection(s));

  out.push('<section class="columns"><div><h2>Findings by guideline</h2>');
  if (!s.byGuideline.length) out.push('<p>No findings.</p>');
  else {
    out.push('<table class="guidelines"><tbody>');
    for (const g of s.byGuideline) out.push(`<tr data-guideline="${g.guideline}"><td>${escapeHtml(g.title)}</td><td class="n">${n(g.findings)}</td></tr>`);
    out.push('</tbody></table>');
  }
  out.push('</div><div><h2>Findings by rule</h2>');
  if (!s.byRule.length) out.push('<p>No findings.</p>');
  else {
    out.push('<table class="rules"><tbody>');
    for (const r of s.byRule) {
      const name = interactive ? `<a href="#" data-rule="${escapeHtml(r.ruleId)}" title="What this rule checks and why">${escapeHtml(r.ruleId)}</a>` : escapeHtml(r.ruleId);
      out.push(`<tr data-rule-row="${escapeHtml(r.ruleId)}"><td>${name}</td><td class="n">${n(r.findings)}</td></tr>`);
    }
    out.push('</tbody></table>');
  }
  out.push('</div></section>');

  out.push(postsSection(view, interactive));
  return out.join('');
}

function postsSection(view: ReportView, interactive: boolean): string {
  const listed = view.rows.filter((r) => !r.problem);
  const problems = view.rows.map((r, i) => ({ r, i })).filter(({ r }) => r.problem);
  const max = view.maxRows ?? Number.POSITIVE_INFINITY;
  const out: string[] = ['<section class="posts"><h2>Posts to look at</h2>'];
  if (!listed.length) out.push('<p>None: every post checked is clear.</p>');
  else {
    out.push(
      `<p>Errors first, then warnings.${interactive ? ' Click a post to open it at its most serious finding.' : ''}</p>`,
      '<table class="posts"><thead><tr><th>Post</th><th>Date</th><th class="n">Errors</th><th class="n">Warnings</th><th class="n">Other</th></tr></thead><tbody>',
    );
    let shown = 0;
    view.rows.forEach((r, i) => {
      if (r.problem || shown >= max) return;
      shown++;
      const c = r.counts;
      const name = interactive ? `<a href="#" data-post="${i}">${escapeHtml(r.label)}</a>` : escapeHtml(r.label);
      const promo = r.promotional ? ' <span class="tag" title="Counts as promotional: sales pressure or self-praise">promotional</span>' : '';
      out.push(
        `<tr class="${c.error ? 'has-error' : ''}"><td>${name}${promo}</td><td>${r.date ? escapeHtml(dayLabel(r.date)) : ''}</td>` +
          `<td class="n">${n(c.error)}</td><td class="n">${n(c.warning)}</td><td class="n">${n(c.info + c.hint)}</td></tr>`,
      );
    });
    out.push('</tbody></table>');
    if (listed.length > shown) out.push(`<p class="more">And ${plural(listed.length - shown, 'more post')} with findings; the saved report lists them all.</p>`);
  }
  out.push('</section>');
  if (problems.length) {
    out.push('<section class="problems"><h2>Files not checked</h2><ul>');
    for (const { r, i } of problems) {
      const name = interactive ? `<a href="#" data-post="${i}">${escapeHtml(r.label)}</a>` : escapeHtml(r.label);
      out.push(`<li>${name}: ${escapeHtml(r.problem!)}</li>`);
    }
    out.push('</ul></section>');
  }
  return out.join('');
}

/** Layout shared by both hosts; colours come from the variables each host defines. */
export const REPORT_CSS = `
body { font-family: var(--pl-font); color: var(--pl-fg); background: var(--pl-bg); margin: 0; padding: 16px 24px 32px; line-height: 1.45; }
h1 { font-size: 1.5em; margin: 0 0 4px; } h2 { font-size: 1.15em; margin: 24px 0 8px; }
.meta { color: var(--pl-muted); margin: 0 0 16px; }
.totals { display: flex; flex-wrap: wrap; gap: 8px; }
.tile { border: 1px solid var(--pl-border); border-radius: 6px; padding: 8px 14px; min-width: 88px; display: flex; flex-direction: column; }
.tile .value { font-size: 1.6em; font-weight: 600; }
.tile .label { color: var(--pl-muted); font-size: 0.9em; }
.tile.error .value { color: var(--pl-error); } .tile.warning .value, .tile.over .value { color: var(--pl-warning); }
.calendar-finding { border-left: 3px solid var(--pl-warning); padding: 4px 10px; margin: 12px 0 0; }
.charts { display: flex; flex-wrap: wrap; gap: 16px; }
figure { margin: 0; flex: 1 1 320px; max-width: 720px; } figcaption { font-weight: 600; margin-bottom: 4px; }
.key { font-weight: normal; color: var(--pl-muted); margin-left: 8px; font-size: 0.9em; }
.swatch { display: inline-block; width: 10px; height: 10px; margin: 0 4px 0 8px; vertical-align: baseline; }
.swatch.promo { background: var(--pl-promo); } .swatch.plain { background: var(--pl-plain); } .swatch.goal { border-top: 2px dashed var(--pl-goal); height: 0; }
.chart { width: 100%; height: auto; display: block; }
.chart .axis, .chart .goal-label { fill: var(--pl-muted); font-size: 11px; font-family: var(--pl-font); }
.chart .grid { stroke: var(--pl-border); stroke-width: 1; }
.chart .bar.plain, .chart .bar.share { fill: var(--pl-plain); } .chart .bar.promo { fill: var(--pl-promo); } .chart .bar.share.over { fill: var(--pl-warning); }
.chart .goal { stroke: var(--pl-goal); stroke-width: 1.5; stroke-dasharray: 5 4; }
.chart .week:hover .bar { opacity: 0.8; }
.columns { display: flex; flex-wrap: wrap; gap: 32px; } .columns > div { flex: 1 1 280px; }
table { border-collapse: collapse; width: 100%; max-width: 760px; }
th, td { text-align: left; padding: 4px 8px; border-bottom: 1px solid var(--pl-border); vertical-align: top; }
th { color: var(--pl-muted); font-weight: 600; } .n { text-align: right; font-variant-numeric: tabular-nums; }
tr.has-error td:first-child { border-left: 3px solid var(--pl-error); }
table.posts td:nth-child(2) { white-space: nowrap; }
a { color: var(--pl-link); text-decoration: none; } a:hover { text-decoration: underline; }
.tag { font-size: 0.8em; border: 1px solid var(--pl-promo); color: var(--pl-fg); border-radius: 8px; padding: 0 6px; margin-left: 6px; }
details { margin-top: 8px; } summary { cursor: pointer; color: var(--pl-muted); }
code { font-family: var(--pl-mono); }
.more { color: var(--pl-muted); }
`;

/** Colours of the CLI's page: light, or dark when the reader's system is. */
const STANDALONE_COLOURS = `
:root { --pl-font: system-ui, -apple-system, "Segoe UI", sans-serif; --pl-mono: ui-monospace, Menlo, Consolas, monospace;
  --pl-fg: #1f2328; --pl-bg: #ffffff; --pl-muted: #59636e; --pl-border: #d1d9e0; --pl-link: #0b63c4;
  --pl-error: #cf222e; --pl-warning: #9a6700; --pl-plain: #4e8fd6; --pl-promo: #d1842a; --pl-goal: #cf222e; }
@media (prefers-color-scheme: dark) { :root { --pl-fg: #e6edf3; --pl-bg: #0d1117; --pl-muted: #9198a1; --pl-border: #3d444d;
  --pl-link: #4493f8; --pl-error: #f85149; --pl-warning: #d29922; --pl-plain: #4493f8; --pl-promo: #db8b3a; --pl-goal: #f85149; } }
`;

/** `postlint --format html`: one file that opens anywhere, with no script and nothing to load. */
export function standaloneReportHtml(view: ReportView): string {
  return [
    '<!DOCTYPE html>',
    '<html lang="en"><head><meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<title>Postlint report</title>',
    `<style>${STANDALONE_COLOURS}${REPORT_CSS}</style>`,
    '</head><body>',
    '<h1>Postlint report</h1>',
    reportBody(view, false),
    '</body></html>',
    '',
  ].join('\n');
}
