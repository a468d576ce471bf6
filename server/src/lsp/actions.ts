// Code actions: quick fixes from Diagnostic.data (no re-lint), redaction, "ignore on this
// line", "show documentation" and the fix-all source action.

import {
  CodeActionKind,
  type CodeAction,
  type Command,
  type Diagnostic,
  type TextEdit,
} from 'vscode-languageserver-protocol';
import { applyFixes, type Linter } from '../engine';
import { OffsetMapper } from './convert';
import type { DiagnosticData, LspSuggestion } from './protocol';

export interface ActionContext {
  text: string;
  mapper: OffsetMapper;
  /** Wraps edits of this document into a WorkspaceEdit. */
  edit(edits: TextEdit[]): CodeAction['edit'];
  /** The "show documentation" command for a rule, or undefined when the client cannot run one. */
  docsCommand(ruleId: string): Command | undefined;
}

/** Rules a `postlint-disable-next-line` comment cannot silence, or that sit where a comment cannot go. */
const NOT_IGNORABLE = new Set(['inline-comment', 'front-matter']);

export function quickFixes(ctx: ActionContext, diagnostic: Diagnostic, data: DiagnosticData): CodeAction[] {
  const actions: CodeAction[] = [];
  // One entry per resulting text: two entries that give the same post only make the reader wonder.
  const byResult = new Map<string, CodeAction>();
  const add = (s: LspSuggestion, preferred: boolean) => {
    const result = applyLspEdits(ctx, s.edits);
    const same = byResult.get(result);
    if (same) return same;
    const action: CodeAction = {
      title: s.title,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      isPreferred: preferred || undefined,
      edit: ctx.edit(s.edits),
    };
    byResult.set(result, action);
    actions.push(action);
    return action;
  };
  data.suggestions.forEach((s, i) => add(s, i === 0));
  if (data.fix) add(data.fix, data.suggestions.length === 0);
  if (data.redaction) {
    // The documented name wins when a rewording already redacts the same way.
    add({ title: REDACT_TITLE, edits: data.redaction.edits }, !data.suggestions.length && !data.fix).title = REDACT_TITLE;
  }

  const ignore = ignoreEdit(ctx, diagnostic.range.start.line, data.ruleId);
  if (ignore) {
    actions.push({
      title: `Ignore ${data.ruleId} on this line`,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      edit: ctx.edit([ignore]),
    });
  }
  const command = ctx.docsCommand(data.ruleId);
  if (command) {
    actions.push({ title: `Show documentation for ${data.ruleId}`, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], command });
  }
  return actions;
}

export const REDACT_TITLE = 'Redact patient detail';

/** The post's text after `edits` (non-overlapping, as a suggestion's are). */
function applyLspEdits(ctx: ActionContext, edits: readonly LspSuggestion['edits'][number][]): string {
  const at = edits
    .map((e) => ({ start: ctx.mapper.offset(e.range.start), end: ctx.mapper.offset(e.range.end), newText: e.newText }))
    .sort((a, b) => a.start - b.start);
  let out = '';
  let from = 0;
  for (const e of at) {
    if (e.start < from) continue;
    out += ctx.text.slice(from, e.start) + e.newText;
    from = e.end;
  }
  return out + ctx.text.slice(from);
}

// The ids are taken as one run up to the first ">" and trimmed afterwards: "\s+([^\s>][^>]*?)\s*-->"
// tried every split of a long run of spaces, in time growing with the square of the run.
const NEXT_LINE_DIRECTIVE = /^([ \t]*)<!--\s*postlint-disable-next-line\s([^>]*)-->[ \t]*$/;

/**
 * `<!-- postlint-disable-next-line <rule> -->` + the document's EOL above the finding's line,
 * with that line's indentation; or the rule added to such a comment already there.
 */
export function ignoreEdit(ctx: ActionContext, line: number, ruleId: string): TextEdit | undefined {
  if (NOT_IGNORABLE.has(ruleId)) return undefined;
  const { mapper, text } = ctx;
  if (line < 0 || line >= mapper.lineStarts.length) return undefined;
  const fm = frontMatterLines(text, mapper);
  if (fm && line <= fm) return undefined; // an HTML comment would break the front matter
  const lineText = lineAt(mapper, line);
  if (line > 0) {
    const previous = lineAt(mapper, line - 1);
    const m = NEXT_LINE_DIRECTIVE.exec(previous);
    const written = m?.[2].trim();
    if (m && written && !(fm && line - 1 <= fm)) {
      const ids = written.split(/[\s,]+/).filter(Boolean);
      if (ids.includes(ruleId)) return undefined;
      const start = mapper.lineStarts[line - 1];
      return {
        range: mapper.range(start, start + previous.length),
        newText: `${m[1]}<!-- postlint-disable-next-line ${[...ids, ruleId].join(', ')} -->`,
      };
    }
  }
  const indent = /^[ \t]*/.exec(lineText)![0];
  const at = mapper.position(mapper.lineStarts[line]);
  return { range: { start: at, end: at }, newText: `${indent}<!-- postlint-disable-next-line ${ruleId} -->${mapper.eol()}` };
}

/** The text of a line without its line break. */
function lineAt(mapper: OffsetMapper, line: number): string {
  const start = mapper.lineStarts[line];
  const end = line + 1 < mapper.lineStarts.length ? mapper.lineStarts[line + 1] : mapper.text.length;
  return mapper.text.slice(start, end).replace(/\r?\n$|\r$/, '');
}

/** Index of the front matter's closing line, or undefined when the post has none. */
function frontMatterLines(text: string, mapper: OffsetMapper): number | undefined {
  const open = /^\uFEFF?---[ \t]*\r?\n/.exec(text);
  if (!open) return undefined;
  const close = /^(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/gm;
  close.lastIndex = open[0].length;
  const m = close.exec(text);
  return m ? mapper.position(m.index).line : mapper.lineStarts.length - 1;
}

/**
 * Every safe fix, applied until nothing more changes (fixes that overlapped an earlier one
 * are picked up by the next pass), as one minimal edit. Empty when there is nothing to fix,
 * so a second "fix all" yields no edits.
 */
export function fixAllEdits(text: string, linter: Linter, mapper: OffsetMapper): TextEdit[] {
  let current = text;
  for (let pass = 0; pass < 10; pass++) {
    const { text: next, fixed } = applyFixes(current, linter.lint(current).findings);
    if (!fixed || next === current) break;
    current = next;
  }
  if (current === text) return [];
  let prefix = 0;
  const max = Math.min(text.length, current.length);
  while (prefix < max && text.charCodeAt(prefix) === current.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (
    suffix < max - prefix &&
    text.charCodeAt(text.length - 1 - suffix) === current.charCodeAt(current.length - 1 - suffix)
  ) {
    suffix++;
  }
  // Never split a surrogate pair or a CRLF between the edit and the kept text.
  while (prefix > 0 && isLowSurrogateOrLf(text, prefix)) prefix--;
  while (suffix > 0 && isLowSurrogateOrLf(text, text.length - suffix)) suffix--;
  return [{ range: mapper.range(prefix, text.length - suffix), newText: current.slice(prefix, current.length - suffix) }];
}

function isLowSurrogateOrLf(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return (c >= 0xdc00 && c <= 0xdfff) || (c === 10 && text.charCodeAt(at - 1) === 13);
}
