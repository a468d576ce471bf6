// Check All Posts answers with the report's figures (the report view draws them): each post's
// date, whether it is promotional and where its most serious finding is, and the totals and
// weeks, the same as `postlint --format html` computes on the same folder (real server, real CLI).

import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { CheckFilesResult } from '../../server/src/lsp/protocol';
import { requireBuiltCli, runCli } from '../cli/helpers';
import { ensureServerBuilt, removeOnExit, ROOT, TestClient } from './client';

const posts: Record<string, string> = {
  '2026-12-01-offer.post.md': '---\nplatform: instagram\n---\nGet 20% off teeth whitening this December. Book now!\n',
  'week/flu.post.md': '---\nplatform: x\ndate: 2026-12-10\n---\nBook now for your flu shot.\nCall John Smith on 555-123-4567 about his results.\nWhat questions do you have?\n',
  'undated.post.md': '---\nplatform: facebook\n---\nWash your hands before you eat. What helps your kids remember?\n',
};

describe('language server: the report of Check All Posts', function () {
  this.timeout(60_000);
  let dir: string;
  let result: CheckFilesResult;

  before(async () => {
    ensureServerBuilt();
    requireBuiltCli();
    dir = realpathSync(mkdtempSync(path.join(tmpdir(), 'postlint-report-')));
    removeOnExit(dir);
    for (const [name, text] of Object.entries(posts)) {
      mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      writeFileSync(path.join(dir, name), text);
    }
    const client = await TestClient.start({ root: dir });
    try {
      result = await client.connection.sendRequest<CheckFilesResult>('postlint/checkFiles', { uris: [TestClient.uri(dir)] });
    } finally {
      await client.stop();
    }
  });

  const file = (name: string) => result.files.find((f) => f.uri === TestClient.uri(path.join(dir, name)))!;

  it('gives each post its date (setting or file name) and whether it is promotional', () => {
    assert.equal(file('2026-12-01-offer.post.md').date, '2026-12-01');
    assert.equal(file('2026-12-01-offer.post.md').promotional, true);
    assert.equal(file('week/flu.post.md').date, '2026-12-10');
    assert.equal(file('week/flu.post.md').promotional, true);
    assert.equal(file('undated.post.md').promotional, undefined);
    assert.equal(file('undated.post.md').date, undefined);
  });

  it('points at the most serious finding of a post, not its first', () => {
    const flu = file('week/flu.post.md');
    assert.ok(flu.counts.error >= 1 && flu.counts.warning >= 1, 'the fixture has a hard sell, then a patient identifier');
    assert.equal(flu.first?.line, 5, 'the patient identifier\'s line, after the hard sell\'s');
    assert.ok((flu.first?.character ?? 0) > 0);
  });

  it('has the same figures as postlint --format html on the folder', () => {
    const html = runCli(['--format', 'html', dir], ROOT).stdout;
    const report = result.report!;
    const shown = new Map([...html.matchAll(/data-total="([a-z]+)">([^<]*)</g)].map((m): [string, string] => [m[1], m[2]]));
    assert.equal(shown.get('posts'), String(report.posts));
    for (const s of ['error', 'warning', 'info', 'hint'] as const) assert.equal(shown.get(s), String(report.bySeverity[s]), s);
    assert.equal(shown.get('promotional'), `${Math.round(report.promotion.share * 100)}%`);
    const weeks = [...html.matchAll(/<g class="week" data-week="([\d-]+)" data-posts="(\d+)" data-promotional="(\d+)">/g)].map((m) => [m[1], Number(m[2]), Number(m[3])]);
    assert.deepEqual(
      report.weeks.map((w) => [w.start, w.posts, w.promotional]),
      weeks,
    );
    assert.deepEqual(weeks, [
      ['2026-11-30', 1, 1],
      ['2026-12-07', 1, 1],
    ]);
    assert.equal(report.undated, 1);
    assert.ok(report.byGuideline.some((g) => g.guideline === 'professional'), 'the patient identifier counts under "Always be professional"');
  });
});
