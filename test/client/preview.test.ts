// The preview's layout rules (client/src/previewLayout.ts) and its HTML (previewHtml.ts,
// webviewPage.ts): the "…more" cut-off per platform, links as each platform shows them,
// hashtags, the budget, the part past the limit, where findings stand; escaping and the
// Content-Security-Policy. Pure modules: no VS Code needed.

import * as assert from 'node:assert/strict';
import { blueskyShortUrl } from '../../server/src/engine/length';
import { PLATFORMS } from '../../server/src/engine/platforms';
import { aboutOtherPlatform, linkDisplay, previewPost, visibleText, type PlatformLayout } from '../../client/src/previewLayout';
import { previewBody } from '../../client/src/previewHtml';
import { contentSecurityPolicy, webviewPage } from '../../client/src/webviewPage';

const post = (settings: string, body: string) => `---\n${settings}\n---\n${body}`;
const folded = (l: PlatformLayout) => l.folded.map((p) => p.text).join('');
const LONG =
  'Flu season is here and the clinic is open late on Thursdays for walk-in vaccines, no appointment needed. ' +
  'Bring your card and a list of the medicines you take, and ask the nurse anything you like about the vaccine.';

describe('preview: the "…more" cut-off per platform', () => {
  it('Instagram folds after its cut-off, counted as Instagram counts', () => {
    const [ig] = previewPost(post('platform: instagram', LONG)).layouts;
    assert.equal(ig.cutoff, PLATFORMS.instagram.previewCutoff);
    assert.equal(visibleText(ig), LONG.slice(0, 125));
    assert.equal(folded(ig), LONG.slice(125));
    assert.equal(ig.moreLabel, '… more');
  });

  it('LinkedIn folds later, with its own label', () => {
    const [li] = previewPost(post('platform: linkedin', LONG)).layouts;
    assert.equal(visibleText(li), LONG.slice(0, 210));
    assert.equal(li.moreLabel, '…see more');
  });

  it('a platform without a fold, or a post shorter than the cut-off, shows everything', () => {
    const [x] = previewPost(post('platform: x', LONG)).layouts;
    assert.equal(x.cutoff, undefined);
    assert.equal(visibleText(x), LONG);
    assert.deepEqual(x.folded, []);
    const [short] = previewPost(post('platform: instagram', 'Flu shots are in. Ask us anything.')).layouts;
    assert.equal(short.cutoff, undefined);
    assert.equal(visibleText(short), 'Flu shots are in. Ask us anything.');
  });

  it('a cross-posted post gets one layout per platform, in the order of its settings', () => {
    const layouts = previewPost(post('platforms: [linkedin, instagram, x]', LONG)).layouts;
    assert.deepEqual(layouts.map((l) => l.name), ['LinkedIn', 'Instagram', 'X']);
    assert.deepEqual(layouts.map((l) => visibleText(l).length), [210, 125, LONG.length]);
  });
});

describe('preview: links, hashtags and mentions', () => {
  const url = 'https://www.example.com/flu/walk-in-vaccines-this-winter';
  const body = `Walk-in flu vaccines: ${url} #FluSeason #Vaccines @cityhealth`;
  const pieces = (platform: string) => previewPost(post(`platform: ${platform}`, body)).layouts[0].visible;
  const link = (platform: string) => pieces(platform).find((p) => p.kind === 'link')!;

  it('Instagram shows a link as plain text that cannot be tapped', () => {
    const l = link('instagram');
    assert.equal(l.active, false);
    assert.equal(l.display, undefined, 'written out as it is');
    assert.equal(previewPost(post('platform: instagram', body)).layouts[0].linksClickable, false);
  });

  it('X, Bluesky and Mastodon show a link shortened, as they do; others as written', () => {
    assert.equal(link('x').active, true);
    assert.equal(link('x').display, 'example.com/flu/walk-in-v…'); // 25 characters, no scheme or www.
    assert.equal(link('bluesky').display, blueskyShortUrl(url));
    assert.equal(link('mastodon').display, 'example.com/flu/walk-in-vaccin…'); // 30
    assert.equal(link('facebook').display, undefined);
    assert.equal(link('facebook').active, true);
    assert.equal(linkDisplay('x', 'https://a.org/b'), 'a.org/b');
  });

  it('marks hashtags and mentions; Threads makes only the first hashtag a tag', () => {
    const ig = pieces('instagram');
    assert.deepEqual(ig.filter((p) => p.kind === 'hashtag').map((p) => [p.text, p.active]), [['#FluSeason', true], ['#Vaccines', true]]);
    assert.deepEqual(ig.filter((p) => p.kind === 'mention').map((p) => p.text), ['@cityhealth']);
    assert.deepEqual(pieces('threads').filter((p) => p.kind === 'hashtag').map((p) => p.active), [true, false]);
  });
});

describe('preview: the budget and the text past the limit', () => {
  it('counts as the platform counts (X: a link is 23) and marks what goes over', () => {
    const body = `${'a'.repeat(250)} https://example.com/${'x'.repeat(60)} ${'b'.repeat(20)}`;
    const [x] = previewPost(post('platform: x', body)).layouts;
    assert.equal(x.limit, 280);
    assert.equal(x.used, 250 + 1 + 23 + 1 + 20);
    assert.equal(x.over, true);
    const over = x.visible.filter((p) => p.over).map((p) => p.text).join('');
    assert.equal(over, 'b'.repeat(20).slice(280 - 275));
  });

  it('takes a limit the settings changed (the length-limit rule\'s options)', () => {
    const [x] = previewPost(post('platform: x', 'a'.repeat(300)), { limits: { x: 4000 } }).layouts;
    assert.equal(x.limit, 4000);
    assert.equal(x.over, false);
  });

  it('uses the default platform when the post names none, and shows the text as written without one', () => {
    const [fb] = previewPost('Hello there, how are you?', { fallbackPlatforms: ['facebook'] }).layouts;
    assert.equal(fb.name, 'Facebook');
    const none = previewPost('Hello there, how are you?');
    assert.equal(none.layouts[0].platform, undefined);
    assert.equal(visibleText(none.layouts[0]), 'Hello there, how are you?');
    assert.equal(previewPost(post('platform: x', 'Hi'), { fallbackPlatforms: ['facebook'] }).layouts[0].name, 'X', 'the post\'s own setting wins');
  });

  it('leaves out what is not published: the settings and HTML comments', () => {
    const [x] = previewPost(post('platform: x', 'Before <!-- a note for the team --> after.\n')).layouts;
    assert.equal(visibleText(x), 'Before  after.');
  });
});

describe('preview: where findings stand', () => {
  const text = post('platform: instagram', `Book now! ${LONG}`);
  const at = (s: string) => text.indexOf(s);
  const findings = [
    { start: at('walk-in'), end: at('walk-in') + 7, severity: 'info' as const, message: 'Jargon.' },
    { start: at('Book now'), end: at('Book now') + 8, severity: 'warning' as const, message: 'Sales pressure.', ruleId: 'hard-sell' },
    { start: at('instagram'), end: at('instagram') + 9, severity: 'error' as const, message: 'Settings.' },
    { start: at('medicines'), end: at('medicines') + 9, severity: 'hint' as const, message: 'After the fold.' },
  ];
  const preview = previewPost(text, { findings });
  const [ig] = preview.layouts;

  it('sorts findings by position and says whether each is in the text or the settings', () => {
    assert.deepEqual(preview.findings.map((f) => [f.message, f.place]), [
      ['Settings.', 'settings'],
      ['Sales pressure.', 'text'],
      ['Jargon.', 'text'],
      ['After the fold.', 'text'],
    ]);
  });

  it('marks each finding on its words, before or after the fold', () => {
    const marked = (pieces: PlatformLayout['visible']) => pieces.filter((p) => p.findings.length).map((p) => [p.text, p.findings]);
    assert.deepEqual(marked(ig.visible), [['Book now', [1]], ['walk-in', [2]]]);
    assert.deepEqual(marked(ig.folded), [['medicines', [3]]]);
  });
});

describe('preview: findings about one platform of a cross-post', () => {
  it('are marked only on that platform\'s card', () => {
    const text = post('platforms: [instagram, x]', 'Read more at https://example.com/flu today.');
    const start = text.indexOf('https://');
    const message = 'Links in Instagram captions cannot be tapped, so few people will visit this one.';
    const [ig, x] = previewPost(text, { findings: [{ start, end: start + 23, severity: 'info', message }] }).layouts;
    assert.deepEqual(ig.visible.find((p) => p.kind === 'link')!.findings, [0]);
    assert.deepEqual(x.visible.find((p) => p.kind === 'link')!.findings, []);
  });

  it('a message naming no platform, or this one, applies', () => {
    assert.equal(aboutOtherPlatform('Sales pressure.', 'x', ['instagram', 'x']), false);
    assert.equal(aboutOtherPlatform('The post is longer than X allows.', 'x', ['instagram', 'x']), false);
    assert.equal(aboutOtherPlatform('The post is longer than X allows.', 'instagram', ['instagram', 'x']), true);
    assert.equal(aboutOtherPlatform('An X-ray is safe.', 'instagram', ['instagram', 'x']), false, '"X-ray" does not name X');
    assert.equal(aboutOtherPlatform('Instagram shows about 125 characters.', 'linkedin', ['linkedin']), false, 'a platform the post does not go to');
  });
});

describe('preview: HTML', () => {
  it('escapes the post\'s text and marks findings, folds and links for the page\'s script', () => {
    const text = post('platform: instagram', `<img src=x onerror=alert(1)> & "quotes" ${LONG} https://example.com`);
    const html = previewBody(previewPost(text, { findings: [{ start: text.indexOf('quotes'), end: text.indexOf('quotes') + 6, severity: 'warning', message: 'A "message" <b>.' }] }));
    assert.ok(!html.includes('<img'), html);
    assert.ok(html.includes('&#60;img src=x onerror=alert(1)&#62; &#38; &#34;'));
    assert.match(html, /<span class="finding warning" data-finding="0" title="1\. A &#34;message&#34; &#60;b&#62;\.">quotes<\/span>/);
    assert.match(html, /<button class="more" data-more[^>]*>… more<\/button><span class="folded">/);
    assert.match(html, /<span class="link inert" title="Shown as plain text[^"]*">https:\/\/example\.com<\/span>/);
    assert.match(html, /data-used="\d+" data-limit="2200"/);
    assert.match(html, /<a href="#" data-finding="0" class="warning"/);
  });

  it('says what to do for a post without a platform or without text', () => {
    assert.match(previewBody(previewPost('Hi')), /No platform is set/);
    assert.match(previewBody(previewPost(post('platform: x', ''))), /Nothing to publish yet/);
  });

  it('pages carry a strict policy: nothing loads from anywhere, only their own nonce-marked style and script run', () => {
    const nonce = 'abcdef0123456789abcdef';
    const csp = contentSecurityPolicy(nonce);
    assert.match(csp, /^default-src 'none';/);
    assert.match(csp, /script-src 'nonce-abcdef0123456789abcdef';/);
    assert.doesNotMatch(csp, /unsafe|https?:|\*/);
    const page = webviewPage({ title: 'T<', nonce, css: 'p{}', body: '<p>x</p>', script: 'void 0' });
    assert.match(page, /<style nonce="abcdef0123456789abcdef">/);
    assert.match(page, /<script nonce="abcdef0123456789abcdef">void 0<\/script>/);
    assert.match(page, /<title>T&#60;<\/title>/);
    assert.match(page, /var\(--vscode-editor-background\)/, 'theme colours come from VS Code');
    assert.throws(() => webviewPage({ title: '', nonce: 'short', css: '', body: '', script: '' }));
  });
});
