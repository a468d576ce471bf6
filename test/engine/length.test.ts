// The length counter: X's weighted count against twitter-text's conformance cases and
// current emoji, and each platform's way of counting, mapped back to document offsets.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePost } from '../../server/src/engine';
import { blueskyShortUrl, countText, countTweet, measureBudgets, measurePlatform, X_CONFIG, X_CONFIG_V2 } from '../../server/src/engine/length';

interface ConformanceCase {
  description: string;
  text: string;
  expected: { weightedLength: number; validRangeEnd: number };
}

const FIXTURE = join(__dirname, '../../../test/fixtures/twitter-text-conformance/weighted-length.json');
const conformance = JSON.parse(readFileSync(FIXTURE, 'utf8')) as Record<string, { config: string; cases: ConformanceCase[] }>;

describe('length counting', () => {
  describe('X: twitter-text configuration', () => {
    it('is the published v3 configuration', () => {
      assert.equal(X_CONFIG.maxWeightedTweetLength, 280);
      assert.equal(X_CONFIG.scale, 100);
      assert.equal(X_CONFIG.defaultWeight, 200);
      assert.equal(X_CONFIG.transformedURLLength, 23);
      assert.equal(X_CONFIG.emojiParsingEnabled, true);
      assert.deepEqual(
        X_CONFIG.ranges.map((r) => [r.start, r.end, r.weight]),
        [
          [0, 4351, 100],
          [8192, 8205, 100],
          [8208, 8223, 100],
          [8242, 8247, 100],
        ],
      );
    });
  });

  for (const section of ['WeightedTweetsCounterTest', 'WeightedTweetsWithDiscountedEmojiCounterTest', 'UnicodeDirectionalMarkerCounterTest']) {
    describe(`X: twitter-text conformance, ${section}`, () => {
      const { config, cases } = conformance[section];
      const weighted = config === 'version2' ? X_CONFIG_V2 : X_CONFIG;
      it('has cases', () => assert.ok(cases.length >= 2));
      for (const c of cases) {
        it(c.description, () => {
          const result = countTweet(c.text, weighted);
          assert.equal(result.weightedLength, c.expected.weightedLength);
          if (c.expected.weightedLength > 280) assert.equal(result.overflowAt, c.expected.validRangeEnd + 1, 'first character over 280');
          else assert.equal(result.overflowAt, undefined);
        });
      }
    });
  }

  describe('X: current emoji count 2 each', () => {
    const emoji: [string, string][] = [
      ['melting face U+1FAE0 (Unicode 14)', '\u{1FAE0}'],
      ['family: adult, adult, child (Unicode 15.1 ZWJ sequence)', '\u{1F9D1}\u200D\u{1F9D1}\u200D\u{1F9D2}'],
      ['flag of Ukraine', '\u{1F1FA}\u{1F1E6}'],
      ['thumbs up, medium skin tone', '\u{1F44D}\u{1F3FD}'],
      ['transgender flag (ZWJ sequence with variation selectors)', '\u{1F3F3}\uFE0F\u200D\u26A7\uFE0F'],
      ['red heart with variation selector', '\u2764\uFE0F'],
      ['keycap one', '1\uFE0F\u20E3'],
      ['phoenix (Unicode 15.1)', '\u{1F426}\u200D\u{1F525}'],
    ];
    for (const [name, e] of emoji) {
      it(name, () => {
        assert.equal(countTweet(e).weightedLength, 2);
        assert.equal(countTweet(`Hi ${e}`).weightedLength, 5);
      });
    }
    it('a run of family emoji counts 2 each, so 140 fit and the 141st overflows', () => {
      const family = '\u{1F9D1}\u200D\u{1F9D1}\u200D\u{1F9D2}';
      assert.equal(countTweet(family.repeat(140)).weightedLength, 280);
      const over = countTweet(family.repeat(141));
      assert.equal(over.weightedLength, 282);
      assert.equal(over.overflowAt, family.length * 140);
    });
  });

  describe('X: normalisation and line breaks', () => {
    it('NFC: "e" + combining acute counts 1', () => assert.equal(countTweet('e\u0301').weightedLength, 1));
    it('NFC: a decomposed character at the limit maps back to the original offsets', () => {
      const text = `${'x'.repeat(279)}e\u0301y`;
      assert.deepEqual(countTweet(text), { weightedLength: 281, overflowAt: 281 });
    });
    it('CR LF counts as one line break', () => assert.equal(countTweet('a\r\nb').weightedLength, 3));
    it('CJK counts 2, Latin with accents 1', () => {
      assert.equal(countTweet('健康').weightedLength, 4);
      assert.equal(countTweet('café').weightedLength, 4);
    });
    it('© counts 1, as in twitter-text (it is not an emoji without U+FE0F)', () => assert.equal(countTweet('©').weightedLength, 1));
    it('© with U+FE0F is an emoji: 2', () => assert.equal(countTweet('a\u00A9\uFE0Fb').weightedLength, 4));
    it('decomposed Hangul jamo are normalised to one syllable: 2', () => assert.equal(countTweet('\u1112\u1161\u11AB').weightedLength, 2));
    it('a lone regional indicator is one character of weight 2', () => assert.equal(countTweet('\u{1F1FA} x').weightedLength, 4));
  });

  describe('X: links', () => {
    it('a long link counts 23', () => assert.equal(countTweet('Read https://example.com/a/very/long/path/that/goes/on/and/on?utm_source=x').weightedLength, 5 + 23));
    it('a bare domain counts 23 too', () => assert.equal(countTweet('see clinic.health').weightedLength, 4 + 23));
    it('a sentence-ending full stop is not a link', () => assert.equal(countTweet('Flu season. Stay well.').weightedLength, 22));
    it('a link that crosses the limit overflows at its start', () => {
      const text = `${'x'.repeat(270)} https://example.com/page`;
      assert.equal(countTweet(text).overflowAt, 271);
    });
    it('does not hang on long runs of domain-like text (the whole count stays exact)', () => {
      const text = `${'a.'.repeat(200_000)} ${'foo/a-b.'.repeat(50_000)} https://example.com/${'p'.repeat(3000)}`;
      const result = countTweet(text);
      assert.equal(result.weightedLength, 400_000 + 1 + 400_000 + 1 + 23);
    });
  });

  describe('Bluesky: graphemes, shortened links, bytes', () => {
    const bluesky = (text: string) => countText(text, { counting: 'graphemes', limit: 300, maxBytes: 3000 });
    it('an emoji ZWJ sequence is one grapheme', () => assert.equal(bluesky('\u{1F9D1}\u200D\u{1F9D1}\u200D\u{1F9D2}').used, 1));
    it('a flag and a skin-tone emoji are one grapheme each', () => assert.equal(bluesky('\u{1F1FA}\u{1F1E6}\u{1F44D}\u{1F3FD}').used, 2));
    it('"e" + combining acute is one grapheme', () => assert.equal(bluesky('e\u0301').used, 1));
    it('decomposed Hangul is one grapheme per syllable', () => assert.equal(bluesky('\u1112\u1161\u11AB\uD55C').used, 2));
    it('text symbols and emoji side by side', () => assert.equal(bluesky('\u263A\u{1F44D}\u{1F3FD}\u2764\uFE0F!').used, 4));
    it('CR LF is one', () => assert.deepEqual([bluesky('a\r\nb').used, bluesky('a\r\nb').bytes], [3, 3]));
    it('links count as the app shortens them', () => {
      assert.equal(blueskyShortUrl('https://example.com/a/very/long/path/to/page'), 'example.com/a/very/long/...');
      assert.equal(blueskyShortUrl('https://example.com/flu'), 'example.com/flu');
      assert.equal(bluesky('https://example.com/a/very/long/path/to/page').used, 27);
      assert.equal(bluesky('example.com/flu').used, 15);
    });
    it('counts UTF-8 bytes and where they go over', () => {
      const r = bluesky('é'.repeat(1501));
      assert.equal(r.bytes, 3002);
      assert.equal(r.byteOverflowAt, 1500);
      assert.equal(r.used, 1501);
      assert.equal(r.overflowAt, 300);
    });
  });

  describe('Mastodon: graphemes, links 23, remote mentions as @name', () => {
    const mastodon = (text: string, urlLength?: number) => countText(text, { counting: 'mastodon', limit: 500, urlLength });
    it('a long link counts 23 (or the configured length)', () => {
      assert.equal(mastodon('https://example.com/a/very/long/path/to/a/page').used, 23);
      assert.equal(mastodon('https://example.com/a/very/long/path/to/a/page', 30).used, 30);
    });
    it('a bare domain is counted as written', () => assert.equal(mastodon('clinic.com').used, 10));
    it('@name@server counts as @name', () => assert.equal(mastodon('hi @alice@example.social').used, 3 + 6));
    it('an emoji ZWJ sequence is one', () => assert.equal(mastodon('\u{1F3F3}\uFE0F\u200D\u26A7\uFE0F').used, 1));
  });

  describe('Threads: characters, emoji by their UTF-8 size', () => {
    const threads = (text: string) => countText(text, { counting: 'threads', limit: 500 });
    it('letters count 1', () => assert.equal(threads('café').used, 4));
    it('a text symbol that is not shown as emoji counts 1', () => assert.equal(threads('\u263A').used, 1));
    it('👍 counts 4, ❤️ counts 6', () => {
      assert.equal(threads('\u{1F44D}').used, 4);
      assert.equal(threads('\u2764\uFE0F').used, 6);
    });
  });

  describe('where a count goes over, on random text', () => {
    // Runs of plain characters are counted at once and one by one only where they cross a
    // limit: the overflow must still be the first character that takes the count past it.
    const pieces = ['a', 'Z', ' ', '.', 'é', 'ß', 'e\u0301', '\r\n', '\n', '👍', '👍🏽', '中', '한', '\u2764\uFE0F'];
    let seed = 20261206;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });
    const modes: { name: string; settings: (limit: number) => Parameters<typeof countText>[1]; bytes?: boolean }[] = [
      { name: 'X', settings: (limit) => ({ counting: 'x-weighted', limit, weighted: X_CONFIG }) },
      { name: 'Bluesky', settings: (limit) => ({ counting: 'graphemes', limit, maxBytes: limit * 2 }), bytes: true },
      { name: 'Mastodon', settings: (limit) => ({ counting: 'mastodon', limit }) },
      { name: 'Threads', settings: (limit) => ({ counting: 'threads', limit }) },
    ];
    for (const mode of modes) {
      it(`${mode.name}: the count does not depend on the limit, and the overflow is the first character past it`, () => {
        for (let n = 0; n < 150; n++) {
          let text = '';
          const length = 1 + Math.floor(random() * 60);
          for (let k = 0; k < length; k++) text += pieces[Math.floor(random() * pieces.length)].repeat(1 + Math.floor(random() * 4));
          const limit = 1 + Math.floor(random() * 40);
          const whole = countText(text, mode.settings(1e9));
          const r = countText(text, mode.settings(limit));
          assert.equal(r.used, whole.used, JSON.stringify(text));
          const boundaries = [...segmenter.segment(text)].map((g) => g.index).concat(text.length);
          const check = (at: number | undefined, measure: (c: ReturnType<typeof countText>) => number, max: number) => {
            if (at === undefined) return assert.ok(measure(whole) <= max, JSON.stringify(text));
            const next = boundaries.find((b) => b > at)!;
            assert.ok(measure(countText(text.slice(0, at), mode.settings(1e9))) <= max, `before ${at}: ${JSON.stringify(text)}`);
            assert.ok(measure(countText(text.slice(0, next), mode.settings(1e9))) > max, `through ${at}: ${JSON.stringify(text)}`);
          };
          check(r.overflowAt, (c) => c.used, limit);
          if (mode.bytes) check(r.byteOverflowAt, (c) => c.bytes!, limit * 2);
        }
      });
    }
  });

  describe('long runs of complex text', () => {
    // A run without two simple characters in a row goes to Intl.Segmenter a chunk at a time
    // (a whole long run at once was far too slow): the chunks must cut nowhere a grapheme does
    // not end, whatever sits at the cut.
    const pieces = ['م', 'ر', ' ', 'क्ष', 'कि', '\u0915\u094D\u200D', 'ο\u0301\u0302', '\u{1F468}\u200D\u{1F469}\u200D\u{1F467}', '\u{1F1EB}\u{1F1F7}', '\u{1F1EB}', '\u1100\u1161\u11A8', 'ก\u0E31', '\u0600', '\u{1F44D}\u{1F3FD}', 'α', '\u0301'];
    let seed = 4242;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });
    it('count every grapheme as Intl.Segmenter does on the whole run', () => {
      for (let n = 0; n < 6; n++) {
        let text = n === 0 ? `a${'\u0301'.repeat(3000)}` : ''; // one grapheme longer than a chunk
        while (text.length < 3000 + n * 500) {
          const piece = pieces[Math.floor(random() * pieces.length)];
          if (!(piece[0] === ' ' && text.endsWith(' '))) text += piece; // never two simple characters in a row
        }
        const expected = [...segmenter.segment(text)].length;
        assert.equal(countText(text, { counting: 'mastodon', limit: 1e9 }).used, expected, `run ${n}`);
        const bytes = Buffer.byteLength(text.replace(/\r\n/g, '\n'), 'utf8');
        assert.equal(countText(text, { counting: 'graphemes', limit: 1e9, maxBytes: 1e9 }).bytes, bytes, `run ${n}`);
      }
    });
  });

  describe('UTF-16 platforms', () => {
    const utf16 = (text: string, limit = 2200) => countText(text, { counting: 'utf16', limit });
    it('an emoji counts 2, CR LF 1', () => assert.equal(utf16('\u{1F44D}a\r\nb').used, 5));
    it('never overflows in the middle of a surrogate pair', () => assert.equal(utf16('ab\u{1F44D}', 3).overflowAt, 2));
  });

  describe('posts: the published text, mapped back to document offsets', () => {
    it('counts the body only: no front matter, no HTML comments, no outer blank lines', () => {
      const text = '---\nplatform: x\n---\n\nHello <!-- a long note that is never published --> world\n\n';
      const doc = parsePost(text);
      const [x] = measureBudgets(doc, ['x'], {});
      assert.equal(x.used, 'Hello  world'.length);
      assert.equal(x.limit, 280);
      assert.equal(x.overflowStart, undefined);
    });

    it('overflowStart is a document offset, past an HTML comment', () => {
      const body = `${'a'.repeat(200)}<!-- note -->${'b'.repeat(100)}`;
      const text = `---\nplatform: x\n---\n${body}`;
      const doc = parsePost(text);
      const x = measurePlatform(doc, 'x');
      assert.equal(x.used, 300);
      assert.equal(x.overflowStart, text.indexOf('b') + 80);
    });

    it('one budget per platform, each counted its own way', () => {
      const doc = parsePost(`---\nplatforms: [x, linkedin]\n---\n${'🙂'.repeat(150)}`);
      const budgets = measureBudgets(doc, ['x', 'linkedin'], {});
      assert.deepEqual(
        budgets.map((b) => [b.name, b.used, b.limit, b.overflowStart !== undefined]),
        [
          ['X', 300, 280, true],
          ['LinkedIn', 300, 3000, false],
        ],
      );
    });

    it('Mastodon limit and link length come from the rule options', () => {
      const doc = parsePost(`${'a'.repeat(600)} https://example.com/${'p'.repeat(100)}`);
      const [m] = measureBudgets(doc, ['mastodon'], { mastodonMaxLength: 1000, mastodonUrlLength: 30 });
      assert.deepEqual([m.used, m.limit, m.overflowStart], [631, 1000, undefined]);
    });

    it('Bluesky reports its byte cap beside the grapheme count', () => {
      const doc = parsePost('é'.repeat(1600));
      const b = measurePlatform(doc, 'bluesky');
      assert.deepEqual([b.used, b.limit, b.bytes?.used, b.bytes?.limit, b.bytes?.overflowStart], [1600, 300, 3200, 3000, 1500]);
    });

    it('an empty post counts 0', () => {
      assert.equal(measurePlatform(parsePost('---\nplatform: x\n---\n\n'), 'x').used, 0);
    });
  });
});
