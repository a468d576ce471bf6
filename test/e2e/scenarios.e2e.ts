/// <reference lib="dom" />
// The extension in a real VS Code workbench (code-server), driven like a person in headless
// Chromium. Each scenario asserts what a person sees. Waits are on the page's state
// (Playwright's auto-waiting locators), never fixed sleeps.

import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { ROOT, Workbench } from './workbench';

const FIXTURE = join(ROOT, 'test/fixtures/e2e-workspace');
const SHOTS = process.env.POSTLINT_README_SCREENSHOTS ? join(ROOT, 'docs/images') : undefined;
const STEP = 30_000;

let bench: Workbench;
let page: Page;

/** A line of the active editor, found by its text (view lines are recycled and use U+00A0 for spaces). */
function editorLine(text: string): Locator {
  return page.locator('.editor-instance .view-line', { hasText: text.replace(/ /g, '\u00a0') }).first();
}

async function activeEditorText(): Promise<string> {
  const lines = await page.locator('.editor-instance .view-line').evaluateAll((nodes) =>
    nodes
      .map((n) => ({ top: parseFloat((n as HTMLElement).style.top || '0'), text: (n.textContent ?? '').replace(/\u00a0/g, ' ') }))
      .sort((a, b) => a.top - b.top)
      .map((l) => l.text),
  );
  return lines.join('\n');
}

async function runCommand(title: string): Promise<void> {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible' });
  await input.fill(`>${title}`);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor();
  await page.keyboard.press('Enter');
}

async function openFile(name: string): Promise<void> {
  await page.locator('.monaco-workbench').click({ position: { x: 700, y: 450 } });
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible' });
  await input.fill(name);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: name.split('/').pop()! }).first().waitFor();
  await page.keyboard.press('Enter');
  await page.locator('.tab.active', { hasText: name.split('/').pop()! }).waitFor();
  await page.locator('.editor-instance .view-line').first().waitFor();
}

/** Selects the first occurrence of `text` in the active editor with the Find widget, then closes it. */
async function select(text: string): Promise<void> {
  await page.locator('.editor-instance .view-lines').first().click();
  await page.keyboard.press('Control+F');
  const find = page.locator('.find-widget textarea, .find-widget input').first();
  await find.waitFor({ state: 'visible' });
  await find.fill(text);
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
}

async function squiggleCount(kind: 'error' | 'warning' | 'info' | 'hint'): Promise<number> {
  const cls = kind === 'hint' ? '.squiggly-hint' : `.squiggly-${kind}`;
  return page.locator(`.editor-instance ${cls}`).count();
}

async function problemsLabel(): Promise<string> {
  return (await page.locator('#status\\.problems').getAttribute('aria-label')) ?? '';
}

describe('Postlint in a real VS Code workbench', function () {
  this.timeout(240_000);

  before(async () => {
    bench = new Workbench({
      workspaceFixture: FIXTURE,
      installVsix: true,
      userSettings: { 'editor.codeActionsOnSave': {} },
    });
    await bench.start();
    page = await bench.openPage();
    await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
    await page.locator('.explorer-folders-view, .explorer-viewlet').first().waitFor({ timeout: 60_000 });
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

  it('1. opens a post: our language, squiggles on the over-promise, hard sell and patient name', async () => {
    await openFile('open-day.post.md');
    await page.locator('.statusbar-item[id="status.editor.mode"]', { hasText: 'Social post' }).waitFor({ timeout: STEP });
    await page.locator('.editor-instance .squiggly-error').first().waitFor({ timeout: STEP });
    await page.locator('.editor-instance .squiggly-warning').first().waitFor({ timeout: STEP });
    assert.ok((await squiggleCount('warning')) >= 2, 'over-promise and hard-sell are warnings');
    assert.ok((await squiggleCount('error')) >= 1, 'the patient name is an error');
    if (SHOTS) {
      mkdirSync(SHOTS, { recursive: true });
      await page.screenshot({ path: join(SHOTS, 'squiggles.png') });
    }
  });

  it('2. hovering a squiggle names the rule and its guideline', async () => {
    await select('guaranteed results');
    await page.keyboard.press('Control+K');
    await page.keyboard.press('Control+I'); // "Show Hover" at the cursor, as a keyboard user would
    const hover = page.locator('.monaco-hover .hover-contents').filter({ hasText: 'overpromise' }).first();
    await hover.waitFor({ timeout: STEP });
    const text = await hover.innerText();
    assert.match(text, /overpromise/);
    assert.match(text, /Be reasonable and patient/);
    await page.keyboard.press('Escape');
  });

  it('3. Ctrl+. offers several rewordings; picking the second changes the text and the file on disk', async () => {
    await select('guaranteed results');
    await page.keyboard.press('Control+.');
    const rows = page.locator('.action-widget .monaco-list-row');
    await rows.first().waitFor({ timeout: STEP });
    const titles = (await rows.allInnerTexts()).map((t) => t.trim());
    const rewordings = titles.filter((t) => /^Replace with/.test(t));
    assert.ok(rewordings.length >= 2, `several rewordings offered: ${JSON.stringify(titles)}`);
    const chosen = /"(.*)"/.exec(rewordings[1])![1];
    if (SHOTS) await page.screenshot({ path: join(SHOTS, 'quick-fix.png') });
    await page.locator('.action-widget .monaco-list-row', { hasText: rewordings[1] }).first().click();
    await editorLine(chosen).waitFor({ timeout: STEP });
    assert.doesNotMatch(await activeEditorText(), /guaranteed results/);
    await page.keyboard.press('Control+S');
    await page.locator('.tab.active.dirty').waitFor({ state: 'detached', timeout: STEP });
    const onDisk = readFileSync(join(bench.workspace, 'open-day.post.md'), 'utf8');
    assert.ok(onDisk.includes(chosen), 'the saved file holds the new wording');
    assert.ok(!/guaranteed results/i.test(onDisk));
  });

  it('4. "Ignore on this line" inserts the comment and the squiggle goes', async () => {
    await openFile('ignore-line.post.md');
    await page.locator('.editor-instance .squiggly-warning').first().waitFor({ timeout: STEP });
    const before = await squiggleCount('warning');
    await select('20% off');
    await page.keyboard.press('Control+.');
    const ignore = page.locator('.action-widget .monaco-list-row', { hasText: 'Ignore hard-sell on this line' }).first();
    await ignore.waitFor({ timeout: STEP });
    await ignore.click();
    await editorLine('postlint-disable-next-line hard-sell').waitFor({ timeout: STEP });
    await page.waitForFunction((n) => document.querySelectorAll('.editor-instance .squiggly-warning').length < n, before, { timeout: STEP });
    await page.keyboard.press('Control+S');
  });

  it('5. Fix all applies only the safe fixes', async () => {
    await openFile('fix-all.post.md');
    await page.locator('.editor-instance .squiggly-info').first().waitFor({ timeout: STEP });
    await runCommand('Fix all Postlint issues');
    await editorLine('High blood pressure often has no symptoms').waitFor({ timeout: STEP });
    const text = await activeEditorText();
    assert.match(text, /Book now for a free check/, 'the hard sell needs a human decision and stays');
    await page.keyboard.press('Control+S');
  });

  it('7. the status bar shows the platform budget and warns past the limit', async () => {
    await openFile('budget.post.md');
    const budget = page.locator('.statusbar-item', { hasText: /X \d+\/280/ }).first();
    await budget.waitFor({ timeout: STEP });
    const used = Number(/X (\d+)\/280/.exec(await budget.innerText())![1]);
    assert.ok(used > 200 && used <= 280, `budget before: ${used}`);
    await select('Tell us below.');
    await page.keyboard.press('End');
    await page.keyboard.type(' Our nurses share one small habit every week, so follow along for more ideas.');
    const over = page.locator('.statusbar-item', { hasText: /X \d+\/280/ }).first();
    await page.waitForFunction(
      () => Array.from(document.querySelectorAll('.statusbar-item')).some((e) => /X (\d+)\/280/.test(e.textContent ?? '') && Number(/X (\d+)\/280/.exec(e.textContent ?? '')![1]) > 280),
      undefined,
      { timeout: STEP },
    );
    const style = await over.evaluate((e) => getComputedStyle(e).backgroundColor);
    assert.notEqual(style, 'rgba(0, 0, 0, 0)', 'the item is shown in warning colours');
    await page.locator('.editor-instance .squiggly-error').first().waitFor({ timeout: STEP });
  });

  it('6. Check All Posts: progress, summary with promotion share, Problems for unopened posts, same counts as the CLI', async () => {
    await runCommand('File: Save All');
    await runCommand('Postlint: Check All Posts');
    const summary = page.locator('.notifications-toasts .notification-list-item-message', { hasText: /promotion/i }).first();
    await summary.waitFor({ timeout: 60_000 });
    const summaryText = await summary.innerText();
    assert.match(summaryText, /\d+ posts?/);
    if (SHOTS) await page.screenshot({ path: join(SHOTS, 'check-all-summary.png') });

    const cli = spawnSync(process.execPath, [join(ROOT, 'dist/cli.js'), bench.workspace, '--format', 'json'], { encoding: 'utf8', cwd: bench.workspace });
    const entries = JSON.parse(cli.stdout) as { filePath: string; findings: { severity: string }[] }[];
    const posts = entries.filter((e) => e.filePath.endsWith('.post.md'));
    const count = (sev: string) => posts.reduce((n, e) => n + e.findings.filter((f) => f.severity === sev).length, 0);
    const expected = `Errors: ${count('error')}, Warnings: ${count('warning')}`;
    await page.waitForFunction((label) => document.querySelector('#status\\.problems')?.getAttribute('aria-label')?.includes(label), expected, { timeout: STEP });
    assert.ok((await problemsLabel()).includes(expected));

    await page.keyboard.press('Control+Shift+M');
    await page.locator('.markers-panel .monaco-list-row', { hasText: 'week-1.post.md' }).first().waitFor({ timeout: STEP });
    await page.locator('.markers-panel .monaco-list-row', { hasText: 'week-2.post.md' }).first().waitFor({ timeout: STEP });
  });

  it('8. a broken .postlintrc.json shows a problem on that file; fixing it clears it', async () => {
    const config = join(bench.workspace, '.postlintrc.json');
    const good = readFileSync(config, 'utf8');
    await openFile('.postlintrc.json');
    await select('"rules"');
    await page.keyboard.press('End');
    await page.keyboard.type(' "hard-sel": "off",');
    await page.keyboard.press('Control+S');
    const problemRow = page.locator('.markers-panel .monaco-list-row', { hasText: /hard-sel/ }).first();
    await page.keyboard.press('Control+Shift+M');
    await problemRow.waitFor({ timeout: STEP });
    writeFileSync(join(bench.workspace, 'scratch.txt'), ''); // unrelated change must not disturb anything
    await page.keyboard.press('Control+Z');
    await page.keyboard.press('Control+S');
    await problemRow.waitFor({ state: 'detached', timeout: STEP });
    assert.equal(readFileSync(config, 'utf8'), good);
  });
});
