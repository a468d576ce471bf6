// `postlint --format html`: the calendar report as one self-contained page (a CI artefact),
// checked through the real, built CLI. Its figures must be the JSON output's, week by week.

import * as assert from 'node:assert/strict';
import { parseJson, requireBuiltCli, runCli, tempFolder, type CliRun } from './helpers';

const posts: Record<string, string> = {
  // Week of 30 Nov 2026: two posts, one promotional.
  '2026-12-01-offer.post.md': '---\nplatform: instagram\n---\nGet 20% off teeth whitening this December. Book now, spots are limited!\n',
  'calendar/flu.post.md': '---\nplatform: x\ndate: 2026-12-03\n---\nFlu season is here. What questions do you have about this year\'s vaccine? Ask us below.\n',
  // Week of 14 Dec: one post with an error (an unknown platform); the week between is empty.
  'calendar/typo.post.md': '---\nplatform: myspace\ndate: 2026-12-16\n---\nWash your hands for twenty seconds before you eat. What helps your kids remember?\n',
  // No date.
  'undated.post.md': '---\nplatform: facebook\n---\nOur award-winning team is the best clinic in town. Our new detox drip is a miracle cure.\n',
};

/** The totals tiles: key (posts, error, warning, info, hint, promotional) → the figure shown. */
function totals(html: string): Map<string, string> {
  return new Map([...html.matchAll(/data-total="([a-z]+)">([^<]*)</g)].map((m): [string, string] => [m[1], m[2]]));
}

describe('CLI: --format html', function () {
  this.timeout(60_000);
  const folder = tempFolder(posts);
  let html: CliRun;
  let json: CliRun;
  before(() => {
    requireBuiltCli();
    html = runCli(['--format', 'html'], folder.dir);
    json = runCli(['--format', 'json'], folder.dir);
  });
  after(() => folder.cleanup());

  it('exits as the other formats do and prints one HTML page', () => {
    assert.equal(html.code, json.code);
    assert.equal(html.code, 1, 'an error was found');
    assert.match(html.stdout, /^<!DOCTYPE html>\n<html lang="en">/);
    assert.match(html.stdout, /<\/html>\n$/);
    assert.equal(html.stderr, '');
  });

  it('is self-contained: no script, nothing loaded from anywhere, a policy that forbids both', () => {
    assert.doesNotMatch(html.stdout, /<script|<link|<img|<iframe|@import|url\(|\bsrc=|https?:\/\//i);
    assert.match(html.stdout, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">/);
  });

  it('never prints the posts\' text', () => {
    for (const sentence of ['teeth whitening', 'Flu season is here', 'twenty seconds', 'detox drip']) assert.ok(!html.stdout.includes(sentence), sentence);
  });

  it('has the JSON output\'s totals', () => {
    const entries = parseJson(json);
    const all = entries.flatMap((e) => e.findings);
    const shown = totals(html.stdout);
    const count = (sev: string) => String(all.filter((f) => f.severity === sev).length);
    assert.equal(shown.get('posts'), String(entries.filter((e) => !e.scope).length));
    assert.equal(shown.get('error'), count('error'));
    assert.equal(shown.get('warning'), count('warning'));
    assert.equal(shown.get('info'), count('info'));
    assert.equal(shown.get('hint'), count('hint'));
    assert.ok(Number(count('error')) >= 1 && Number(count('warning')) >= 2, 'the fixture has findings to count');
  });

  it('draws posts and promotional posts per week, the empty week included, from dates in settings or file names', () => {
    const bars = [...html.stdout.matchAll(/<g class="week" data-week="([\d-]+)" data-posts="(\d+)" data-promotional="(\d+)">/g)].map((m) => [m[1], Number(m[2]), Number(m[3])]);
    assert.deepEqual(bars, [
      ['2026-11-30', 2, 1],
      ['2026-12-07', 0, 0],
      ['2026-12-14', 1, 0],
    ]);
    assert.match(html.stdout, /1 post has no date and is not in the charts/);
    assert.match(html.stdout, /data-total="promotional">50%</, '2 promotional posts of 4 (the offer and the self-praise)');
  });

  it('lists the posts to look at with errors first, by their path from the folder', () => {
    const listed = [...html.stdout.matchAll(/<tr class="[^"]*"><td>([^<]+)/g)].map((m) => m[1].trim());
    assert.equal(listed[0], 'calendar/typo.post.md');
    assert.deepEqual([...listed].sort(), ['2026-12-01-offer.post.md', 'calendar/typo.post.md', 'undated.post.md']);
  });

  it('counts findings by guideline and by rule', () => {
    assert.match(html.stdout, /<tr data-guideline="promote-conversation"><td>Promote conversation, not yourself<\/td><td class="n">\d+<\/td>/);
    assert.match(html.stdout, /<tr data-rule-row="front-matter"><td>front-matter<\/td><td class="n">1<\/td>/);
  });
});
