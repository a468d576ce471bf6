// Engine findings (UTF-16 offsets) to LSP diagnostics (line / UTF-16 character).

import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DiagnosticSeverity, type Diagnostic, type Position, type Range } from 'vscode-languageserver-protocol';
import { computeLineStarts, positionAt } from '../engine/document';
import type { Finding, Severity, Suggestion } from '../engine/types';
import type { DiagnosticData, LspSuggestion } from './protocol';

export const SOURCE = 'postlint';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toLspSeverity(severity: Severity): DiagnosticSeverity {
  return SEVERITY[severity];
}

/** Maps offsets of one text to positions; line starts are computed once per text. */
export class OffsetMapper {
  readonly lineStarts: number[];
  constructor(readonly text: string, lineStarts?: number[]) {
    this.lineStarts = lineStarts ?? computeLineStarts(text);
  }
  position(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    return positionAt(this.lineStarts, clamped);
  }
  range(start: number, end: number): Range {
    return { start: this.position(start), end: this.position(Math.max(start, end)) };
  }
  offset(position: Position): number {
    const line = Math.max(0, Math.min(position.line, this.lineStarts.length - 1));
    const lineStart = this.lineStarts[line];
    const nextStart = line + 1 < this.lineStarts.length ? this.lineStarts[line + 1] : this.text.length;
    return Math.min(lineStart + Math.max(0, position.character), nextStart);
  }
  /** The end-of-line sequence the text uses (first line break found), "\n" when it has none. */
  eol(): string {
    const i = this.text.search(/\r\n|\n|\r/);
    if (i < 0) return '\n';
    return this.text.startsWith('\r\n', i) ? '\r\n' : this.text[i];
  }
}

const docUris = new Map<string, string>();
/** The folder of the rule pages when the editor names it (the web build cannot find its own files). */
let ruleDocsFolder: string | undefined;

/** Rule pages are at `folderUri`/<id>.md from now on. */
export function setRuleDocsFolder(folderUri: string): void {
  ruleDocsFolder = folderUri.replace(/\/+$/, '');
  docUris.clear();
}

/** The doc page of a rule, shipped beside the bundle (dist/../docs/rules/<id>.md). */
export function ruleDocUri(ruleId: string): string {
  let uri = docUris.get(ruleId);
  if (!uri) {
    uri = ruleDocsFolder ? `${ruleDocsFolder}/${ruleId}.md` : pathToFileURL(path.join(__dirname, '..', 'docs', 'rules', `${ruleId}.md`)).toString();
    if (docUris.size < 1000) docUris.set(ruleId, uri);
  }
  return uri;
}

function toLspSuggestion(mapper: OffsetMapper, s: Suggestion): LspSuggestion {
  return { title: s.title, edits: s.edits.map((e) => ({ range: mapper.range(e.start, e.end), newText: e.newText })) };
}

/** `withoutEdits`: for posts that are not open (no code actions there), data carries the rule id only. */
export function toDiagnostic(mapper: OffsetMapper, finding: Finding, version: number | null, withoutEdits = false): Diagnostic {
  const data: DiagnosticData = withoutEdits
    ? { ruleId: finding.ruleId, version, suggestions: [] }
    : {
        ruleId: finding.ruleId,
        version,
        suggestions: finding.suggestions.map((s) => toLspSuggestion(mapper, s)),
        ...(finding.fix ? { fix: toLspSuggestion(mapper, finding.fix) } : {}),
        ...(finding.redaction ? { redaction: toLspSuggestion(mapper, finding.redaction) } : {}),
      };
  return {
    range: mapper.range(finding.start, finding.end),
    severity: toLspSeverity(finding.severity),
    source: SOURCE,
    code: finding.ruleId,
    codeDescription: { href: ruleDocUri(finding.ruleId) },
    message: finding.message,
    data,
  };
}

export function isDiagnosticData(value: unknown): value is DiagnosticData {
  const v = value as DiagnosticData | undefined;
  return !!v && typeof v === 'object' && typeof v.ruleId === 'string' && Array.isArray(v.suggestions);
}

/**
 * Most diagnostics sent for one post. A post of 900 KB gave 37 MB of diagnostics in one
 * message, which editors choke on; nobody reads past a few hundred squiggles either.
 */
export const MAX_DIAGNOSTICS_PER_FILE = 300;
export const TOO_MANY_CODE = 'too-many-findings';

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2, hint: 3 };

/**
 * The diagnostics of a post's findings: all of them, or the most serious `max` (errors first,
 * then in reading order) and one more saying how many are not shown and where to see them all.
 */
export function toDiagnostics(mapper: OffsetMapper, findings: readonly Finding[], version: number | null, withoutEdits = false, max = MAX_DIAGNOSTICS_PER_FILE): Diagnostic[] {
  if (findings.length <= max) return findings.map((f) => toDiagnostic(mapper, f, version, withoutEdits));
  const kept = findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => SEVERITY_RANK[a.f.severity] - SEVERITY_RANK[b.f.severity] || a.i - b.i)
    .slice(0, max)
    .sort((a, b) => a.i - b.i)
    .map(({ f }) => toDiagnostic(mapper, f, version, withoutEdits));
  const hidden = findings.length - max;
  const n = (x: number) => x.toLocaleString('en-US');
  kept.push({
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Information,
    source: SOURCE,
    code: TOO_MANY_CODE,
    message: `Postlint shows ${n(max)} of the ${n(findings.length)} problems in this post, the most serious first: ${n(hidden)} more are not shown, because so many would slow the editor down. Fix these and the next ones appear; to list them all, run "npx postlint <this file>" in a terminal.`,
  });
  return kept;
}
