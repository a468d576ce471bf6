// The report as the user saves it ("Save report…"): Markdown or JSON, from the figures the view
// shows, with links that work from where the file is saved (never into the extension's folder).

import * as assert from 'node:assert/strict';
import { buildReport, buildReportJson, relativeLink } from '../../client/src/report';
import type { CheckFilesResult } from '../../client/src/protocol';
import { buildReportSummary } from '../../server/src/report/summary';

const zero = { error: 0, warning: 0, info: 0, hint: 0 };
const files: CheckFilesResult['files'] = [
  { uri: 'file:///w/posts/a.post.md', counts: { ...zero, warning: 1 }, date: '2026-12-01', promotional: true, first: { line: 4, character: 0 } },
  { uri: 'file:///w/posts/b (old).post.md', counts: { ...zero, error: 1 }, date: '2026-12-09', first: { line: 6, character: 12 } },
  { uri: 'file:///w/posts/c.post.md', counts: zero, date: '2026-12-10' },
  { uri: 'file:///w/big.post.md', counts: zero, skipped: 'skipped: larger than 1 MB.' },
];
const byRule = { 'hard-sell': 1, 'patient-identifier': 1 };
const result = {
  cancelled: false,
  total: files.length,
  files,
  summary: {
    posts: 3,
    postsWithFindings: 2,
    bySeverity: { ...zero, error: 1, warning: 1 },
    byRule,
    promotion: { promotionalPosts: 1, share: 1 / 3, maxShare: 0.2 },
    workspaceFindings: [],
  },
  report: buildReportSummary({
    posts: files,
    byRule,
    calendarFindings: [],
    maxShare: 0.2,
    guidelineOf: (id) => (id === 'hard-sell' ? 'promote-conversation' : 'professional'),
  }),
} as CheckFilesResult;
const options = { requested: 4, when: new Date(2026, 11, 12, 8, 30), label: (uri: string) => uri.replace('file:///w/', ''), link: (uri: string) => relativeLink('/w/reports', decodeURIComponent(new URL(uri).pathname)) };

describe('client: the saved report', () => {
  it('links posts relative to the saved file, whatever their names', () => {
    assert.equal(relativeLink('/w/reports', '/w/posts/a.post.md'), '../posts/a.post.md');
    assert.equal(relativeLink('/w', '/w/a b#1.post.md'), 'a%20b%231.post.md');
    assert.equal(relativeLink('/', '/w/a.post.md'), 'w/a.post.md');
    const md = buildReport(result, options);
    assert.match(md, /\| \[posts\/b \\\(old\\\)\.post\.md\]\(\.\.\/posts\/b%20%28old%29\.post\.md\) \| 2026-12-09 \| 1 \| 0 \| 0 \|/);
  });

  it('Markdown: posts per week, findings by guideline, posts with errors first', () => {
    const md = buildReport(result, options);
    assert.match(md, /## Posts per week\n\n\| Week of \| Posts \| Promotional \| Share \|\n\| --- \| ---: \| ---: \| ---: \|\n\| 2026-11-30 \| 1 \| 1 \| 100% \|\n\| 2026-12-07 \| 2 \| 0 \| 0% \|/);
    assert.match(md, /\| Promote conversation, not yourself \| 1 \|\n\| Always be professional \| 1 \|/);
    const posts = md.split('## Posts to look at')[1].split('##')[0];
    assert.ok(posts.indexOf('b \\(old\\)') < posts.indexOf('a.post.md'), 'the post with an error comes first');
    assert.ok(!posts.includes('c.post.md'), 'clean posts are not listed');
    assert.match(md, /## Files skipped\n\n- \[big\.post\.md\]/);
  });

  it('JSON: the figures, and each listed file with 1-based line and column of its most serious finding', () => {
    const json = JSON.parse(buildReportJson(result, options));
    assert.equal(json.checkedAt, options.when.toISOString());
    assert.deepEqual(json.summary.weeks.map((w: { posts: number }) => w.posts), [1, 2]);
    assert.deepEqual(json.files[0], { path: 'posts/b (old).post.md', date: '2026-12-09', counts: { ...zero, error: 1 }, line: 7, column: 13 });
    assert.deepEqual(json.files.map((f: { path: string }) => f.path), ['posts/b (old).post.md', 'posts/a.post.md', 'big.post.md']);
    assert.equal(json.files[1].promotional, true);
    assert.equal(json.files[2].skipped, 'skipped: larger than 1 MB.');
  });
});
