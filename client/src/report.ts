// The "Check All Posts" summary notification, and the report as the user saves it (Markdown or
// JSON), from the same figures the report view shows (server/src/report/summary.ts).
// Pure (no `vscode` import) so it is unit-tested with plain mocha.

import { buildReportSummary, concernOrder, type ReportSummary } from '../../server/src/report/summary';
import type { CheckedFile, CheckFilesResult, SeverityCounts } from './protocol';

const number = (n: number) => n.toLocaleString('en-US');
const plural = (n: number, one: string, many = `${one}s`) => `${number(n)} ${n === 1 ? one : many}`;
const percent = (share: number) => `${Math.round(share * 100)}%`;

export function totalFindings(c: SeverityCounts): number {
  return c.error + c.warning + c.info + c.hint;
}

function promotionSentence(result: CheckFilesResult): string {
  const { share, maxShare } = result.summary.promotion;
  if (result.summary.posts === 0) return '';
  return share > maxShare
    ? `Promotional posts: ${percent(share)}, above the goal of ${percent(maxShare)} or less.`
    : `Promotional posts: ${percent(share)} (goal: ${percent(maxShare)} or less).`;
}

/** Drops the CLI's "skipped: " / "not checked: " lead-in, for a reason shown after a colon. */
const reasonOf = (message: string) => message.replace(/^(?:skipped|not checked): /, '');

/**
 * The one-line notification shown when a check ends. `requested` is how many posts were sent.
 * Counted and worded as the CLI's summary line and VS Code's Problems counts are: errors,
 * warnings, infos, then hints (which VS Code's status bar leaves out), files skipped (not posts)
 * and posts that could not be read, with the reason when there is one.
 */
export function summaryMessage(result: CheckFilesResult, requested: number): string {
  const s = result.summary;
  const head = result.cancelled
    ? `Check stopped after ${number(s.posts)} of ${plural(requested, 'post')}`
    : `Postlint checked ${plural(s.posts, 'post')}`;
  const counts = [plural(s.bySeverity.error, 'error'), plural(s.bySeverity.warning, 'warning'), plural(s.bySeverity.info, 'info')];
  if (s.bySeverity.hint) counts.push(plural(s.bySeverity.hint, 'hint'));
  const parts = [`${head}: ${counts.join(', ')}.`, promotionSentence(result)];
  const skipped = result.files.filter((f) => f.skipped && !f.error);
  const unreadable = result.files.filter((f) => f.error);
  if (skipped.length === 1) parts.push(`1 file skipped: ${reasonOf(skipped[0].skipped!)}`);
  else if (skipped.length) parts.push(`${plural(skipped.length, 'file')} skipped, as they are not posts; the report says why.`);
  if (unreadable.length === 1) parts.push(`1 post could not be read: ${reasonOf(unreadable[0].error!)}`);
  else if (unreadable.length) parts.push(`${plural(unreadable.length, 'post')} could not be read; the report says why.`);
  return parts.filter(Boolean).join(' ');
}

/** Escapes text for a Markdown table cell or link text. */
export function mdEscape(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+!|<>]/g, (c) => `\\${c}`).replace(/\r?\n/g, ' ');
}

export interface ReportOptions {
  /** How many posts were sent to the check. */
  requested: number;
  /** A short, workspace-relative name for a post's URI. */
  label(uri: string): string;
  /** Where a post's name links to (relative to the saved report), if anywhere. */
  link?(uri: string): string | undefined;
  /** When the check ran (shown in the heading). */
  when: Date;
}

/** The report's figures: the server's, or (from a server that does not send them) worked out here without guidelines. */
export function reportSummary(result: CheckFilesResult): ReportSummary {
  if (result.report) return result.report;
  const summary = buildReportSummary({
    posts: result.files,
    byRule: result.summary.byRule,
    calendarFindings: result.summary.workspaceFindings,
    maxShare: result.summary.promotion.maxShare,
    guidelineOf: () => undefined,
  });
  return { ...summary, promotion: result.summary.promotion };
}

/** The files the report lists, errors first: posts with findings, then files not checked. */
export function reportFiles(result: CheckFilesResult, label: (uri: string) => string): CheckedFile[] {
  const listed = result.files.filter((f) => f.error || f.skipped || totalFindings(f.counts) > 0);
  return concernOrder(listed, (f) => label(f.uri));
}

export function stamp(d: Date): string {
  const pad2 = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad2(d.getMonth() + 1)}-${pad2(d.getDate())} ${pad2(d.getHours())}:${pad2(d.getMinutes())}`;
}

const table = (head: string[], numeric: boolean[]) => [`| ${head.join(' | ')} |`, `| ${numeric.map((n) => (n ? '---:' : '---')).join(' | ')} |`];

export function buildReport(result: CheckFilesResult, options: ReportOptions): string {
  const s = reportSummary(result);
  const out: string[] = ['# Postlint report', ''];
  out.push(
    result.cancelled
      ? `Checked ${number(s.posts)} of ${plural(options.requested, 'post')} on ${stamp(options.when)} (the check was stopped before the end).`
      : `Checked ${plural(s.posts, 'post')} on ${stamp(options.when)}. ${plural(s.postsWithFindings, 'post')} had something to look at.`,
    '',
  );
  out.push(...table(['Severity', 'Findings'], [false, true]));
  out.push(`| Errors | ${number(s.bySeverity.error)} |`, `| Warnings | ${number(s.bySeverity.warning)} |`);
  out.push(`| Infos | ${number(s.bySeverity.info)} |`, `| Hints | ${number(s.bySeverity.hint)} |`, '');

  out.push('## Promotion share', '');
  const { promotionalPosts, share, maxShare } = s.promotion;
  if (s.posts === 0) out.push('No posts were checked.');
  else {
    out.push(
      `${plural(promotionalPosts, 'post')} of ${number(s.posts)} (${percent(share)}) mainly ${promotionalPosts === 1 ? 'promotes' : 'promote'} the practice. ` +
        `The goal is ${percent(maxShare)} or less: ${share > maxShare ? '**above the goal**' : 'within the goal'}.`,
      '',
      'People follow clinicians for information and conversation. When most posts advertise, followers stop reading; ' +
        'aim for mostly helpful, conversational posts and only the occasional mention of your services.',
    );
  }
  for (const w of s.calendarFindings) out.push('', `- **${mdEscape(w.ruleId)}** (${w.severity}): ${mdEscape(w.message)}`);
  out.push('');

  out.push('## Posts per week', '');
  if (!s.weeks.length) out.push('No post has a date (a `date:` setting, or a date at the start of its file name).');
  else {
    out.push(...table(['Week of', 'Posts', 'Promotional', 'Share'], [false, true, true, true]));
    for (const w of s.weeks) out.push(`| ${w.start} | ${w.posts} | ${w.promotional} | ${w.posts ? percent(w.share) : '–'} |`);
    if (s.undated) out.push('', `${plural(s.undated, 'post')} without a date ${s.undated === 1 ? 'is' : 'are'} not counted here.`);
  }
  out.push('');

  out.push('## Findings by guideline', '');
  if (!s.byGuideline.length) out.push('No findings.');
  else {
    out.push(...table(['Guideline', 'Findings'], [false, true]));
    for (const g of s.byGuideline) out.push(`| ${mdEscape(g.title)} | ${number(g.findings)} |`);
  }
  out.push('');

  out.push('## Findings by rule', '');
  if (!s.byRule.length) out.push('No findings.');
  else {
    out.push(...table(['Rule', 'Findings'], [false, true]));
    for (const r of s.byRule) out.push(`| ${mdEscape(r.ruleId)} | ${number(r.findings)} |`);
  }
  out.push('');

  const files = reportFiles(result, options.label);
  const name = (f: CheckedFile) => {
    const link = options.link?.(f.uri);
    return link ? `[${mdEscape(options.label(f.uri))}](${link.replace(/[()]/g, (c) => (c === '(' ? '%28' : '%29'))})` : mdEscape(options.label(f.uri));
  };
  const posts = files.filter((f) => !f.error && !f.skipped);
  out.push('## Posts to look at', '');
  if (!posts.length) out.push('None: every checked post is clear.');
  else {
    out.push('Errors first, then warnings.', '', ...table(['Post', 'Date', 'Errors', 'Warnings', 'Other'], [false, false, true, true, true]));
    for (const f of posts) out.push(`| ${name(f)} | ${f.date ?? ''} | ${f.counts.error} | ${f.counts.warning} | ${f.counts.info + f.counts.hint} |`);
  }
  out.push('');

  const failed = files.filter((f) => f.error);
  if (failed.length) {
    out.push('## Posts that could not be checked', '');
    for (const f of failed) out.push(`- ${name(f)}: ${mdEscape(f.error ?? '')}`);
    out.push('');
  }
  const skipped = files.filter((f) => f.skipped && !f.error);
  if (skipped.length) {
    out.push('## Files skipped', '');
    for (const f of skipped) out.push(`- ${name(f)}: ${mdEscape(f.skipped ?? '')}`);
    out.push('');
  }
  out.push('Open a post in VS Code to see each finding, why it matters and how to fix it.', '');
  return out.join('\n');
}

/** The report as JSON: the figures, and each listed file with its counts (lines and columns 1-based). */
export function buildReportJson(result: CheckFilesResult, options: ReportOptions): string {
  const files = reportFiles(result, options.label).map((f) => ({
    path: options.label(f.uri),
    ...(f.date ? { date: f.date } : {}),
    ...(f.promotional ? { promotional: true } : {}),
    counts: f.counts,
    ...(f.first ? { line: f.first.line + 1, column: f.first.character + 1 } : {}),
    ...(f.error ? { error: f.error } : {}),
    ...(f.skipped ? { skipped: f.skipped } : {}),
  }));
  const report = { checkedAt: options.when.toISOString(), cancelled: result.cancelled, summary: reportSummary(result), files };
  return `${JSON.stringify(report, null, 2)}\n`;
}

/** A relative link from a folder to a file, both absolute paths with "/" (".." as needed). */
export function relativeLink(fromFolder: string, to: string): string {
  const from = fromFolder.split('/').filter(Boolean);
  const target = to.split('/').filter(Boolean);
  let common = 0;
  while (common < from.length && common < target.length - 1 && from[common] === target[common]) common++;
  const up = from.slice(common).map(() => '..');
  return [...up, ...target.slice(common)].map(encodeURIComponent).join('/');
}
