// The Check All Posts report as a view: a webview with the totals, the calendar chart, findings
// by guideline and by rule, and the posts to look at (click one to open it at its most serious
// finding). "Save report…" writes it as Markdown or JSON where the user chooses; nothing opens
// as an unsaved document. The page is server/src/report/html.ts, the same as
// `postlint --format html`, from the same figures.

import * as vscode from 'vscode';
import { REPORT_CSS, reportBody, type ReportRow } from '../../server/src/report/html';
import type { CheckedFile, CheckFilesResult } from './protocol';
import { buildReport, buildReportJson, relativeLink, reportFiles, reportSummary, stamp, type ReportOptions } from './report';
import { newNonce, webviewPage } from './webviewPage';

export const REPORT_VIEW_TYPE = 'postlint.report';
/** Posts listed in the view at most (the saved report lists them all). */
const MAX_ROWS = 500;

export interface LastCheck {
  result: CheckFilesResult;
  requested: number;
  when: Date;
}

export interface ReportHost {
  checkAgain(): void;
  showRule(ruleId: string): void;
}

const TOOLBAR = `
header.top { display: flex; flex-wrap: wrap; align-items: center; gap: 8px 16px; justify-content: space-between; }
header.top .actions { display: flex; gap: 8px; }
.posts a, .problems a, .rules a { cursor: pointer; }
`;

const SCRIPT = `
(function () {
  const vscode = acquireVsCodeApi();
  document.addEventListener('click', (event) => {
    const el = event.target.closest('[data-post],[data-rule],[data-action]');
    if (!el) return;
    event.preventDefault();
    if (el.dataset.post !== undefined) vscode.postMessage({ type: 'open', index: Number(el.dataset.post) });
    else if (el.dataset.rule !== undefined) vscode.postMessage({ type: 'rule', id: el.dataset.rule });
    else vscode.postMessage({ type: el.dataset.action });
  });
})();
`;

function label(uri: string): string {
  return vscode.workspace.asRelativePath(vscode.Uri.parse(uri), (vscode.workspace.workspaceFolders?.length ?? 0) > 1);
}

export class ReportPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private files: CheckedFile[] = [];
  private check: LastCheck | undefined;

  constructor(private readonly host: ReportHost) {}

  /** Opens the view on this check (or shows it again). */
  show(check: LastCheck): vscode.WebviewPanel {
    if (!this.panel) {
      this.panel = vscode.window.createWebviewPanel(REPORT_VIEW_TYPE, 'Postlint Report', vscode.ViewColumn.Active, {
        enableScripts: true,
        localResourceRoots: [],
        enableFindWidget: true,
      });
      this.panel.webview.onDidReceiveMessage((m) => this.onMessage(m));
      this.panel.onDidDispose(() => (this.panel = undefined));
    } else {
      this.panel.reveal();
    }
    this.render(check);
    return this.panel;
  }

  /** After a new check: the open view shows it. */
  refresh(check: LastCheck): void {
    if (this.panel) this.render(check);
  }

  isOpen(): boolean {
    return !!this.panel;
  }

  private render(check: LastCheck): void {
    this.check = check;
    this.files = reportFiles(check.result, label);
    const rows: ReportRow[] = this.files.map((f) => ({
      label: label(f.uri),
      counts: f.counts,
      date: f.date,
      promotional: f.promotional,
      problem: f.error ?? f.skipped,
    }));
    const body = reportBody(
      {
        summary: reportSummary(check.result),
        rows,
        when: `on ${stamp(check.when)}`,
        stopped: check.result.cancelled ? { requested: check.requested } : undefined,
        maxRows: MAX_ROWS,
      },
      true,
    );
    const top =
      '<header class="top"><h1>Postlint report</h1><div class="actions">' +
      '<button data-action="save" title="Save the report as a Markdown or JSON file">Save report…</button>' +
      '<button class="secondary" data-action="recheck" title="Check every post again">Check again</button></div></header>';
    this.panel!.webview.html = webviewPage({ title: 'Postlint Report', nonce: newNonce(), css: REPORT_CSS + TOOLBAR, body: top + body, script: SCRIPT });
  }

  private onMessage(message: unknown): void {
    const m = message as { type?: string; index?: unknown; id?: unknown };
    if (m?.type === 'open' && typeof m.index === 'number') void this.openPost(m.index);
    else if (m?.type === 'rule' && typeof m.id === 'string') this.host.showRule(m.id);
    else if (m?.type === 'save') void this.save();
    else if (m?.type === 'recheck') this.host.checkAgain();
  }

  /** Opens a listed post beside the report, at its most serious finding. */
  async openPost(index: number): Promise<vscode.TextEditor | undefined> {
    const f = this.files[index];
    if (!f) return undefined;
    const at = f.first ? new vscode.Position(f.first.line, f.first.character) : new vscode.Position(0, 0);
    try {
      const editor = await vscode.window.showTextDocument(vscode.Uri.parse(f.uri), { viewColumn: vscode.ViewColumn.Beside, selection: new vscode.Range(at, at), preview: false });
      editor.revealRange(new vscode.Range(at, at), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
      return editor;
    } catch {
      void vscode.window.showWarningMessage(`Postlint could not open ${label(f.uri)}: it may have been moved or deleted since the check.`);
      return undefined;
    }
  }

  /**
   * Writes the report as Markdown (.md) or JSON (.json) to `target`, or where the user chooses.
   * The file is written beside the target first and then moved over it, so a failed save never
   * leaves half a report. Returns where it was saved.
   */
  async save(target?: vscode.Uri, check = this.check): Promise<vscode.Uri | undefined> {
    if (!check) {
      void vscode.window.showInformationMessage('There is no report yet: run "Postlint: Check All Posts" first.');
      return undefined;
    }
    const interactive = !target;
    if (!target) {
      const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
      target = await vscode.window.showSaveDialog({
        title: 'Save the Postlint report',
        saveLabel: 'Save report',
        defaultUri: folder ? vscode.Uri.joinPath(folder, `postlint-report-${stamp(check.when).slice(0, 10)}.md`) : undefined,
        filters: { Markdown: ['md'], JSON: ['json'] },
      });
      if (!target) return undefined;
    }
    const dir = target.path.slice(0, target.path.lastIndexOf('/')) || '/';
    const options: ReportOptions = {
      requested: check.requested,
      when: check.when,
      label,
      link: (uri) => {
        const post = vscode.Uri.parse(uri);
        return post.scheme === target!.scheme && post.authority === target!.authority ? relativeLink(dir, post.path) : undefined;
      },
    };
    const text = /\.json$/i.test(target.path) ? buildReportJson(check.result, options) : buildReport(check.result, options);
    const temp = target.with({ path: `${dir}/.${target.path.slice(dir.length + 1)}.${newNonce().slice(0, 8)}.tmp` });
    try {
      await vscode.workspace.fs.writeFile(temp, new TextEncoder().encode(text));
      await vscode.workspace.fs.rename(temp, target, { overwrite: true });
    } catch (err) {
      await vscode.workspace.fs.delete(temp).then(undefined, () => undefined);
      const why = err instanceof Error ? err.message : String(err);
      void vscode.window.showErrorMessage(`Postlint could not save the report to ${target.fsPath || target.path}: ${why}`);
      return undefined;
    }
    if (interactive) {
      void vscode.window.showInformationMessage(`Report saved as ${label(target.toString())}.`, 'Open').then((choice) => {
        if (choice) void vscode.commands.executeCommand('vscode.open', target);
      });
    }
    return target;
  }

  dispose(): void {
    this.panel?.dispose();
  }
}
