// The default output, for people: findings grouped by file, then a summary.
//
//   calendar/flu-shots.post.md
//     3:12  warning  Sales pressure such as "book now" …  hard-sell
//
//   ✖ 12 posts checked: 1 error, 3 warnings, 2 infos
//     Promotion: 3 of 40 posts (8 %) are promotional; goal ≤ 20 %
//
// Colours only when asked for (a terminal without NO_COLOR). No post text is printed
// beyond what a rule's message quotes.

import { relative } from 'node:path';
import { hiddenNotice, type FileReport, type RunReport } from './report';

export interface StylishOptions {
  color: boolean;
  /** Extra lines about files (ignored files named on the command line). */
  notes?: readonly string[];
  /** Arguments that matched no post. */
  empty?: readonly string[];
  maxWarnings?: number;
}

const CODES = { red: 31, yellow: 33, cyan: 36, green: 32, dim: 2, bold: 1, underline: 4 } as const;
type Style = keyof typeof CODES;

/**
 * One file's block ("" when it has nothing to show). A large run prints each block as soon as
 * its post is checked (see run.ts), so the report never holds every finding at once.
 */
export function stylishFileBlock(f: FileReport, cwd: string, color: boolean): string {
  const rows: Row[] = f.findings.map((x) => ({ where: `${x.line}:${x.column}`, severity: x.severity, message: oneLine(x.message), ruleId: x.ruleId }));
  if (f.error) rows.unshift({ where: '', severity: 'error', message: f.error, ruleId: '' });
  if (f.skipped) rows.unshift({ where: '', severity: 'note', message: f.skipped, ruleId: '' });
  return rows.length ? block(painter(color), relative(cwd, f.path) || '.', rows) : '';
}

/** What follows the files' blocks: calendar-wide findings, notes and the summary lines. */
export function formatStylishSummary(report: RunReport, options: StylishOptions): string {
  const paint = painter(options.color);
  const rel = (p: string) => relative(report.cwd, p) || '.';
  let blocks = '';
  for (const w of report.workspace) {
    blocks += block(paint, `Content calendar ${rel(w.path) === '.' ? '(this folder)' : rel(w.path)}`, [{ where: '', severity: w.severity, message: oneLine(w.message), ruleId: w.ruleId }]);
  }
  const out: string[] = [];
  for (const n of options.notes ?? []) out.push(paint('dim', n));
  for (const e of options.empty ?? []) out.push(paint('dim', `No posts (*.post.md) found in "${e}".`));
  if (options.notes?.length || options.empty?.length) out.push('');

  const c = report.counts;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  // Under --quiet only errors are counted here; what it hid gets a line of its own.
  const parts = report.hidden ? [plural(c.errors, 'error')] : [plural(c.errors, 'error'), plural(c.warnings, 'warning'), plural(c.infos, 'info')];
  if (c.hints && !report.hidden) parts.push(plural(c.hints, 'hint'));
  const extra: string[] = [];
  if (c.skipped) extra.push(`${plural(c.skipped, 'file')} skipped`);
  if (c.unreadable) extra.push(`${plural(c.unreadable, 'post')} could not be read`);
  const checked = `${plural(c.posts, 'post')} checked`;
  const failedWarnings = options.maxWarnings !== undefined && c.warnings > options.maxWarnings;
  const hiddenLine = hiddenNotice(report.hidden);
  const clean = c.errors === 0 && c.warnings === 0 && c.infos === 0 && c.hints === 0 && !hiddenLine;
  const mark = c.errors || failedWarnings ? paint('red', '✖') : clean ? paint('green', '✔') : paint('yellow', '!');
  const found = clean ? 'no problems found' : report.hidden && !c.errors ? 'no errors' : parts.join(', ');
  out.push(`${mark} ${paint('bold', checked)}: ${found}${extra.length ? ` (${extra.join(', ')})` : ''}`);
  if (hiddenLine) out.push(`  ${hiddenLine}`);
  if (failedWarnings) out.push(`  More than ${plural(options.maxWarnings!, 'warning')} (--max-warnings): the check fails.`);
  if (report.fix) out.push(`  Fixed ${plural(report.fix.problems, 'problem')} in ${plural(report.fix.files, 'file')}.`);
  for (const p of report.promotion) {
    if (!p.posts) continue;
    const where = report.promotion.length > 1 ? ` in ${rel(p.path)}` : '';
    out.push(`  Promotion${where}: ${p.promotionalPosts} of ${plural(p.posts, 'post')} (${percent(p.share)}) ${p.promotionalPosts === 1 ? 'is' : 'are'} promotional; goal ≤ ${percent(p.maxShare)}`);
  }
  return `${blocks}${out.join('\n')}\n`;
}

type Paint = (style: Style, s: string) => string;
type Row = { where: string; severity: string; message: string; ruleId: string };

function painter(color: boolean): Paint {
  return (style, s) => (color ? `\u001b[${CODES[style]}m${s}\u001b[${style === 'dim' || style === 'bold' ? 22 : style === 'underline' ? 24 : 39}m` : s);
}

/** A title, its rows aligned, and a blank line. */
function block(paint: Paint, title: string, rows: Row[]): string {
  const severityStyle = (s: string): Style => (s === 'error' ? 'red' : s === 'warning' ? 'yellow' : 'cyan');
  const whereWidth = Math.max(...rows.map((r) => r.where.length));
  const sevWidth = Math.max(...rows.map((r) => r.severity.length));
  let out = `${paint('underline', title)}\n`;
  for (const r of rows) {
    const where = r.where.padEnd(whereWidth);
    const severity = paint(severityStyle(r.severity), r.severity.padEnd(sevWidth));
    out += `  ${whereWidth ? `${paint('dim', where)}  ` : ''}${severity}  ${r.message}${r.ruleId ? `  ${paint('dim', r.ruleId)}` : ''}\n`;
  }
  return `${out}\n`;
}

function percent(share: number): string {
  return `${Math.round(share * 100)} %`;
}

function oneLine(s: string): string {
  return s.replace(/\s*\n\s*/g, ' ');
}
