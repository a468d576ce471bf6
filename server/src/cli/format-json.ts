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

import type { RunReport } from './report';

export function formatJson(report: RunReport): string {
  const entries: unknown[] = report.files.map((f) => ({
    filePath: f.path,
    findings: f.findings,
    ...(f.skipped ? { skipped: f.skipped } : {}),
    ...(f.error ? { error: f.error } : {}),
    ...(f.fixed !== undefined ? { fixed: f.fixed } : {}),
  }));
  const byFolder = new Map<string, unknown[]>();
  for (const w of report.workspace) {
    const list = byFolder.get(w.path) ?? [];
    list.push({ ruleId: w.ruleId, severity: w.severity, message: w.message, line: 1, column: 1, endLine: 1, endColumn: 1, suggestions: [], figures: w.figures });
    byFolder.set(w.path, list);
  }
  for (const [filePath, findings] of byFolder) entries.push({ filePath, scope: 'workspace', findings });
  return `${JSON.stringify(entries, null, 2)}\n`;
}
