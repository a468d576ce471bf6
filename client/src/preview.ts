// "Postlint: Open Preview": a webview beside the editor that shows the post as each of its
// platforms will, redrawn as the user types. It follows the active post. The findings are the
// diagnostics VS Code already has (nothing is checked again); the layout is previewLayout.ts.

import * as vscode from 'vscode';
import type { PlatformBudget } from './protocol';
import { previewPost, type PreviewFinding, type PostPreview } from './previewLayout';
import { PREVIEW_CSS, PREVIEW_SCRIPT, previewBody } from './previewHtml';
import { newNonce, webviewPage } from './webviewPage';
import type { PlatformId, Severity } from '../../server/src/engine/types';

export const PREVIEW_VIEW_TYPE = 'postlint.preview';
const POST_LANGUAGE = 'postmd';
/** Changes are drawn together when they come faster than this (ms): typing stays smooth. */
const REDRAW_DELAY = 25;

export interface PreviewHost {
  /** The budgets the server last sent for a post (they carry the configured default platform and limits). */
  budgets(uri: string): readonly PlatformBudget[] | undefined;
  readonly onDidUpdateBudgets: vscode.Event<string>;
}

const SEVERITY: Record<vscode.DiagnosticSeverity, Severity> = {
  [vscode.DiagnosticSeverity.Error]: 'error',
  [vscode.DiagnosticSeverity.Warning]: 'warning',
  [vscode.DiagnosticSeverity.Information]: 'info',
  [vscode.DiagnosticSeverity.Hint]: 'hint',
};

export class PostPreviewPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private document: vscode.TextDocument | undefined;
  private shown: { preview: PostPreview; version: number } | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private ready = false;
  private renders = 0;
  private readonly rendered = new vscode.EventEmitter<string>();
  private readonly disposables: vscode.Disposable[] = [this.rendered];
  /** Fires with the post's URI each time the preview is drawn anew. */
  readonly onDidRender = this.rendered.event;

  constructor(private readonly host: PreviewHost) {
    this.disposables.push(
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document === this.document) this.schedule();
      }),
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        if (this.panel && editor?.document.languageId === POST_LANGUAGE && editor.document !== this.document) this.follow(editor.document);
      }),
      vscode.languages.onDidChangeDiagnostics((e) => {
        if (this.document && e.uris.some((u) => u.toString() === this.document!.uri.toString())) this.schedule();
      }),
      host.onDidUpdateBudgets((uri) => {
        if (uri === this.document?.uri.toString()) this.schedule();
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('postlint.defaultPlatform')) this.schedule();
      }),
    );
  }

  /** Opens the preview of a post beside its editor (or shows it again). */
  open(document: vscode.TextDocument | undefined): boolean {
    if (!document || document.languageId !== POST_LANGUAGE) {
      void vscode.window.showInformationMessage('Open a post (a file ending in .post.md) first: the preview shows how its platforms will show it.');
      return false;
    }
    if (this.panel) {
      this.panel.reveal(vscode.ViewColumn.Beside, true);
    } else {
      this.panel = vscode.window.createWebviewPanel(
        PREVIEW_VIEW_TYPE,
        'Preview',
        { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
        { enableScripts: true, localResourceRoots: [], enableFindWidget: true },
      );
      this.ready = false;
      this.panel.webview.onDidReceiveMessage((m) => this.onMessage(m));
      this.panel.onDidDispose(() => {
        this.panel = undefined;
        this.document = undefined;
        this.shown = undefined;
      });
      this.panel.onDidChangeViewState((e) => {
        if (e.webviewPanel.visible) this.schedule();
      });
    }
    this.follow(document);
    return true;
  }

  private follow(document: vscode.TextDocument): void {
    this.document = document;
    const panel = this.panel!;
    panel.title = `Preview ${document.uri.path.split('/').pop()}`;
    this.shown = undefined;
    this.ready = false;
    panel.webview.html = webviewPage({ title: panel.title, nonce: newNonce(), css: PREVIEW_CSS, body: '<main id="preview"></main>', script: PREVIEW_SCRIPT });
    // The first rendering goes when the page says it is ready (a message sent earlier is lost).
  }

  private schedule(): void {
    if (!this.panel || this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.render();
    }, REDRAW_DELAY);
  }

  private render(): void {
    const doc = this.document;
    if (!this.panel || !doc || !this.ready) return;
    const preview = previewPost(doc.getText(), this.options(doc));
    this.shown = { preview, version: doc.version };
    void this.panel.webview.postMessage({ type: 'render', html: previewBody(preview), version: ++this.renders }).then((sent) => {
      if (sent) this.rendered.fire(doc.uri.toString());
    });
  }

  private options(doc: vscode.TextDocument) {
    const budgets = this.host.budgets(doc.uri.toString()) ?? [];
    const limits: Partial<Record<PlatformId, number>> = {};
    for (const b of budgets) limits[b.platform] = b.limit;
    let fallbackPlatforms: PlatformId[] = budgets.map((b) => b.platform);
    if (!fallbackPlatforms.length) {
      const setting = vscode.workspace.getConfiguration('postlint', doc.uri).get<string | null>('defaultPlatform');
      if (setting) fallbackPlatforms = [setting as PlatformId];
    }
    const findings: PreviewFinding[] = vscode.languages
      .getDiagnostics(doc.uri)
      .filter((d) => d.source === 'postlint')
      .map((d) => ({
        start: doc.offsetAt(d.range.start),
        end: doc.offsetAt(d.range.end),
        severity: SEVERITY[d.severity],
        message: d.message,
        ruleId: d.code === undefined ? undefined : String(typeof d.code === 'object' ? d.code.value : d.code),
      }));
    return { findings, fallbackPlatforms, limits };
  }

  private onMessage(message: unknown): void {
    const m = message as { type?: string; index?: unknown };
    if (m?.type === 'ready') {
      this.ready = true;
      this.render();
    } else if (m?.type === 'reveal' && typeof m.index === 'number') {
      void this.reveal(m.index);
    }
  }

  /** Selects a finding in the post's editor and scrolls to it. */
  private async reveal(index: number): Promise<void> {
    const finding = this.shown?.preview.findings[index];
    const doc = this.document;
    if (!finding || !doc) return;
    const range = new vscode.Range(doc.positionAt(finding.start), doc.positionAt(Math.min(finding.end, doc.getText().length)));
    const visible = vscode.window.visibleTextEditors.find((e) => e.document === doc);
    if (doc.isClosed && doc.isUntitled) return; // gone with its text
    // A post closed since it was drawn is opened again.
    const target = doc.isClosed ? await vscode.workspace.openTextDocument(doc.uri) : doc;
    const editor = await vscode.window.showTextDocument(target, { viewColumn: visible?.viewColumn ?? vscode.ViewColumn.One, selection: range, preserveFocus: false });
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  /** What the preview shows now: its post, and per platform the text before "…more" and after it (for the tests). */
  state(): { uri: string; platforms: { name: string; visible: string; folded: string }[] } | undefined {
    if (!this.document || !this.shown) return undefined;
    const text = (pieces: { text: string }[]) => pieces.map((p) => p.text).join('');
    return { uri: this.document.uri.toString(), platforms: this.shown.preview.layouts.map((l) => ({ name: l.name, visible: text(l.visible), folded: text(l.folded) })) };
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.panel?.dispose();
    for (const d of this.disposables) d.dispose();
  }
}
