// Postlint's additions to the Language Server Protocol, as agreed in
// notes/editor-contract.md. The VS Code client and the tests may import these types.
// The client bundles this file (through client/src/protocol.ts): at run time it may import
// only from 'vscode-languageserver-protocol' (or 'vscode-jsonrpc'), never from
// 'vscode-languageserver' or 'vscode-languageclient', and from the engine only types.

import { NotificationType, RequestType, type WorkDoneProgressParams } from 'vscode-languageserver-protocol';
import type { Position, Range } from 'vscode-languageserver-protocol';
import type { Summary } from '../engine/summary';
import type { ReportSummary } from '../report/summary';
import type { PlatformId } from '../engine/types';

export interface LspTextEdit {
  range: Range;
  newText: string;
}

export interface LspSuggestion {
  title: string;
  edits: LspTextEdit[];
}

/** `Diagnostic.data` of every post diagnostic: everything code actions need, so they never re-lint. */
export interface DiagnosticData {
  ruleId: string;
  /** Document version the finding was computed for (edits are only valid for it). */
  version: number | null;
  suggestions: LspSuggestion[];
  fix?: LspSuggestion;
  redaction?: LspSuggestion;
}

/** Settings section `postlint` (pulled with workspace/configuration). */
export interface PostlintSettings {
  enable: boolean;
  rules: Record<string, unknown>;
  defaultPlatform: string | null;
  run: 'onType' | 'onSave';
}

export const DEFAULT_SETTINGS: PostlintSettings = { enable: true, rules: {}, defaultPlatform: null, run: 'onType' };

/** `initializationOptions` the server understands (all optional). */
export interface InitializationOptions {
  /** Delay between the last keystroke and the check, in ms (default 150). Tests and the benchmark use 0. */
  debounceMs?: number;
  /** Settings to use when the client cannot answer workspace/configuration (`postlint` is accepted too). */
  settings?: Partial<PostlintSettings>;
  postlint?: Partial<PostlintSettings>;
  /** Where the rule pages are (`<ruleDocsUri>/<rule id>.md`); by default docs/rules beside the server bundle. */
  ruleDocsUri?: string;
  /**
   * The `.postlintrc.json` files of folders the server cannot read (URIs that are not files on
   * its machine, such as the web extension's): all of them, read when the editor starts the
   * server. Changes follow in postlint/didChangeConfigFiles.
   */
  configFiles?: SentConfigFile[];
}

/** A `.postlintrc.json` the editor read for the server. */
export interface SentConfigFile {
  uri: string;
  /** The file's bytes in base64 (decoded as the server decodes a file on disk); absent: the file is gone. */
  content?: string;
}

export interface DidChangeConfigFilesParams {
  /** Files created, changed (their new content) or deleted (no content). */
  files: SentConfigFile[];
}

/** The editor saw `.postlintrc.json` files it sends change (saved, created, deleted). */
export const DidChangeConfigFilesNotification = new NotificationType<DidChangeConfigFilesParams>('postlint/didChangeConfigFiles');

export interface CheckFilesParams extends WorkDoneProgressParams {
  /** File URIs of posts, or of folders: a folder is searched for posts as the CLI searches one (server/src/node/discover.ts). */
  uris: string[];
  /**
   * Posts the server cannot read itself, with their text: the web build has no file system, so
   * the editor finds the posts (vscode.workspace.fs) and sends them, their URIs in `uris` too.
   */
  documents?: { uri: string; text: string }[];
}

export interface SeverityCounts {
  error: number;
  warning: number;
  info: number;
  hint: number;
}

export interface CheckedFile {
  uri: string;
  counts: SeverityCounts;
  /** Set when the file could not be read or checked (never contains post text). */
  error?: string;
  /** Set when the file is not a post and was skipped, as the CLI skips it (too large, binary): the reason. */
  skipped?: string;
  /** The post's date (YYYY-MM-DD), from its `date:` setting or its file name (for the report's calendar). */
  date?: string;
  /** One of its findings is sales pressure or self-praise (promotion-share counts it). */
  promotional?: boolean;
  /** Where its most serious finding starts (the report opens the post there). */
  first?: Position;
}

export interface CheckFilesResult {
  files: CheckedFile[];
  /** The report's figures (totals, by guideline and rule, per week), as `postlint --format html` computes them. */
  report?: ReportSummary;
  summary: Summary;
  cancelled: boolean;
  /** How many posts the request named or its folders hold (more than `files` when cancelled). */
  total: number;
}

export const CheckFilesRequest = new RequestType<CheckFilesParams, CheckFilesResult, void>('postlint/checkFiles');

export interface BudgetInfo {
  platform: PlatformId;
  name: string;
  used: number;
  limit: number;
}

export interface BudgetsParams {
  uri: string;
  budgets: BudgetInfo[];
  /** Set when the post was not checked (the reason, as its diagnostic says): no budget is known. */
  notChecked?: string;
}

export const BudgetsNotification = new NotificationType<BudgetsParams>('postlint/budgets');

export const SHOW_RULE_DOCUMENTATION_COMMAND = 'postlint.showRuleDocumentation';
export const FIX_ALL_KIND = 'source.fixAll.postlint';
export const CONFIG_CODE = 'config';
