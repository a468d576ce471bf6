// The Postlint language server. Transport-agnostic: main.ts creates the connection.
//
// Diagnostics
//   - Pull (textDocument/diagnostic) when the client declares it, push otherwise.
//   - Push mode checks on open and, debounced, on every change (postlint.run "onType"), or on
//     open and save only ("onSave"). A check publishes only if its document version is still
//     the newest: a check of an old version never overwrites a newer one.
//   - Posts checked by postlint/checkFiles that are not open are always pushed.
// Configuration
//   - `.postlintrc.json` as the CLI reads it (server/src/node/config-loader.ts), re-read on
//     workspace/didChangeWatchedFiles and on didOpen/didChange/didSave/didClose of an open one.
//   - A broken configuration: its problems are diagnostics on the configuration file, and each
//     post under it gets ONE diagnostic saying it was not checked (never a half-read config).
//   - `postlint.*` settings (workspace/configuration): enable, rules (override the file),
//     defaultPlatform (overrides the file), run.
// Robustness
//   - Every handler catches its errors; a rule that throws is logged (rule id and error only)
//     and the other rules still report. Post text is never logged.

import { existsSync } from 'node:fs';
import * as path from 'node:path';
import {
  CodeActionKind,
  DiagnosticSeverity,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  DocumentDiagnosticReportKind,
  FileChangeType,
  LSPErrorCodes,
  ResponseError,
  TextDocumentSyncKind,
  type CodeAction,
  type CodeActionParams,
  type Command,
  type Connection,
  type Diagnostic,
  type DocumentDiagnosticReport,
  type InitializeParams,
  type InitializeResult,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { parsePost, type Linter, type LintResult, type PostlintConfig } from '../engine';
import { version as SERVER_VERSION } from '../../../package.json';
import { loadConfigFile } from '../node/config-loader';
import type { DiscoveryFs } from '../node/discover';
import { BINARY_MESSAGE, MAX_POST_BYTES, tooLargeMessage } from '../node/read-post';
import { fixAllEdits, quickFixes, type ActionContext } from './actions';
import { ServerConfigs, type ConfigState } from './configs';
import { isDiagnosticData, OffsetMapper, ruleDocUri, SOURCE, toDiagnostics } from './convert';
import { isConfigUri, isPostUri, pathToUri, uriToPath } from './files';
import type { Analysis } from './analysis';
import { CheckFiles } from './check-files';
import { hoverFor } from './hover';
import { Log, describeError } from './log';
import {
  BudgetsNotification,
  CONFIG_CODE,
  DEFAULT_SETTINGS,
  FIX_ALL_KIND,
  SHOW_RULE_DOCUMENTATION_COMMAND,
  type InitializationOptions,
  type PostlintSettings,
} from './protocol';

export const DEFAULT_DEBOUNCE_MS = 150;
/** Server-side command for editors other than VS Code (opens the rule's page with window/showDocument). */
export const SERVER_DOCS_COMMAND = 'postlint.server.showRuleDocumentation';
const NOT_CHECKED_CODE = 'not-checked';

type Preparation =
  | { kind: 'lint'; linter: Linter; config: PostlintConfig }
  | { kind: 'skip'; diagnostics: Diagnostic[]; notChecked?: string };

interface ClientSupport {
  pull: boolean;
  pullRefresh: boolean;
  configuration: boolean;
  watchedFilesDynamic: boolean;
  configurationDynamic: boolean;
  documentChanges: boolean;
  workDoneProgress: boolean;
  showDocument: boolean;
  workspaceFolders: boolean;
  isVsCode: boolean;
}

export interface ServerOptions {
  /** The file system folder searches read (tests give one that stalls). */
  discoveryFs?: DiscoveryFs;
}

export function startServer(connection: Connection, options: ServerOptions = {}): void {
  const log = new Log(connection.console);
  const configs = new ServerConfigs();
  const documents = new Map<string, TextDocument>();
  /** Open documents by file path (URIs from the client and from folder walks may be spelled differently). */
  const openByPath = new Map<string, string>();
  const analyses = new Map<string, Analysis>();
  const timers = new Map<string, NodeJS.Timeout>();
  const publishedVersion = new Map<string, number>();
  /** URIs that currently have pushed, non-empty diagnostics. */
  const pushedNonEmpty = new Set<string>();
  /** Configuration files whose diagnostics were published, with what was published. */
  const configDiagnostics = new Map<string, string>();
  /** onSave mode with pull diagnostics: the report of the last opened/saved version, and that version. */
  const savedReports = new Map<string, Analysis>();
  const savedVersion = new Map<string, number>();
  const settingsCache = new Map<string, Promise<PostlintSettings>>();
  let globalSettings: PostlintSettings = { ...DEFAULT_SETTINGS };
  let debounceMs = DEFAULT_DEBOUNCE_MS;
  let workspaceFolders: string[] = [];
  /** The workspace folder of each folder holding posts (folderUriOf): checking 10,000 posts asks 10,000 times. */
  const folderUris = new Map<string, string | undefined>();
  const support: ClientSupport = {
    pull: false,
    pullRefresh: false,
    configuration: false,
    watchedFilesDynamic: false,
    configurationDynamic: false,
    documentChanges: false,
    workDoneProgress: false,
    showDocument: false,
    workspaceFolders: false,
    isVsCode: false,
  };

  const checkFiles = new CheckFiles(
    {
      connection,
      log,
      configs,
      workDoneProgress: () => support.workDoneProgress,
      pull: () => support.pull,
      openDocument: (uri, file) => {
        const openUri = documents.has(uri) ? uri : file ? openByPath.get(file) : undefined;
        const doc = openUri ? documents.get(openUri) : undefined;
        return doc ? { uri: openUri!, doc } : undefined;
      },
      uriOf: (file) => openByPath.get(file) ?? pathToUri(file),
      isOpen: (uri) => documents.has(uri),
      getSettings,
      configFor,
      analyze,
      publish: (uri, diagnostics, version) => {
        if (version !== undefined) publishedVersion.set(uri, version);
        publish(uri, diagnostics, version);
      },
      hasPushed: (uri) => pushedNonEmpty.has(uri),
    },
    options.discoveryFs,
  );
  checkFiles.register();

  // ---------------------------------------------------------------- lifecycle

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const caps = params.capabilities;
    support.pull = !!caps.textDocument?.diagnostic;
    support.pullRefresh = !!caps.workspace?.diagnostics?.refreshSupport;
    support.configuration = !!caps.workspace?.configuration;
    support.watchedFilesDynamic = !!caps.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    support.configurationDynamic = !!caps.workspace?.didChangeConfiguration?.dynamicRegistration;
    support.documentChanges = !!caps.workspace?.workspaceEdit?.documentChanges;
    support.workDoneProgress = !!caps.window?.workDoneProgress;
    support.showDocument = !!caps.window?.showDocument?.support;
    support.workspaceFolders = !!caps.workspace?.workspaceFolders;
    // VS Code and its forks and web builds (code-server, VSCodium, Code - OSS, Cursor…) run the
    // extension's own postlint.showRuleDocumentation command; other editors get the server's.
    support.isVsCode = /code|codium|cursor|windsurf|theia|positron/i.test(params.clientInfo?.name ?? '');

    const options = (params.initializationOptions ?? {}) as InitializationOptions;
    if (typeof options.debounceMs === 'number' && Number.isFinite(options.debounceMs)) {
      debounceMs = Math.max(0, Math.min(5000, options.debounceMs));
    }
    // `settings`, or `postlint` (editors such as Helix send their whole `config` table here).
    const initialSettings = options.settings ?? options.postlint;
    if (initialSettings && typeof initialSettings === 'object') globalSettings = normalizeSettings(initialSettings);

    const folders = params.workspaceFolders?.map((f) => uriToPath(f.uri)).filter((p): p is string => !!p);
    const root = params.rootUri ? uriToPath(params.rootUri) : (params.rootPath ?? undefined);
    workspaceFolders = folders?.length ? folders : root ? [root] : [];

    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: false },
        hoverProvider: true,
        ...(support.pull
          ? { diagnosticProvider: { identifier: 'postlint', interFileDependencies: false, workspaceDiagnostics: false } }
          : {}),
        ...(!support.isVsCode && support.showDocument ? { executeCommandProvider: { commands: [SERVER_DOCS_COMMAND] } } : {}),
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'postlint-language-server', version: SERVER_VERSION },
    };
  });

  connection.onInitialized(() => {
    if (support.watchedFilesDynamic) {
      void connection.client
        .register(DidChangeWatchedFilesNotification.type, {
          watchers: [{ globPattern: '**/.postlintrc.json' }, { globPattern: '**/*.post.md' }],
        })
        .catch((e) => log.error('registering file watchers', e));
    }
    if (support.configurationDynamic) {
      void connection.client
        .register(DidChangeConfigurationNotification.type, { section: 'postlint' })
        .catch((e) => log.error('registering for settings changes', e));
    }
    // Compile the linter of the workspace's configuration now (it takes a while, once) rather
    // than when the first post is opened.
    setImmediate(() => {
      const folder = workspaceFolders[0];
      if (!folder) return;
      void getSettings(pathToUri(folder)).then((settings) =>
        guard('preparing the checks', () => {
          const state = configs.forDirectory(folder);
          if (state.ok && settings.enable) configs.linterFor(configs.effectiveConfig(state.loaded.config, settings));
        }),
      );
    });
    // Only for clients that send folder changes: the library throws for the others.
    if (support.workspaceFolders) connection.workspace.onDidChangeWorkspaceFolders((event) => {
      const removed = new Set(event.removed.map((f) => uriToPath(f.uri)));
      workspaceFolders = workspaceFolders.filter((f) => !removed.has(f));
      folderUris.clear();
      for (const f of event.added) {
        const p = uriToPath(f.uri);
        if (p) workspaceFolders.push(p);
      }
    });
  });

  // ---------------------------------------------------------------- settings

  /** Settings for a document (per URI when open; per workspace folder for files on disk, so 10,000 posts cost one request). */
  function getSettings(uri: string): Promise<PostlintSettings> {
    if (!support.configuration) return Promise.resolve(globalSettings);
    const scope = documents.has(uri) ? uri : folderUriOf(uri);
    let cached = settingsCache.get(scope ?? '');
    if (!cached) {
      cached = connection.workspace.getConfiguration({ scopeUri: scope, section: 'postlint' }).then(
        (raw) => normalizeSettings(raw ?? {}),
        (e) => {
          log.error('reading the postlint settings', e);
          return globalSettings;
        },
      );
      settingsCache.set(scope ?? '', cached);
    }
    return cached;
  }

  function folderUriOf(uri: string): string | undefined {
    const p = uriToPath(uri);
    if (!p) return undefined;
    const dir = path.dirname(p);
    if (folderUris.has(dir)) return folderUris.get(dir);
    let best: string | undefined;
    for (const folder of workspaceFolders) {
      const rel = path.relative(folder, dir);
      if (!rel.startsWith('..') && !path.isAbsolute(rel) && (!best || folder.length > best.length)) best = folder;
    }
    const found = best ? pathToUri(best) : undefined;
    folderUris.set(dir, found);
    return found;
  }

  connection.onDidChangeConfiguration((params) => {
    settingsCache.clear();
    if (!support.configuration) {
      const raw = (params.settings as { postlint?: unknown } | undefined)?.postlint;
      if (raw && typeof raw === 'object') globalSettings = normalizeSettings(raw as Partial<PostlintSettings>);
    }
    configs.settingsChanged();
    savedReports.clear();
    recheckOpen();
  });

  // ---------------------------------------------------------------- documents

  connection.onDidOpenTextDocument(({ textDocument: td }) => {
    guard('opening a document', () => {
      const doc = TextDocument.create(td.uri, td.languageId, td.version, td.text);
      documents.set(td.uri, doc);
      savedVersion.set(td.uri, td.version);
      const p = uriToPath(td.uri);
      if (p) openByPath.set(p, td.uri);
      if (isConfigUri(td.uri)) return configDocumentChanged(doc);
      if (!isPost(doc)) return;
      if (support.pull) {
        // The client pulls from now on; drop what checkFiles pushed so nothing shows twice.
        if (pushedNonEmpty.has(td.uri)) publish(td.uri, []);
      } else {
        schedule(td.uri, 0);
      }
    });
  });

  connection.onDidChangeTextDocument(({ textDocument: td, contentChanges }) => {
    guard('updating a document', () => {
      const doc = documents.get(td.uri);
      if (!doc) return;
      TextDocument.update(doc, contentChanges, td.version);
      if (isConfigUri(td.uri)) return configDocumentChanged(doc);
      if (!isPost(doc) || support.pull) return;
      void getSettings(td.uri).then((s) => {
        if (s.run === 'onType') schedule(td.uri, debounceMs);
      });
    });
  });

  connection.onDidSaveTextDocument(({ textDocument: td }) => {
    guard('saving a document', () => {
      const doc = documents.get(td.uri);
      if (isConfigUri(td.uri)) {
        const p = uriToPath(td.uri);
        if (p) configs.invalidate();
        return configurationChanged();
      }
      if (!doc || !isPost(doc)) return;
      savedVersion.set(td.uri, doc.version);
      void getSettings(td.uri).then((s) => {
        if (s.run !== 'onSave') return;
        // Pull clients pull after a save themselves (VS Code does); a refresh covers the others.
        if (support.pull) {
          if (support.pullRefresh) connection.languages.diagnostics.refresh();
        } else schedule(td.uri, 0);
      });
    });
  });

  connection.onDidCloseTextDocument(({ textDocument: td }) => {
    guard('closing a document', () => {
      const doc = documents.get(td.uri);
      documents.delete(td.uri);
      analyses.delete(td.uri);
      savedReports.delete(td.uri);
      savedVersion.delete(td.uri);
      settingsCache.delete(td.uri);
      publishedVersion.delete(td.uri);
      clearTimeout(timers.get(td.uri));
      timers.delete(td.uri);
      const p = uriToPath(td.uri);
      if (p && openByPath.get(p) === td.uri) openByPath.delete(p);
      if (isConfigUri(td.uri)) {
        if (p) configs.removeOverlay(p);
        return configurationChanged();
      }
      if (!doc || !isPost(doc)) return;
      if (checkFiles.has(td.uri)) void checkFiles.recheck(td.uri);
      else if (!support.pull || pushedNonEmpty.has(td.uri)) publish(td.uri, []);
    });
  });

  function isPost(doc: TextDocument): boolean {
    return doc.languageId === 'postmd' || isPostUri(doc.uri);
  }

  // ---------------------------------------------------------------- configuration files

  function configDocumentChanged(doc: TextDocument): void {
    const p = uriToPath(doc.uri);
    if (!p) return;
    configs.setOverlay(p, doc.version, doc.getText());
    configurationChanged();
  }

  connection.onDidChangeWatchedFiles(({ changes }) => {
    guard('handling file changes', () => {
      let configChanged = false;
      for (const change of changes) {
        if (isConfigUri(change.uri)) configChanged = true;
        else if (isPostUri(change.uri) && checkFiles.has(change.uri) && !documents.has(change.uri)) {
          if (change.type === FileChangeType.Deleted) {
            checkFiles.forget(change.uri);
            publish(change.uri, []);
          } else {
            void checkFiles.recheck(change.uri);
          }
        }
      }
      if (configChanged) {
        configs.invalidate();
        configurationChanged();
      }
    });
  });

  /** Something a post's configuration depends on changed: re-check everything shown. */
  function configurationChanged(): void {
    savedReports.clear();
    refreshConfigDiagnostics();
    recheckOpen();
    void checkFiles.recheckAll();
  }

  /** The diagnostics of a configuration file (published on its own URI, pushed in every mode). */
  function showConfigState(state: ConfigState): void {
    if (state.ok && !state.loaded.file) return;
    const file = state.ok ? state.loaded.file! : state.file;
    const uri = openByPath.get(file) ?? pathToUri(file);
    const diagnostics: Diagnostic[] = state.ok
      ? []
      : state.problems.map((p) => ({
          range: p.range,
          severity: DiagnosticSeverity.Error,
          source: SOURCE,
          code: CONFIG_CODE,
          message: p.message,
        }));
    const signature = JSON.stringify(diagnostics);
    if ((configDiagnostics.get(uri) ?? '[]') === signature) return;
    configDiagnostics.set(uri, signature);
    const version = documents.get(uri)?.version;
    connection.sendDiagnostics({ uri, version, diagnostics });
  }

  function refreshConfigDiagnostics(): void {
    const files = new Set<string>();
    for (const uri of configDiagnostics.keys()) files.add(uri);
    for (const uri of documents.keys()) if (isConfigUri(uri)) files.add(uri);
    for (const uri of files) {
      const p = uriToPath(uri);
      if (!p) continue;
      if (!configs.hasOverlay(p) && !existsSync(p)) {
        // Deleted: nothing left to underline.
        if (configDiagnostics.get(uri) !== '[]') connection.sendDiagnostics({ uri, diagnostics: [] });
        configDiagnostics.delete(uri);
        continue;
      }
      guard('checking a configuration file', () => showConfigState(configs.forConfigFile(p, () => loadConfigFile(p))));
    }
  }

  function configFor(uri: string): ConfigState {
    const p = uriToPath(uri);
    const dir = p ? path.dirname(p) : workspaceFolders[0];
    const state = configs.forDirectory(dir);
    showConfigState(state);
    return state;
  }

  // ---------------------------------------------------------------- analysis

  function prepare(uri: string, text: string, settings: PostlintSettings): Preparation {
    if (!settings.enable) return { kind: 'skip', diagnostics: [] };
    const reason = skipReason(text);
    if (reason) return { kind: 'skip', diagnostics: [notCheckedNotice(reason)], notChecked: reason };
    const state = configFor(uri);
    if (!state.ok) {
      const notice = brokenConfigDiagnostic(uri, state, text);
      return { kind: 'skip', diagnostics: [notice], notChecked: notice.message };
    }
    const p = uriToPath(uri);
    if (p && configs.loader.isIgnored(p, state.loaded)) return { kind: 'skip', diagnostics: [] };
    const settingsProblems = configs.settingsConfig(settings).problems;
    for (const problem of settingsProblems) {
      log.once(`settings:${problem}`, () => {
        log.warn(problem);
        void connection.window.showWarningMessage(`Postlint settings: ${problem}`);
      });
    }
    const config = configs.effectiveConfig(state.loaded.config, settings);
    return { kind: 'lint', linter: configs.linterFor(config), config };
  }

  /**
   * Checks a text. `closed`: for a post that is not open, whose diagnostics need no quick-fix
   * edits (code actions only run on open posts, which are checked again when opened), so
   * `data.suggestions` is left empty to keep 10,000 posts' notifications small.
   */
  function analyze(uri: string, text: string, version: number | null, settings: PostlintSettings, closed = false): Analysis {
    const generation = configs.generation;
    const prep = prepare(uri, text, settings);
    if (prep.kind === 'skip') {
      const { diagnostics, notChecked } = prep;
      return { uri, version, generation, mapper: new OffsetMapper(text), findings: [], diagnostics, budgets: [], notChecked };
    }
    const { result, lineStarts } = lintSafely(prep.linter, text);
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

  /** Lints a text (parsed once: its line starts serve the LSP positions too). Never throws. */
  function lintSafely(linter: Linter, text: string): { result: LintResult; lineStarts?: number[] } {
    let result: LintResult;
    let lineStarts: number[] | undefined;
    try {
      const doc = parsePost(text);
      lineStarts = doc.lineStarts;
      result = linter.lintDocument(doc);
    } catch (error) {
      // The engine catches rule errors itself; this is a failure of the parser or the linter.
      log.once(`lint:${describeError(error)}`, () => log.error('checking a post', error));
      return { result: { findings: [], platforms: [], budgets: [], internalErrors: [] }, lineStarts };
    }
    for (const { ruleId, error } of result.internalErrors) {
      log.once(`rule:${ruleId}:${error}`, () => log.warn(`Postlint: the rule "${ruleId}" failed and was skipped for this post (${error}). The other rules still ran.`));
    }
    return { result, lineStarts };
  }

  /** Analyses an open document; undefined when it changed while the settings were read. */
  async function analyzeOpen(uri: string): Promise<Analysis | undefined> {
    const before = documents.get(uri);
    if (!before) return undefined;
    const version = before.version;
    const settings = await getSettings(uri);
    const doc = documents.get(uri);
    if (!doc || doc.version !== version) return undefined;
    const analysis = analyze(uri, doc.getText(), version, settings);
    analyses.set(uri, analysis);
    sendBudgets(uri, analysis);
    return analysis;
  }

  /** The analysis of the document as it is now (the last one when still current). */
  async function currentAnalysis(doc: TextDocument): Promise<Analysis | undefined> {
    const last = analyses.get(doc.uri);
    if (last && last.version === doc.version && last.generation === configs.generation) return last;
    const settings = await getSettings(doc.uri);
    const now = documents.get(doc.uri);
    if (!now || now.version !== doc.version) return undefined;
    const analysis = analyze(doc.uri, now.getText(), now.version, settings);
    analyses.set(doc.uri, analysis);
    // A pull that comes next reuses this analysis, so the status bar must learn of it now
    // (a quick fix's code-action request often checks the new text before the pull does).
    sendBudgets(doc.uri, analysis);
    return analysis;
  }

  function sendBudgets(uri: string, analysis: Analysis): void {
    const { budgets, notChecked } = analysis;
    void connection.sendNotification(BudgetsNotification, { uri, budgets, ...(notChecked ? { notChecked } : {}) });
  }

  // ---------------------------------------------------------------- push diagnostics

  function schedule(uri: string, delay: number): void {
    clearTimeout(timers.get(uri));
    timers.set(
      uri,
      setTimeout(() => {
        timers.delete(uri);
        runPush(uri).catch((e) => log.error('checking a post', e));
      }, delay),
    );
  }

  async function runPush(uri: string): Promise<void> {
    const analysis = await analyzeOpen(uri);
    if (!analysis || analysis.version === null) return; // stale: a newer check is scheduled
    const current = documents.get(uri);
    if (!current || current.version !== analysis.version) return;
    if ((publishedVersion.get(uri) ?? -Infinity) > analysis.version) return;
    publishedVersion.set(uri, analysis.version);
    publish(uri, analysis.diagnostics, analysis.version);
  }

  function publish(uri: string, diagnostics: Diagnostic[], version?: number): void {
    if (diagnostics.length) pushedNonEmpty.add(uri);
    else pushedNonEmpty.delete(uri);
    void connection.sendDiagnostics({ uri, version, diagnostics });
  }

  /** Re-checks every open post (after a settings or configuration change). */
  function recheckOpen(): void {
    if (support.pull) {
      if (support.pullRefresh) connection.languages.diagnostics.refresh();
      return;
    }
    for (const doc of documents.values()) if (isPost(doc)) schedule(doc.uri, 0);
  }

  // ---------------------------------------------------------------- pull diagnostics

  connection.languages.diagnostics.on(async (params, token): Promise<DocumentDiagnosticReport> => {
    const uri = params.textDocument.uri;
    try {
      const doc = documents.get(uri);
      if (!doc || !isPost(doc)) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
      const settings = await getSettings(uri);
      if (settings.run === 'onSave') {
        // The report of the last opened or saved version, kept while the user types.
        const saved = savedReports.get(uri);
        const target = savedVersion.get(uri);
        const fresh = saved && saved.version === target && saved.generation === configs.generation;
        if (saved && (fresh || doc.version !== target)) return report(saved, params.previousResultId);
        const analysis = await analyzeOpen(uri);
        if (analysis) {
          savedReports.set(uri, analysis);
          return report(analysis, params.previousResultId);
        }
      }
      const version = doc.version;
      const last = analyses.get(uri);
      const analysis =
        last && last.version === version && last.generation === configs.generation ? last : await analyzeOpen(uri);
      if (!analysis || documents.get(uri)?.version !== version || token.isCancellationRequested) {
        throw new ResponseError(LSPErrorCodes.ServerCancelled, 'The post changed; checking the newer version.', { retriggerRequest: true });
      }
      return report(analysis, params.previousResultId);
    } catch (error) {
      if (error instanceof ResponseError) throw error;
      log.error('checking a post', error);
      return { kind: DocumentDiagnosticReportKind.Full, items: [] };
    }
  });

  function report(analysis: Analysis, previousResultId: string | undefined): DocumentDiagnosticReport {
    const resultId = `${analysis.version}:${analysis.generation}`;
    if (previousResultId === resultId) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId };
    return { kind: DocumentDiagnosticReportKind.Full, resultId, items: analysis.diagnostics };
  }

  // ---------------------------------------------------------------- code actions

  connection.onCodeAction(async (params: CodeActionParams): Promise<CodeAction[]> => {
    try {
      const doc = documents.get(params.textDocument.uri);
      if (!doc || !isPost(doc)) return [];
      const only = params.context.only;
      const wants = (kind: string) => !only || only.some((o) => kind === o || kind.startsWith(`${o}.`));
      const ctx = actionContext(doc);
      const actions: CodeAction[] = [];

      if (wants(CodeActionKind.QuickFix)) {
        let fresh: Analysis | undefined;
        for (const diagnostic of params.context.diagnostics) {
          if (diagnostic.source !== SOURCE || !isDiagnosticData(diagnostic.data)) continue;
          let data = diagnostic.data;
          if (data.version !== doc.version) {
            // The edits were computed for an older text: use the finding as it is now, if it is still there.
            fresh ??= await currentAnalysis(doc);
            const same = fresh?.diagnostics.find(
              (d) => d.code === diagnostic.code && JSON.stringify(d.range) === JSON.stringify(diagnostic.range),
            );
            if (!same || !isDiagnosticData(same.data)) continue;
            data = same.data;
          }
          actions.push(...quickFixes(ctx, diagnostic, data));
        }
      }

      const fixableInContext = params.context.diagnostics.some((d) => isDiagnosticData(d.data) && d.data.fix);
      if (wants(FIX_ALL_KIND) && (only || fixableInContext)) {
        const analysis = await currentAnalysis(doc);
        if (analysis?.linter) {
          const edits = fixAllEdits(doc.getText(), analysis.linter, ctx.mapper);
          if (edits.length) {
            actions.push({ title: 'Fix all Postlint issues in this post', kind: FIX_ALL_KIND, edit: ctx.edit(edits) });
          }
        }
      }
      return actions;
    } catch (error) {
      log.error('preparing quick fixes', error);
      return [];
    }
  });

  function actionContext(doc: TextDocument): ActionContext {
    const text = doc.getText();
    const last = analyses.get(doc.uri);
    const mapper = last && last.version === doc.version ? last.mapper : new OffsetMapper(text);
    return {
      text,
      mapper,
      edit: (edits: TextEdit[]): WorkspaceEdit =>
        support.documentChanges
          ? { documentChanges: [{ textDocument: { uri: doc.uri, version: doc.version }, edits }] }
          : { changes: { [doc.uri]: edits } },
      docsCommand: (ruleId: string): Command | undefined => {
        if (support.isVsCode) return { title: `Show documentation for ${ruleId}`, command: SHOW_RULE_DOCUMENTATION_COMMAND, arguments: [ruleId] };
        if (support.showDocument) return { title: `Show documentation for ${ruleId}`, command: SERVER_DOCS_COMMAND, arguments: [ruleId] };
        return undefined;
      },
    };
  }

  connection.onExecuteCommand(async (params) => {
    try {
      if (params.command !== SERVER_DOCS_COMMAND) return null;
      const ruleId = String(params.arguments?.[0] ?? '');
      if (!/^[a-z0-9-]+$/.test(ruleId)) return null;
      await connection.window.showDocument({ uri: ruleDocUri(ruleId), external: false, takeFocus: true });
    } catch (error) {
      log.error('opening rule documentation', error);
    }
    return null;
  });

  // ---------------------------------------------------------------- hover

  connection.onHover(async (params) => {
    try {
      const doc = documents.get(params.textDocument.uri);
      if (!doc || !isPost(doc)) return null;
      const analysis = await currentAnalysis(doc);
      if (!analysis) return null;
      return hoverFor(analysis.findings, analysis.mapper, analysis.mapper.offset(params.position)) ?? null;
    } catch (error) {
      log.error('preparing a hover', error);
      return null;
    }
  });

  // ---------------------------------------------------------------- helpers

  /** Why Postlint skips a text, as the CLI skips such a file (too large, binary), or undefined. */
  function skipReason(text: string): string | undefined {
    const tooLarge = text.length > MAX_POST_BYTES || (text.length * 3 > MAX_POST_BYTES && Buffer.byteLength(text, 'utf8') > MAX_POST_BYTES);
    if (tooLarge) return tooLargeMessage(Buffer.byteLength(text, 'utf8'));
    return text.includes('\u0000') ? BINARY_MESSAGE : undefined;
  }

  function notCheckedNotice(reason: string): Diagnostic {
    const message = `Postlint ${reason.replace(/^skipped: /, 'skipped this file: ')}`;
    return { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, severity: DiagnosticSeverity.Warning, source: SOURCE, code: NOT_CHECKED_CODE, message };
  }

  function brokenConfigDiagnostic(uri: string, state: Extract<ConfigState, { ok: false }>, text: string): Diagnostic {
    const configUri = openByPath.get(state.file) ?? pathToUri(state.file);
    const where = displayPath(state.file);
    const first = state.problems[0];
    const firstLineEnd = text.search(/\r\n|\n|\r|$/);
    return {
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: Math.min(firstLineEnd, 200) } },
      severity: DiagnosticSeverity.Error,
      source: SOURCE,
      code: CONFIG_CODE,
      message: `Postlint did not check this post: the configuration file ${where} has ${state.problems.length === 1 ? 'a problem' : `${state.problems.length} problems`}, and checking with half of the team's settings would give wrong results. Open that file, fix what is underlined and save it; this post will be checked again.`,
      relatedInformation: first ? [{ location: { uri: configUri, range: first.range }, message: first.message }] : undefined,
    };
  }

  function displayPath(file: string): string {
    for (const folder of workspaceFolders) {
      const rel = path.relative(folder, file);
      if (rel && !rel.startsWith('..') && !path.isAbsolute(rel)) return rel;
    }
    return file;
  }

  function guard(where: string, fn: () => void): void {
    try {
      fn();
    } catch (error) {
      log.error(where, error);
    }
  }
}

function normalizeSettings(raw: Partial<PostlintSettings> | Record<string, unknown>): PostlintSettings {
  const r = raw as Record<string, unknown>;
  return {
    enable: typeof r.enable === 'boolean' ? r.enable : DEFAULT_SETTINGS.enable,
    rules: r.rules && typeof r.rules === 'object' && !Array.isArray(r.rules) ? (r.rules as Record<string, unknown>) : {},
    defaultPlatform: typeof r.defaultPlatform === 'string' && r.defaultPlatform.trim() ? r.defaultPlatform : null,
    run: r.run === 'onSave' ? 'onSave' : 'onType',
  };
}
