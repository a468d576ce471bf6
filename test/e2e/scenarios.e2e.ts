/// <reference lib="dom" />
// The extension in a real VS Code workbench (code-server), driven like a person in headless
// Chromium: Quick Open, the mouse on the text, Ctrl+., arrow keys and Enter in menus, F1
// commands, Ctrl+S. Each scenario asserts what a person sees (squiggles under given words,
// hover text, menu entries, the status bar, notifications, the Problems panel) and, after a
// save, what is on disk. Every wait is on the page's state (Playwright's auto-waiting
// locators, waitForFunction, a MutationObserver), never a fixed sleep.

import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
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
  squigglesUnder,
  waitForSquiggle,
  type Kind,
} from './driving';
import { ROOT, type Workbench } from './workbench';

const FIXTURE = join(ROOT, 'test/fixtures/e2e-workspace');
/** POSTLINT_README_SCREENSHOTS=1 saves the README images from the real workbench. */
const SHOTS = process.env.POSTLINT_README_SCREENSHOTS === '1' ? join(ROOT, 'docs/images') : undefined;
const GUIDELINE = 'Be reasonable and patient'; // GUIDELINE_TITLES.reasonable, as the hover shows it

let bench: Workbench;
let page: Page;

// ---------------------------------------------------------------- what a person does

/** Ctrl+S on the active editor, which has unsaved changes; returns the file as saved on disk. */
async function save(file: string): Promise<string> {
  await saveActive(page);
  return readFileSync(join(bench.workspace, file), 'utf8');
}

type Counts = Record<'error' | 'warning' | 'info', number>;

/** The status bar's problem counts ("Errors: 1, Warnings: 2, Infos: 1"), all files together. */
async function problemCounts(): Promise<Counts> {
  const label = (await page.locator('#status\\.problems').getAttribute('aria-label')) ?? '';
  const n = (name: string) => Number(new RegExp(`${name}: (\\d+)`).exec(label)?.[1] ?? 0);
  return { error: n('Errors'), warning: n('Warnings'), info: n('Infos') };
}

/** Waits until the status bar shows these problem counts (the server's new diagnostics arrived). */
async function waitForProblemCounts(want: Counts): Promise<void> {
  await page.waitForFunction(
    (w) => {
      const label = document.querySelector('#status\\.problems')?.getAttribute('aria-label') ?? '';
      const n = (name: string) => Number(new RegExp(`${name}: (\\d+)`).exec(label)?.[1] ?? 0);
      return n('Errors') === w.error && n('Warnings') === w.warning && n('Infos') === w.info;
    },
    want,
    { timeout: STEP },
  );
}

/** Markers panel file rows: "3 problems in file open-day.post.md of folder ." → counts by file name. */
async function problemCountsByFile(): Promise<Map<string, number>> {
  const labels = await page
    .locator('.markers-panel .monaco-list-row')
    .evaluateAll((rows) => rows.map((r) => r.getAttribute('aria-label') ?? ''));
  const counts = new Map<string, number>();
  for (const label of labels) {
    const m = /^(\d+) problems? in file (\S+)/.exec(label);
    if (m) counts.set(m[2], Number(m[1]));
  }
  return counts;
}

/** A README image of the window, or of its top `height` pixels (the post, without empty space). */
async function screenshot(name: string, height?: number): Promise<void> {
  if (!SHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  const clip = height ? { x: 0, y: 0, width: page.viewportSize()!.width, height } : undefined;
  await page.screenshot({ path: join(SHOTS, name), clip, animations: 'disabled' }); // toasts fade in
}

// ---------------------------------------------------------------- the scenarios

describe('Postlint in a real VS Code workbench', function () {
  this.timeout(240_000);

  inWorkbench(
    { workspaceFixture: FIXTURE, installVsix: true },
    (started, opened) => {
      bench = started;
      page = opened;
    },
    installPageHelpers,
  );

  it('0. starts its checker when the window opens on a folder of posts, before any post is opened', async () => {
    // Activated only on opening a post, the first Check All Posts showed nothing for seconds.
    const ours = join(bench.home, 'extensions');
    const running = () =>
      spawnSync('ps', ['-eo', 'args'], { encoding: 'utf8' }).stdout.split('\n').some((l) => l.includes(ours) && /dist[/\\]server\.js/.test(l));
    for (let tries = 0; !running(); tries++) {
      assert.ok(tries < STEP / 250, 'the Postlint checker started without a post being opened');
      await new Promise((resolve) => setTimeout(resolve, 250)); // polling a process list: no page state to wait on
    }
    assert.equal(await page.locator('.tab').count(), 0, 'no post is open');
  });

  it('1. opens a post: our language, squiggles on the over-promise, hard sell and patient name', async () => {
    await openFile(page, 'open-day.post.md');
    await page.locator('#status\\.editor\\.mode', { hasText: 'Social post' }).waitFor({ timeout: STEP });
    await waitForSquiggle(page, 'guaranteed results', 'warning');
    await waitForSquiggle(page, 'Book now', 'warning');
    await waitForSquiggle(page, 'John', 'error');
    assert.deepEqual(await squigglesUnder(page, 'Our new knee program'), [], 'no squiggle on plain words');
    await screenshot('squiggles.png', 290);
  });

  it('2. hovering a squiggle names the rule and its guideline', async () => {
    await openFile(page, 'open-day.post.md');
    await waitForSquiggle(page, 'guaranteed results', 'warning');
    const text = await hoverOn(page, 'guaranteed results', GUIDELINE);
    assert.match(text, /overpromise/, 'the rule id');
    assert.ok(text.includes(GUIDELINE), 'the guideline title');
    assert.match(text, /Why it matters/, 'why it matters');
    await closeHover(page);
  });

  it('3. Ctrl+. offers several rewordings; picking the second changes the text and the file on disk', async () => {
    await openFile(page, 'open-day.post.md');
    await waitForSquiggle(page, 'guaranteed results', 'warning');
    await waitForSquiggle(page, 'John', 'error');
    const before = await problemCounts();
    await clickText(page, 'guaranteed results');
    const titles = await openActionMenu(page, () => page.keyboard.press('Control+.'));
    // 'Replace with "…"', or 'Replace "…" with "…"' when the rewording takes a tail with it.
    const rewordings = titles.filter((t) => /^Replace (?:".*" )?with "/.test(t));
    assert.ok(rewordings.length >= 2, `several rewordings offered: ${JSON.stringify(titles)}`);
    const chosen = /with "(.*)"$/.exec(rewordings[1])![1];
    await screenshot('quick-fix.png', 340);
    await chooseAction(page, rewordings[1]);
    await editorLine(page, chosen).waitFor({ timeout: STEP });
    await page.locator('.tab.active.dirty').waitFor({ timeout: STEP });
    await waitForProblemCounts({ ...before, warning: before.warning - 1 }); // the server checked the new text
    await waitForSquiggle(page, chosen, null);
    await waitForSquiggle(page, 'Book now', 'warning'); // the other findings are still shown
    const onDisk = await save('open-day.post.md');
    assert.ok(onDisk.includes(`gives ${chosen} for every patient`), `the saved file holds the new wording:\n${onDisk}`);
    assert.doesNotMatch(onDisk, /guaranteed results/i);
  });

  it('4. "Ignore on this line" inserts the comment and the squiggle goes', async () => {
    await openFile(page, 'ignore-line.post.md');
    await waitForSquiggle(page, '20% off', 'warning');
    const before = await problemCounts();
    await clickText(page, '20% off');
    await openActionMenu(page, () => page.keyboard.press('Control+.'));
    await chooseAction(page, 'Ignore hard-sell on this line');
    await editorLine(page, '<!-- postlint-disable-next-line hard-sell -->').waitFor({ timeout: STEP });
    await waitForProblemCounts({ ...before, warning: before.warning - 1 });
    await waitForSquiggle(page, '20% off', null);
    const onDisk = await save('ignore-line.post.md');
    assert.match(onDisk, /\n<!-- postlint-disable-next-line hard-sell -->\nGet 20% off your first facial/);
  });

  it('5. Fix all (F1 → Source Action… → our fix-all) applies only the safe fixes', async () => {
    await openFile(page, 'fix-all.post.md');
    await waitForSquiggle(page, 'Hypertension', 'info');
    await waitForSquiggle(page, 'Book now', 'warning');
    const before = await problemCounts();
    await clickText(page, 'Hypertension'); // where the writer's cursor would be
    await openActionMenu(page, () => runCommand(page, 'Source Action...'));
    await chooseAction(page, 'Fix all Postlint issues in this post');
    await editorLine(page, 'High blood pressure often has no symptoms').waitFor({ timeout: STEP });
    await waitForProblemCounts({ ...before, info: before.info - 1 }); // the jargon note went, the hard sell stayed
    await waitForSquiggle(page, 'High blood pressure', null);
    await waitForSquiggle(page, 'Book now', 'warning'); // a hard sell needs a person's decision: not fixed
    const onDisk = await save('fix-all.post.md');
    assert.match(onDisk, /^High blood pressure often has no symptoms/m);
    assert.match(onDisk, /^Book now for a free check/m);
  });

  it('6. Check All Posts: progress, summary with promotion share, Problems for unopened posts, same counts as the CLI', async () => {
    assert.equal(await page.locator('.tab.dirty').count(), 0, 'every post is saved, so the CLI reads what the editor has');
    // Record every notification toast (and whether it shows a progress bar) from now on.
    await page.evaluate(() => {
      const seen: { message: string; progress: boolean }[] = [];
      const record = () => {
        for (const item of Array.from(document.querySelectorAll('.notifications-toasts .notification-list-item'))) {
          const message = item.querySelector('.notification-list-item-message')?.textContent ?? '';
          // The progress bar is the item's sibling in its list row.
          const progress = !!item.closest('.monaco-list-row')?.querySelector('.monaco-progress-container.active');
          if (message && !seen.some((s) => s.message === message && s.progress === progress)) seen.push({ message, progress });
        }
      };
      const observer = new MutationObserver(record);
      observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['class'] });
      window.postlintE2E.notifications = seen;
      window.postlintE2E.stopRecording = () => observer.disconnect();
    });
    await runCommand(page, 'Postlint: Check All Posts');
    const summary = page.locator('.notifications-toasts .notification-list-item-message', { hasText: /^Postlint checked \d+ posts?/ }).first();
    await summary.waitFor({ timeout: 60_000 });
    const summaryText = await summary.innerText();
    const seen = await page.evaluate(() => {
      window.postlintE2E.stopRecording!();
      return window.postlintE2E.notifications!;
    });
    const progressAt = seen.findIndex((n) => n.progress && /^Postlint\b/.test(n.message) && !/^Postlint checked/.test(n.message));
    const summaryAt = seen.findIndex((n) => /^Postlint checked/.test(n.message));
    assert.ok(progressAt >= 0, `a progress notification was shown: ${JSON.stringify(seen)}`);
    assert.ok(progressAt < summaryAt, `progress came before the summary: ${JSON.stringify(seen)}`);

    // The same folder through the CLI (what a team's CI runs).
    const cli = spawnSync(process.execPath, [join(ROOT, 'dist/cli.js'), '--format', 'json'], { encoding: 'utf8', cwd: bench.workspace });
    const entries = JSON.parse(cli.stdout) as { filePath: string; findings: { severity: Kind }[] }[];
    const posts = entries.filter((e) => e.filePath.endsWith('.post.md'));
    const all = entries.flatMap((e) => e.findings);
    const count = (sev: Kind) => all.filter((f) => f.severity === sev).length;
    const num = (re: RegExp) => Number(re.exec(summaryText)?.[1] ?? NaN);
    assert.equal(num(/checked (\d+) posts?/), posts.length, summaryText);
    assert.equal(num(/(\d+) errors?/), count('error'), summaryText);
    assert.equal(num(/(\d+) warnings?/), count('warning'), summaryText);
    // Labelled as VS Code's Problems counts and the CLI label them: infos, and hints apart.
    assert.equal(num(/(\d+) infos?\b/), count('info'), summaryText);
    assert.equal(num(/(\d+) hints?\b/) || 0, count('hint'), summaryText);
    assert.doesNotMatch(summaryText, /\bnotes?\b/, summaryText);
    const stylish = spawnSync(process.execPath, [join(ROOT, 'dist/cli.js')], { encoding: 'utf8', cwd: bench.workspace }).stdout;
    const cliShare = Number(/Promotion:.*\((\d+)\s?%\)/.exec(stylish)?.[1] ?? NaN);
    assert.equal(num(/Promotional posts: (\d+)\s?%/), cliShare, `${summaryText}\n${stylish}`);

    // Problems panel: every post with findings, opened or not, with the CLI's count.
    await page.keyboard.press('Control+Shift+M');
    await page.locator('.markers-panel').waitFor({ timeout: STEP });
    await page.locator('.panel .action-label[aria-label="Collapse All"]').first().click(); // one row per file
    const expected = new Map(posts.filter((p) => p.findings.length).map((p) => [p.filePath.split('/').pop()!, p.findings.length]));
    assert.ok(expected.has('week-1.post.md') && expected.has('week-2.post.md'), 'the fixture has findings in posts nobody opened');
    await page.waitForFunction(
      (want) => {
        const got = new Map<string, number>();
        for (const row of Array.from(document.querySelectorAll('.markers-panel .monaco-list-row'))) {
          const m = /^(\d+) problems? in file (\S+)/.exec(row.getAttribute('aria-label') ?? '');
          if (m) got.set(m[2], Number(m[1]));
        }
        return want.every(([file, n]) => got.get(file) === n);
      },
      [...expected],
      { timeout: STEP },
    );
    const shown = await problemCountsByFile();
    for (const [file, n] of shown) {
      if (file.endsWith('.post.md')) assert.equal(n, expected.get(file), `${file}: Problems ${n}, CLI ${expected.get(file)}`);
    }
    const postFindings = posts.flatMap((p) => p.findings);
    const status = await problemCounts();
    assert.equal(status.error, postFindings.filter((f) => f.severity === 'error').length, JSON.stringify(status));
    assert.equal(status.warning, postFindings.filter((f) => f.severity === 'warning').length, JSON.stringify(status));
    assert.equal(status.info, postFindings.filter((f) => f.severity === 'info').length, JSON.stringify(status));

    if (SHOTS) {
      // The summary alone (the progress toast stays 0.8 s at least), over the Problems panel.
      await page.locator('.notifications-toasts .notification-list-item').nth(1).waitFor({ state: 'detached', timeout: STEP });
      await screenshot('check-all-summary.png');
    }
    await runCommand(page, 'Notifications: Clear All Notifications');
    await page.locator('.notifications-toasts .notification-list-item').first().waitFor({ state: 'detached', timeout: STEP });
    await page.keyboard.press('Control+J'); // hide the panel again
    await page.locator('.markers-panel').waitFor({ state: 'hidden', timeout: STEP });
  });

  it('7. the status bar shows the platform budget and warns past the limit', async () => {
    await openFile(page, 'budget.post.md');
    const budget = page.locator('.statusbar-item', { hasText: /^X [\d,]+\/280$/ }).first();
    await budget.waitFor({ timeout: STEP });
    const used = Number(/X ([\d,]+)\/280/.exec(await budget.innerText())![1].replace(/,/g, ''));
    assert.ok(used > 200 && used <= 280, `budget before: ${used}`);
    assert.ok(!(await budget.evaluate((e) => e.classList.contains('warning-kind'))), 'no warning under the limit');
    await clickText(page, 'Tell us below.', 'end');
    await page.keyboard.type(' Our nurses share one small habit every week, so follow along for more ideas.');
    await page.waitForFunction(
      () =>
        Array.from(document.querySelectorAll('.statusbar-item')).some((e) => {
          const m = /(?:^|\s)X ([\d,]+)\/280$/.exec((e.textContent ?? '').trim()); // a warning icon may come first
          return m && Number(m[1].replace(/,/g, '')) > 280 && e.classList.contains('warning-kind');
        }),
      undefined,
      { timeout: STEP },
    );
    await waitForSquiggle(page, 'follow along for more ideas.', 'error'); // length-limit marks the text past the limit
    // Throw the change away; the budget goes back under the limit.
    await runCommand(page, 'File: Revert File');
    await page.locator('.tab.active.dirty').waitFor({ state: 'detached', timeout: STEP });
    await page.locator('.statusbar-item:not(.warning-kind)', { hasText: `X ${used}/280` }).waitFor({ timeout: STEP });
  });

  it('8. a broken .postlintrc.json shows a problem on that file; fixing it clears it', async () => {
    await openFile(page, '.postlintrc.json');
    await clickText(page, '"no-conversation": "off"', 'end');
    await page.keyboard.type(',');
    await page.keyboard.press('Enter');
    await page.keyboard.type('"hard-sel": "off"'); // a typo in a rule id
    await editorLine(page, '"hard-sel": "off"').waitFor({ timeout: STEP });
    const saved = await save('.postlintrc.json');
    assert.match(saved, /"no-conversation": "off",\s*\n\s*"hard-sel": "off"\s*\n/, saved);
    await page.keyboard.press('Control+Shift+M');
    const fileRow = page.locator('.markers-panel .monaco-list-row[aria-label*="in file .postlintrc.json"]');
    await fileRow.waitFor({ timeout: STEP });
    await waitForSquiggle(page, '"hard-sel"', 'error');
    assert.match(await hoverOn(page, '"hard-sel"', '"hard-sel"'), /postlint/, 'the problem is Postlint\'s');
    await closeHover(page);
    // Fix the typo.
    await selectText(page, 'hard-sel');
    await page.keyboard.type('hard-sell');
    await editorLine(page, '"hard-sell": "off"').waitFor({ timeout: STEP });
    await save('.postlintrc.json');
    await fileRow.waitFor({ state: 'detached', timeout: STEP });
    await waitForSquiggle(page, '"hard-sell"', null);
  });

  it('9. .postlintrc.json completes rule ids and flags a wrong option type while it is typed, before any save', async () => {
    await openFile(page, '.postlintrc.json');
    // Completion: a new key in "rules" offers the rule ids of the schema (schemas/postlintrc.schema.json).
    await clickText(page, '"rules": {', 'end');
    await page.keyboard.press('Enter');
    await page.keyboard.type('"jarg');
    await page.keyboard.press('Control+Space');
    const suggestion = page.locator('.suggest-widget .monaco-list-row', { hasText: 'jargon' }).first();
    await suggestion.waitFor({ timeout: STEP });
    await page.keyboard.press('Enter');
    await editorLine(page, '"jargon"').waitFor({ timeout: STEP }); // typed: "jarg"
    await page.keyboard.press('Escape');
    await runCommand(page, 'File: Revert File');
    await page.locator('.tab.active.dirty').waitFor({ state: 'detached', timeout: STEP });

    // Validation: minWords takes a whole number; the schema's problem shows as the text is typed.
    await selectText(page, '"no-conversation": "off"');
    await page.keyboard.press('Backspace');
    await page.keyboard.type('"no-conversation": ["hint", { "minWords": "forty" }]');
    await editorLine(page, '"no-conversation": ["hint", { "minWords": "forty" }]').waitFor({ timeout: STEP });
    await waitForSquiggle(page, '"forty"', 'warning');
    assert.match(await hoverOn(page, '"forty"', /integer/i), /Incorrect type|integer/i);
    assert.equal(await page.locator('.tab.active.dirty').count(), 1, 'not saved: the editor validated the text as typed');
    await closeHover(page);
    await runCommand(page, 'File: Revert File');
    await page.locator('.tab.active.dirty').waitFor({ state: 'detached', timeout: STEP });
    await waitForSquiggle(page, '"no-conversation"', null);
  });
});
