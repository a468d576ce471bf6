// The Postlint extension's client, shared by its Node entry (extension.ts: the server as a
// process, dist/server.js) and its browser entry (web/extension.ts: the server in a web worker,
// dist/web/server.js): the commands, the status bar budget, the preview and the Check All Posts
// report. Linting, hovers and code actions all come from the server. Nothing here may need Node:
// the browser bundle includes it.

import * as vscode from 'vscode';
// 'vscode-languageclient' is the library's Node build, or its browser build in a browser bundle
// (its package.json "browser" map); the parts used here are the same in both.
import { RevealOutputChannelOn, WorkDoneProgress, type BaseLanguageClient, type LanguageClientOptions } from 'vscode-languageclient';
import { budgetView } from './budgets';
import { completeReport, presentDiagnostics, rewriteClientLogLine } from './clientGuards';
import { exists, newPost, type NewPostArgs } from './newPostCommand';
import { BudgetsNotification, CheckFilesRequest, DidChangeConfigFilesNotification, type CheckFilesResult, type PlatformBudget, type SentConfigFile } from './protocol';
import { PostPreviewPanel } from './preview';
import { summaryMessage } from './report';
import { ReportPanel } from './reportView';

const POST_LANGUAGE = 'postmd';

/** What `activate` returns: used by the extension tests, stable enough for other extensions. */
export interface PostlintApi {
  /** Resolves once the language server is running (rejects if it could not start). */
  ready(): Promise<void>;
  /** The status bar item as the user sees it now. */
  statusBar(): { visible: boolean; text: string; tooltip: string; over: boolean };
  /** Fires with the URI string of a post after the server sent new length budgets for it. */
  readonly onDidUpdateBudgets: vscode.Event<string>;
  /** The result of the last "Check All Posts" (undefined before the first). */
  lastCheck(): CheckFilesResult | undefined;
  /** What the preview shows now: its post, and per platform the text before "…more" and after it. */
  preview(): { uri: string; platforms: { name: string; visible: string; folded: string }[] } | undefined;
  /** Fires with the URI string of the previewed post each time the preview is drawn. */
  readonly onDidUpdatePreview: vscode.Event<string>;
}


/** Makes the language client, with the server as a process (Node) or a web worker (browser). */
export type ClientFactory = (options: LanguageClientOptions) => BaseLanguageClient | Promise<BaseLanguageClient>;

/** How the extension runs: Node or browser. */
export interface Host {
  createClient: ClientFactory;
  /** The schemes of the posts the server checks (undefined: any scheme). */
  schemes?: string[];
  /** Whether the server reads a workspace folder itself (Node: folders on disk); undefined: none. */
  serverReads?: (folder: vscode.Uri) => boolean;
  /**
   * For the folders the server cannot read (all in the browser; a virtual workspace's on Node):
   * finds the posts under the folders and reads them, for Check All Posts to send their text
   * (undefined when cancelled).
   */
  findPosts?: (folders: readonly vscode.Uri[], token: vscode.CancellationToken) => Promise<{ uri: string; text: string }[] | undefined>;
  /** Sent to the server at start (server/src/lsp/protocol.ts, InitializationOptions). */
  initializationOptions?: (context: vscode.ExtensionContext) => Record<string, unknown>;
  /**
   * For the folders the server cannot read: the team's `.postlintrc.json` files, all of them
   * sent when the server starts and each again when it changes.
   */
  configFiles?: vscode.Disposable & { all(): Promise<SentConfigFile[]>; readonly onDidChange: vscode.Event<SentConfigFile[]> };
}

function normaliseUri(uri: string): string {
  try {
    return vscode.Uri.parse(uri).toString();
  } catch {
    return uri;
  }
}

export class Controller implements vscode.Disposable {
  private readonly output = vscode.window.createOutputChannel('Postlint');
  private readonly status = vscode.window.createStatusBarItem('postlint.budget', vscode.StatusBarAlignment.Right, 100);
  private readonly budgets = new Map<string, { budgets: PlatformBudget[]; notChecked?: string }>();
  private readonly budgetsEmitter = new vscode.EventEmitter<string>();
  private readonly disposables: vscode.Disposable[] = [];
  private client: BaseLanguageClient | undefined;
  private starting: Promise<void> | undefined;
  private lastResult: { result: CheckFilesResult; requested: number; when: Date } | undefined;
  private statusState = { visible: false, text: '', tooltip: '', over: false };
  private checkCounter = 0;
  /** Tells this window's progress tokens from another's (no process id in a browser). */
  private readonly tokenPrefix = Math.random().toString(36).slice(2, 10);
  private readonly preview: PostPreviewPanel;
  private readonly report: ReportPanel;
  /** Configuration file changes seen while the server was not running, sent once it runs. */
  private pendingConfigFiles: SentConfigFile[] = [];

  readonly api: PostlintApi;

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly host: Host,
  ) {
    this.status.name = 'Postlint: post length';
    this.preview = new PostPreviewPanel({ budgets: (uri) => this.budgets.get(uri)?.budgets, onDidUpdateBudgets: this.budgetsEmitter.event });
    this.report = new ReportPanel({ checkAgain: () => void this.checkAllPosts(), showRule: (id) => void this.showRuleDocumentation(id) });
    this.disposables.push(this.output, this.status, this.budgetsEmitter, this.preview, this.report);
    this.api = {
      ready: () => this.starting ?? this.start(),
      statusBar: () => ({ ...this.statusState }),
      onDidUpdateBudgets: this.budgetsEmitter.event,
      lastCheck: () => this.lastResult?.result,
      onDidUpdatePreview: this.preview.onDidRender,
      preview: () => this.preview.state(),
    };
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.updateStatus()),
      vscode.workspace.onDidCloseTextDocument((doc) => {
        this.budgets.delete(doc.uri.toString());
      }),
      vscode.workspace.onDidOpenTextDocument(() => this.updateStatus()),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('postlint.enable')) this.updateStatus();
      }),
    );
    if (host.configFiles) this.disposables.push(host.configFiles, host.configFiles.onDidChange((files) => this.sendConfigFiles(files)));
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }

  registerCommands(): void {
    const register = (id: string, fn: (...args: any[]) => unknown) =>
      this.context.subscriptions.push(vscode.commands.registerCommand(id, fn));
    register('postlint.checkAllPosts', () => this.checkAllPosts());
    register('postlint.newPost', (arg?: NewPostArgs | vscode.Uri) => this.newPost(arg));
    register('postlint.restartServer', () => this.restart());
    register('postlint.showOutput', () => this.output.show(true));
    register('postlint.showRuleDocumentation', (ruleId?: unknown) => this.showRuleDocumentation(ruleId));
    register('postlint.showReport', () => this.showReport());
    register('postlint.saveReport', (target?: vscode.Uri) => this.report.save(target instanceof vscode.Uri ? target : undefined, this.lastResult));
    register('postlint.openPreview', (uri?: vscode.Uri) => this.openPreview(uri));
  }

  // ---- the language client -------------------------------------------------------------

  start(): Promise<void> {
    this.starting = this.startClient();
    this.starting.catch((err) => this.reportStartFailure(err));
    return this.starting;
  }

  private async startClient(): Promise<void> {
    // Read before the server starts, so that no post is ever checked without its team's file.
    this.pendingConfigFiles = [];
    const configFiles = await this.host.configFiles?.all();
    const clientOptions: LanguageClientOptions = {
      documentSelector: this.host.schemes ? this.host.schemes.map((scheme) => ({ scheme, language: POST_LANGUAGE })) : [{ language: POST_LANGUAGE }],
      initializationOptions: { ...this.host.initializationOptions?.(this.context), ...(configFiles ? { configFiles } : {}) },
      // Settings and .postlintrc.json changes: the server registers for both dynamically.
      // postlint.run is the server's: in "onSave" mode it answers pulls with the last saved check.
      diagnosticPullOptions: { onChange: true, onSave: true },
      outputChannel: withLogRewrite(this.output),
      revealOutputChannelOn: RevealOutputChannelOn.Never,
      middleware: {
        provideDiagnostics: async (document, previousResultId, token, next) =>
          completeReport(await next(document, previousResultId, token), token.isCancellationRequested, () => new vscode.CancellationError()) ?? undefined,
        provideCodeActions: (document, range, context, token, next) =>
          next(document, range, { ...context, diagnostics: presentDiagnostics(context.diagnostics) }, token),
      },
    };
    const client = await this.host.createClient(clientOptions);
    this.client = client;
    client.onNotification(BudgetsNotification, (params) => {
      const uri = normaliseUri(params.uri);
      this.budgets.set(uri, { budgets: params.budgets ?? [], notChecked: params.notChecked });
      this.updateStatus();
      this.budgetsEmitter.fire(uri);
    });
    await client.start();
    this.updateStatus();
    this.sendConfigFiles([]);
  }

  /** Tells the server of changed configuration files (kept until it runs). */
  private sendConfigFiles(files: SentConfigFile[]): void {
    this.pendingConfigFiles.push(...files);
    const client = this.client;
    if (!client?.isRunning() || !this.pendingConfigFiles.length) return;
    const changed = this.pendingConfigFiles.splice(0);
    void client.sendNotification(DidChangeConfigFilesNotification, { files: changed }).catch((err) => {
      this.output.appendLine(`Sending the changed .postlintrc.json files failed: ${err instanceof Error ? err.message : String(err)}`);
    });
  }

  private reportStartFailure(err: unknown): void {
    const detail = err instanceof Error ? err.message : String(err);
    this.output.appendLine(`Postlint could not start its checker: ${detail}`);
    void vscode.window
      .showErrorMessage('Postlint could not start, so posts are not being checked. The Postlint output has the details.', 'Show Output', 'Restart')
      .then((choice) => {
        if (choice === 'Show Output') this.output.show(true);
        else if (choice === 'Restart') void this.restart();
      });
  }

  async stopClient(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    this.budgets.clear();
    this.updateStatus();
    if (!client) return;
    try {
      if (client.isRunning()) await client.stop(5000);
    } catch (err) {
      this.output.appendLine(`Stopping the checker failed: ${err instanceof Error ? err.message : String(err)}`);
    }
    try {
      await client.dispose();
    } catch {
      // already stopped
    }
  }

  async restart(): Promise<void> {
    await this.starting?.catch(() => undefined);
    await this.stopClient();
    this.output.appendLine('Restarting the Postlint checker.');
    await this.start();
  }

  private async readyClient(): Promise<BaseLanguageClient | undefined> {
    try {
      await (this.starting ?? this.start());
    } catch {
      return undefined; // reportStartFailure already told the user
    }
    return this.client;
  }

  // ---- status bar ---------------------------------------------------------------------------

  private updateStatus(): void {
    const doc = vscode.window.activeTextEditor?.document;
    const enabled = vscode.workspace.getConfiguration('postlint', doc?.uri).get<boolean>('enable', true);
    const budgets = doc && doc.languageId === POST_LANGUAGE ? this.budgets.get(doc.uri.toString()) : undefined;
    if (!enabled || !budgets) {
      this.status.hide();
      this.statusState = { visible: false, text: '', tooltip: '', over: false };
      return;
    }
    const view = budgetView(budgets.budgets, budgets.notChecked);
    this.status.text = view.text;
    this.status.tooltip = view.tooltip;
    this.status.backgroundColor = view.over ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    this.status.show();
    this.statusState = { visible: true, ...view };
  }

  // ---- Check All Posts --------------------------------------------------------------------

  async checkAllPosts(): Promise<CheckFilesResult | undefined> {
    if (!vscode.workspace.workspaceFolders?.length) {
      void vscode.window.showWarningMessage('Open the folder that holds your posts first: Check All Posts looks for files ending in .post.md in the open folders.');
      return undefined;
    }
    let requested = 0;
    // Progress shows at once: the checker may still be starting (the first command in a window).
    const outcome = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: 'Postlint', cancellable: true },
      async (progress, token): Promise<CheckFilesResult | 'none' | 'cancelled' | undefined> => {
        progress.report({ message: 'Looking for posts…' });
        const client = await this.readyClient();
        if (!client) return undefined; // reportStartFailure already told the user
        if (token.isCancellationRequested) return 'cancelled';
        // The server finds the posts in the folders it reads as the CLI finds them in a folder
        // (server/src/node/discover.ts), so both check the same files.
        const folders = (vscode.workspace.workspaceFolders ?? []).map((folder) => folder.uri);
        const uris = folders.filter((f) => this.host.serverReads?.(f)).map((f) => f.toString());
        const unread = folders.filter((f) => !this.host.serverReads?.(f));
        let documents: { uri: string; text: string }[] | undefined;
        if (unread.length && this.host.findPosts) {
          // The server cannot read them: the posts are found and read here and sent with their text.
          documents = await this.host.findPosts(unread, token);
          if (!documents) return 'cancelled';
          uris.push(...documents.map((d) => d.uri));
        }

        const workDoneToken = `postlint/checkFiles/${this.tokenPrefix}/${++this.checkCounter}`;
        let reported = 0;
        const sub = client.onProgress(WorkDoneProgress.type, workDoneToken, (value) => {
          if (value.kind === 'end') return;
          const pct = typeof value.percentage === 'number' ? Math.min(100, Math.max(0, value.percentage)) : undefined;
          const increment = pct !== undefined && pct > reported ? pct - reported : undefined;
          if (increment !== undefined) reported = pct!;
          progress.report({ message: value.message ?? undefined, increment });
        });
        try {
          const result = await client.sendRequest(CheckFilesRequest, { uris, documents, workDoneToken }, token);
          if (!result.files.length && !result.cancelled) return 'none';
          requested = result.total;
          return result;
        } catch (err) {
          if (token.isCancellationRequested || err instanceof vscode.CancellationError) return 'cancelled';
          this.output.appendLine(`Check All Posts failed: ${err instanceof Error ? err.message : String(err)}`);
          void vscode.window.showErrorMessage('Postlint could not finish checking the posts. The Postlint output has the details.', 'Show Output').then((c) => {
            if (c) this.output.show(true);
          });
          return undefined;
        } finally {
          sub.dispose();
        }
      },
    );

    if (outcome === 'none') {
      void vscode.window
        .showInformationMessage('No posts found. Postlint checks files whose names end in .post.md (for example flu-season.post.md).', 'New Post')
        .then((c) => c && vscode.commands.executeCommand('postlint.newPost'));
      return undefined;
    }
    if (outcome === 'cancelled') {
      void vscode.window.showInformationMessage('Postlint: check cancelled.');
      return undefined;
    }
    if (!outcome) return undefined;

    this.lastResult = { result: outcome, requested, when: new Date() };
    this.report.refresh(this.lastResult);
    void vscode.commands.executeCommand('setContext', 'postlint.hasReport', true);
    // Not awaited: the notification stays until the user closes it, the command returns now.
    void vscode.window.showInformationMessage(summaryMessage(outcome, requested), 'Show report').then((choice) => {
      if (choice === 'Show report') void this.showReport();
    });
    return outcome;
  }

  /** Opens the report view of the last check; true when there was one to show. */
  showReport(): boolean {
    if (!this.lastResult) {
      void vscode.window.showInformationMessage('There is no report yet: run "Postlint: Check All Posts" first.');
      return false;
    }
    this.report.show(this.lastResult);
    return true;
  }

  /** "Postlint: Open Preview" on the active post (or the post the editor title button was pressed on). */
  async openPreview(uri?: vscode.Uri): Promise<boolean> {
    const editor = vscode.window.activeTextEditor;
    const doc = uri instanceof vscode.Uri && uri.toString() !== editor?.document.uri.toString() ? await vscode.workspace.openTextDocument(uri) : editor?.document;
    return this.preview.open(doc);
  }

  newPost(arg?: NewPostArgs | vscode.Uri): Promise<vscode.Uri | undefined> {
    return newPost(arg, POST_LANGUAGE);
  }

  // ---- rule documentation ------------------------------------------------------------------

  async showRuleDocumentation(ruleId?: unknown): Promise<boolean> {
    const dir = vscode.Uri.joinPath(this.context.extensionUri, 'docs', 'rules');
    let id = typeof ruleId === 'string' ? ruleId : undefined;
    if (!id) {
      let names: string[] = [];
      try {
        names = (await vscode.workspace.fs.readDirectory(dir))
          .filter(([name, type]) => type === vscode.FileType.File && name.endsWith('.md'))
          .map(([name]) => name.slice(0, -3))
          .sort();
      } catch {
        // no docs folder: handled below
      }
      if (!names.length) {
        void vscode.window.showWarningMessage('The rule documentation is missing from this installation of Postlint.');
        return false;
      }
      id = await vscode.window.showQuickPick(names, { title: 'Postlint rule documentation', placeHolder: 'Which rule?' });
      if (!id) return false;
    }
    const uri = /^[a-z0-9][a-z0-9-]*$/.test(id) ? vscode.Uri.joinPath(dir, `${id}.md`) : undefined;
    if (!uri || !(await exists(uri))) {
      void vscode.window.showWarningMessage(`Postlint has no documentation page for "${id}".`);
      return false;
    }
    await vscode.commands.executeCommand('markdown.showPreview', uri);
    return true;
  }
}

/** The output channel as the language client writes to it: a normal server exit is not an error. */
function withLogRewrite(channel: vscode.OutputChannel): vscode.OutputChannel {
  return new Proxy(channel, {
    get(target, key) {
      if (key === 'appendLine') return (line: string) => target.appendLine(rewriteClientLogLine(line));
      const value = Reflect.get(target, key, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

