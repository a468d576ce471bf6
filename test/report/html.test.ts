// The report's HTML (server/src/report/html.ts and chart.ts), shared by the VS Code view and
// `postlint --format html`: what each shows, escaping, and the chart's bars.

import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { reportBody, standaloneReportHtml, type ReportRow } from '../../server/src/report/html';
import { buildReportSummary, type ReportPost } from '../../server/src/report/summary';

const zero = { error: 0, warning: 0, info: 0, hint: 0 };
const posts: ReportPost[] = [
  { counts: { ...zero, error: 2 }, date: '2026-12-01', promotional: true },
  { counts: { ...zero, warning: 1 }, date: '2026-12-02' },
  { counts: zero, date: '2026-12-15' },
];
const summary = buildReportSummary({ posts, byRule: { 'hard-sell': 2, jargon: 1 }, calendarFindings: [], maxShare: 0.2, guidelineOf: () => 'promote-conversation' });
const rows: ReportRow[] = [
  { label: 'a<script>alert(1)</script>.post.md', counts: posts[0].counts, date: '2026-12-01', promotional: true },
  { label: 'b & "c".post.md', counts: posts[1].counts },
];

describe('report: HTML', () => {
  it('escapes file names', () => {
    const html = reportBody({ summary, rows, when: 'now' }, false);
    assert.ok(!html.includes('<script>'));
    assert.ok(html.includes('a&#60;script&#62;alert(1)&#60;/script&#62;.post.md'));
    assert.ok(html.includes('b &#38; &#34;c&#34;.post.md'));
  });

  it('makes posts and rules links only in the interactive view, by their place in the list', () => {
    const interactive = reportBody({ summary, rows, when: 'now' }, true);
    assert.deepEqual([...interactive.matchAll(/data-post="(\d+)"/g)].map((m) => m[1]), ['0', '1']);
    assert.match(interactive, /<a href="#" data-rule="hard-sell"/);
    const plain = reportBody({ summary, rows, when: 'now' }, false);
    assert.doesNotMatch(plain, /data-post=|data-rule=|<a /);
  });

  it('shows at most maxRows posts and says how many more there are', () => {
    const html = reportBody({ summary, rows, when: 'now', maxRows: 1 }, false);
    assert.equal([...html.matchAll(/<tr class="[^"]*"><td>/g)].length, 1);
    assert.match(html, /And 1 more post with findings/);
  });

  it('draws one bar group per week with its figures, and marks weeks above the goal', () => {
    const html = reportBody({ summary, rows, when: 'now' }, false);
    const weeks = [...html.matchAll(/<g class="week" data-week="([\d-]+)" data-posts="(\d+)" data-promotional="(\d+)">/g)].map((m) => m.slice(1).join(' '));
    assert.deepEqual(weeks, ['2026-11-30 2 1', '2026-12-07 0 0', '2026-12-14 1 0']);
    assert.match(html, /data-week="2026-11-30" data-share="50"><title>[^<]*<\/title><rect class="bar share over"/);
    assert.match(html, /data-week="2026-12-14" data-share="0"><title>[^<]*<\/title><rect class="bar share"/);
    assert.match(html, /<text class="goal-label"[^>]*>goal: 20% or less<\/text>/);
  });

  it('says how to date posts when none has a date', () => {
    const undated = buildReportSummary({ posts: [{ counts: zero }], byRule: {}, calendarFindings: [], maxShare: 0.2, guidelineOf: () => undefined });
    const html = reportBody({ summary: undated, rows: [], when: 'now' }, false);
    assert.match(html, /No post has a date/);
    assert.doesNotMatch(html, /<svg/);
    assert.match(html, /None: every post checked is clear/);
  });

  it('the CLI\'s page is a whole document with a policy that allows no script', () => {
    const page = standaloneReportHtml({ summary, rows, when: 'now' });
    assert.match(page, /^<!DOCTYPE html>/);
    assert.match(page, /default-src 'none'; style-src 'unsafe-inline'/);
    assert.doesNotMatch(page, /<script/);
  });
});

describe('report and preview modules are pure', () => {
  // They run in the CLI, the language server and the extension (and a browser build): no editor,
  // no I/O, no process or console.
  const root = join(__dirname, '../../..');
  const files = [
    'server/src/report/summary.ts',
    'server/src/report/chart.ts',
    'server/src/report/html.ts',
    'client/src/report.ts',
    'client/src/previewLayout.ts',
    'client/src/previewHtml.ts',
    'client/src/webviewPage.ts',
  ];
  for (const file of files) {
    it(`${file} imports no editor or I/O module`, () => {
      const text = readFileSync(join(root, file), 'utf8');
      const imports = [...text.matchAll(/(?:from\s+|require\(\s*|import\(\s*)['"]([^'"]+)['"]/g)].map((m) => m[1]);
      assert.deepEqual(imports.filter((i) => !i.startsWith('.')), []);
      assert.doesNotMatch(text, /\bprocess\.|console\.(?:log|error|warn)/);
    });
  }
});
