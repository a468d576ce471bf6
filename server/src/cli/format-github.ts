// `--format github`: GitHub Actions workflow commands, which the Actions log turns into
// annotations shown inline on the changed lines of a pull request and on the run's summary:
//
//   ::error file=calendar/flu.post.md,line=3,endLine=3,col=12,endColumn=19,title=Postlint%3A hard-sell::Sales pressure …
//
// error → ::error, warning → ::warning, info and hint → ::notice. Lines and columns are 1-based;
// endColumn is the last flagged column (GitHub's is inclusive, ours exclusive). File paths are
// relative to the folder Postlint ran in, which should be the repository root.
// Findings about a calendar as a whole (promotion-share) name the folder in the message and
// carry no file. The last line is a plain summary. Escaping follows the workflow-command
// format: in the message %, CR and LF; in properties also ":" and ",".

import { relative, sep } from 'node:path';
import type { Severity } from '../engine';
import type { FileReport, RunReport } from './report';

type Command = 'error' | 'warning' | 'notice';

export function githubCommand(severity: Severity | 'note'): Command {
  return severity === 'error' ? 'error' : severity === 'warning' ? 'warning' : 'notice';
}

/** The message of a workflow command (after `::`). */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A property value of a workflow command (`file=…`, `title=…`). */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function command(name: Command, properties: Record<string, string | number | undefined>, message: string): string {
  const props = Object.entries(properties)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
    .join(',');
  return `::${name}${props ? ` ${props}` : ''}::${escapeData(message)}\n`;
}

function displayPath(cwd: string, path: string): string {
  return (relative(cwd, path) || '.').split(sep).join('/');
}

/** One file's annotations ("" when it has nothing to show), printed as soon as the post is checked. */
export function githubFileBlock(f: FileReport, cwd: string): string {
  const file = displayPath(cwd, f.path);
  let out = '';
  if (f.error) out += command('error', { file, title: 'Postlint' }, f.error);
  if (f.skipped) out += command('notice', { file, title: 'Postlint' }, f.skipped);
  for (const x of f.findings) {
    const endColumn = x.endLine === x.line ? Math.max(x.column, x.endColumn - 1) : undefined;
    out += command(githubCommand(x.severity), { file, line: x.line, endLine: x.endLine, col: x.column, endColumn, title: `Postlint: ${x.ruleId}` }, x.message);
  }
  return out;
}

/** What follows the files' annotations: calendar-wide findings, then a plain summary line. */
export function formatGithubTail(report: RunReport): string {
  let out = '';
  for (const w of report.workspace) {
    out += command(githubCommand(w.severity), { title: `Postlint: ${w.ruleId}` }, `Posts in ${displayPath(report.cwd, w.path)}: ${w.message}`);
  }
  const c = report.counts;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  out += `Postlint: ${plural(c.posts, 'post')} checked: ${plural(c.errors, 'error')}, ${plural(c.warnings, 'warning')}, ${plural(c.infos + c.hints, 'note')}.\n`;
  return out;
}
