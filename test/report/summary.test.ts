// The report's figures (server/src/report/summary.ts), which the VS Code report view and
// `postlint --format html` both show: dates, weeks, totals, promotional share, the order of posts.

import * as assert from 'node:assert/strict';
import { buildReportSummary, concernOrder, MAX_CALENDAR_WEEKS, parseDay, postDate, weekStart, type ReportPost } from '../../server/src/report/summary';

const zero = { error: 0, warning: 0, info: 0, hint: 0 };
const post = (date: string | undefined, extra: Partial<ReportPost> = {}): ReportPost => ({ counts: zero, date, ...extra });
const guidelineOf = (id: string) => (id === 'hard-sell' || id === 'promotion-share' ? 'promote-conversation' : id === 'jargon' ? 'clarity' : undefined);

describe('report: a post\'s date', () => {
  it('reads the date: setting, quoted or with a time after it', () => {
    assert.equal(postDate('---\nplatform: x\ndate: 2026-12-01\n---\nHi', 'a.post.md'), '2026-12-01');
    assert.equal(postDate('---\ndate: "2026-12-02"\n---\n', 'a.post.md'), '2026-12-02');
    assert.equal(postDate("---\r\ndate: '2026-12-03 09:30'\r\n---\r\n", 'a.post.md'), '2026-12-03');
    assert.equal(postDate('---\ndate: 2026-12-04T09:30:00Z\n---\n', 'a.post.md'), '2026-12-04');
  });

  it('falls back on a date in the file name, and the setting wins over it', () => {
    assert.equal(postDate('No settings here.', '/posts/2026-11-30-flu.post.md'), '2026-11-30');
    assert.equal(postDate('---\nplatform: x\n---\n', 'C:\\posts\\2026-11-29.post.md'), '2026-11-29');
    assert.equal(postDate('---\ndate: 2026-12-01\n---\n', '/posts/2026-11-30-flu.post.md'), '2026-12-01');
  });

  it('takes only real days, and only from the settings at the top', () => {
    assert.equal(postDate('---\ndate: 2026-02-30\n---\n', 'x.post.md'), undefined);
    assert.equal(postDate('---\ndate: 2026-12-01\n---\n', '2026-13-01.post.md'), '2026-12-01');
    assert.equal(postDate('---\ndate: soon\n---\n', '/a/12026-12-01.post.md'), undefined);
    assert.equal(postDate('Body first.\ndate: 2026-12-01\n', 'x.post.md'), undefined, 'a "date:" line in the text is not a setting');
    assert.equal(postDate('---\nupdate: 2026-12-01\n---\n', 'x.post.md'), undefined);
    assert.equal(parseDay('2024-02-29')?.toISOString().slice(0, 10), '2024-02-29');
    assert.equal(parseDay('2025-02-29'), undefined);
  });
});

describe('report: weeks', () => {
  it('start on Monday', () => {
    assert.equal(weekStart(parseDay('2026-11-30')!), '2026-11-30'); // a Monday
    assert.equal(weekStart(parseDay('2026-12-06')!), '2026-11-30'); // the Sunday after
    assert.equal(weekStart(parseDay('2026-12-07')!), '2026-12-07');
    assert.equal(weekStart(parseDay('2027-01-01')!), '2026-12-28'); // across the year
  });
});

describe('report: the figures', () => {
  const summary = buildReportSummary({
    posts: [
      post('2026-12-01', { counts: { ...zero, warning: 2 }, promotional: true }),
      post('2026-12-03', { counts: { ...zero, error: 1, info: 1 } }),
      post('2026-12-06', { promotional: true, counts: { ...zero, warning: 1 } }),
      post('2026-12-21'),
      post(undefined, { counts: { ...zero, hint: 1 } }),
      post('2026-12-22', { skipped: 'skipped: larger than 1 MB' }),
      post('2026-12-23', { error: 'not checked: not UTF-8' }),
    ],
    byRule: { 'hard-sell': 3, jargon: 1, 'patient-identifier': 1, 'promotion-share': 1, 'made-up': 1, 'no-findings': 0 },
    calendarFindings: [{ ruleId: 'promotion-share', severity: 'warning', message: '2 of 5 posts are promotional.' }],
    maxShare: 0.2,
    guidelineOf,
  });

  it('counts posts, findings by severity (the calendar\'s too) and files not checked', () => {
    assert.equal(summary.posts, 5);
    assert.equal(summary.postsWithFindings, 4);
    assert.deepEqual(summary.bySeverity, { error: 1, warning: 4, info: 1, hint: 1 });
    assert.equal(summary.findings, 7);
    assert.equal(summary.skipped, 1);
    assert.equal(summary.unreadable, 1);
  });

  it('works out the promotional share against the goal', () => {
    assert.deepEqual(summary.promotion, { promotionalPosts: 2, share: 2 / 5, maxShare: 0.2 });
  });

  it('counts posts and promotional posts per week, empty weeks included, undated posts apart', () => {
    assert.deepEqual(
      summary.weeks.map((w) => [w.start, w.posts, w.promotional, Math.round(w.share * 100)]),
      [
        ['2026-11-30', 3, 2, 67],
        ['2026-12-07', 0, 0, 0],
        ['2026-12-14', 0, 0, 0],
        ['2026-12-21', 1, 0, 0],
      ],
    );
    assert.equal(summary.undated, 1);
  });

  it('groups findings by guideline in the guidelines\' order, and lists rules most first', () => {
    assert.deepEqual(
      summary.byGuideline.map((g) => [g.guideline, g.findings]),
      [
        ['promote-conversation', 4],
        ['clarity', 1],
        ['other', 2],
      ],
    );
    assert.equal(summary.byGuideline[0].title, 'Promote conversation, not yourself');
    assert.deepEqual(
      summary.byRule.map((r) => r.ruleId),
      ['hard-sell', 'jargon', 'made-up', 'patient-identifier', 'promotion-share'],
    );
  });

  it('keeps only the weeks with posts when the dates span years (a date typed wrong)', () => {
    const far = buildReportSummary({ posts: [post('2016-01-04'), post('2026-12-01')], byRule: {}, calendarFindings: [], maxShare: 0.2, guidelineOf });
    assert.deepEqual(far.weeks.map((w) => w.start), ['2016-01-04', '2026-11-30']);
    const near = buildReportSummary({ posts: [post('2026-01-05'), post('2027-12-27')], byRule: {}, calendarFindings: [], maxShare: 0.2, guidelineOf });
    assert.equal(near.weeks.length, MAX_CALENDAR_WEEKS);
  });

  it('has nothing to divide by without posts', () => {
    const none = buildReportSummary({ posts: [], byRule: {}, calendarFindings: [], maxShare: 0.25, guidelineOf });
    assert.deepEqual(none.promotion, { promotionalPosts: 0, share: 0, maxShare: 0.25 });
    assert.deepEqual(none.weeks, []);
  });
});

describe('report: the order of posts', () => {
  it('lists unreadable files and errors first, then warnings, then the rest, then by name', () => {
    const rows = [
      { name: 'b', counts: { ...zero, warning: 3 } },
      { name: 'a', counts: { ...zero, info: 9 } },
      { name: 'c', counts: { ...zero, error: 1 } },
      { name: 'e', counts: { ...zero, error: 1, warning: 1 } },
      { name: 'd', counts: zero, error: 'not checked' },
      { name: 'f', counts: { ...zero, warning: 3 } },
    ];
    assert.deepEqual(
      concernOrder(rows, (r) => r.name).map((r) => r.name),
      ['d', 'e', 'c', 'b', 'f', 'a'],
    );
  });
});
