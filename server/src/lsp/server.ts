// The Postlint language server. Transport-agnostic: main.ts creates the connection.
// Shaped after vscode-eslint's server and Microsoft's lsp-sample: TextDocuments holds the open
// documents, each handler below is a short function, and state lives in small modules, each
// deciding itself when what it keeps is stale (ServerContext lists them).
//
// Diagnostics
//   - Pull (textDocument/diagnostic) when the client declares it, push otherwise.
//   - Push mode checks on open and, debounced, on every change (postlint.run "onType"), or on
//     open and save only ("onSave"). A check publishes only if its document version is still
//     the newest: a check of an old version never overwrites a newer one (Diagnostics.isNewest).
//   - Posts checked by postlint/checkFiles that are not open are always pushed (check-files.ts).
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

import {
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  DocumentDiagnosticReportKind,
  FileChangeType,
  LSPErrorCodes,
  ResponseError,
  type CancellationToken,
  type Connection,
  type DidChangeWatchedFilesParams,
  type DocumentDiagnosticParams,
  type DocumentDiagnosticReport,
  type HoverParams,
  type InitializeParams,
  type InitializeResult,
  type WorkspaceFoldersChangeEvent,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { version as SERVER_VERSION } from '../../../package.json';
import type { DiscoveryFs } from '../node/discover';
import { Analyses, type Analysis } from './analyses';
import { clientSupport, NO_SUPPORT, serverCapabilities } from './capabilities';
import { CheckFiles } from './check-files';
import { Checker } from './checker';
import { codeActions, executeCommand } from './code-actions';
import { ServerConfigs } from './configs';
import { setRuleDocsFolder } from './convert';
import type { ServerContext } from './context';
import { Diagnostics } from './diagnostics';
import { isPost, OpenDocuments } from './documents';
import { isConfigUri, isPostUri, pathToUri, uriToPath } from './files';
import { hoverFor } from './hover';
import { Log } from './log';
import { DidChangeConfigFilesNotification, type InitializationOptions } from './protocol';
import { PushChecks } from './push';
import { Settings } from './settings';

export const DEFAULT_DEBOUNCE_MS = 150;
export { SERVER_DOCS_COMMAND } from './capabilities';

export interface ServerOptions {
  /** The file system folder searches read (tests give one that stalls). */
  discoveryFs?: DiscoveryFs;
}

export function startServer(connection: Connection, options: ServerOptions = {}): void {
  const ctx = createContext(connection, options);
  const { documents } = ctx;

  connection.onInitialize((params) => initialize(ctx, params));
  connection.onInitialized(() => initialized(ctx));
  connection.onDidChangeConfiguration(({ settings }) => guard(ctx, 'reading the settings', () => settingsChanged(ctx, settings)));
  connection.onDidChangeWatchedFiles((params) => guard(ctx, 'handling file changes', () => watchedFilesChanged(ctx, params)));
  connection.onNotification(DidChangeConfigFilesNotification, (params) => guard(ctx, 'reading the configuration files sent', () => sentConfigFilesChanged(ctx, params?.files)));

  documents.onDidOpen(({ document }) => guard(ctx, 'opening a document', () => opened(ctx, document)));
  documents.onDidChange(({ document }) => guard(ctx, 'updating a document', () => changed(ctx, document)));
  documents.onDidSave(({ document }) => guard(ctx, 'saving a document', () => saved(ctx, document)));
  documents.onDidClose(({ document }) => guard(ctx, 'closing a document', () => closed(ctx, document)));
  documents.listen(connection);

  connection.languages.diagnostics.on((params, token) => pullDiagnostics(ctx, params, token));
  connection.onCodeAction((params) => answer(ctx, 'preparing quick fixes', [], () => codeActions(ctx, params)));
  connection.onExecuteCommand((params) => answer(ctx, 'opening rule documentation', null, () => executeCommand(ctx, params)));
  connection.onHover((params) => answer(ctx, 'preparing a hover', null, () => hover(ctx, params)));
  ctx.checkFiles.register();
}

function createContext(connection: Connection, options: ServerOptions): ServerContext {
  const log = new Log(connection.console);
  const configs = new ServerConfigs();
  const documents = new OpenDocuments();
  const settings = new Settings(connection, log, (uri) => documents.isOpen(uri));
  const analyses = new Analyses(() => configs.generation);
  const diagnostics = new Diagnostics(connection, documents);
  const checker = new Checker(connection, log, configs, settings, documents, analyses, diagnostics);
  const ctx: ServerContext = {
    connection,
    log,
    support: NO_SUPPORT,
    debounceMs: DEFAULT_DEBOUNCE_MS,
    documents,
    settings,
    configs,
    analyses,
    diagnostics,
    checker,
    pushes: new PushChecks((uri) => pushCheck(ctx, uri), log),
    checkFiles: new CheckFiles(
      {
        connection,
        log,
        configs,
        workDoneProgress: () => ctx.support.workDoneProgress,
        pull: () => ctx.support.pull,
        openDocument: (uri, file) => documents.find(uri, file),
        uriOf: (file) => documents.uriOf(file),
        isOpen: (uri) => documents.isOpen(uri),
        getSettings: (uri) => settings.forUri(uri),
        configFor: (uri) => checker.configFor(uri),
        analyze: (uri, text, version, s, closed) => checker.analyze(uri, text, version, s, closed),
        publish: (uri, diags, version) => diagnostics.publish(uri, diags, version),
        hasPushed: (uri) => diagnostics.hasPushed(uri),
      },
      options.discoveryFs,
    ),
  };
  return ctx;
}

// ---------------------------------------------------------------- lifecycle

function initialize(ctx: ServerContext, params: InitializeParams): InitializeResult {
  ctx.support = clientSupport(params);
  const options = (params.initializationOptions ?? {}) as InitializationOptions;
  if (typeof options.debounceMs === 'number' && Number.isFinite(options.debounceMs)) {
    ctx.debounceMs = Math.max(0, Math.min(5000, options.debounceMs));
  }
  if (typeof options.ruleDocsUri === 'string' && options.ruleDocsUri) setRuleDocsFolder(options.ruleDocsUri);
  const folders = params.workspaceFolders?.map((f) => uriToPath(f.uri)).filter((p): p is string => !!p);
  const root = params.rootUri ? uriToPath(params.rootUri) : (params.rootPath ?? undefined);
  // `settings`, or `postlint` (editors such as Helix send their whole `config` table here).
  ctx.settings.init(ctx.support.configuration, options.settings ?? options.postlint, folders?.length ? folders : root ? [root] : [], notOnDisk(params.workspaceFolders ?? []));
  // The .postlintrc.json files of folders this server cannot read, as the editor read them.
  if (Array.isArray(options.configFiles)) ctx.configs.updateSent(options.configFiles, true);
  return { capabilities: serverCapabilities(ctx.support), serverInfo: { name: 'postlint-language-server', version: SERVER_VERSION } };
}

function initialized(ctx: ServerContext): void {
  const { connection, log, support } = ctx;
  if (support.watchedFilesDynamic) {
    const watchers = [{ globPattern: '**/.postlintrc.json' }, { globPattern: '**/*.post.md' }];
    void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers }).catch((e) => log.error('registering file watchers', e));
  }
  if (support.configurationDynamic) {
    void connection.client.register(DidChangeConfigurationNotification.type, { section: 'postlint' }).catch((e) => log.error('registering for settings changes', e));
  }
  // Only for clients that send folder changes: the library throws for the others.
  if (support.workspaceFolders) connection.workspace.onDidChangeWorkspaceFolders((event) => workspaceFoldersChanged(ctx, event));
  // Compile the linter of the workspace's configuration now (it takes a while, once) rather
  // than when the first post is opened.
  setImmediate(() => void prepareFirstLinter(ctx));
}

async function prepareFirstLinter(ctx: ServerContext): Promise<void> {
  const folder = ctx.settings.firstFolderLocation;
  const scope = folder.path ? pathToUri(folder.path) : folder.uri;
  if (!scope) return;
  const settings = await ctx.settings.forUri(scope);
  guard(ctx, 'preparing the checks', () => {
    const state = ctx.configs.forFolder(folder);
    if (state.ok && settings.enable) ctx.configs.linterFor(ctx.configs.effectiveConfig(state.loaded.config, settings));
  });
}

function workspaceFoldersChanged(ctx: ServerContext, event: WorkspaceFoldersChangeEvent): void {
  const paths = (folders: typeof event.added) => folders.map((f) => uriToPath(f.uri)).filter((p): p is string => !!p);
  ctx.settings.foldersChanged(paths(event.added), paths(event.removed), notOnDisk(event.added), notOnDisk(event.removed));
}

/** The URIs of workspace folders that are not on disk here (the web extension's). */
function notOnDisk(folders: readonly { uri: string }[]): string[] {
  return folders.map((f) => f.uri).filter((uri) => typeof uri === 'string' && !uriToPath(uri));
}

// ---------------------------------------------------------------- environment changes

/** The postlint.* settings changed: forget what was read with the old ones and check again. */
function settingsChanged(ctx: ServerContext, sent: unknown): void {
  ctx.settings.changed(sent);
  ctx.configs.settingsChanged();
  ctx.analyses.clear();
  recheckOpen(ctx);
}

/** A configuration file changed, appeared or went away: check everything shown again. */
function configurationChanged(ctx: ServerContext): void {
  ctx.analyses.clear();
  refreshConfigFiles(ctx);
  recheckOpen(ctx);
  void ctx.checkFiles.recheckAll();
}

/** The editor sent .postlintrc.json files that changed (saved, created, deleted). */
function sentConfigFilesChanged(ctx: ServerContext, files: unknown): void {
  if (!Array.isArray(files)) return;
  ctx.configs.updateSent(files);
  configurationChanged(ctx);
}

function watchedFilesChanged(ctx: ServerContext, { changes }: DidChangeWatchedFilesParams): void {
  let configChanged = false;
  for (const change of changes) {
    if (isConfigUri(change.uri)) configChanged = true;
    else if (isPostUri(change.uri) && ctx.checkFiles.has(change.uri) && !ctx.documents.isOpen(change.uri)) postFileChanged(ctx, change.uri, change.type);
  }
  if (configChanged) {
    ctx.configs.invalidate();
    configurationChanged(ctx);
  }
}

/** A post that Check All Posts showed, not open, changed on disk or was deleted. */
function postFileChanged(ctx: ServerContext, uri: string, type: FileChangeType): void {
  // A post the editor sent is not read here: its findings stay until it is checked again.
  if (type !== FileChangeType.Deleted && !uriToPath(uri)) return ctx.checkFiles.forgetText(uri);
  if (type !== FileChangeType.Deleted) return void ctx.checkFiles.recheck(uri);
  ctx.checkFiles.forget(uri);
  ctx.diagnostics.publish(uri, []);
}

/** The problems of every configuration file shown or open, as the files are now. */
function refreshConfigFiles(ctx: ServerContext): void {
  const uris = new Set(ctx.diagnostics.configUris());
  for (const doc of ctx.documents.all()) if (isConfigUri(doc.uri)) uris.add(doc.uri);
  for (const uri of uris) {
    guard(ctx, 'checking a configuration file', () => {
      const state = ctx.configs.configFileState(uri);
      if (state) ctx.diagnostics.showConfigState(state);
      else ctx.diagnostics.forgetConfig(uri);
    });
  }
}

// ---------------------------------------------------------------- open documents

function opened(ctx: ServerContext, doc: TextDocument): void {
  ctx.analyses.markSaved(doc.uri, doc.version);
  if (isConfigUri(doc.uri)) return configDocumentChanged(ctx, doc);
  if (!isPost(doc)) return;
  // Its text may change in the editor now: a text the editor sent for Check All Posts is stale.
  ctx.checkFiles.forgetText(doc.uri);
  // A pull client pulls from now on: drop what checkFiles pushed so nothing shows twice.
  if (ctx.support.pull) ctx.diagnostics.clearPushed(doc.uri);
  else ctx.pushes.schedule(doc.uri, 0);
}

function changed(ctx: ServerContext, doc: TextDocument): void {
  if (isConfigUri(doc.uri)) return configDocumentChanged(ctx, doc);
  if (!isPost(doc) || ctx.support.pull) return;
  void ctx.settings.forUri(doc.uri).then((s) => {
    if (s.run === 'onType') ctx.pushes.schedule(doc.uri, ctx.debounceMs);
  });
}

function saved(ctx: ServerContext, doc: TextDocument): void {
  if (isConfigUri(doc.uri)) {
    ctx.configs.invalidate();
    return configurationChanged(ctx);
  }
  if (!isPost(doc)) return;
  ctx.analyses.markSaved(doc.uri, doc.version);
  void ctx.settings.forUri(doc.uri).then((s) => {
    if (s.run !== 'onSave') return;
    // Pull clients pull after a save themselves (VS Code does); a refresh covers the others.
    if (!ctx.support.pull) ctx.pushes.schedule(doc.uri, 0);
    else if (ctx.support.pullRefresh) ctx.connection.languages.diagnostics.refresh();
  });
}

function closed(ctx: ServerContext, doc: TextDocument): void {
  const { uri } = doc;
  ctx.analyses.remove(uri);
  ctx.settings.remove(uri);
  ctx.diagnostics.remove(uri);
  ctx.pushes.cancel(uri);
  if (isConfigUri(uri)) {
    const p = uriToPath(uri);
    if (p) ctx.configs.removeOverlay(p);
    return configurationChanged(ctx);
  }
  if (!isPost(doc)) return;
  if (ctx.checkFiles.has(uri)) void ctx.checkFiles.recheck(uri);
  else if (!ctx.support.pull) ctx.diagnostics.publish(uri, []);
  else ctx.diagnostics.clearPushed(uri);
}

/** An open `.postlintrc.json` changed: its unsaved text applies to the posts under it. */
function configDocumentChanged(ctx: ServerContext, doc: TextDocument): void {
  const p = uriToPath(doc.uri);
  if (!p) return;
  ctx.configs.setOverlay(p, doc.version, doc.getText());
  configurationChanged(ctx);
}

// ---------------------------------------------------------------- checks and diagnostics

/** Push mode: checks an open post and publishes the result, unless a newer one was. */
async function pushCheck(ctx: ServerContext, uri: string): Promise<void> {
  const analysis = await ctx.checker.checkOpen(uri);
  if (!analysis || analysis.version === null || !ctx.diagnostics.isNewest(uri, analysis.version)) return;
  ctx.diagnostics.publish(uri, analysis.diagnostics, analysis.version);
}

/** Checks every open post again (after a settings or configuration change). */
function recheckOpen(ctx: ServerContext): void {
  if (!ctx.support.pull) {
    for (const doc of ctx.documents.all()) if (isPost(doc)) ctx.pushes.schedule(doc.uri, 0);
  } else if (ctx.support.pullRefresh) {
    ctx.connection.languages.diagnostics.refresh();
  }
}

async function pullDiagnostics(ctx: ServerContext, params: DocumentDiagnosticParams, token: CancellationToken): Promise<DocumentDiagnosticReport> {
  const uri = params.textDocument.uri;
  try {
    const doc = ctx.documents.get(uri);
    if (!doc || !isPost(doc)) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
    const settings = await ctx.settings.forUri(uri);
    if (settings.run === 'onSave') {
      // The check of the last opened or saved version, kept while the user types.
      const saved = ctx.analyses.savedCheck(uri, doc.version) ?? (await ctx.checker.checkOpen(uri));
      if (saved) {
        ctx.analyses.rememberSaved(saved);
        return report(saved, params.previousResultId);
      }
    }
    const version = doc.version;
    const analysis = await ctx.checker.current(doc);
    if (!analysis || ctx.documents.get(uri)?.version !== version || token.isCancellationRequested) {
      throw new ResponseError(LSPErrorCodes.ServerCancelled, 'The post changed; checking the newer version.', { retriggerRequest: true });
    }
    return report(analysis, params.previousResultId);
  } catch (error) {
    if (error instanceof ResponseError) throw error;
    ctx.log.error('checking a post', error);
    return { kind: DocumentDiagnosticReportKind.Full, items: [] };
  }
}

function report(analysis: Analysis, previousResultId: string | undefined): DocumentDiagnosticReport {
  const resultId = `${analysis.version}:${analysis.generation}`;
  if (previousResultId === resultId) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId };
  return { kind: DocumentDiagnosticReportKind.Full, resultId, items: analysis.diagnostics };
}

async function hover(ctx: ServerContext, params: HoverParams) {
  const doc = ctx.documents.get(params.textDocument.uri);
  if (!doc || !isPost(doc)) return null;
  const analysis = await ctx.checker.current(doc);
  if (!analysis) return null;
  return hoverFor(analysis.findings, analysis.mapper, analysis.mapper.offset(params.position)) ?? null;
}

// ---------------------------------------------------------------- errors

/** Runs a notification handler; an error is logged (never with post text), not thrown. */
function guard(ctx: ServerContext, where: string, fn: () => void): void {
  try {
    fn();
  } catch (error) {
    ctx.log.error(where, error);
  }
}

/** Answers a request; on an error, logs it and answers `fallback`. */
async function answer<T>(ctx: ServerContext, where: string, fallback: T, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    ctx.log.error(where, error);
    return fallback;
  }
}
