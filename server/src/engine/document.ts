// Reads a `.post.md` text into the pieces the rules work on. Nothing here reports
// findings: front-matter problems are collected for the `front-matter` rule.
//
// The key idea is the *prose mask*: a copy of the text with the same length in which
// everything that is not prose (front matter, code, URLs, HTML comments) is blanked
// with spaces. Wording rules scan the mask, so every offset they find is already an
// offset into the original text, and nothing non-prose can ever match.

//
// The pieces are read in their own modules: the front matter (document.front-matter.ts), code
// and HTML comments in the Markdown (document.markdown.ts), the words (document.words.ts)
// and the sentences (document.sentences.ts). This one holds the types, the mask, the links,
// hashtags and mentions, the published text and line positions.

import { findFrontMatter, readFrontMatter } from './document.front-matter';
import { scanMarkdown } from './document.markdown';
import { splitSentences } from './document.sentences';
import { tokenize } from './document.words';
import type { PlatformId } from './types';

export interface Span {
  start: number;
  end: number;
}

export interface FrontMatterProblem extends Span {
  message: string;
}

export interface Token extends Span {
  /** Lower-cased text of the word, with typographic apostrophes folded to '. */
  lower: string;
}

export interface Url extends Span {
  url: string;
}

export interface HtmlComment extends Span {
  /** The text between `<!--` and `-->`, trimmed. */
  inner: string;
}

export interface PostDocument {
  text: string;
  /** The front matter including its `---` fences, if any. */
  frontMatter?: Span;
  /** Parsed front-matter mapping (empty when absent or broken). */
  data: Record<string, unknown>;
  frontMatterProblems: FrontMatterProblem[];
  /** Platforms named in the front matter (`platform` or `platforms`), in order, without duplicates. */
  platforms: PlatformId[];
  /** The Markdown body after the front matter. */
  body: Span;
  /** Same length as `text`; non-prose characters replaced by spaces (newlines kept). */
  prose: string;
  /** Words of the prose, in order. */
  tokens: Token[];
  urls: Url[];
  hashtags: Span[];
  mentions: Span[];
  htmlComments: HtmlComment[];
  /** Sentences of the prose (trimmed spans), in order. */
  sentences: Span[];
  /** Body ranges that are published (the body minus HTML comments, outer whitespace trimmed). */
  published: Span[];
  /** Offsets at which each line starts. */
  lineStarts: number[];
}

// URLs: scheme or www., up to whitespace, trailing punctuation excluded. Found from their
// start ("http", "www."), then read in place: a regex that starts with \b and the i flag
// would otherwise be tried at every position of every post.
const URL_START = /https?:\/\/|www\./giu;
const URL_AT = /\b(?:https?:\/\/|www\.)[^\s<>()\[\]"']*[^\s<>()\[\]"'.,;:!?]/iuy;
// Bare domains such as "clinic.com/book" count as links too on most platforms. Only looked
// for when a top-level domain appears outside the links already found.
const BARE_DOMAIN = /(?<![@\w.\-/])(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?:com|org|net|health|care|clinic|io|co|us|uk|ca|au|info|gov|edu|ly|me)\b(?:\/[^\s<>()\[\]"']*[^\s<>()\[\]"'.,;:!?])?/giu;
const TOP_LEVEL_DOMAIN = /\.(?:com|org|net|health|care|clinic|io|co|us|uk|ca|au|info|gov|edu|ly|me)\b/giu;
const HASHTAG = /(?<![\p{L}\p{N}_&#/])#[\p{L}\p{N}_]*\p{L}[\p{L}\p{N}_]*/gu;
const MENTION = /(?<![\p{L}\p{N}_.@])@[A-Za-z0-9_](?:[A-Za-z0-9_.]*[A-Za-z0-9_])?/gu;

export function parsePost(text: string): PostDocument {
  const lineStarts = computeLineStarts(text);
  const fm = findFrontMatter(text);
  const problems: FrontMatterProblem[] = [];
  let data: Record<string, unknown> = {};
  let platforms: PlatformId[] = [];
  if (fm) {
    // An unclosed front matter swallows the whole post: reading it as YAML would only report
    // the post's sentences as YAML errors, so only the missing "---" is reported.
    if (fm.closed) ({ data, platforms } = readFrontMatter(text, fm.contentStart, fm.contentEnd, problems));
    else {
      problems.push({
        start: fm.span.start,
        end: Math.min(text.length, fm.span.start + 3),
        message:
          'The front matter starts with "---" but never ends. Add a line with just "---" after the settings (platform, date…) so Postlint and your publishing tools can tell them apart from the post.',
      });
    }
  }
  const body: Span = { start: fm ? fm.span.end : 0, end: text.length };

  // Spans to blank, applied once at the end (far cheaper than an array of characters).
  const blanks: Span[] = [];
  const blank = (s: number, e: number) => {
    if (e > s) blanks.push({ start: s, end: e });
  };
  blank(0, body.start);

  const htmlComments: HtmlComment[] = [];
  const code: Span[] = [];
  scanMarkdown(text, body, htmlComments, code);
  for (const c of htmlComments) blank(c.start, c.end);
  for (const c of code) blank(c.start, c.end);

  // One flag per code unit (1: code or comment, 2: link), so lookups stay O(1) even in huge
  // or junk-filled files. Most posts have neither code nor links: then it is never allocated.
  let hidden: Uint8Array | undefined;
  const flags = () => (hidden ??= new Uint8Array(text.length + 1));
  for (const s of code) flags().fill(1, s.start, s.end);
  for (const s of htmlComments) flags().fill(1, s.start, s.end);
  const nonProse = (at: number) => at < body.start || hidden?.[at] === 1;

  const urls: Url[] = [];
  const addUrl = (start: number, url: string) => {
    if (nonProse(start) || hidden?.[start] === 2) return;
    urls.push({ start, end: start + url.length, url });
    flags().fill(2, start, start + url.length);
  };
  URL_START.lastIndex = 0;
  for (let m; (m = URL_START.exec(text)); ) {
    URL_AT.lastIndex = m.index;
    const url = URL_AT.exec(text)?.[0];
    if (!url) continue;
    addUrl(m.index, url);
    URL_START.lastIndex = m.index + url.length;
  }
  TOP_LEVEL_DOMAIN.lastIndex = 0;
  let bareDomains = false;
  for (let m; !bareDomains && (m = TOP_LEVEL_DOMAIN.exec(text)); ) bareDomains = hidden?.[m.index] !== 2;
  BARE_DOMAIN.lastIndex = 0;
  for (let m; bareDomains && (m = BARE_DOMAIN.exec(text)); ) addUrl(m.index, m[0]);
  urls.sort((a, b) => a.start - b.start);
  // Markdown link targets "](...)" are never prose either.
  for (const t of linkTargets(text)) if (!nonProse(t.start - 2)) blank(t.start, t.end);
  for (const u of urls) blank(u.start, u.end);

  const prose = blankLongRuns(maskSpans(text, blanks));
  const hashtags = collect(prose, HASHTAG);
  const mentions = collect(prose, MENTION).filter((m) => !(text[m.start - 1] === '.' || /[\w]/.test(text[m.start - 1] ?? '')));

  const tokens = tokenize(prose);

  return {
    text,
    frontMatter: fm?.span,
    data,
    frontMatterProblems: problems,
    platforms,
    body,
    prose,
    tokens,
    urls,
    hashtags,
    mentions,
    htmlComments,
    sentences: splitSentences(prose, body),
    published: publishedSpans(text, body, htmlComments),
    lineStarts,
  };
}

// A run of more than this many characters without a space is no word anyone reads (a
// divider, keyboard mashing, a pasted hash), and the language analysis's tokenizer takes
// time that grows with the square of such a run. Scripts written
// without spaces (Chinese, Japanese, Korean, Thai, Lao, Khmer, Myanmar) are split character
// by character by the analysis: their characters end a run as a space does.
const MAX_RUN = 256;

function endsRun(c: number): boolean {
  return (
    isWhitespace(c) ||
    (c >= 0x0e00 && c <= 0x0eff) ||
    (c >= 0x1000 && c <= 0x109f) ||
    (c >= 0x1780 && c <= 0x17ff) ||
    (c >= 0x2e80 && c <= 0x9fff) ||
    (c >= 0xac00 && c <= 0xd7af) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xff00 && c <= 0xffef)
  );
}

/** The prose with every such run blanked (as code is). */
function blankLongRuns(prose: string): string {
  const runs: Span[] = [];
  let start = 0;
  for (let i = 0; i <= prose.length; i++) {
    if (i < prose.length && !endsRun(prose.charCodeAt(i))) continue;
    if (i - start > MAX_RUN) runs.push({ start, end: i });
    start = i + 1;
  }
  return runs.length ? maskSpans(prose, runs) : prose;
}

/** `text` with every code unit inside `spans` replaced by a space, line breaks kept. */
function maskSpans(text: string, spans: Span[]): string {
  if (!spans.length) return text;
  spans.sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const s of spans) {
    const start = Math.max(s.start, at);
    if (s.end <= start) continue;
    out += text.slice(at, start) + blankedOut(text, start, s.end);
    at = s.end;
  }
  return out + text.slice(at);
}

const SPACES = ' '.repeat(256);

/** text[start, end) with every character but line breaks turned into a space. */
function blankedOut(text: string, start: number, end: number): string {
  let out = '';
  for (let k = start; k < end; ) {
    let run = k;
    for (let c = text.charCodeAt(run); run < end && c !== 10 && c !== 13; c = text.charCodeAt(++run));
    const n = run - k;
    if (n) out += n <= SPACES.length ? SPACES.slice(0, n) : ' '.repeat(n);
    if (run < end) out += text[run++];
    k = run;
  }
  return out;
}

/**
 * The targets of "](target)" (no space or ")" inside), as /\]\(([^)\s]*)\)/g finds them.
 * That pattern rescans the rest of the line from every "](" that has no ")" after it
 * (quadratic on "](](](…"); here the end of a target is looked for once: every "](" before
 * it shares it.
 */
function linkTargets(text: string): Span[] {
  const out: Span[] = [];
  let stop = -1; // the first ")" or whitespace at or after `from`, once looked for
  for (let at = text.indexOf(']('); at >= 0; at = text.indexOf('](', at)) {
    const from = at + 2;
    if (stop < from) {
      stop = from;
      while (stop < text.length && text.charCodeAt(stop) !== 41 /* ) */ && !isWhitespace(text.charCodeAt(stop))) stop++;
    }
    if (text.charCodeAt(stop) === 41) {
      out.push({ start: from, end: stop });
      at = stop + 1;
    } else at = from;
  }
  return out;
}

/** The characters JavaScript's \s matches. */
function isWhitespace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

function collect(text: string, pattern: RegExp): Span[] {
  const out: Span[] = [];
  pattern.lastIndex = 0;
  for (let m; (m = pattern.exec(text)); ) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

export function computeLineStarts(text: string): number[] {
  const starts = [0];
  if (!text.includes('\r')) {
    // The common case: only \n line breaks, found with indexOf (much faster than a character loop).
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    return starts;
  }
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13 && text.charCodeAt(i + 1) !== 10) starts.push(i + 1);
  }
  return starts;
}

/** Zero-based line and UTF-16 column of an offset. */
export function positionAt(lineStarts: number[], offset: number): { line: number; character: number } {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo, character: offset - lineStarts[lo] };
}

function publishedSpans(text: string, body: Span, comments: HtmlComment[]): Span[] {
  const spans: Span[] = [];
  let at = body.start;
  for (const c of comments) {
    if (c.start > at) spans.push({ start: at, end: c.start });
    at = c.end;
  }
  if (at < body.end) spans.push({ start: at, end: body.end });
  // Trim leading whitespace of the first span and trailing whitespace of the last one.
  while (spans.length) {
    const first = spans[0];
    while (first.start < first.end && /\s/.test(text[first.start])) first.start++;
    if (first.start < first.end) break;
    spans.shift();
  }
  while (spans.length) {
    const last = spans[spans.length - 1];
    while (last.end > last.start && /\s/.test(text[last.end - 1])) last.end--;
    if (last.end > last.start) break;
    spans.pop();
  }
  return spans;
}

/** The text as the platform receives it (HTML comments removed, outer whitespace trimmed). */
export function publishedText(doc: PostDocument): string {
  return doc.published.map((s) => doc.text.slice(s.start, s.end)).join('');
}
