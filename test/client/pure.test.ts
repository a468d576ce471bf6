// The VS Code client's pure helpers (no `vscode` import): status bar text, the Check All Posts
// summary and report, New Post file names and skeletons.

import * as assert from 'node:assert/strict';
import { budgetView, tightestBudget } from '../../client/src/budgets';
import { checkPostFileName, platformChoices, postSkeleton, suggestedFileName } from '../../client/src/newPost';
import type { CheckFilesResult } from '../../client/src/protocol';
import { buildReport, mdEscape, summaryMessage } from '../../client/src/report';

const x = { platform: 'x' as const, name: 'X', used: 243, limit: 280 };
const linkedin = { platform: 'linkedin' as const, name: 'LinkedIn', used: 1200, limit: 3000 };

describe('client: status bar budget', () => {
  it('shows the tightest platform as "name used/limit"', () => {
    assert.equal(tightestBudget([linkedin, x]), x);
    const view = budgetView([linkedin, x]);
    assert.equal(view.text, 'X 243/280');
    assert.equal(view.over, false);
    assert.deepEqual(
      view.tooltip.split('\n').slice(1).map((l) => l.split(':')[0]),
      ['X', 'LinkedIn'],
    );
  });

  it('warns when any platform is over its limit', () => {
    const view = budgetView([{ ...x, used: 301 }, linkedin]);
    assert.equal(view.over, true);
    assert.equal(view.text, '$(warning) X 301/280');
    assert.match(view.tooltip, /X: 301 of 280 characters \(21 over the limit/);
  });

  it('uses thousands separators', () => {
    assert.equal(budgetView([{ platform: 'facebook', name: 'Facebook', used: 12345, limit: 63206 }]).text, 'Facebook 12,345/63,206');
  });

  it('explains a post without a platform', () => {
    const view = budgetView([]);
    assert.equal(view.over, false);
    assert.match(view.tooltip, /platform: instagram/);
  });
});

function result(overrides: Partial<CheckFilesResult> = {}): CheckFilesResult {
  return {
    cancelled: false,
    total: 4,
    files: [
      { uri: 'file:///w/a.post.md', counts: { error: 1, warning: 2, info: 0, hint: 0 } },
      { uri: 'file:///w/b.post.md', counts: { error: 0, warning: 0, info: 0, hint: 0 } },
      { uri: 'file:///w/c.post.md', counts: { error: 0, warning: 1, info: 1, hint: 0 } },
      { uri: 'file:///w/d.post.md', counts: { error: 0, warning: 0, info: 0, hint: 0 }, error: 'not checked: the file is empty.' },
    ],
    summary: {
      posts: 3,
      postsWithFindings: 2,
      bySeverity: { error: 1, warning: 4, info: 1, hint: 0 },
      byRule: { 'hard-sell': 2, 'patient-identifier': 1, jargon: 1, 'promotion-share': 1 },
      promotion: { promotionalPosts: 1, share: 1 / 3, maxShare: 0.2 },
      workspaceFindings: [{ ruleId: 'promotion-share', severity: 'warning', message: '1 of 3 posts is promotional.', figures: {} }],
    },
    ...overrides,
  };
}

describe('client: Check All Posts summary', () => {
  it('counts posts, errors, warnings and the promotion share against its goal', () => {
    assert.equal(
      summaryMessage(result(), 4),
      'Postlint checked 3 posts: 1 error, 4 warnings, 1 info. Promotional posts: 33%, above the goal of 20% or less. 1 post could not be read: the file is empty.',
    );
  });

  it('says when the share is within the goal, and when the check was cancelled', () => {
    const r = result({ cancelled: true, files: [] });
    r.summary.promotion = { promotionalPosts: 0, share: 0, maxShare: 0.2 };
    r.summary.bySeverity = { error: 0, warning: 1, info: 0, hint: 0 };
    assert.equal(summaryMessage(r, 10), 'Check stopped after 3 of 10 posts: 0 errors, 1 warning, 0 infos. Promotional posts: 0% (goal: 20% or less).');
  });
});

describe('client: Markdown report', () => {
  const label = (uri: string) => uri.replace('file:///w/', '');
  const report = buildReport(result(), { requested: 4, label, when: new Date(2026, 0, 2, 9, 5), link: (uri) => `../w/${label(uri)}` });

  it('lists findings per rule, most first, without links into the extension\'s own folder', () => {
    const section = report.split('## Findings by rule')[1].split('##')[0];
    const rows = section.split('\n').filter((l) => /^\| [a-z]/.test(l));
    assert.deepEqual(
      rows.map((r) => r.split(' | ')[0].slice(2)),
      ['hard-sell', 'jargon', 'patient-identifier', 'promotion-share'],
    );
    assert.ok(rows[0].endsWith('| 2 |'));
    assert.doesNotMatch(report, /docs\/rules|file:\/\//);
  });

  it('lists the posts to look at, errors first, linked as asked, not the clean ones', () => {
    const section = report.split('## Posts to look at')[1].split('##')[0];
    const posts = [...section.matchAll(/\| \[(.+?)\]\((.+?)\)/g)].map((m) => [m[1], m[2]]);
    assert.deepEqual(posts, [
      ['a.post.md', '../w/a.post.md'],
      ['c.post.md', '../w/c.post.md'],
    ]);
  });

  it('states the promotion share against the goal and lists unreadable posts', () => {
    assert.match(report, /1 post of 3 \(33%\) mainly promotes the practice\. The goal is 20% or less: \*\*above the goal\*\*/);
    assert.match(report, /## Posts that could not be checked\n\n- \[d\.post\.md\]\(\.\.\/w\/d\.post\.md\): not checked/);
    assert.match(report, /on 2026-01-02 09:05/);
  });

  it('escapes Markdown in file names', () => {
    assert.equal(mdEscape('a|b_[c].post.md'), 'a\\|b\\_\\[c\\].post.md');
  });
});

describe('client: New Post', () => {
  const date = new Date(2026, 2, 7);

  it('writes front matter with the platform and the date', () => {
    assert.equal(postSkeleton('instagram', date), '---\nplatform: instagram\ndate: 2026-03-07\n---\n\n');
    assert.equal(suggestedFileName('x', date), '2026-03-07-x.post.md');
  });

  it('puts the default platform first', () => {
    const ids = platformChoices('linkedin').map((c) => c.id);
    assert.equal(ids[0], 'linkedin');
    assert.equal(new Set(ids).size, ids.length);
    assert.ok(ids.includes('x') && ids.includes('instagram'));
    assert.equal(platformChoices(null)[0].id, 'x');
  });

  it('completes file names and keeps them inside the workspace folder', () => {
    assert.deepEqual(checkPostFileName('flu-season'), { ok: true, segments: ['flu-season.post.md'] });
    assert.deepEqual(checkPostFileName(' posts/flu.md '), { ok: true, segments: ['posts', 'flu.post.md'] });
    assert.deepEqual(checkPostFileName('posts\\Flu.post.md'), { ok: true, segments: ['posts', 'Flu.post.md'] });
    for (const bad of ['', '   ', '../outside.post.md', 'a/../../b', '/etc/x.post.md', 'C:\\x.post.md', 'what?.post.md', '.post.md']) {
      assert.equal(checkPostFileName(bad).ok, false, bad);
    }
  });
});
