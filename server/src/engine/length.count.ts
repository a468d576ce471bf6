// Counts a string the way a platform counts it (length.ts says how each one counts): X's weighted
// count, grapheme clusters (Bluesky, Mastodon), Threads' characters and emoji bytes, UTF-16 code units.

import { EMOJI_START, forEachGrapheme, graphemeAt } from './length.graphemes';
import { blueskyShortUrl, extractLinks, withRemoteMentions, type Link } from './length.links';
import type { LengthCounting } from './platforms';

// twitter-text (X's reference implementation, Apache-2.0): only its configuration of the
// weighted count is loaded here (its URL extraction in length.links.ts).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const twitterConfigs = require('twitter-text/dist/configs') as { version2: WeightedConfig; version3: WeightedConfig };

/** twitter-text's configuration of the weighted count. */
export interface WeightedConfig {
  maxWeightedTweetLength: number;
  scale: number;
  defaultWeight: number;
  transformedURLLength: number;
  ranges: readonly { start: number; end: number; weight: number }[];
  /** v3: an emoji grapheme weighs defaultWeight whatever its code points. */
  emojiParsingEnabled?: boolean;
}

/** X's current counting (twitter-text v3: emoji count 2). */
export const X_CONFIG: WeightedConfig = twitterConfigs.version3;
/** twitter-text v2 (every code point weighed on its own), kept for the conformance tests. */
export const X_CONFIG_V2: WeightedConfig = twitterConfigs.version2;

/** The result of counting a string. Indices are UTF-16 indices into that string. */
export interface TextCount {
  used: number;
  /** Index of the first character (grapheme, link) that takes the count over the limit. */
  overflowAt?: number;
  links: number;
  emoji: number;
  bytes?: number;
  byteOverflowAt?: number;
}

export interface CountSettings {
  counting: LengthCounting;
  limit: number;
  /** X: twitter-text configuration (default X_CONFIG). */
  weighted?: WeightedConfig;
  /** Mastodon: length every link counts (default 23). */
  urlLength?: number;
  /** Bluesky: cap in UTF-8 bytes. */
  maxBytes?: number;
}

/** X's weighted length of a tweet text (twitter-text's weightedLength), and where it first goes over 280. */
export function countTweet(text: string, config: WeightedConfig = X_CONFIG): { weightedLength: number; overflowAt?: number } {
  const c = countText(text, { counting: 'x-weighted', limit: config.maxWeightedTweetLength, weighted: config });
  return { weightedLength: c.used, overflowAt: c.overflowAt };
}

/** Counts `text` the way a platform counts it. */
export function countText(text: string, settings: CountSettings): TextCount {
  if (settings.counting === 'utf16') return countUtf16(text, settings.limit);
  const links =
    settings.counting === 'x-weighted' || settings.counting === 'graphemes'
      ? extractLinks(text, true)
      : settings.counting === 'mastodon'
        ? withRemoteMentions(text, extractLinks(text, false))
        : [];
  const weighted = settings.weighted ?? X_CONFIG;
  const scale = settings.counting === 'x-weighted' ? weighted.scale : 1;
  const limit = settings.limit * scale;
  const result: TextCount = { used: 0, links: 0, emoji: 0 };
  let used = 0;
  let bytes = 0;
  const maxBytes = settings.maxBytes;
  const add = (at: number, amount: number, size = 0) => {
    used += amount;
    if (result.overflowAt === undefined && used > limit) result.overflowAt = at;
    if (maxBytes !== undefined) {
      bytes += size;
      if (result.byteOverflowAt === undefined && bytes > maxBytes) result.byteOverflowAt = at;
    }
  };

  const unit = unitCounter(settings.counting, weighted, result);
  const counting = settings.counting;
  const perGrapheme = (s: number, e: number, emoji?: boolean) => unit(text, s, e, add, emoji);
  // Graphemes of text[from, to). A character below U+0300 followed by another one (or by
  // the end) is a grapheme of its own and no emoji: counted here as the unit counter would
  // count it, without the calls per character; anything else goes through forEachGrapheme.
  const countRun = (from: number, to: number) => {
    let i = from;
    while (i < to) {
      const c = text.charCodeAt(i);
      if (c < 0x300) {
        const d = i + 1 < to ? text.charCodeAt(i + 1) : 0;
        if (d < 0x300 && !(c === 13 && d === 10)) {
          if (counting === 'x-weighted') add(i, codePointWeight(c, weighted));
          else if (counting === 'threads') add(i, 1);
          else add(i, 1, c < 0x80 ? 1 : 2);
          i++;
          continue;
        }
      }
      i = graphemeAt(text, i, to, perGrapheme);
    }
  };
  let at = 0;
  for (const link of links) {
    if (link.start > at) countRun(at, link.start);
    countLink(settings, weighted, link, add);
    if (!link.mention) result.links++;
    at = link.end;
  }
  if (at < text.length) countRun(at, text.length);
  result.used = used / scale;
  if (maxBytes !== undefined) result.bytes = bytes;
  return result;
}

type Add = (at: number, amount: number, size?: number) => void;

function countLink(settings: CountSettings, weighted: WeightedConfig, link: Link, add: Add): void {
  switch (settings.counting) {
    case 'x-weighted':
      add(link.start, weighted.transformedURLLength * weighted.scale);
      return;
    case 'mastodon':
      add(link.start, link.mention ? link.mention.length : (settings.urlLength ?? 23));
      return;
    default: {
      // Bluesky: the app replaces the link text by its short form before counting and posting.
      const short = blueskyShortUrl(link.url);
      let n = 0;
      forEachGrapheme(short, 0, short.length, () => n++);
      add(link.start, n, utf8Length(short, 0, short.length));
    }
  }
}

type UnitCounter = (text: string, start: number, end: number, add: Add, emoji?: boolean) => void;

function unitCounter(counting: LengthCounting, weighted: WeightedConfig, result: TextCount): UnitCounter {
  switch (counting) {
    case 'x-weighted':
      return (text, start, end, add, emoji) => {
        if (end - start === 1 && emoji === false) return add(start, codePointWeight(text.charCodeAt(start), weighted));
        if (emoji && weighted.emojiParsingEnabled) {
          result.emoji++;
          return add(start, weighted.defaultWeight);
        }
        let g = text.slice(start, end);
        if (g === '\r\n') g = '\n';
        g = g.normalize('NFC');
        let w = 0;
        let from = 0;
        if (weighted.emojiParsingEnabled) {
          const m = EMOJI_START.exec(g);
          if (m) {
            w += weighted.defaultWeight;
            from = m[0].length;
            result.emoji++;
          }
        }
        for (let i = from; i < g.length; i++) {
          const cp = g.codePointAt(i)!;
          if (cp > 0xffff) i++;
          w += codePointWeight(cp, weighted);
        }
        add(start, w);
      };
    case 'threads':
      return (text, start, end, add, emoji) => {
        if (end - start === 1) return add(start, 1);
        if (emoji) {
          result.emoji++;
          return add(start, utf8Length(text, start, end));
        }
        const g = text.slice(start, end);
        if (g === '\r\n') return add(start, 1);
        const m = emoji === false ? null : EMOJI_START.exec(g);
        let n = 0;
        let from = 0;
        if (m) {
          n += utf8Length(m[0], 0, m[0].length);
          from = m[0].length;
          result.emoji++;
        }
        for (let i = from; i < g.length; i++) {
          if (g.codePointAt(i)! > 0xffff) i++;
          n++;
        }
        add(start, n);
      };
    default:
      // Graphemes (Bluesky, Mastodon): one per grapheme cluster.
      return (text, start, end, add) => {
        const size = end - start === 2 && text.charCodeAt(start) === 13 && text.charCodeAt(start + 1) === 10 ? 1 : utf8Length(text, start, end);
        add(start, 1, size);
      };
  }
}

function codePointWeight(cp: number, config: WeightedConfig): number {
  for (const r of config.ranges) if (cp >= r.start && cp <= r.end) return r.weight;
  return config.defaultWeight;
}

function utf8Length(text: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < end) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

function countUtf16(text: string, limit: number): TextCount {
  let used = 0;
  let astral = 0;
  let overflowAt: number | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 && text.charCodeAt(i + 1) === 10) continue;
    if (c >= 0xd800 && c <= 0xdbff) astral++;
    used++;
    if (overflowAt === undefined && used > limit) {
      // Never point into the middle of a surrogate pair.
      overflowAt = c >= 0xdc00 && c <= 0xdfff && i > 0 ? i - 1 : i;
    }
  }
  // Characters outside the BMP (mostly emoji) count 2: reported as `emoji` for messages.
  return { used, overflowAt, links: 0, emoji: astral };
}
