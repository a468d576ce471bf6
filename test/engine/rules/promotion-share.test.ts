// promotion-share looks at many posts at once (engine `summarize`), never at one post.
import * as assert from 'node:assert/strict';
import { createLinter, summarize, type PostlintConfig } from '../../../server/src/engine';

const PROMO = 'Flu shots are here, book now!';
const PLAIN = 'Flu season is here. What questions do you have about the vaccine?';

/** Lints `promotional` salesy posts and `plain` posts with the given configuration. */
function calendar(promotional: number, plain: number, config: PostlintConfig = {}) {
  const linter = createLinter(config);
  const texts = [...Array(promotional).fill(PROMO), ...Array(plain).fill(PLAIN)];
  return summarize(texts.map((t) => linter.lint(t)), config);
}

const shareFindings = (s: ReturnType<typeof summarize>) => s.workspaceFindings.filter((f) => f.ruleId === 'promotion-share');

describe('promotion-share', () => {
  it('never reports on a single post', () => {
    const result = createLinter({}).lint(PROMO);
    assert.deepEqual(result.findings.filter((f) => f.ruleId === 'promotion-share'), []);
  });

  it('flags a calendar with more than 20 % promotional posts', () => {
    const s = calendar(3, 7);
    const [f] = shareFindings(s);
    assert.ok(f, 'reported');
    assert.equal(f.severity, 'warning');
    assert.deepEqual(f.figures, { promotional: 3, posts: 10, share: 0.3, maxShare: 0.2 });
    assert.deepEqual(s.promotion, { promotionalPosts: 3, share: 0.3, maxShare: 0.2 });
    assert.ok(f.message.length > 40);
  });

  it('accepts exactly the goal (20 %) and less', () => {
    assert.deepEqual(shareFindings(calendar(2, 8)), []);
    assert.deepEqual(shareFindings(calendar(1, 9)), []);
    assert.deepEqual(shareFindings(calendar(0, 12)), []);
  });

  it('counts a post once, however many promotional findings it has', () => {
    const linter = createLinter({});
    const results = [linter.lint('Book now! Call today! Limited time offer!'), ...Array(4).fill(0).map(() => linter.lint(PLAIN))];
    assert.equal(summarize(results).promotion.promotionalPosts, 1);
  });

  it('does not judge fewer posts than minPosts (default 5)', () => {
    assert.deepEqual(shareFindings(calendar(4, 0)), []);
    assert.equal(shareFindings(calendar(5, 0)).length, 1);
  });

  it('takes maxShare and minPosts from the configuration', () => {
    const config: PostlintConfig = { rules: { 'promotion-share': ['warning', { maxShare: 0.5, minPosts: 2 }] } };
    assert.deepEqual(shareFindings(calendar(5, 5, config)), [], '50 % is within a 50 % goal');
    const [f] = shareFindings(calendar(2, 1, config));
    assert.equal(f.figures.maxShare, 0.5);
    assert.equal(calendar(2, 1, config).promotion.maxShare, 0.5);
  });

  it('takes its severity from the configuration, and can be turned off', () => {
    assert.equal(shareFindings(calendar(5, 5, { rules: { 'promotion-share': 'error' } }))[0].severity, 'error');
    assert.deepEqual(shareFindings(calendar(5, 5, { rules: { 'promotion-share': 'off' } })), []);
  });

  it('counts into the summary totals', () => {
    const s = calendar(5, 5);
    assert.equal(s.byRule['promotion-share'], 1);
    assert.equal(s.bySeverity.warning, 5 + 1);
    assert.equal(s.posts, 10);
    assert.equal(s.postsWithFindings, 5);
  });

  it('silenced or disabled promotional findings do not count', () => {
    const silenced = `<!-- postlint-disable-next-line hard-sell -->\n${PROMO}`;
    const linter = createLinter({});
    const results = [...Array(5).fill(silenced), ...Array(5).fill(PLAIN)].map((t) => linter.lint(t));
    assert.equal(summarize(results).promotion.promotionalPosts, 0);
    assert.equal(calendar(5, 5, { rules: { 'hard-sell': 'off' } }).promotion.promotionalPosts, 0);
  });

  it('an empty set of posts is 0 % and no finding', () => {
    const s = summarize([]);
    assert.deepEqual(s.promotion, { promotionalPosts: 0, share: 0, maxShare: 0.2 });
    assert.deepEqual(shareFindings(s), []);
  });
});
