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
import { STEP, inWorkbench, openFile, runCommand } from './driving';
import { ROOT, type Workbench } from './workbench';

const FIXTURE = join(ROOT, 'test/fixtures/web-workspace');

describe('the web extension in the workbench\'s browser extension host (code-server)', function () {
  this.timeout(300_000);
  let bench: Workbench;
  let page: Page;

  /** Any Node process running a Postlint language server from this profile's extensions. */
  const nodeServerRunning = () =>
    spawnSync('ps', ['-eo', 'args'], { encoding: 'utf8' }).stdout.split('\n').some((l) => l.includes(bench.home) && /dist[/\\]server\.js/.test(l));

  inWorkbench(
    { workspaceFixture: FIXTURE, installVsix: true, userSettings: { 'remote.extensionKind': { 'postlint.postlint': ['web'] } } },
    (started, opened) => {
      bench = started;
      page = opened;
    },
  );

  it('opens a post in a folder and shows squiggles from the server in the browser, with no Node server running', async () => {
    await openFile(page, 'open-day.post.md');
    await page.locator('#status\\.editor\\.mode', { hasText: 'Social post' }).waitFor({ timeout: STEP });
    // The patient's name is an error, the hard sell and the over-promise warnings.
    await page.locator('.editor-instance .squiggly-error').first().waitFor({ timeout: 60_000 });
    await page.locator('.editor-instance .squiggly-warning').first().waitFor({ timeout: STEP });
    // The status bar budget for the post's platform (Instagram), from the server's notification.
    await page.locator('.statusbar-item', { hasText: /Instagram \d+\/2,?200/ }).first().waitFor({ timeout: STEP });
    assert.equal(nodeServerRunning(), false, 'no Node language server: the squiggles came from the web worker');
  });

  it('Check All Posts finds the posts through the editor\'s file system and counts as the CLI does', async () => {
    await runCommand(page, 'Postlint: Check All Posts');
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
