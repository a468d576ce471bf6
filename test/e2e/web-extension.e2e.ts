/// <reference lib="dom" />
// The extension's browser build in a real workbench's web-worker extension host: code-server
// with the packaged .vsix, the user setting `remote.extensionKind` making the workbench run
// Postlint in the browser (dist/web/extension.js, the language server in a nested web worker
// from dist/web/server.js) instead of the remote's Node host, as vscode.dev and github.dev run
// it. A person opens a post and sees squiggles and the length budget, hovers a finding, applies
// a quick fix, runs Check All Posts (whose counts must be the CLI's on the same folder, with
// its .postlintrc.json), edits the team's .postlintrc.json (a rule turned off, an invalid
// option) and opens the preview. No Node language server process may run meanwhile.

import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import {
  STEP,
  chooseAction,
  clickText,
  closeHover,
  editorLine,
  hoverOn,
  inWorkbench,
  installPageHelpers,
  openActionMenu,
  openFile,
  runCommand,
  saveActive,
  selectText,
  waitForSquiggle,
  webview,
} from './driving';
import { ROOT, type Workbench } from './workbench';

const FIXTURE = join(ROOT, 'test/fixtures/web-workspace');
const BUDGET = /Instagram ([\d,]+)\/2,?200/;

describe('the web extension in the workbench\'s browser extension host (code-server)', function () {
  this.timeout(300_000);
  let bench: Workbench;
  let page: Page;

  /** Any Node process running a Postlint language server from this profile's extensions. */
  const nodeServerRunning = () =>
    spawnSync('ps', ['-eo', 'args'], { encoding: 'utf8' }).stdout.split('\n').some((l) => l.includes(bench.home) && /dist[/\\]server\.js/.test(l));

  /** The CLI's findings on the workspace (with its .postlintrc.json, or with `config`). */
  const cli = (config?: string) => {
    const run = spawnSync(process.execPath, [join(ROOT, 'dist/cli.js'), '--format', 'json', ...(config ? ['--config', config] : [])], { encoding: 'utf8', cwd: bench.workspace });
    const entries = JSON.parse(run.stdout) as { filePath: string; findings: { severity: string }[] }[];
    const all = entries.flatMap((e) => e.findings);
    return { posts: entries.length, errors: all.filter((f) => f.severity === 'error').length, warnings: all.filter((f) => f.severity === 'warning').length };
  };

  /** The number the status bar's budget shows for the open post. */
  const budgetUsed = async () => {
    const item = page.locator('.statusbar-item', { hasText: BUDGET }).first();
    await item.waitFor({ timeout: STEP });
    return Number(BUDGET.exec(await item.innerText())![1].replace(/,/g, ''));
  };

  inWorkbench(
    { workspaceFixture: FIXTURE, installVsix: true, userSettings: { 'remote.extensionKind': { 'postlint.postlint': ['web'] } } },
    (started, opened) => {
      bench = started;
      page = opened;
    },
    installPageHelpers,
  );

  it('opens a post in a folder and shows squiggles and the budget from the server in the browser, with no Node server running', async () => {
    await openFile(page, 'open-day.post.md');
    await page.locator('#status\\.editor\\.mode', { hasText: 'Social post' }).waitFor({ timeout: STEP });
    // The patient's name is an error, the over-promise and the hard sell warnings.
    await waitForSquiggle(page, 'John', 'error');
    await waitForSquiggle(page, 'guaranteed results', 'warning');
    await waitForSquiggle(page, 'Book now', 'warning');
    // The status bar budget for the post's platform (Instagram), from the server's notification.
    assert.ok((await budgetUsed()) > 100);
    assert.equal(nodeServerRunning(), false, 'no Node language server: the squiggles came from the web worker');
  });

  it('hovering a finding shows its rule and why it matters', async () => {
    await openFile(page, 'open-day.post.md');
    await waitForSquiggle(page, 'guaranteed results', 'warning');
    const text = await hoverOn(page, 'guaranteed results', 'Why it matters');
    assert.match(text, /overpromise/, 'the rule id');
    assert.match(text, /Be reasonable and patient/, 'its guideline');
    await closeHover(page);
  });

  it('Ctrl+. on a finding offers rewordings; the one chosen replaces the text, and the budget follows', async () => {
    await openFile(page, 'open-day.post.md');
    await waitForSquiggle(page, 'guaranteed results', 'warning');
    const before = await budgetUsed();
    await clickText(page, 'guaranteed results');
    const titles = await openActionMenu(page, () => page.keyboard.press('Control+.'));
    assert.ok(titles.includes('Ignore overpromise on this line'), JSON.stringify(titles));
    const rewording = titles.find((t) => /^Replace (?:".*" )?with "/.test(t));
    assert.ok(rewording, `a rewording is offered: ${JSON.stringify(titles)}`);
    const chosen = /with "(.*)"$/.exec(rewording)![1];
    await chooseAction(page, rewording);
    await editorLine(page, chosen).waitFor({ timeout: STEP });
    await waitForSquiggle(page, chosen, null);
    await waitForSquiggle(page, 'Book now', 'warning');
    await page.waitForFunction(
      ([re, n]) => Array.from(document.querySelectorAll('.statusbar-item')).some((e) => {
        const m = new RegExp(re).exec(e.textContent ?? '');
        return m && Number(m[1].replace(/,/g, '')) !== n;
      }),
      [BUDGET.source, before] as const,
      { timeout: STEP },
    );
    await runCommand(page, 'File: Revert File');
    await page.locator('.tab.active.dirty').waitFor({ state: 'detached', timeout: STEP });
    await waitForSquiggle(page, 'guaranteed results', 'warning');
  });

  it('"Ignore on this line" and "Fix all" change the post in the browser as on the desktop', async () => {
    await openFile(page, 'open-day.post.md');
    await waitForSquiggle(page, 'guaranteed results', 'warning');
    await clickText(page, 'guaranteed results');
    await openActionMenu(page, () => page.keyboard.press('Control+.'));
    await chooseAction(page, 'Ignore overpromise on this line');
    await editorLine(page, '<!-- postlint-disable-next-line overpromise -->').waitFor({ timeout: STEP });
    await waitForSquiggle(page, 'guaranteed results', null);
    await waitForSquiggle(page, 'Book now', 'warning');
    // Fix all applies the safe fixes only: the jargon is reworded, the hard sell stays.
    await waitForSquiggle(page, 'Hypertension', 'info');
    await clickText(page, 'Hypertension');
    await openActionMenu(page, () => runCommand(page, 'Source Action...'));
    await chooseAction(page, 'Fix all Postlint issues in this post');
    await editorLine(page, 'High blood pressure often has no symptoms').waitFor({ timeout: STEP });
    await waitForSquiggle(page, 'Book now', 'warning');
    await runCommand(page, 'File: Revert File');
    await page.locator('.tab.active.dirty').waitFor({ state: 'detached', timeout: STEP });
    await waitForSquiggle(page, 'guaranteed results', 'warning');
  });

  it('Check All Posts finds the posts through the editor\'s file system and counts as the CLI does, with the folder\'s .postlintrc.json', async () => {
    await runCommand(page, 'Postlint: Check All Posts');
    const summary = page.locator('.notifications-toasts .notification-list-item-message', { hasText: /^Postlint checked \d+ posts?/ }).first();
    await summary.waitFor({ timeout: 60_000 });
    const text = await summary.innerText();
    const want = cli();
    const num = (re: RegExp) => Number(re.exec(text)?.[1] ?? 0);
    assert.equal(num(/checked (\d+) posts?/), want.posts, text);
    assert.equal(want.posts, 2);
    assert.equal(num(/(\d+) errors?/), want.errors, text);
    assert.equal(num(/(\d+) warnings?/), want.warnings, text);
    // The fixture's .postlintrc.json turns self-praise off: without it there would be more.
    const empty = join(bench.home, 'empty.postlintrc.json');
    writeFileSync(empty, '{}');
    assert.ok(cli(empty).warnings > want.warnings, 'the configuration changes the counts');
    assert.equal(nodeServerRunning(), false);
    await runCommand(page, 'Notifications: Clear All Notifications');
  });

  it('.postlintrc.json in the folder: a rule turned off loses its squiggle, in the posts Check All Posts showed too; an invalid option is shown on the file and the posts under it are not checked', async () => {
    await openFile(page, 'open-day.post.md');
    await waitForSquiggle(page, 'Book now', 'warning');
    // Check All Posts (the test before) showed week-1's hard sells; nobody opened it.
    const week1 = page.locator('.markers-panel .monaco-list-row[aria-label*="in file week-1.post.md"]');
    await page.keyboard.press('Control+Shift+M');
    await week1.waitFor({ timeout: STEP });

    /** In .postlintrc.json, types `entry` as a new line of "rules" after `after`, and saves. */
    const addRule = async (after: string, entry: string) => {
      await openFile(page, '.postlintrc.json');
      await clickText(page, after, 'end');
      await page.keyboard.type(',');
      await page.keyboard.press('Enter');
      await page.keyboard.type(entry);
      await editorLine(page, entry).waitFor({ timeout: STEP });
      await saveActive(page);
    };

    // Turn hard-sell off.
    await addRule('"self-praise": "off"', '"hard-sell": "off"');
    await openFile(page, 'open-day.post.md');
    await waitForSquiggle(page, 'Book now', null);
    await waitForSquiggle(page, 'guaranteed results', 'warning');
    await week1.waitFor({ state: 'detached', timeout: STEP });
    await page.keyboard.press('Control+J'); // hide the panel again
    await page.locator('.markers-panel').waitFor({ state: 'hidden', timeout: STEP });

    // An option of the wrong type: Postlint's error on the file (the schema's is a warning).
    await addRule('"hard-sell": "off"', '"no-conversation": ["hint", { "minWords": "forty" }]');
    await waitForSquiggle(page, '"forty"', 'error');
    assert.match(await hoverOn(page, '"forty"', /postlint/), /minWords/);
    await closeHover(page);
    await openFile(page, 'open-day.post.md');
    await waitForSquiggle(page, 'guaranteed results', null);
    await page.keyboard.press('Control+Shift+M');
    await page.locator('.markers-panel .monaco-list-row', { hasText: 'Postlint did not check this post: the configuration file .postlintrc.json has a problem' }).first().waitFor({ timeout: STEP });
    await page.keyboard.press('Control+J'); // hide the panel again
    await page.locator('.markers-panel').waitFor({ state: 'hidden', timeout: STEP });

    // Fixed: the posts are checked again, hard-sell still off.
    await openFile(page, '.postlintrc.json');
    await selectText(page, '"forty"');
    await page.keyboard.type('40');
    await saveActive(page);
    await waitForSquiggle(page, '40', null);
    await openFile(page, 'open-day.post.md');
    await waitForSquiggle(page, 'guaranteed results', 'warning');
    await waitForSquiggle(page, 'Book now', null);
    assert.equal(nodeServerRunning(), false);
  });

  it('"Postlint: Open Preview" shows the post as Instagram will', async () => {
    await openFile(page, 'open-day.post.md');
    await runCommand(page, 'Postlint: Open Preview');
    await page.locator('.tab', { hasText: 'Preview open-day.post.md' }).waitFor({ timeout: STEP });
    const preview = await webview(page, '#preview .card');
    const instagram = preview.locator('.card[data-platform="instagram"]');
    await instagram.locator('.post', { hasText: /^Our new knee program/ }).waitFor({ timeout: STEP });
    await instagram.locator('.finding.warning', { hasText: 'guaranteed results' }).waitFor({ timeout: STEP });
  });
});
