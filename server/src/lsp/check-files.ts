// postlint/checkFiles (Check All Posts): the posts of the request found as the CLI finds them
// (server/src/node/discover.ts), checked from disk or from the editor when open, their
// diagnostics pushed, and counts and the calendar's summary returned.
// - The search is asynchronous and honours cancellation: a large folder never blocks the
//   server, and a cancelled search answers at once with RequestCancelled.
// - Owns the set of posts whose diagnostics it pushed while they are not open, so the server
//   can re-check them when the configuration changes; clear() forgets them. Posts the editor
//   sent with their text (no file here) are re-checked from that text, kept until the post is
//   opened or changes outside the editor (then its findings stay until the next check).

import * as fsp from 'node:fs/promises';
import * as path from 'node:path';
import {
  DiagnosticSeverity,
  LSPErrorCodes,
  ResponseError,
  type CancellationToken,
  type Connection,
  type Diagnostic,
  type TextDocument,
  type WorkDoneProgressReporter,
} from 'vscode-languageserver';
import { summarize, summaryFinding, type Finding, type LintResult, type PostlintConfig, type Severity } from '../engine';
import { inBatches, nodeDiscoveryFs, PostCollector, type DiscoveryFs } from '../node/discover';
import { readPost } from '../node/read-post';
import type { Analysis } from './analyses';
import { configKey, type ConfigState, type ServerConfigs } from './configs';
import { uriToPath } from './files';
import type { Log } from './log';
import { postFacts, withReport } from './report-facts';
import { CheckFilesRequest, type CheckedFile, type CheckFilesParams, type CheckFilesResult, type PostlintSettings, type SeverityCounts } from './protocol';

/** What checkFiles needs of the server. */
export interface CheckFilesHost {
  connection: Connection;
  log: Log;
  configs: ServerConfigs;
  /** The client shows progress the server creates. */
  workDoneProgress(): boolean;
  /** The client pulls the diagnostics of open posts. */
  pull(): boolean;
  /** The open document a URI names, under the URI the editor uses (URIs may be spelled differently). */
  openDocument(uri: string, file: string | undefined): { uri: string; doc: TextDocument } | undefined;
  /** The URI of a file: the editor's when it is open. */
  uriOf(file: string): string;
  isOpen(uri: string): boolean;
  getSettings(uri: string): Promise<PostlintSettings>;
  configFor(uri: string): ConfigState;
  analyze(uri: string, text: string, version: number | null, settings: PostlintSettings, closed: boolean): Analysis;
  /** Pushes diagnostics (an open post's with its version, which the server remembers). */
  publish(uri: string, diagnostics: Diagnostic[], version?: number): void;
  hasPushed(uri: string): boolean;
}

type Outcome = { file: CheckedFile; findings?: Pick<Finding, 'ruleId' | 'severity'>[]; config?: PostlintConfig };

export class CheckFiles {
  /** Posts checked from disk (their diagnostics pushed while they are not open). */
  private readonly checked = new Set<string>();
  /** The text of the posts in `checked` that the editor sent (not files here). */
  private readonly sentTexts = new Map<string, string>();
  private recheckRun = 0;

  constructor(
    private readonly host: CheckFilesHost,
    private readonly fs: DiscoveryFs = nodeDiscoveryFs,
  ) {}

  register(): void {
    this.host.connection.onRequest(CheckFilesRequest, (params: CheckFilesParams, token: CancellationToken) => this.handle(params, token));
  }

  has(uri: string): boolean {
    return this.checked.has(uri);
  }

  forget(uri: string): void {
    this.checked.delete(uri);
    this.sentTexts.delete(uri);
  }

  /** A post the editor sent changed where it is kept (or is opened): the text sent is no longer its text. */
  forgetText(uri: string): void {
    this.sentTexts.delete(uri);
  }

  clear(): void {
    this.checked.clear();
    this.sentTexts.clear();
    this.recheckRun++;
  }

  private async handle(params: CheckFilesParams, token: CancellationToken): Promise<CheckFilesResult> {
    const { connection, log } = this.host;
    let reporter: WorkDoneProgressReporter = connection.window.attachWorkDoneProgress(params.workDoneToken);
    let serverToken: CancellationToken | undefined;
    if (params.workDoneToken === undefined && this.host.workDoneProgress()) {
      try {
        const created = await connection.window.createWorkDoneProgress();
        reporter = created;
        serverToken = created.token;
      } catch {
        // No progress then.
      }
    }
    const abort = new AbortController();
    const onCancel = () => abort.abort();
    const subscriptions = [token.onCancellationRequested(onCancel), serverToken?.onCancellationRequested(onCancel)];
    if (token.isCancellationRequested || serverToken?.isCancellationRequested) onCancel();
    try {
      reporter.begin('Postlint: checking posts', 0, 'Looking for posts…', true);
      const uris = await this.expand(Array.isArray(params.uris) ? params.uris : [], abort.signal);
      const sent = new Map<string, string>();
      for (const d of Array.isArray(params.documents) ? params.documents : []) {
        if (d && typeof d.uri === 'string' && typeof d.text === 'string') sent.set(d.uri, d.text);
      }
      return withReport(await this.checkAll(uris, sent, reporter, () => abort.signal.aborted));
    } catch (error) {
      if (abort.signal.aborted) {
        throw new ResponseError(LSPErrorCodes.RequestCancelled, 'Check All Posts was cancelled while looking for posts; no post was checked.');
      }
      log.error('checking posts', error);
      throw new ResponseError(-32603, 'Postlint could not check the posts; see the Postlint output for details.');
    } finally {
      for (const s of subscriptions) s?.dispose();
      reporter.done();
    }
  }

  /**
   * The posts of the request in the order given, folders searched (their posts in path order),
   * each real file once, without those the configuration ignores.
   */
  private async expand(requested: readonly unknown[], signal: AbortSignal): Promise<string[]> {
    const collector = new PostCollector(this.fs);
    const others = new Set<string>();
    const onDisk: { uri: string; file: string }[] = [];
    for (const uri of requested) {
      if (typeof uri !== 'string') continue;
      const file = uriToPath(uri);
      if (file) onDisk.push({ uri, file });
      else others.add(uri);
    }
    const folder = await inBatches(onDisk, (x) => isFolder(x.file), signal);
    let files: string[] = [];
    for (let i = 0; i <= onDisk.length; i++) {
      if (i < onDisk.length && !folder[i]) {
        files.push(onDisk[i].file);
        continue;
      }
      // Named files between two folders are resolved together.
      await collector.addFiles(files, true, signal);
      files = [];
      if (i < onDisk.length) await collector.addFolder(onDisk[i].file, signal);
    }
    const out = [...others];
    for (const target of collector.inOrder()) {
      const state = this.host.configs.forDirectory(path.dirname(target.path));
      if (state.ok && this.host.configs.loader.isIgnored(target.path, state.loaded)) continue;
      out.push(this.host.uriOf(target.path));
    }
    return out;
  }

  private async checkAll(uris: readonly string[], sent: ReadonlyMap<string, string>, reporter: WorkDoneProgressReporter, isCancelled: () => boolean): Promise<CheckFilesResult> {
    const total = uris.length;
    const files: CheckedFile[] = [];
    const results: Pick<LintResult, 'findings'>[] = [];
    const configsUsed = new Map<string, { config: PostlintConfig; posts: number }>();
    const progressMessage = (n: number) => `${n.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} posts`;
    reporter.report(0, progressMessage(0));
    let lastPercent = 0;
    let cancelled = false;
    for (let i = 0; i < total; i++) {
      if (i % 25 === 0) await new Promise<void>((resolve) => setImmediate(resolve)); // let edits and cancellation in
      if (isCancelled()) {
        cancelled = true;
        break;
      }
      const uri = uris[i];
      try {
        const outcome = await this.checkOne(uri, sent.get(uri));
        if (outcome) {
          files.push(outcome.file);
          if (outcome.findings) {
            results.push({ findings: outcome.findings as Finding[] }); // summarize() reads ruleId and severity only
            const key = configKey(outcome.config!);
            const used = configsUsed.get(key);
            if (used) used.posts++;
            else configsUsed.set(key, { config: outcome.config!, posts: 1 });
          }
        }
      } catch (error) {
        this.host.log.error('checking a post', error);
        files.push({ uri, counts: zeroCounts(), error: 'not checked: Postlint failed on this file (see the Postlint output).' });
      }
      const percent = Math.floor(((i + 1) * 100) / total);
      if (percent !== lastPercent || total <= 100) {
        lastPercent = percent;
        reporter.report(percent, progressMessage(i + 1));
      }
    }
    // Workspace rules (promotion-share) use the configuration most of the posts use.
    let summaryConfig: PostlintConfig = {};
    let most = 0;
    for (const { config, posts } of configsUsed.values()) {
      if (posts > most) {
        most = posts;
        summaryConfig = config;
      }
    }
    return { files, summary: summarize(results, summaryConfig), cancelled, total };
  }

  /** Checks one post (undefined: ignored by the configuration); `sentText`: its text as the editor sent it. */
  private async checkOne(uri: string, sentText?: string): Promise<Outcome | undefined> {
    const host = this.host;
    const p = uriToPath(uri);
    const open = host.openDocument(uri, p);
    let text: string;
    if (open) {
      text = open.doc.getText();
    } else if (p) {
      const read = readPost(p);
      if (read.kind !== 'text') {
        if (host.hasPushed(uri)) host.publish(uri, []);
        // The CLI's two outcomes: "skipped" (not a post) is a note, "not checked" an error.
        const outcome = read.kind === 'skipped' ? { skipped: read.message } : { error: read.message };
        return { file: { uri, counts: zeroCounts(), ...outcome } };
      }
      text = read.text;
    } else if (sentText !== undefined) {
      text = sentText;
    } else {
      return { file: { uri, counts: zeroCounts(), error: 'not checked: only files on disk and open documents can be checked.' } };
    }
    const docUri = open?.uri ?? uri;
    const settings = await host.getSettings(docUri);
    const state = host.configFor(docUri);
    if (state.ok && host.configs.isIgnored(docUri, state.loaded)) {
      if (!open && host.hasPushed(uri)) host.publish(uri, []);
      return undefined;
    }
    const analysis = host.analyze(docUri, text, open ? open.doc.version : null, settings, !open);
    if (open) {
      if (!host.pull()) host.publish(docUri, analysis.diagnostics, open.doc.version);
    } else {
      this.checked.add(uri);
      if (!p) this.sentTexts.set(uri, text);
      if (analysis.diagnostics.length || host.hasPushed(uri)) host.publish(uri, analysis.diagnostics);
    }
    // Counted from the findings: the diagnostics sent may be capped (convert.ts, toDiagnostics).
    if (analysis.notChecked?.startsWith('skipped: ')) return { file: { uri, counts: zeroCounts(), skipped: analysis.notChecked } };
    const counts = zeroCounts();
    if (analysis.linter) for (const f of analysis.findings) counts[f.severity]++;
    else for (const d of analysis.diagnostics) counts[severityName(d.severity)]++;
    if (!state.ok) {
      return { file: { uri, counts, error: 'not checked: the configuration file that applies to it has a problem (see its diagnostics).' } };
    }
    if (!analysis.linter) return { file: { uri, counts } };
    const config = host.configs.effectiveConfig(state.loaded.config, settings);
    const facts = postFacts(p ?? uri, text, analysis.findings, analysis.mapper);
    return { file: { uri, counts, ...facts }, findings: analysis.findings.map((f) => summaryFinding(f.ruleId, f.severity)), config };
  }

  /** Checks a post from disk (or the text the editor sent) again and pushes its diagnostics (after it changed or was closed). */
  async recheck(uri: string): Promise<void> {
    const host = this.host;
    try {
      const p = uriToPath(uri);
      if (host.isOpen(uri)) return;
      let text = p ? undefined : this.sentTexts.get(uri);
      if (p) {
        const read = readPost(p);
        if (read.kind !== 'text') {
          host.publish(uri, []);
          return;
        }
        text = read.text;
      }
      if (text === undefined) return;
      const settings = await host.getSettings(uri);
      if (host.isOpen(uri)) return;
      host.publish(uri, host.analyze(uri, text, null, settings, true).diagnostics);
    } catch (error) {
      host.log.error('re-checking a post', error);
    }
  }

  /** After a configuration change, re-checks the posts it pushed (stops if another change comes). */
  async recheckAll(): Promise<void> {
    const run = ++this.recheckRun;
    let n = 0;
    for (const uri of [...this.checked]) {
      if (run !== this.recheckRun) return;
      if (++n % 25 === 0) await new Promise<void>((resolve) => setImmediate(resolve));
      if (!this.host.isOpen(uri)) await this.recheck(uri);
    }
  }
}

async function isFolder(p: string): Promise<boolean> {
  try {
    return (await fsp.stat(p)).isDirectory();
  } catch {
    return false;
  }
}

export function zeroCounts(): SeverityCounts {
  return { error: 0, warning: 0, info: 0, hint: 0 };
}

function severityName(severity: Diagnostic['severity']): Severity {
  switch (severity) {
    case DiagnosticSeverity.Error:
      return 'error';
    case DiagnosticSeverity.Information:
      return 'info';
    case DiagnosticSeverity.Hint:
      return 'hint';
    default:
      return 'warning';
  }
}
