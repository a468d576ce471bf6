// What every end-to-end suite does in the workbench, in one place: a suite's hooks (start the
// workbench on a fixture folder, keep screenshots and logs of a failed test, stop it), and the
// gestures a person makes: the quick input (F1 commands, Ctrl+P files), the mouse on the
// editor's text (squiggles, hovers, selections), code action menus, and webviews.

/// <reference lib="dom" />
import * as assert from 'node:assert/strict';
import type { Frame, Locator, Page } from 'playwright-core';
import { Workbench, type WorkbenchOptions } from './workbench';

/** How long one step of a scenario may take. */
export const STEP = 30_000;

/**
 * Mocha hooks for a suite that runs in one workbench. `opened` receives the workbench and its
 * page once the folder shows and the editor area has keyboard focus, as a person's first click
 * gives it; `init` runs in the page before the workbench loads (see Workbench.openPage).
 */
export function inWorkbench(options: WorkbenchOptions, opened: (bench: Workbench, page: Page) => void, init?: () => void): void {
  let bench: Workbench | undefined;
  before(async () => {
    bench = new Workbench(options);
    await bench.start();
    const page = await bench.openPage('', init);
    await page.locator('.explorer-folders-view').first().waitFor({ timeout: 60_000 });
    await page.locator('.part.editor').click();
    opened(bench, page);
  });
  afterEach(async function () {
    if (bench && this.currentTest?.state === 'failed') {
      const dir = await bench.keepArtifacts(this.currentTest.fullTitle());
      console.log(`    screenshots and logs kept in ${dir}`);
    }
  });
  after(async () => {
    await bench?.stop();
  });
}

/** Types `prefix` into the open quick input and presses Enter on the focused row showing `row`. */
export async function quickInput(page: Page, prefix: string, row: string | RegExp): Promise<void> {
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible' });
  await input.fill(prefix);
  await page.locator('.quick-input-list .monaco-list-row.focused', { hasText: row }).first().waitFor({ timeout: STEP });
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: STEP });
}

/**
 * F1, type the command's title, Enter on it. F1 pressed just as focus leaves a webview can open
 * the palette and lose it again (seen once in CI: the input there but hidden), so it is pressed
 * once more if the palette does not show.
 */
export async function runCommand(page: Page, title: string): Promise<void> {
  const input = page.locator('.quick-input-widget input');
  await page.keyboard.press('F1');
  if (!(await input.waitFor({ state: 'visible', timeout: 5_000 }).then(() => true, () => false))) await page.keyboard.press('F1');
  await quickInput(page, `>${title}`, title);
}

/** Quick Open (Ctrl+P) by file name, until its editor shows. */
export async function openFile(page: Page, name: string): Promise<void> {
  await page.keyboard.press('Control+P');
  await quickInput(page, name, name);
  await page.locator('.tab.active', { hasText: name }).waitFor({ timeout: STEP });
  await page.locator('.editor-instance .view-line').first().waitFor({ timeout: STEP });
}

// ---------------------------------------------------------------- the editor's text

export type Kind = 'error' | 'warning' | 'info' | 'hint';
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}
interface PageHelpers {
  textBox(text: string): Box | null;
  squigglesUnder(text: string): Kind[];
  /** For a suite that records the notifications shown (scenarios.e2e.ts, Check All Posts). */
  notifications?: { message: string; progress: boolean }[];
  stopRecording?: () => void;
}
declare global {
  interface Window {
    postlintE2E: PageHelpers;
  }
}

/**
 * Installed in the page before the workbench loads (inWorkbench's `init`), for the helpers
 * below. View lines are recycled (not in document order) and use U+00A0 for spaces, so text
 * is found by content, across token spans.
 */
export function installPageHelpers(): void {
  const lines = () => Array.from(document.querySelectorAll<HTMLElement>('.editor-instance .view-line'));
  const rangeOf = (text: string): Range | null => {
    for (const line of lines()) {
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      const nodes: { node: Text; start: number }[] = [];
      let all = '';
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        nodes.push({ node: n as Text, start: all.length });
        all += (n as Text).data;
      }
      const at = all.replace(/\u00a0/g, ' ').indexOf(text);
      if (at < 0) continue;
      const locate = (offset: number, end: boolean) => {
        const hit = nodes.find((x) => (end ? offset > x.start && offset <= x.start + x.node.length : offset >= x.start && offset < x.start + x.node.length));
        return hit ? { node: hit.node, offset: offset - hit.start } : undefined;
      };
      const a = locate(at, false);
      const z = locate(at + text.length, true);
      if (!a || !z) continue;
      const range = document.createRange();
      range.setStart(a.node, a.offset);
      range.setEnd(z.node, z.offset);
      return range;
    }
    return null;
  };
  const textBox = (text: string) => {
    const r = rangeOf(text)?.getBoundingClientRect();
    return r && r.width > 0 ? { x: r.x, y: r.y, width: r.width, height: r.height } : null;
  };
  window.postlintE2E = {
    textBox,
    /** Severity of every squiggle drawn under `text` (overlapping it on its line). */
    squigglesUnder(text: string) {
      const box = textBox(text);
      if (!box) return [];
      const kinds: Kind[] = [];
      for (const el of Array.from(document.querySelectorAll<HTMLElement>('.editor-instance [class*="squiggly-"]'))) {
        const r = el.getBoundingClientRect();
        const sameLine = r.top < box.y + box.height && r.bottom > box.y;
        const overlaps = r.left < box.x + box.width - 1 && r.right > box.x + 1;
        const kind = /squiggly-(error|warning|info|hint)/.exec(el.className)?.[1] as Kind | undefined;
        if (sameLine && overlaps && kind) kinds.push(kind);
      }
      return kinds;
    },
  };
}

/** A line of the active editor, found by its text. */
export function editorLine(page: Page, text: string): Locator {
  return page.locator('.editor-instance .view-line', { hasText: text.replace(/ /g, '\u00a0') }).first();
}

/** Where `text` is drawn in the active editor (waits until it is). */
export async function textBox(page: Page, text: string): Promise<Box> {
  await page.waitForFunction((t) => window.postlintE2E.textBox(t) !== null, text, { timeout: STEP });
  return (await page.evaluate((t) => window.postlintE2E.textBox(t), text))!;
}

export async function squigglesUnder(page: Page, text: string): Promise<Kind[]> {
  return page.evaluate((t) => window.postlintE2E.squigglesUnder(t), text);
}

/** Waits until `text` has a squiggle of `kind` under it (or none at all when kind is null). */
export async function waitForSquiggle(page: Page, text: string, kind: Kind | null): Promise<void> {
  await page.waitForFunction(
    ([t, k]) => {
      const kinds = window.postlintE2E.squigglesUnder(t!);
      return window.postlintE2E.textBox(t!) !== null && (k === null ? kinds.length === 0 : kinds.includes(k as Kind));
    },
    [text, kind] as const,
    { timeout: STEP },
  );
}

/** Rests the mouse on an empty part of the editor, so no hover covers what comes next. */
export async function parkMouse(page: Page): Promise<void> {
  const area = (await page.locator('.editor-instance .monaco-scrollable-element').first().boundingBox())!;
  await page.mouse.move(area.x + area.width / 2, area.y + area.height - 8);
}

/** Clicks into the text: before, inside or after `text`. */
export async function clickText(page: Page, text: string, where: 'start' | 'middle' | 'end' = 'middle'): Promise<void> {
  const box = await textBox(page, text);
  const x = where === 'start' ? box.x + 1 : where === 'end' ? box.x + box.width - 1 : box.x + box.width / 2;
  await page.mouse.click(x, box.y + box.height / 2);
  await parkMouse(page);
}

/** Selects `text` with the mouse (click before it, Shift+click after it), as a person does. */
export async function selectText(page: Page, text: string): Promise<void> {
  const box = await textBox(page, text);
  const y = box.y + box.height / 2;
  await page.mouse.click(box.x + 1, y);
  await page.keyboard.down('Shift');
  await page.mouse.click(box.x + box.width - 1, y);
  await page.keyboard.up('Shift');
  await parkMouse(page);
  await page.locator('#status\\.editor\\.selection', { hasText: `(${text.length} selected)` }).waitFor({ timeout: STEP });
}

/** Rests the mouse on `text` until a hover showing `showing` opens; returns the hover's text. */
export async function hoverOn(page: Page, text: string, showing: string | RegExp): Promise<string> {
  const box = await textBox(page, text);
  await page.mouse.move(box.x + 2, box.y + box.height / 2);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 4 });
  const hover = page.locator('.monaco-hover:visible', { hasText: showing }).first();
  await hover.waitFor({ timeout: STEP });
  return hover.innerText();
}

/** Moves the mouse away and presses Escape until no hover shows. */
export async function closeHover(page: Page): Promise<void> {
  await parkMouse(page);
  await page.keyboard.press('Escape');
  await page.locator('.monaco-hover:visible').waitFor({ state: 'detached', timeout: STEP });
}

/** Ctrl+S on the active editor, which has unsaved changes, until the tab shows it saved. */
export async function saveActive(page: Page): Promise<void> {
  await page.locator('.tab.active.dirty').waitFor({ timeout: STEP });
  await page.keyboard.press('Control+S');
  await page.locator('.tab.active.dirty').waitFor({ state: 'detached', timeout: STEP });
}

// ---------------------------------------------------------------- code actions

/**
 * Opens a code action menu (`open` presses Ctrl+. or runs "Source Action...") and returns the
 * titles offered. VS Code asks for code actions on its own 250 ms after the cursor or the
 * problems of the file last changed, and that automatic request replaces one made by hand in
 * the meantime: the menu then says "No code actions available" although the server answered
 * with some (the Postlint output shows it). A person closes the message and presses Ctrl+.
 * again, and so does this; the automatic request has run by then. A third "no actions" fails.
 */
export async function openActionMenu(page: Page, open: () => Promise<void>): Promise<string[]> {
  const rows = page.locator('.action-widget .monaco-list-row.action');
  const none = page.locator('.monaco-editor-overlaymessage', { hasText: /No (code|source) actions available/ });
  for (let attempt = 1; ; attempt++) {
    await open();
    await rows.first().or(none).waitFor({ timeout: STEP });
    if (await rows.first().isVisible()) return actionTitles(page);
    assert.ok(attempt < 3, 'VS Code offered no actions, three times');
    console.log('      (VS Code replaced the request made by hand with its automatic one: asking again)');
    await page.keyboard.press('Escape');
    await none.waitFor({ state: 'detached', timeout: STEP });
  }
}

/** In an open action widget (Ctrl+., Source Action…), the titles of the actions offered. */
export async function actionTitles(page: Page): Promise<string[]> {
  const rows = page.locator('.action-widget .monaco-list-row.action');
  await rows.first().waitFor({ timeout: STEP });
  return (await rows.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''))).map((t) => t.trim());
}

/** Moves to an entry of the open action widget with the arrow keys and presses Enter. */
export async function chooseAction(page: Page, title: string): Promise<void> {
  const titles = await actionTitles(page);
  assert.ok(titles.includes(title), `"${title}" is offered: ${JSON.stringify(titles)}`);
  const focused = page.locator('.action-widget .monaco-list-row.action.focused');
  for (let i = 0; i <= titles.length; i++) {
    const now = await focused.getAttribute('aria-label', { timeout: STEP });
    if (now === title) break;
    await page.keyboard.press('ArrowDown');
    await page.waitForFunction(
      (before) => document.querySelector('.action-widget .monaco-list-row.action.focused')?.getAttribute('aria-label') !== before,
      now,
      { timeout: STEP },
    );
  }
  assert.equal(await focused.getAttribute('aria-label'), title);
  await page.keyboard.press('Enter');
  await page.locator('.action-widget').waitFor({ state: 'hidden', timeout: STEP });
}

// ---------------------------------------------------------------- webviews

/**
 * The webview whose page has `selector`: a webview is an iframe in an iframe, and several may
 * be open, so each content frame is asked in turn until one has it.
 */
export async function webview(page: Page, selector: string): Promise<Frame> {
  const deadline = Date.now() + STEP;
  for (;;) {
    for (const frame of page.frames()) {
      if (!frame.url().includes('/webview/browser/pre/')) continue;
      if (await frame.locator(selector).first().isVisible().catch(() => false)) return frame;
    }
    assert.ok(Date.now() < deadline, `a webview showing ${selector}`);
    // Wait for the workbench to change (a frame loads, a view draws) before asking again.
    await page.waitForEvent('framenavigated', { timeout: 1000 }).catch(() => undefined);
  }
}
