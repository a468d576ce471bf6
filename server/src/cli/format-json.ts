// `--format json`: an array with one entry per file checked, in path order:
//   { "filePath": "/abs/post.post.md", "findings": [ { "ruleId", "severity", "message",
//     "line", "column", "endLine", "endColumn", "suggestions": [ { "title", "edits": [
//     { "start", "end", "line", "column", "endLine", "endColumn", "newText" } ] } ],
//     "fix"?: { "title", "edits" } } ],
//     "skipped"?: "why the file was not checked (not a post)",
//     "error"?: "why the post could not be checked or saved (counts as an error)",
//     "fixed"?: number of problems fixed and saved by --fix }
// Lines and columns are 1-based, columns in UTF-16 code units, ends exclusive; edit
// offsets are UTF-16 offsets into the file's text without its byte-order mark.
//
// Findings about a calendar as a whole (promotion-share) come last, one entry per folder:
//   { "filePath": "/abs/folder", "scope": "workspace", "findings": [ { "ruleId":
//     "promotion-share", "severity", "message", "line": 1, "column": 1, "endLine": 1,
//     "endColumn": 1, "suggestions": [], "figures": { "promotional", "posts", "share",
//     "maxShare" } } ] }
// The folder is the one holding the .postlintrc.json that applied, or the folder checked.

import type { FileReport, RunReport } from './report';

// The report is compact JSON with one file's entry per line (greppable, and much smaller
// than indented JSON). Each file's entry is
// written by whoever checked the post (fileEntryJson), and a large run prints the entries as
// they come (see run.ts): the report never holds every finding, nor the whole text, at once.

/** What follows the files' entries (`entriesWritten` of them, each without a separator). */
export function formatJsonTail(report: RunReport, entriesWritten: number): string {
  const byFolder = new Map<string, unknown[]>();
  for (const w of report.workspace) {
    const list = byFolder.get(w.path) ?? [];
    list.push({ ruleId: w.ruleId, severity: w.severity, message: w.message, line: 1, column: 1, endLine: 1, endColumn: 1, suggestions: [], figures: w.figures });
    byFolder.set(w.path, list);
  }
  let out = '';
  let n = entriesWritten;
  for (const [filePath, findings] of byFolder) out += arrayItem(n++, element({ filePath, scope: 'workspace', findings }));
  return n ? `${out}\n]\n` : '[]\n';
}

/** The report's `index`th entry as printed: the array opened before the first, a comma before the others. */
export function arrayItem(index: number, entry: string): string {
  return `${index ? ',\n' : '[\n'}${entry}`;
}

/** One file's entry of the report, as an element of the report's array. */
export function fileEntryJson(f: FileReport): string {
  return element({
    filePath: f.path,
    findings: f.findings,
    ...(f.skipped ? { skipped: f.skipped } : {}),
    ...(f.error ? { error: f.error } : {}),
    ...(f.fixed !== undefined ? { fixed: f.fixed } : {}),
  });
}

function element(value: unknown): string {
  return JSON.stringify(value);
}
