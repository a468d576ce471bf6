// Checking a post's text, open or on disk: which configuration applies (and, when it is broken,
// one notice instead of findings), files the CLI would skip (too large, binary), the engine run
// so that a failure never takes the server down, and the findings as diagnostics. Open posts'
// checks are kept in Analyses, and each new one sends the post's budgets to the status bar.

import { DiagnosticSeverity, type Connection, type Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { parsePost, type Linter, type LintResult, type PostlintConfig } from '../engine';
import { BINARY_MESSAGE, MAX_POST_BYTES, tooLargeMessage } from '../node/read-post';
import type { Analyses, Analysis } from './analyses';
import type { ConfigState, ServerConfigs } from './configs';
import { OffsetMapper, SOURCE, toDiagnostics } from './convert';
import type { Diagnostics } from './diagnostics';
import type { OpenDocuments } from './documents';
import { describeError, type Log } from './log';
import { BudgetsNotification, CONFIG_CODE, type PostlintSettings } from './protocol';
import type { Settings } from './settings';

const NOT_CHECKED_CODE = 'not-checked';

type Preparation =
  | { kind: 'lint'; linter: Linter; config: PostlintConfig }
  | { kind: 'skip'; diagnostics: Diagnostic[]; notChecked?: string };

export class Checker {
  constructor(
    private readonly connection: Connection,
    private readonly log: Log,
    private readonly configs: ServerConfigs,
    private readonly settings: Settings,
    private readonly documents: OpenDocuments,
    private readonly analyses: Analyses,
    private readonly diagnostics: Diagnostics,
  ) {}

  /** The open post's check as its text is now: the kept one when current, else a new one (undefined: it changed meanwhile). */
  async current(doc: TextDocument): Promise<Analysis | undefined> {
    return this.analyses.current(doc.uri, doc.version) ?? this.checkOpen(doc.uri, doc.version);
  }

  /**
   * Checks an open post (as it is now, or only if still at `version`) and keeps the check.
   * Undefined when the post changed or closed while its settings were read.
   */
  async checkOpen(uri: string, version = this.documents.get(uri)?.version): Promise<Analysis | undefined> {
    if (version === undefined) return undefined;
    const settings = await this.settings.forUri(uri);
    const doc = this.documents.get(uri);
    if (!doc || doc.version !== version) return undefined;
    const analysis = this.analyze(uri, doc.getText(), version, settings);
    this.analyses.remember(analysis);
    // A pull that comes next may reuse this check, so the status bar learns of it now (a quick
    // fix's code-action request often checks the new text before the pull does).
    const { budgets, notChecked } = analysis;
    void this.connection.sendNotification(BudgetsNotification, { uri, budgets, ...(notChecked ? { notChecked } : {}) });
    return analysis;
  }

  /**
   * Checks a text. `closed`: for a post that is not open, whose diagnostics need no quick-fix
   * edits (code actions only run on open posts, which are checked again when opened), so
   * `data.suggestions` is left empty to keep 10,000 posts' notifications small.
   */
  analyze(uri: string, text: string, version: number | null, settings: PostlintSettings, closed = false): Analysis {
    const generation = this.configs.generation;
    const prep = this.prepare(uri, text, settings);
    if (prep.kind === 'skip') {
      const { diagnostics, notChecked } = prep;
      return { uri, version, generation, mapper: new OffsetMapper(text), findings: [], diagnostics, budgets: [], notChecked };
    }
    const { result, lineStarts } = this.lintSafely(prep.linter, text);
    const mapper = new OffsetMapper(text, lineStarts);
    return {
      uri,
      version,
      generation,
      mapper,
      findings: result.findings,
      diagnostics: toDiagnostics(mapper, result.findings, version, closed),
      budgets: result.budgets.map((b) => ({ platform: b.platform, name: b.name, used: b.used, limit: b.limit })),
      linter: prep.linter,
    };
  }

  /** The configuration that applies to a post; its file's problems are shown on the file. */
  configFor(uri: string): ConfigState {
    const state = this.configs.forPost(uri, this.settings.firstFolderLocation);
    this.diagnostics.showConfigState(state);
    return state;
  }

  private prepare(uri: string, text: string, settings: PostlintSettings): Preparation {
    if (!settings.enable) return { kind: 'skip', diagnostics: [] };
    const reason = skipReason(text);
    if (reason) return { kind: 'skip', diagnostics: [notCheckedNotice(reason)], notChecked: reason };
    const state = this.configFor(uri);
    if (!state.ok) {
      const notice = this.brokenConfigNotice(state, text);
      return { kind: 'skip', diagnostics: [notice], notChecked: notice.message };
    }
    if (this.configs.isIgnored(uri, state.loaded)) return { kind: 'skip', diagnostics: [] };
    for (const problem of this.configs.settingsConfig(settings).problems) {
      this.log.once(`settings:${problem}`, () => {
        this.log.warn(problem);
        void this.connection.window.showWarningMessage(`Postlint settings: ${problem}`);
      });
    }
    const config = this.configs.effectiveConfig(state.loaded.config, settings);
    return { kind: 'lint', linter: this.configs.linterFor(config), config };
  }

  /** Lints a text (parsed once: its line starts serve the LSP positions too). Never throws. */
  private lintSafely(linter: Linter, text: string): { result: LintResult; lineStarts?: number[] } {
    let result: LintResult;
    let lineStarts: number[] | undefined;
    try {
      const doc = parsePost(text);
      lineStarts = doc.lineStarts;
      result = linter.lintDocument(doc);
    } catch (error) {
      // The engine catches rule errors itself; this is a failure of the parser or the linter.
      this.log.once(`lint:${describeError(error)}`, () => this.log.error('checking a post', error));
      return { result: { findings: [], platforms: [], budgets: [], internalErrors: [] }, lineStarts };
    }
    for (const { ruleId, error } of result.internalErrors) {
      this.log.once(`rule:${ruleId}:${error}`, () => this.log.warn(`Postlint: the rule "${ruleId}" failed and was skipped for this post (${error}). The other rules still ran.`));
    }
    return { result, lineStarts };
  }

  private brokenConfigNotice(state: Extract<ConfigState, { ok: false }>, text: string): Diagnostic {
    const first = state.problems[0];
    const firstLineEnd = text.search(/\r\n|\n|\r|$/);
    const problems = state.problems.length === 1 ? 'a problem' : `${state.problems.length} problems`;
    return {
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: Math.min(firstLineEnd, 200) } },
      severity: DiagnosticSeverity.Error,
      source: SOURCE,
      code: CONFIG_CODE,
      message: `Postlint did not check this post: the configuration file ${this.settings.displayPath(state.file)} has ${problems}, and checking with half of the team's settings would give wrong results. Open that file, fix what is underlined and save it; this post will be checked again.`,
      relatedInformation: first ? [{ location: { uri: this.documents.uriOf(state.file), range: first.range }, message: first.message }] : undefined,
    };
  }
}

/** Why Postlint skips a text, as the CLI skips such a file (too large, binary), or undefined. */
function skipReason(text: string): string | undefined {
  const tooLarge = text.length > MAX_POST_BYTES || (text.length * 3 > MAX_POST_BYTES && utf8Length(text) > MAX_POST_BYTES);
  if (tooLarge) return tooLargeMessage(utf8Length(text));
  return text.includes('\u0000') ? BINARY_MESSAGE : undefined;
}

/** The size of a text in UTF-8, as the file would be written (a lone surrogate as U+FFFD, as Node writes it); no Buffer in a browser. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

function notCheckedNotice(reason: string): Diagnostic {
  const message = `Postlint ${reason.replace(/^skipped: /, 'skipped this file: ')}`;
  return { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, severity: DiagnosticSeverity.Warning, source: SOURCE, code: NOT_CHECKED_CODE, message };
}
