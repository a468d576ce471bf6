// The "Check All Posts" summary notification and the Markdown report.
// Pure (no `vscode` import) so it is unit-tested with plain mocha.

import type { CheckFilesResult, SeverityCounts } from './protocol';

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
  /** The link target of a rule's documentation page, if it has one. */
  ruleDocLink?(ruleId: string): string | undefined;
  /** When the check ran (shown in the heading). */
  when: Date;
  /** How many posts to list under "Posts with the most findings". */
  topPosts?: number;
}

function pad2(n: number) {
  return String(n).padStart(2, '0');
}

function stamp(d: Date): string {
  return `${d.getFullYear()}-${pad2(d.getMonth() + 1)}-${pad2(d.getDate())} ${pad2(d.getHours())}:${pad2(d.getMinutes())}`;
}

export function buildReport(result: CheckFilesResult, options: ReportOptions): string {
  const s = result.summary;
  const out: string[] = [];
  out.push('# Postlint report', '');
  out.push(
    result.cancelled
      ? `Checked ${number(s.posts)} of ${plural(options.requested, 'post')} on ${stamp(options.when)} (the check was stopped before the end).`
      : `Checked ${plural(s.posts, 'post')} on ${stamp(options.when)}. ${plural(s.postsWithFindings, 'post')} had something to look at.`,
    '',
  );

  out.push('| Severity | Findings |', '| --- | ---: |');
  out.push(`| Errors | ${number(s.bySeverity.error)} |`);
  out.push(`| Warnings | ${number(s.bySeverity.warning)} |`);
  out.push(`| Infos | ${number(s.bySeverity.info)} |`);
  out.push(`| Hints | ${number(s.bySeverity.hint)} |`, '');

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
  for (const w of s.workspaceFindings) out.push('', `- **${mdEscape(w.ruleId)}** (${w.severity}): ${mdEscape(w.message)}`);
  out.push('');

  out.push('## Findings by rule', '');
  const rules = Object.entries(s.byRule).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  if (!rules.length) out.push('No findings.');
  else {
    out.push('| Rule | Findings |', '| --- | ---: |');
    for (const [id, count] of rules) {
      const link = options.ruleDocLink?.(id);
      out.push(`| ${link ? `[${mdEscape(id)}](${link})` : mdEscape(id)} | ${number(count)} |`);
    }
  }
  out.push('');

  const top = result.files
    .filter((f) => !f.error && totalFindings(f.counts) > 0)
    .sort((a, b) => totalFindings(b.counts) - totalFindings(a.counts) || b.counts.error - a.counts.error || options.label(a.uri).localeCompare(options.label(b.uri)))
    .slice(0, options.topPosts ?? 10);
  out.push('## Posts with the most findings', '');
  if (!top.length) out.push('None: every checked post is clear.');
  else {
    out.push('| Post | Errors | Warnings | Other | Total |', '| --- | ---: | ---: | ---: | ---: |');
    for (const f of top) {
      const c = f.counts;
      out.push(`| [${mdEscape(options.label(f.uri))}](${f.uri}) | ${c.error} | ${c.warning} | ${c.info + c.hint} | ${totalFindings(c)} |`);
    }
  }
  out.push('');

  const failed = result.files.filter((f) => f.error);
  if (failed.length) {
    out.push('## Posts that could not be checked', '');
    for (const f of failed) out.push(`- [${mdEscape(options.label(f.uri))}](${f.uri}): ${mdEscape(f.error ?? '')}`);
    out.push('');
  }
  const skipped = result.files.filter((f) => f.skipped && !f.error);
  if (skipped.length) {
    out.push('## Files skipped', '');
    for (const f of skipped) out.push(`- [${mdEscape(options.label(f.uri))}](${f.uri}): ${mdEscape(f.skipped ?? '')}`);
    out.push('');
  }

  out.push('Open a post to see each finding, why it matters and how to fix it. The Problems panel lists them all.', '');
  return out.join('\n');
}
