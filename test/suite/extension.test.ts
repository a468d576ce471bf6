// The extension inside a real VS Code (or code-server) extension host, against the fixture
// workspace test/fixtures/ext-workspace (opened as the first workspace folder; runners open a
// copy). Every wait is on an editor event; mocha's timeout fails a wait that never ends.

import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { PostlintApi } from '../../client/src/extension';
import type { CheckFilesResult } from '../../client/src/protocol';

const EXTENSION_ID = 'postlint.postlint';

function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the fixture workspace (test/fixtures/ext-workspace) must be open');
  return folder.uri;
}

function fixture(...segments: string[]): vscode.Uri {
  return vscode.Uri.joinPath(workspaceRoot(), ...segments);
}

function ruleOf(d: vscode.Diagnostic): string | undefined {
  const code = d.code;
  if (code === undefined) return undefined;
  return String(typeof code === 'object' ? code.value : code);
}

/** The open webview tab of a view type (VS Code prefixes the extension's own id), if any. */
function webviewTab(viewType: string): vscode.Tab | undefined {
  return vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith(viewType));
}

function postlintDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'postlint');
}

interface CliFinding {
  ruleId: string;
  severity: string;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

const SEVERITY_NAMES = ['error', 'warning', 'info', 'hint']; // by vscode.DiagnosticSeverity

function asCliFinding(d: vscode.Diagnostic): CliFinding {
  const { start, end } = d.range;
  return { ruleId: ruleOf(d)!, severity: SEVERITY_NAMES[d.severity], message: d.message, line: start.line + 1, column: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1 };
}

function byPlace(a: CliFinding, b: CliFinding): number {
  return a.line - b.line || a.column - b.column || a.endLine - b.endLine || a.endColumn - b.endColumn || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : a.message < b.message ? -1 : 1);
}

/** The built CLI's findings on a folder (`postlint --format json FOLDER`), by file path. */
function cliFindings(folder: string): Map<string, CliFinding[]> {
  const cli = path.join(vscode.extensions.getExtension(EXTENSION_ID)!.extensionPath, 'dist', 'cli.js');
  // The extension host's executable is Node (code-server) or Electron, which this makes a Node.
  const run = spawnSync(process.execPath, [cli, '--format', 'json', folder], { encoding: 'utf8', env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' } });
  assert.ok(run.status === 0 || run.status === 1, `the CLI exited with ${run.status}: ${run.stderr}`);
  const out = new Map<string, CliFinding[]>();
  for (const entry of JSON.parse(run.stdout) as { filePath?: string; scope?: string; findings: CliFinding[] }[]) {
    if (entry.scope === 'workspace' || !entry.filePath) continue;
    out.set(entry.filePath, entry.findings.map(({ ruleId, severity, message, line, column, endLine, endColumn }) => ({ ruleId, severity, message, line, column, endLine, endColumn })).sort(byPlace));
  }
  return out;
}

/** Resolves when `check` returns something truthy: checked now, then after each of `events`. */
function when<T>(events: vscode.Event<unknown>[], check: () => T | undefined | false): Promise<T> {
  return new Promise<T>((resolve) => {
    const subs: vscode.Disposable[] = [];
    let done = false;
    const attempt = () => {
      if (done) return;
      const value = check();
      if (value) {
        done = true;
        for (const s of subs) s.dispose();
        resolve(value);
      }
    };
    for (const event of events) subs.push(event(attempt));
    attempt();
  });
}

/** Postlint's diagnostics for `uri` once they satisfy `predicate`. */
function diagnosticsWhere(uri: vscode.Uri, predicate: (diagnostics: vscode.Diagnostic[]) => boolean): Promise<vscode.Diagnostic[]> {
  return when([vscode.languages.onDidChangeDiagnostics], () => {
    const diagnostics = postlintDiagnostics(uri);
    return predicate(diagnostics) ? diagnostics : undefined;
  });
}

async function open(uri: vscode.Uri): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(uri);
  // Pull diagnostics are requested for visible documents only.
  return vscode.window.showTextDocument(doc, { preview: false });
}

/** Closes the active editor without saving (the fixtures stay as they are on disk). */
async function discardActiveEditor(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
}

async function quickFixes(uri: vscode.Uri, diagnostic: vscode.Diagnostic): Promise<vscode.CodeAction[]> {
  const actions =
    (await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>(
      'vscode.executeCodeActionProvider',
      uri,
      diagnostic.range,
      vscode.CodeActionKind.QuickFix.value,
    )) ?? [];
  // The API command returns code actions without their `diagnostics`; asking for the finding's
  // own range gives the actions of the findings there (one per range in the fixtures).
  return actions.filter((a): a is vscode.CodeAction => typeof (a as vscode.Command).command !== 'string' && !!(a as vscode.CodeAction).edit);
}

describe('Postlint extension', () => {
  let api: PostlintApi;

  before(async () => {
    const extension = vscode.extensions.getExtension<PostlintApi>(EXTENSION_ID);
    assert.ok(extension, `extension ${EXTENSION_ID} is loaded`);
    api = await extension.activate();
    await api.ready();
  });

  afterEach(async () => {
    // Never leave a changed document behind: closing it would ask whether to save.
    for (const doc of vscode.workspace.textDocuments.filter((d) => d.isDirty)) {
      await vscode.window.showTextDocument(doc);
      await discardActiveEditor();
    }
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('opens .post.md files as "postmd"', async () => {
    const doc = await vscode.workspace.openTextDocument(fixture('short-x.post.md'));
    assert.equal(doc.languageId, 'postmd');
  });

  it('flags a post, and a quick fix rewrites the phrase and clears the finding', async () => {
    const uri = fixture('flu-shots.post.md');
    const editor = await open(uri);
    const [finding] = (await diagnosticsWhere(uri, (ds) => ds.some((d) => ruleOf(d) === 'hard-sell'))).filter((d) => ruleOf(d) === 'hard-sell');
    assert.equal(editor.document.getText(finding.range).toLowerCase(), 'book now');
    assert.ok(finding.message.length > 0);

    const fixes = (await quickFixes(uri, finding)).filter((a) => !/^ignore /i.test(a.title));
    assert.ok(fixes.length > 0, 'hard-sell offers rewordings');
    const preferred = fixes.find((a) => a.isPreferred) ?? fixes[0];
    const before = editor.document.getText();
    assert.ok(await vscode.workspace.applyEdit(preferred.edit!), 'the edit applies');

    const after = editor.document.getText();
    assert.notEqual(after, before);
    assert.ok(!/book now/i.test(after), 'the flagged phrase is gone');
    await diagnosticsWhere(uri, (ds) => !ds.some((d) => ruleOf(d) === 'hard-sell'));
    await discardActiveEditor();
  });

  it('"Ignore on this line" inserts a postlint comment that silences the finding', async () => {
    const uri = fixture('open-day.post.md');
    const editor = await open(uri);
    const [finding] = (await diagnosticsWhere(uri, (ds) => ds.some((d) => ruleOf(d) === 'hard-sell'))).filter((d) => ruleOf(d) === 'hard-sell');
    const line = finding.range.start.line;
    const ignore = (await quickFixes(uri, finding)).find((a) => /^ignore hard-sell\b/i.test(a.title));
    assert.ok(ignore, 'an "Ignore … on this line" quick fix is offered');
    assert.ok(await vscode.workspace.applyEdit(ignore.edit!));

    const inserted = editor.document.lineAt(line).text;
    assert.match(inserted, /^ {2}<!-- postlint-disable-next-line hard-sell -->$/, 'same indentation as the flagged line');
    await diagnosticsWhere(uri, (ds) => !ds.some((d) => ruleOf(d) === 'hard-sell'));
    await discardActiveEditor();
  });

  it('hovering a finding explains the rule', async () => {
    const uri = fixture('flu-shots.post.md');
    await open(uri);
    const [finding] = (await diagnosticsWhere(uri, (ds) => ds.some((d) => ruleOf(d) === 'hard-sell'))).filter((d) => ruleOf(d) === 'hard-sell');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, finding.range.start);
    const text = hovers
      .flatMap((h) => h.contents)
      .map((c) => (typeof c === 'string' ? c : c.value))
      .join('\n');
    assert.match(text, /hard-sell/);
  });

  it('shows the platform budget of the active post in the status bar and hides it elsewhere', async () => {
    const uri = fixture('short-x.post.md');
    await open(uri);
    const shown = await when([api.onDidUpdateBudgets, vscode.window.onDidChangeActiveTextEditor], () => {
      const s = api.statusBar();
      return s.visible ? s : undefined;
    });
    assert.match(shown.text, /^X \d+\/280$/);
    assert.equal(shown.over, false);

    const text = await vscode.workspace.openTextDocument({ language: 'plaintext', content: 'not a post' });
    await vscode.window.showTextDocument(text);
    await when([vscode.window.onDidChangeActiveTextEditor], () => !api.statusBar().visible);
    await discardActiveEditor();
  });

  it('shows the tightest platform and lists every platform of a cross-post', async () => {
    await open(fixture('cross-post.post.md'));
    const shown = await when([api.onDidUpdateBudgets, vscode.window.onDidChangeActiveTextEditor], () => {
      const s = api.statusBar();
      return s.visible && /LinkedIn/.test(s.tooltip) ? s : undefined;
    });
    assert.match(shown.text, /^X \d+\/280$/, 'X (280) is tighter than LinkedIn (3,000)');
    assert.match(shown.tooltip, /^X: /m);
    assert.match(shown.tooltip, /^LinkedIn: /m);
  });

  it('New Post creates a skeleton, and the status bar warns when it runs over the limit', async () => {
    const uri = await vscode.commands.executeCommand<vscode.Uri>('postlint.newPost', { platform: 'x', untitled: true });
    assert.ok(uri);
    const editor = vscode.window.activeTextEditor;
    assert.ok(editor && editor.document.uri.toString() === uri.toString());
    assert.equal(editor.document.languageId, 'postmd');
    assert.match(editor.document.getText(), /^---\nplatform: x\ndate: \d{4}-\d{2}-\d{2}\n---\n/);

    const body = 'Wash your hands with soap for twenty seconds. '.repeat(8); // about 370 characters
    await editor.edit((b) => b.insert(editor.document.lineAt(editor.document.lineCount - 1).range.end, body));
    const over = await when([api.onDidUpdateBudgets], () => {
      const s = api.statusBar();
      return s.visible && s.over ? s : undefined;
    });
    assert.match(over.text, /X \d+\/280/);
    assert.match(over.tooltip, /over the limit/);
    await discardActiveEditor();
  });

  describe('Check All Posts', () => {
    const SALESY = 'Book now: 20% off teeth whitening this week only! We are the best clinic in town.';
    // The folder of issue #11, where the editor and the CLI used to disagree: a hidden folder,
    // a name in capitals, a nested folder and node_modules (created here: git ignores
    // node_modules). The fixture's .postlintrc.json ignores archive/.
    const TRAPS: Record<string, string> = {
      '.drafts/a.post.md': `---\nplatform: x\n---\n${SALESY}\n`,
      'posts/b.post.md': `---\nplatform: instagram\n---\n${SALESY} Patients with hypertension should ask us. What do you think?\n`,
      'posts/C.POST.MD': `---\nplatform: x\n---\nPatients with hypertension should ask us about analgesic use. Questions?\n`,
      'posts/nested/d.post.md': `---\nplatform: facebook\n---\n${SALESY}\n`,
      'node_modules/some-package/readme.post.md': 'Book now for 20% off!\n',
    };

    before(async () => {
      for (const [name, text] of Object.entries(TRAPS)) await vscode.workspace.fs.writeFile(fixture(...name.split('/')), new TextEncoder().encode(text));
    });

    after(async () => {
      for (const folder of ['.drafts', 'posts', 'node_modules']) await vscode.workspace.fs.delete(fixture(folder), { recursive: true, useTrash: false });
    });

    it('checks every post on disk, fills the Problems panel for unopened posts and skips node_modules and ignored folders', async () => {
      const neverOpened = fixture('never-opened.post.md');
      assert.ok(
        !vscode.workspace.textDocuments.some((d) => d.uri.toString() === neverOpened.toString()),
        'never-opened.post.md is not open before the check',
      );
      assert.equal(postlintDiagnostics(neverOpened).length, 0, 'no findings before the check');

      const result = await vscode.commands.executeCommand<CheckFilesResult | undefined>('postlint.checkAllPosts');
      assert.ok(result, 'the command returns the check result');
      assert.equal(result.cancelled, false);
      const checked = result.files.map((f) => vscode.Uri.parse(f.uri).toString());
      assert.ok(checked.includes(neverOpened.toString()), 'never-opened.post.md was checked');
      assert.ok(checked.includes(fixture('flu-shots.post.md').toString()));
      assert.ok(!checked.some((u) => u.includes('/node_modules/')), 'nothing under node_modules');
      assert.ok(!checked.some((u) => u.includes('/archive/')), 'nothing the .postlintrc.json ignores');
      assert.equal(result.summary.posts, checked.length);
      assert.ok(result.summary.byRule['hard-sell'] >= 3, 'the hard-sell findings are counted');

      const diagnostics = await diagnosticsWhere(neverOpened, (ds) => ds.some((d) => ruleOf(d) === 'hard-sell'));
      const finding = diagnostics.find((d) => ruleOf(d) === 'hard-sell')!;
      assert.equal(finding.range.start.line, 4);
    });

    it('checks the same posts as the CLI on the same folder, finding for finding', async () => {
      const result = await vscode.commands.executeCommand<CheckFilesResult | undefined>('postlint.checkAllPosts');
      assert.ok(result && !result.cancelled);
      const cli = cliFindings(workspaceRoot().fsPath);
      const relative = (file: string) => path.relative(workspaceRoot().fsPath, file).split(path.sep).join('/');
      const checked = result.files.map((f) => relative(vscode.Uri.parse(f.uri).fsPath)).sort();
      assert.deepEqual(checked, [...cli.keys()].map(relative).sort(), 'the same files');
      for (const trap of ['posts/b.post.md', 'posts/C.POST.MD', 'posts/nested/d.post.md']) assert.ok(checked.includes(trap), trap);
      for (const left of ['.drafts/', 'node_modules/', 'archive/']) assert.ok(!checked.some((f) => f.startsWith(left)), left);
      assert.equal(result.total, checked.length);

      // Posts nobody opened: their problems are what the server pushed after the check.
      for (const name of ['posts/b.post.md', 'posts/C.POST.MD', 'posts/nested/d.post.md', 'never-opened.post.md']) {
        const uri = fixture(...name.split('/'));
        const want = cli.get(uri.fsPath)!;
        assert.ok(want.length > 0, `${name} has findings to compare`);
        const seen = await diagnosticsWhere(uri, (ds) => ds.length === want.length);
        assert.deepEqual(seen.map(asCliFinding).sort(byPlace), want, name);
      }
    });

    it('"Show Last Report" opens the report view, not a document; "Save Report…" writes Markdown or JSON whole', async () => {
      assert.ok(api.lastCheck()?.report, 'the check came with the report\'s figures');
      const documents = vscode.workspace.textDocuments.length;
      assert.equal(await vscode.commands.executeCommand<boolean>('postlint.showReport'), true);
      await when([vscode.window.tabGroups.onDidChangeTabs], () => webviewTab('postlint.report'));
      assert.equal(vscode.workspace.textDocuments.filter((d) => d.isUntitled).length, 0, 'no unsaved document');
      assert.ok(vscode.workspace.textDocuments.length <= documents, 'no document opened');

      const folder = fixture('.reports');
      try {
        const md = await vscode.commands.executeCommand<vscode.Uri>('postlint.saveReport', vscode.Uri.joinPath(folder, 'calendar.md'));
        const json = await vscode.commands.executeCommand<vscode.Uri>('postlint.saveReport', vscode.Uri.joinPath(folder, 'calendar.json'));
        assert.ok(md && json);
        const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(md));
        assert.match(text, /^# Postlint report/);
        assert.match(text, /## Findings by guideline/);
        assert.match(text, /\| \[never-opened\.post\.md\]\(\.\.\/never-opened\.post\.md\) \|/, 'posts linked from where the report is');
        const report = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(json)));
        assert.equal(report.summary.posts, api.lastCheck()!.summary.posts);
        assert.ok(report.files.some((f: { path: string }) => f.path === 'never-opened.post.md'));
        const left = (await vscode.workspace.fs.readDirectory(folder)).map(([name]) => name).sort();
        assert.deepEqual(left, ['calendar.json', 'calendar.md'], 'no temporary file left behind');
      } finally {
        await vscode.workspace.fs.delete(folder, { recursive: true, useTrash: false });
      }
    });
  });

  describe('Open Preview', () => {
    it('opens beside the post, follows its edits and the active post', async () => {
      const editor = await open(fixture('cross-post.post.md'));
      const shows = (check: (p: NonNullable<ReturnType<PostlintApi['preview']>>) => boolean) =>
        when([api.onDidUpdatePreview], () => {
          const p = api.preview();
          return p && check(p) ? p : undefined;
        });
      assert.equal(await vscode.commands.executeCommand<boolean>('postlint.openPreview'), true);
      await when([vscode.window.tabGroups.onDidChangeTabs], () => webviewTab('postlint.preview'));
      const first = await shows((p) => p.uri === editor.document.uri.toString());
      assert.deepEqual(first.platforms.map((p) => p.name), ['LinkedIn', 'X']);
      assert.match(first.platforms[1].visible, /^Hand washing is still/);

      await editor.edit((b) => b.insert(editor.document.lineAt(4).range.start, 'Soap first. '));
      await shows((p) => p.platforms.every((x) => x.visible.startsWith('Soap first. Hand washing')));

      const other = await open(fixture('flu-shots.post.md'));
      const followed = await shows((p) => p.uri === other.document.uri.toString());
      assert.deepEqual(followed.platforms.map((p) => p.name), ['Facebook']);
    });
  });

  it('opens a rule page from the extension folder, and refuses an unknown rule', async () => {
    assert.equal(await vscode.commands.executeCommand<boolean>('postlint.showRuleDocumentation', 'hard-sell'), true);
    assert.equal(await vscode.commands.executeCommand<boolean>('postlint.showRuleDocumentation', 'no-such-rule'), false);
    assert.equal(await vscode.commands.executeCommand<boolean>('postlint.showRuleDocumentation', '../package'), false);
  });
});
