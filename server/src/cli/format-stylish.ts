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
import type { OutFinding, RunReport } from './report';

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

export function formatStylish(report: RunReport, options: StylishOptions): string {
  const paint = (style: Style, s: string) => (options.color ? `\u001b[${CODES[style]}m${s}\u001b[${style === 'dim' || style === 'bold' ? 22 : style === 'underline' ? 24 : 39}m` : s);
  const severityStyle = (s: string): Style => (s === 'error' ? 'red' : s === 'warning' ? 'yellow' : 'cyan');
  const rel = (p: string) => relative(report.cwd, p) || '.';
  const out: string[] = [];

  type Row = { where: string; severity: string; message: string; ruleId: string };
  const block = (title: string, rows: Row[]) => {
    const whereWidth = Math.max(...rows.map((r) => r.where.length));
    const sevWidth = Math.max(...rows.map((r) => r.severity.length));
    out.push(paint('underline', title));
    for (const r of rows) {
      const where = r.where.padEnd(whereWidth);
      const severity = paint(severityStyle(r.severity), r.severity.padEnd(sevWidth));
      out.push(`  ${whereWidth ? `${paint('dim', where)}  ` : ''}${severity}  ${r.message}${r.ruleId ? `  ${paint('dim', r.ruleId)}` : ''}`);
    }
    out.push('');
  };
  const row = (f: OutFinding): Row => ({ where: `${f.line}:${f.column}`, severity: f.severity, message: oneLine(f.message), ruleId: f.ruleId });

  for (const f of report.files) {
    const rows: Row[] = f.findings.map(row);
    if (f.error) rows.unshift({ where: '', severity: 'error', message: f.error, ruleId: '' });
    if (f.skipped) rows.unshift({ where: '', severity: 'note', message: f.skipped, ruleId: '' });
    if (rows.length) block(rel(f.path), rows);
  }
  for (const w of report.workspace) {
    block(`Content calendar ${rel(w.path) === '.' ? '(this folder)' : rel(w.path)}`, [{ where: '', severity: w.severity, message: oneLine(w.message), ruleId: w.ruleId }]);
  }
  for (const n of options.notes ?? []) out.push(paint('dim', n));
  for (const e of options.empty ?? []) out.push(paint('dim', `No posts (*.post.md) found in "${e}".`));
  if (options.notes?.length || options.empty?.length) out.push('');

  const c = report.counts;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const parts = [plural(c.errors, 'error'), plural(c.warnings, 'warning'), plural(c.infos, 'info')];
  if (c.hints) parts.push(plural(c.hints, 'hint'));
  const extra: string[] = [];
  if (c.skipped) extra.push(`${plural(c.skipped, 'file')} skipped`);
  if (c.unreadable) extra.push(`${plural(c.unreadable, 'post')} could not be read`);
  const checked = `${plural(c.posts, 'post')} checked`;
  const failedWarnings = options.maxWarnings !== undefined && c.warnings > options.maxWarnings;
  const clean = c.errors === 0 && c.warnings === 0 && c.infos === 0 && c.hints === 0;
  const mark = c.errors || failedWarnings ? paint('red', '✖') : clean ? paint('green', '✔') : paint('yellow', '!');
  out.push(`${mark} ${paint('bold', checked)}: ${clean ? 'no problems found' : parts.join(', ')}${extra.length ? ` (${extra.join(', ')})` : ''}`);
  if (failedWarnings) out.push(`  More than ${plural(options.maxWarnings!, 'warning')} (--max-warnings): the check fails.`);
  if (report.fix) out.push(`  Fixed ${plural(report.fix.problems, 'problem')} in ${plural(report.fix.files, 'file')}.`);
  for (const p of report.promotion) {
    if (!p.posts) continue;
    const where = report.promotion.length > 1 ? ` in ${rel(p.path)}` : '';
    out.push(`  Promotion${where}: ${p.promotionalPosts} of ${plural(p.posts, 'post')} (${percent(p.share)}) ${p.promotionalPosts === 1 ? 'is' : 'are'} promotional; goal ≤ ${percent(p.maxShare)}`);
  }
  return `${out.join('\n')}\n`;
}

function percent(share: number): string {
  return `${Math.round(share * 100)} %`;
}

function oneLine(s: string): string {
  return s.replace(/\s*\n\s*/g, ' ');
}
