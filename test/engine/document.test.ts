// The post parser: front matter, the prose mask, words, links, hashtags, comments, sentences.
import * as assert from 'node:assert/strict';
import { computeLineStarts, parsePost, positionAt, publishedText } from '../../server/src/engine';

const slice = (text: string, spans: readonly { start: number; end: number }[]) => spans.map((s) => text.slice(s.start, s.end));

describe('parsePost', () => {
  const text =
    '---\nplatform: x\n---\nHi @clinic_team! See https://example.com/a, or clinic.com/book. `book now` <!-- note to self --> #FluSeason Dr. Lee said no. Ok?\n\n- item one\n- item two';
  const doc = parsePost(text);

  it('keeps the prose mask the same length, with line breaks where they were', () => {
    assert.equal(doc.prose.length, text.length);
    for (let i = 0; i < text.length; i++) {
      if (text[i] === '\n' || text[i] === '\r') assert.equal(doc.prose[i], text[i]);
      else assert.ok(doc.prose[i] === text[i] || doc.prose[i] === ' ');
    }
  });

  it('blanks hidden text with CRLF line ends and long lines character for character', () => {
    const long = 'x'.repeat(300);
    const t = `---\r\nplatform: x\r\ntitle: ${long}\r\n---\r\nBefore\r\n\`\`\`\r\n${long}\r\n\r\ncode\r\n\`\`\`\r\nAfter <!--\r\n${long}\r-->`;
    const d = parsePost(t);
    const expected = t.replace(/^---[\s\S]*?---\r\n/, (m) => m.replace(/[^\r\n]/g, ' ')).replace(/```[\s\S]*```|<!--[\s\S]*-->/g, (m) => m.replace(/[^\r\n]/g, ' '));
    assert.equal(d.prose, expected);
    assert.deepEqual(d.tokens.map((w) => w.lower), ['before', 'after']);
  });

  it('blanks front matter, links, code and HTML comments in the prose', () => {
    for (const hidden of ['platform', 'https://example.com/a', 'clinic.com/book', '`book now`', '<!-- note to self -->']) {
      const at = text.indexOf(hidden);
      assert.equal(doc.prose.slice(at, at + hidden.length).trim(), '', hidden);
    }
    assert.ok(doc.prose.includes('#FluSeason Dr. Lee said no.'));
  });

  it('finds the front matter, its data, the platform and the body', () => {
    assert.deepEqual(slice(text, [doc.frontMatter!]), ['---\nplatform: x\n---\n']);
    assert.deepEqual(doc.data, { platform: 'x' });
    assert.deepEqual(doc.platforms, ['x']);
    assert.equal(text.slice(doc.body.start, doc.body.start + 3), 'Hi ');
  });

  it('finds links, hashtags, mentions and comments', () => {
    assert.deepEqual(doc.urls.map((u) => u.url), ['https://example.com/a', 'clinic.com/book']);
    assert.deepEqual(slice(text, doc.hashtags), ['#FluSeason']);
    assert.deepEqual(slice(text, doc.mentions), ['@clinic_team']);
    assert.deepEqual(doc.htmlComments.map((c) => c.inner), ['note to self']);
  });

  it('reads words from the prose only, lower-cased', () => {
    const words = doc.tokens.map((t) => t.lower);
    assert.ok(!words.includes('book'), 'code span words are not prose');
    assert.ok(!words.includes('example'), 'link words are not prose');
    assert.ok(!words.includes('platform'), 'front matter is not prose');
    assert.ok(words.includes('#fluseason'));
    assert.deepEqual(slice(text, doc.tokens.slice(-4)), ['item', 'one', 'item', 'two']);
  });

  it('splits sentences at end marks (not after "Dr."), blank lines and list items', () => {
    assert.deepEqual(slice(text, doc.sentences).slice(2), ['#FluSeason Dr. Lee said no.', 'Ok?', '- item one', '- item two']);
  });

  it('the published text drops comments and outer whitespace', () => {
    assert.equal(publishedText(parsePost('---\nplatform: x\n---\n\n  Hello <!-- hidden --> world  \n\n')), 'Hello  world');
  });

  it('keeps typographic apostrophes as one word', () => {
    assert.deepEqual(parsePost('Don’t wait.').tokens.map((t) => t.lower), ["don't", 'wait']);
  });

  it('a fenced code block is not prose, up to its closing fence', () => {
    const t = 'Before.\n```\nbook now\n```\nAfter.';
    assert.deepEqual(parsePost(t).tokens.map((x) => x.lower), ['before', 'after']);
  });

  it('front matter only at the very start (after an optional byte-order mark)', () => {
    assert.equal(parsePost('Hello\n---\nplatform: x\n---\n').frontMatter, undefined);
    assert.deepEqual(parsePost('\uFEFF---\nplatform: x\n---\nHi').platforms, ['x']);
    assert.deepEqual(parsePost('---\r\nplatform: instagram\r\n---\r\nHi').platforms, ['instagram']);
  });

  it('an unclosed front matter is one problem, and nothing after it is read as YAML', () => {
    const d = parsePost('---\nplatform: x\nHello: this post never closes its settings.');
    assert.equal(d.frontMatterProblems.length, 1);
    assert.equal(d.frontMatterProblems[0].start, 0);
    assert.equal(d.tokens.length, 0, 'the whole text is inside the front matter');
  });

  it('resolves platforms: aliases, lists, comma lists, duplicates once', () => {
    assert.deepEqual(parsePost('---\nplatform: Twitter\n---\n').platforms, ['x']);
    assert.deepEqual(parsePost('---\nplatforms: [linkedin, x, LinkedIn]\n---\n').platforms, ['linkedin', 'x']);
    assert.deepEqual(parsePost('---\nplatforms: threads, bluesky\n---\n').platforms, ['threads', 'bluesky']);
  });

  it('an empty post and a post of only front matter parse', () => {
    for (const t of ['', '---\n---\n', '---\nplatform: x\n---']) {
      const d = parsePost(t);
      assert.equal(d.prose.length, t.length);
      assert.deepEqual(d.tokens, []);
    }
  });

  it('a huge post with no structure parses in linear time', () => {
    const big = `${'a'.repeat(1_000_000)} ${'<!--'.repeat(10_000)} ${'`'.repeat(10_001)} ${'x.'.repeat(100_000)}com`;
    const d = parsePost(big);
    assert.equal(d.prose.length, big.length);
  });
});

describe('line positions', () => {
  it('blanks link targets "](…)" as far as the first ")" or space, however many "](" come first', () => {
    const t = 'See [a](](](x) and ](no target and [b](y z) end';
    const d = parsePost(t);
    assert.deepEqual(d.tokens.map((w) => w.lower), ['see', 'a', 'and', 'no', 'target', 'and', 'b', 'y', 'z', 'end']);
  });

  it('blanks a run of more than 256 characters without a space, not a shorter one or Chinese text', () => {
    const t = `Hi ${'*'.repeat(300)} there ${'!'.repeat(256)} ${'流'.repeat(300)}`;
    const d = parsePost(t);
    assert.equal(d.prose.length, t.length);
    assert.ok(!d.prose.includes('*'));
    assert.ok(d.prose.includes('!'.repeat(256)) && d.prose.includes('流'.repeat(300)));
    assert.deepEqual(d.tokens.slice(0, 2).map((w) => w.lower), ['hi', 'there']);
  });

  it('ends sentences after runs of marks, and code spans stop at a blank line', () => {
    const t = `One${'.'.repeat(50)}a two!!! Three \`x\` \`y\` \`open

Four \`z\``;
    const d = parsePost(t);
    assert.deepEqual(slice(t, d.sentences), [`One${'.'.repeat(50)}a two!!!`, 'Three `x` `y` `open', 'Four']);
    assert.equal((d.prose.match(/`/g) ?? []).length, 1, 'code spans blanked, the unmatched backtick kept');
  });

  it('counts LF, CRLF and lone CR line ends', () => {
    assert.deepEqual(computeLineStarts('a\r\nb\rc\nd'), [0, 3, 5, 7]);
  });

  it('gives zero-based line and UTF-16 column', () => {
    const text = 'one\r\n😀 two\nthree';
    const starts = computeLineStarts(text);
    assert.deepEqual(positionAt(starts, text.indexOf('two')), { line: 1, character: 3 });
    assert.deepEqual(positionAt(starts, text.indexOf('three')), { line: 2, character: 0 });
    assert.deepEqual(positionAt(starts, 0), { line: 0, character: 0 });
    assert.deepEqual(positionAt(starts, text.length), { line: 2, character: 5 });
  });
});
