/// <reference lib="dom" />
// The preview and the Check All Posts report in a real VS Code workbench (code-server), driven
// like a person in headless Chromium: Ctrl+K V on a post, typing in the editor and reading the
// preview's webview, "… more", clicking a finding; F1 Check All Posts, "Show report", reading
// the report's figures against the real CLI's `--format html` page, clicking a post. Every wait
// is on the page's state (auto-waiting locators), never a fixed sleep.

import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { STEP, inWorkbench, openFile, runCommand, webview } from './driving';
import { ROOT, type Workbench } from './workbench';

const FIXTURE = join(ROOT, 'test/fixtures/views-workspace');
/** POSTLINT_README_SCREENSHOTS=1 saves the README images from the real workbench. */
const SHOTS = process.env.POSTLINT_README_SCREENSHOTS === '1' ? join(ROOT, 'docs/images') : undefined;

let bench: Workbench;
let page: Page;

/** Clicks at the start of the first editor line that holds `text`. */
async function clickLine(text: string): Promise<void> {
  const line = page.locator('.editor-instance .view-line', { hasText: text.replace(/ /g, '\u00a0') }).first();
  // boundingBox() answers null, without waiting, for a line the editor has not laid out yet.
  await line.waitFor({ state: 'visible', timeout: STEP });
  const box = (await line.boundingBox({ timeout: STEP }))!;
  await page.mouse.click(box.x + 2, box.y + box.height / 2);
}

async function screenshot(name: string): Promise<void> {
  if (!SHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, name), animations: 'disabled' });
}

/** The figures `postlint --format html` prints for the workspace: totals and weekly bars. */
function cliFigures(): { totals: Map<string, string>; weeks: string[] } {
  const run = spawnSync(process.execPath, [join(ROOT, 'dist/cli.js'), '--format', 'html'], { encoding: 'utf8', cwd: bench.workspace });
  assert.ok(run.status === 0 || run.status === 1, run.stderr);
  return figuresOf(run.stdout);
}

function figuresOf(html: string): { totals: Map<string, string>; weeks: string[] } {
  return {
    totals: new Map([...html.matchAll(/data-total="([a-z]+)">([^<]*)</g)].map((m): [string, string] => [m[1], m[2]])),
    weeks: [...html.matchAll(/<g class="week" data-week="[\d-]+" data-posts="\d+" data-promotional="\d+">/g)].map((m) => m[0]),
  };
}

describe('the preview and the report in a real VS Code workbench', function () {
  this.timeout(240_000);

  inWorkbench({ workspaceFixture: FIXTURE, installVsix: true }, (started, opened) => {
    bench = started;
    page = opened;
  });

  it('1. Ctrl+K V shows the post as Instagram and X show it, folds at "… more" and follows typing', async () => {
    await openFile(page, 'flu-clinic.post.md');
    await clickLine('Flu vaccines are in');
    await page.keyboard.press('Control+K');
    await page.keyboard.press('V');
    await page.locator('.tab', { hasText: 'Preview flu-clinic.post.md' }).waitFor({ timeout: STEP });
    const preview = await webview(page, '#preview .card');
    const instagram = preview.locator('.card[data-platform="instagram"]');
    const x = preview.locator('.card[data-platform="x"]');
    await instagram.waitFor({ timeout: STEP });
    await x.waitFor({ timeout: STEP });
    const body = readFileSync(join(bench.workspace, 'flu-clinic.post.md'), 'utf8').split('---\n')[2].trim();

    // Instagram: about 125 characters, then "… more"; the rest is folded away.
    const shown = async () => (await instagram.locator('.post').innerText()).replace(/\s*… more$/, '');
    assert.equal(await shown(), body.slice(0, 125).trimEnd());
    assert.equal(await instagram.locator('.folded').isVisible(), false);
    // X shows it all, its link shortened and tappable, and the budget as X counts it.
    assert.equal((await x.locator('.post').innerText()).trim(), body.replace('https://example.com/flu', 'example.com/flu'));
    assert.equal(await x.locator('.link.active').innerText(), 'example.com/flu');
    assert.equal(await x.locator('.budget').innerText(), `${body.length} / 280`, 'the link is 23 characters, as long as it counts');

    // Type a hard sell at the start of the post: both cards follow, the cut moves, the finding is marked.
    await clickLine('Flu vaccines are in');
    await page.keyboard.press('Home');
    await page.keyboard.type('Book now, it is free! ');
    const typed = `Book now, it is free! ${body}`;
    await x.locator('.post', { hasText: /^Book now, it is free! Flu vaccines/ }).waitFor({ timeout: STEP });
    await x.locator('.budget', { hasText: `${typed.length} / 280` }).waitFor({ timeout: STEP });
    await instagram.locator('.post', { hasText: /^Book now, it is free! Flu/ }).waitFor({ timeout: STEP });
    assert.equal(await shown(), typed.slice(0, 125).trimEnd(), 'Instagram cuts the new text at 125 characters');
    await x.locator('.finding.warning', { hasText: 'Book now' }).waitFor({ timeout: STEP });
    await instagram.locator('.finding.warning', { hasText: 'Book now' }).waitFor({ timeout: STEP });
    await screenshot('preview.png');

    // Unfold: the rest shows, the link as plain text (Instagram does not make it tappable).
    await instagram.locator('[data-more]').click();
    await instagram.locator('.folded').waitFor({ state: 'visible', timeout: STEP });
    assert.equal(await instagram.locator('.link.inert').innerText(), 'https://example.com/flu');
  });

  it('2. clicking a finding in the preview selects it in the editor', async () => {
    // The post from scenario 1, changed and not saved, with a hard sell at the start.
    const preview = await webview(page, '#preview .card');
    await preview.locator('.findings a.warning', { hasText: 'hard-sell' }).first().click();
    await page.locator('#status\\.editor\\.selection', { hasText: '(8 selected)' }).waitFor({ timeout: STEP });
    await page.locator('.tab.active.dirty[data-resource-name="flu-clinic.post.md"]').waitFor({ timeout: STEP });
    await runCommand(page, 'File: Revert File');
    await page.locator('.tab.dirty').waitFor({ state: 'detached', timeout: STEP });
    await preview.locator('.finding.warning').first().waitFor({ state: 'detached', timeout: STEP }); // the preview saw the revert
  });

  it('3. Check All Posts → "Show report": the figures are the CLI\'s; Save report… writes where asked; clicking a post opens it at its finding', async () => {
    await page.locator('.tab[data-resource-name="flu-clinic.post.md"]').click(); // the keyboard back in the workbench
    await runCommand(page, 'View: Close All Editors');
    await runCommand(page, 'Postlint: Check All Posts');
    const toast = page.locator('.notifications-toasts .notification-list-item', { hasText: /Postlint checked 5 posts/ });
    await toast.waitFor({ timeout: 60_000 });
    await toast.locator('.monaco-button', { hasText: 'Show report' }).click();
    await page.locator('.tab', { hasText: 'Postlint Report' }).waitFor({ timeout: STEP });
    assert.equal(await page.locator('.tab', { hasText: /^Untitled/ }).count(), 0, 'no unsaved document');
    const report = await webview(page, 'header.top h1');

    const view = figuresOf(await report.locator('body').innerHTML());
    const cli = cliFigures();
    assert.deepEqual([...view.totals], [...cli.totals]);
    assert.equal(view.totals.get('posts'), '5');
    assert.deepEqual(view.weeks, cli.weeks, 'the chart draws the CLI\'s weeks');
    assert.equal(view.weeks.length, 3);
    await screenshot('report.png');

    // "Save report…": VS Code's save dialog, a path typed in, the file written where asked.
    await report.locator('button[data-action="save"]').click();
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible', timeout: STEP });
    // The dialog shows its input before it fills in the proposed name: wait for the name.
    await page.waitForFunction(() => /postlint-report-\d{4}-\d{2}-\d{2}\.md$/.test((document.querySelector('.quick-input-widget input') as HTMLInputElement | null)?.value ?? ''), undefined, { timeout: STEP });
    assert.match(await input.inputValue(), /postlint-report-\d{4}-\d{2}-\d{2}\.md$/, 'a name is proposed in the workspace');
    const saved = join(bench.workspace, 'calendar-report.md');
    await input.fill(saved);
    await page.keyboard.press('Enter');
    await page.locator('.notifications-toasts .notification-list-item-message', { hasText: 'Report saved as calendar-report.md' }).waitFor({ timeout: STEP });
    const markdown = readFileSync(saved, 'utf8');
    assert.match(markdown, /^# Postlint report\n/);
    assert.match(markdown, new RegExp(`\\| Errors \\| ${cli.totals.get('error')} \\|`));
    assert.match(markdown, /\| \[calendar\/recovery\.post\.md\]\(calendar\/recovery\.post\.md\) \| 2026-12-10 \| 2 \|/);

    // Errors first: the post with a patient's name; it opens at that finding.
    const first = report.locator('table.posts tbody tr').first();
    assert.match(await first.innerText(), /calendar\/recovery\.post\.md/);
    await first.locator('a[data-post]').click();
    await page.locator('.tab.active', { hasText: 'recovery.post.md' }).waitFor({ timeout: STEP });
    await page.locator('#status\\.editor\\.selection', { hasText: 'Ln 6, Col 13' }).waitFor({ timeout: STEP });
  });
});
