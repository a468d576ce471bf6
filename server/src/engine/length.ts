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
//
// The counting is done in its own modules: a string as a platform counts it (length.count.ts),
// its grapheme clusters and emoji (length.graphemes.ts) and its links (length.links.ts). This one
// holds the public API: it counts a post's published text and maps the results to the document.

import type { PostDocument } from './document';
import { countText } from './length.count';
import { PLATFORMS, type LengthCounting } from './platforms';
import type { PlatformId } from './types';

export { countText, countTweet, X_CONFIG, X_CONFIG_V2, type CountSettings, type TextCount, type WeightedConfig } from './length.count';
export { blueskyShortUrl } from './length.links';

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
