/// <reference lib="dom" />
// The extension's browser build in a real workbench's web-worker extension host: code-server
// with the packaged .vsix, the user setting `remote.extensionKind` making the workbench run
// Postlint in the browser (dist/web/extension.js, the language server in a nested web worker
// from dist/web/server.js) instead of the remote's Node host, as vscode.dev and github.dev run
// it. A person opens a post and sees squiggles, and runs Check All Posts, whose counts must be
// the CLI's on the same folder. No Node language server process may run meanwhile.

import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT, Workbench } from './workbench';

const FIXTURE = join(ROOT, 'test/fixtures/web-workspace');
const STEP = 30_000;

describe('the web extension in the workbench\'s browser extension host (code-server)', function () {
  this.timeout(300_000);
  let bench: Workbench;
  let page: Page;

  /** Any Node process running a Postlint language server from this profile's extensions. */
  const nodeServerRunning = () =>
    spawnSync('ps', ['-eo', 'args'], { encoding: 'utf8' }).stdout.split('\n').some((l) => l.includes(bench.home) && /dist[/\\]server\.js/.test(l));

  async function runCommand(title: string): Promise<void> {
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible' });
    await input.fill(`>${title}`);
    await page.locator('.quick-input-list .monaco-list-row.focused', { hasText: title }).first().waitFor({ timeout: STEP });
    await page.keyboard.press('Enter');
    await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: STEP });
  }

  before(async () => {
    bench = new Workbench({
      workspaceFixture: FIXTURE,
      installVsix: true,
      userSettings: { 'remote.extensionKind': { 'postlint.postlint': ['web'] } },
    });
    await bench.start();
    page = await bench.openPage();
    await page.locator('.explorer-folders-view').first().waitFor({ timeout: 60_000 });
    await page.locator('.part.editor').click();
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed') {
      const dir = await bench.keepArtifacts(this.currentTest.fullTitle());
      console.log(`    screenshots and logs kept in ${dir}`);
    }
  });

  after(async () => {
    await bench?.stop();
  });

  it('opens a post in a folder and shows squiggles from the server in the browser, with no Node server running', async () => {
    await page.keyboard.press('Control+P');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible' });
    await input.fill('open-day.post.md');
    await page.locator('.quick-input-list .monaco-list-row.focused', { hasText: 'open-day.post.md' }).first().waitFor({ timeout: STEP });
    await page.keyboard.press('Enter');
    await page.locator('.tab.active', { hasText: 'open-day.post.md' }).waitFor({ timeout: STEP });
    await page.locator('#status\\.editor\\.mode', { hasText: 'Social post' }).waitFor({ timeout: STEP });
    // The patient's name is an error, the hard sell and the over-promise warnings.
    await page.locator('.editor-instance .squiggly-error').first().waitFor({ timeout: 60_000 });
    await page.locator('.editor-instance .squiggly-warning').first().waitFor({ timeout: STEP });
    // The status bar budget for the post's platform (Instagram), from the server's notification.
    await page.locator('.statusbar-item', { hasText: /Instagram \d+\/2,?200/ }).first().waitFor({ timeout: STEP });
    assert.equal(nodeServerRunning(), false, 'no Node language server: the squiggles came from the web worker');
  });

  it('Check All Posts finds the posts through the editor\'s file system and counts as the CLI does', async () => {
    await runCommand('Postlint: Check All Posts');
    const summary = page.locator('.notifications-toasts .notification-list-item-message', { hasText: /^Postlint checked \d+ posts?/ }).first();
    await summary.waitFor({ timeout: 60_000 });
    const text = await summary.innerText();
    const cli = spawnSync(process.execPath, [join(ROOT, 'dist/cli.js'), '--format', 'json'], { encoding: 'utf8', cwd: bench.workspace });
    const entries = JSON.parse(cli.stdout) as { filePath: string; findings: { severity: string }[] }[];
    const posts = entries.filter((e) => e.filePath.endsWith('.post.md'));
    const all = entries.flatMap((e) => e.findings);
    const num = (re: RegExp) => Number(re.exec(text)?.[1] ?? 0);
    assert.equal(num(/checked (\d+) posts?/), posts.length, text);
    assert.equal(posts.length, 2);
    assert.equal(num(/(\d+) errors?/), all.filter((f) => f.severity === 'error').length, text);
    assert.equal(num(/(\d+) warnings?/), all.filter((f) => f.severity === 'warning').length, text);
    assert.equal(nodeServerRunning(), false);
  });
});
