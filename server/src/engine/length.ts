// Counting a post's length the way each platform counts it.
//
// What is counted is the published text (the body minus HTML comments, outer whitespace
// trimmed; see publishedText in document.ts). A Windows line break (CR LF) counts as one
// line break: that is what a platform's text box receives when the post is pasted in.
//
//   X         twitter-text's weighted count (its published v3 configuration): most Latin,
//             Greek, Cyrillic… characters 1, others (CJK, most symbols) 2, every emoji
//             grapheme 2, every link 23; the text is NFC-normalised first. Emoji are found
//             with the RGI_Emoji property of the JavaScript engine (current Unicode), not
//             twitter-text's emoji data, which dates from 2021. Links are found with
//             twitter-text's own URL extraction.
//   Bluesky   grapheme clusters (what a reader sees as one character), links counted as the
//             Bluesky app shortens them (host and the first 13 characters of the path + "..."),
//             plus a cap in UTF-8 bytes.
//   Mastodon  grapheme clusters; links starting with http(s):// count 23, and a mention of a
//             user on another server (@name@server) counts only "@name".
//   Threads   characters (code points), each emoji counting its size in UTF-8 bytes, as
//             Meta's Threads API documents.
//   others    UTF-16 code units, what web text boxes count (most emoji count 2).
//
// Offsets in results are document offsets (UTF-16, into doc.text).

import type { PostDocument } from './document';
import { PLATFORMS, type LengthCounting } from './platforms';
import type { PlatformId } from './types';

// twitter-text (X's reference implementation, Apache-2.0). Only the URL extraction module
// and the configuration are loaded. Its URL indices are UTF-16 offsets.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const twitterExtractUrls = require('twitter-text/dist/extractUrlsWithIndices') as (
  text: string,
  options?: { extractUrlsWithoutProtocol: boolean },
) => { url: string; indices: [number, number] }[];
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

export interface Budget {
  platform: PlatformId;
  /** Display name, e.g. "X". */
  name: string;
  used: number;
  limit: number;
  /** Offset in the document where the text goes over the limit, if it does. */
  overflowStart?: number;
  /** How the platform counts (see LengthCounting in platforms.ts). */
  unit: LengthCounting;
  /** Links counted at a fixed or shortened length (X, Mastodon, Bluesky). */
  links: number;
  /** Emoji that count other than one character (X: 2, Threads: their UTF-8 size; UTF-16: characters counting 2). */
  emoji: number;
  /** Bluesky's second cap: the UTF-8 size. */
  bytes?: { used: number; limit: number; overflowStart?: number };
}

/** Options of the length-limit rule that change how a platform counts. */
export interface LengthOptions {
  xMaxLength?: number;
  mastodonMaxLength?: number;
  mastodonUrlLength?: number;
}

// ---------------------------------------------------------------------------------------
// Counting a string

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

interface Link {
  start: number;
  end: number;
  url: string;
  /** Mastodon: a remote mention, counted as this text ("@name" of "@name@server"). */
  mention?: string;
}

const SEGMENTER = new Intl.Segmenter('en', { granularity: 'grapheme' });
// An RGI emoji (current Unicode), or any emoji ZWJ sequence (for emoji newer than the engine).
// Built with RegExp(): the `v` flag is newer than the TypeScript target.
const EMOJI_START = new RegExp(
  '^(?:\\p{RGI_Emoji}|\\p{Extended_Pictographic}(?:\\uFE0F|\\p{Emoji_Modifier})?(?:\\u200D\\p{Extended_Pictographic}(?:\\uFE0F|\\p{Emoji_Modifier})?)+)',
  'v',
);

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

/** The Bluesky app's display form of a link: host, then the path cut to 13 characters + "...". */
export function blueskyShortUrl(url: string): string {
  if (!/^https?:\/\//i.test(url)) return url;
  try {
    const u = new URL(url);
    const path = (u.pathname === '/' ? '' : u.pathname) + u.search + u.hash;
    return path.length > 15 ? `${u.host}${path.slice(0, 13)}...` : u.host + path;
  } catch {
    return url;
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

// Characters below U+0300 and common letters of scripts without combining marks or
// composition (Cyrillic, kana, CJK ideographs, Hangul syllables) are each one grapheme when
// the next character is one of them too; anything else goes to Intl.Segmenter. NFC leaves
// these characters unchanged.
function isSimple(c: number): boolean {
  return (
    c < 0x300 ||
    (c >= 0x400 && c <= 0x482) ||
    (c >= 0x48a && c <= 0x52f) ||
    (c >= 0x3041 && c <= 0x3096) ||
    (c >= 0x30a1 && c <= 0x30fa) ||
    (c >= 0x3400 && c <= 0x4dbf) ||
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0xac00 && c <= 0xd7a3) ||
    (c >= 0xff01 && c <= 0xff5e)
  );
}

// An emoji at a position (sticky), and characters that join the grapheme before them.
const EMOJI_AT = new RegExp(EMOJI_START.source.slice(1), 'vy');
const JOINS = /[\p{Grapheme_Extend}\p{Emoji_Modifier}\p{Mc}\u200D]/uy;

const EMOJI_PRESENTATION = /^\p{Emoji_Presentation}$/u;
const emojiPresentation = new Map<number, boolean>();

/** A single code point shown as an emoji by default (each one is an RGI emoji on its own). */
function isEmojiPresentation(cp: number): boolean {
  let known = emojiPresentation.get(cp);
  if (known === undefined) {
    known = EMOJI_PRESENTATION.test(String.fromCodePoint(cp));
    if (emojiPresentation.size < 4096) emojiPresentation.set(cp, known);
  }
  return known;
}

/**
 * Whether the character at `at` belongs to the grapheme of the one before it: `prev` is a
 * simple character (see isSimple), or 0 after an emoji.
 */
function joinsPrevious(text: string, at: number, prev: number): boolean {
  const c = text.charCodeAt(at);
  if (c < 0x300) return prev === 13 && c === 10;
  // A Hangul syllable takes a following vowel or final consonant jamo.
  if (prev >= 0xac00 && prev <= 0xd7a3 && ((c >= 0x1160 && c <= 0x11ff) || (c >= 0xd7b0 && c <= 0xd7ff))) return true;
  JOINS.lastIndex = at;
  return JOINS.test(text);
}

/**
 * Calls `fn` with the [start, end) of each grapheme cluster of text[from, to), and
 * `emoji` true when the cluster is known to be one emoji, false when it is known not to
 * be, undefined when the caller must look. Common text (letters, CJK, whole emoji) is read
 * directly; anything else goes to Intl.Segmenter, which is exact but slow to start.
 */
function forEachGrapheme(text: string, from: number, to: number, fn: (start: number, end: number, emoji?: boolean) => void): void {
  let i = from;
  while (i < to) i = graphemeAt(text, i, to, fn);
}

/** One step of forEachGrapheme: the grapheme (or run of complex text) at `i`; returns where the next starts. */
function graphemeAt(text: string, i: number, to: number, fn: (start: number, end: number, emoji?: boolean) => void): number {
  const c = text.charCodeAt(i);
  if (isSimple(c)) {
    if (i + 1 >= to || !joinsPrevious(text, i + 1, c)) {
      fn(i, i + 1, false);
      return i + 1;
    }
    if (c === 13 && text.charCodeAt(i + 1) === 10 && i + 2 <= to) {
      fn(i, i + 2, false); // CR LF: nothing joins after a line break
      return i + 2;
    }
  } else if ((c >= 0xd800 && c <= 0xdbff) || (c >= 0x2000 && c <= 0x33ff)) {
    // The common case first: one emoji (or symbol) code point with nothing joined to it.
    const cp = text.codePointAt(i)!;
    const end = i + (cp > 0xffff ? 2 : 1);
    if (end <= to && !(cp >= 0x1f1e6 && cp <= 0x1f1ff) && (end === to || !joinsPrevious(text, end, 0))) {
      fn(i, end, isEmojiPresentation(cp));
      return end;
    }
    EMOJI_AT.lastIndex = i;
    const m = EMOJI_AT.exec(text);
    const j = m ? i + m[0].length : 0;
    if (m && j <= to && (j === to || !joinsPrevious(text, j, 0))) {
      fn(i, j, true);
      return j;
    }
  }
  // A run of complex text: it ends between two simple characters, where a grapheme
  // boundary is certain.
  let j = i + 1;
  while (j < to) {
    const a = text.charCodeAt(j - 1);
    const b = text.charCodeAt(j);
    if (isSimple(a) && isSimple(b) && !(a === 13 && b === 10)) break;
    j++;
  }
  return segmentRun(text, i, j, fn);
}

// Intl.Segmenter's time per segment grows with the length of the string it was given
// (sharply past 65,536 code units), so a long run is given to it in chunks of about this size.
const CHUNK = 1024;

/**
 * Graphemes of the run text[i, j) (i a grapheme boundary) through Intl.Segmenter, a chunk
 * at a time; returns j. Whether a boundary falls before a character depends only on the
 * text before it and the character itself (every rule of UAX #29 has one character after
 * its break point), so the boundaries a cut chunk gives are exact except its end: its last
 * segment is left to the next chunk, which starts there.
 */
function segmentRun(text: string, i: number, j: number, fn: (start: number, end: number, emoji?: boolean) => void): number {
  let size = CHUNK;
  while (j - i > size) {
    let e = i + size;
    const c = text.charCodeAt(e - 1);
    if (c >= 0xd800 && c <= 0xdbff) e++; // never cut a surrogate pair
    let last = -1;
    for (const seg of SEGMENTER.segment(text.slice(i, e))) {
      if (last >= 0) fn(i + last, i + seg.index);
      last = seg.index;
    }
    if (last > 0) {
      i += last;
      size = CHUNK;
    } else size *= 2; // one grapheme longer than the chunk (a letter with thousands of marks)
  }
  for (const seg of SEGMENTER.segment(text.slice(i, j))) fn(i + seg.index, i + seg.index + seg.segment.length);
  return j;
}

// ---------------------------------------------------------------------------------------
// Finding links with twitter-text, within a budget
//
// twitter-text's URL pattern takes time that grows with the square of a run of
// domain-like text ("a.b.c.d…" or "a-b-c-…" thousands of characters long). A link never
// contains whitespace, so the text is cut into whitespace-separated words and only words
// that could hold a link (a dot followed by something) are given to twitter-text, each at
// most MAX_WORD long and MAX_TOTAL in all per post. Longer words (and words past the budget)
// use a linear stand-in: a link starting with http(s):// whose host labels are valid.

const MAX_WORD = 1024;
const MAX_TOTAL = 8_000;

let lastLinks: { text: string; withoutProtocol: boolean; links: Link[] } | undefined;

function extractLinks(text: string, withoutProtocol: boolean): Link[] {
  // X and Bluesky look for the same links in the same text: remember the last answer.
  if (lastLinks && lastLinks.withoutProtocol === withoutProtocol && lastLinks.text === text) return lastLinks.links;
  const links = findLinks(text, withoutProtocol);
  lastLinks = { text, withoutProtocol, links };
  return links;
}

/** The characters JavaScript's \s matches. */
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || (c >= 0x2000 && c <= 0x200a) || c === 0xa0 || c === 0x1680 || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

function findLinks(text: string, withoutProtocol: boolean): Link[] {
  const links: Link[] = [];
  let budget = MAX_TOTAL;
  // The words (runs without whitespace) that may hold a link have a dot before their last
  // character: found from the dots, in order, rather than by reading every word.
  for (let dot = text.indexOf('.'); dot >= 0; dot = text.indexOf('.', dot + 1)) {
    if (dot + 1 >= text.length || isSpace(text.charCodeAt(dot + 1))) continue;
    let start = dot;
    while (start > 0 && !isSpace(text.charCodeAt(start - 1))) start--;
    let end = dot + 2;
    while (end < text.length && !isSpace(text.charCodeAt(end))) end++;
    dot = end;
    const w = text.slice(start, end);
    if (!withoutProtocol && !/https?:\/\//i.test(w)) continue;
    if (w.length <= MAX_WORD && w.length <= budget) {
      budget -= w.length;
      for (const u of twitterExtractUrls(w, { extractUrlsWithoutProtocol: withoutProtocol })) {
        links.push({ start: start + u.indices[0], end: start + u.indices[1], url: u.url });
      }
    } else {
      for (const u of simpleLinks(w)) links.push({ start: start + u.start, end: start + u.end, url: u.url });
    }
  }
  return links;
}

// Mastodon counts "@name@server" as "@name" (its Account::MENTION_RE, in JavaScript).
const REMOTE_MENTION = /(?<![=\/\p{L}\p{N}_])@([a-z0-9_]+(?:[.-]+[a-z0-9_]+)*)@[\p{L}\p{N}_]+(?:[.-]+[\p{L}\p{N}_]+)*/giu;

function withRemoteMentions(text: string, links: Link[]): Link[] {
  if (!text.includes('@')) return links;
  const mentions: Link[] = [];
  let k = 0;
  REMOTE_MENTION.lastIndex = 0;
  for (let m; (m = REMOTE_MENTION.exec(text)); ) {
    const start = m.index;
    const end = start + m[0].length;
    while (k < links.length && links[k].end <= start) k++;
    if (k < links.length && links[k].start < end) continue; // inside a link
    mentions.push({ start, end, url: m[0], mention: `@${m[1]}` });
  }
  return mentions.length ? [...links, ...mentions].sort((a, b) => a.start - b.start) : links;
}

function simpleLinks(word: string): Link[] {
  const out: Link[] = [];
  const re = /https?:\/\/[^\s<>"]+/gi;
  for (let m; (m = re.exec(word)); ) {
    let url = m[0];
    while (url.length && /[.,;:!?'")\]]/.test(url[url.length - 1])) url = url.slice(0, -1);
    const host = /^https?:\/\/([^/?#:]*)/i.exec(url)?.[1] ?? '';
    const labels = host.split('.');
    const valid =
      labels.length >= 2 &&
      host.length <= 253 &&
      labels.every((l) => l.length >= 1 && l.length <= 63 && /^[\p{L}\p{N}](?:[\p{L}\p{N}_-]*[\p{L}\p{N}])?$/u.test(l)) &&
      /^(?:\p{L}{2,}|xn--[a-z0-9-]+)$/iu.test(labels[labels.length - 1]);
    if (valid) out.push({ start: m.index, end: m.index + url.length, url });
  }
  return out;
}

// ---------------------------------------------------------------------------------------
// Counting a post

interface Published {
  text: string;
  /** Document offset of each span's start, and its start in `text`. */
  spans: { docStart: number; at: number; length: number }[];
  end: number;
}

// What was counted for the last document (rules and the linter measure one post after the
// other). Not WeakMaps: V8's young-generation collector keeps the values of a long-lived
// WeakMap alive, which promoted every post's counts to the old generation.
let cachedDoc: PostDocument | undefined;
let publishedCache: Published | undefined;
let measureCache: Map<string, Budget> | undefined;

function forDocument(doc: PostDocument): void {
  if (doc === cachedDoc) return;
  cachedDoc = doc;
  publishedCache = undefined;
  measureCache = undefined;
}

function published(doc: PostDocument): Published {
  forDocument(doc);
  let p = publishedCache;
  if (!p) {
    let at = 0;
    const spans = doc.published.map((s) => {
      const span = { docStart: s.start, at, length: s.end - s.start };
      at += span.length;
      return span;
    });
    const text = doc.published.map((s) => doc.text.slice(s.start, s.end)).join('');
    const last = doc.published[doc.published.length - 1];
    p = { text, spans, end: last ? last.end : doc.body.start };
    publishedCache = p;
  }
  return p;
}

/** The document offset of index `i` of the published text. */
function toDocOffset(p: Published, i: number): number {
  for (let k = p.spans.length - 1; k >= 0; k--) {
    const s = p.spans[k];
    if (i >= s.at) return s.docStart + Math.min(i - s.at, s.length);
  }
  return p.end;
}

/** Where the published text ends in the document. */
export function publishedEnd(doc: PostDocument): number {
  return published(doc).end;
}

/** The limit of a platform, after the length-limit rule's options. */
export function platformLimit(platform: PlatformId, options: LengthOptions): number {
  if (platform === 'x' && isPositive(options.xMaxLength)) return options.xMaxLength;
  if (platform === 'mastodon' && isPositive(options.mastodonMaxLength)) return options.mastodonMaxLength;
  return PLATFORMS[platform].maxLength;
}

function isPositive(n: unknown): n is number {
  return typeof n === 'number' && Number.isFinite(n) && n > 0;
}

/**
 * Counts the post for one platform. `limit` replaces the platform's limit (preview-cutoff
 * uses it to find where the feed's "…more" cut falls).
 */
export function measurePlatform(doc: PostDocument, platform: PlatformId, options: LengthOptions = {}, limit?: number): Budget {
  const info = PLATFORMS[platform];
  const max = limit ?? platformLimit(platform, options);
  const urlLength = isPositive(options.mastodonUrlLength) ? options.mastodonUrlLength : 23;
  const key = `${platform}:${max}:${urlLength}`;
  forDocument(doc);
  let cache = measureCache;
  if (!cache) measureCache = cache = new Map();
  const hit = cache.get(key);
  if (hit) return hit;

  const p = published(doc);
  const c = countText(p.text, {
    counting: info.counting,
    limit: max,
    urlLength,
    maxBytes: limit === undefined ? info.maxBytes : undefined,
  });
  const budget: Budget = {
    platform,
    name: info.name,
    used: c.used,
    limit: max,
    unit: info.counting,
    links: c.links,
    emoji: c.emoji,
  };
  if (c.overflowAt !== undefined) budget.overflowStart = toDocOffset(p, c.overflowAt);
  if (c.bytes !== undefined && info.maxBytes !== undefined) {
    budget.bytes = { used: c.bytes, limit: info.maxBytes };
    if (c.byteOverflowAt !== undefined) budget.bytes.overflowStart = toDocOffset(p, c.byteOverflowAt);
  }
  cache.set(key, budget);
  return budget;
}

/** Length used against each platform's limit (for the editor's status bar, e.g. "X 243/280"). */
export function measureBudgets(doc: PostDocument, platforms: readonly PlatformId[], options: Record<string, unknown>): Budget[] {
  return platforms.map((p) => measurePlatform(doc, p, options as LengthOptions));
}
