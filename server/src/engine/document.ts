// Reads a `.post.md` text into the pieces the rules work on. Nothing here reports
// findings: front-matter problems are collected for the `front-matter` rule.
//
// The key idea is the *prose mask*: a copy of the text with the same length in which
// everything that is not prose (front matter, code, URLs, HTML comments) is blanked
// with spaces. Wording rules scan the mask, so every offset they find is already an
// offset into the original text, and nothing non-prose can ever match.

import { isMap, isScalar, isSeq, parseDocument, visit, type Node as YamlNode } from 'yaml';
import { knownPlatformNames, resolvePlatform } from './platforms';
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

// A word: letters or digits (\p{L}, \p{N}), joined by inner apostrophes or hyphens ("don't",
// "follow-up"). A leading '#' stays on the token so "#1" and "#ad" are distinct from "1" and
// "ad"; a lone '%' is a token too. This is what /#?[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*|%/gu
// matches (a test holds the two to the same words; phrases.ts splits phrases with it), read
// with a loop over code units: the regex, a match object and a toLowerCase() per word were a
// third of parsing a post.
export const WORD_PATTERN = /#?[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*|%/gu;
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
// Non-ASCII BMP code units already classified: 0 not yet, 1 letter or digit, 2 neither.
const bmpClass = new Uint8Array(0x10000);

/** Length (1 or 2 code units) of the letter or digit at `i`, or 0. */
function wordCharAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdbff) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return LETTER_OR_DIGIT.test(text.slice(i, i + 2)) ? 2 : 0;
    return 0;
  }
  let k = bmpClass[c];
  if (k === 0) bmpClass[c] = k = LETTER_OR_DIGIT.test(String.fromCharCode(c)) ? 1 : 2;
  return k === 1 ? 1 : 0;
}

function tokenize(prose: string): Token[] {
  // Lower-case the whole prose once and slice each word from it, when that gives the same
  // words as lower-casing each word: same length, and no capital sigma (whose lower case
  // depends on the letters around it).
  let lowered: string | undefined = prose.toLowerCase();
  if (lowered.length !== prose.length || prose.includes('Σ')) lowered = undefined;
  else if (lowered.includes('’')) lowered = lowered.replace(/’/g, "'");
  const tokens: Token[] = [];
  const n = prose.length;
  for (let i = 0; i < n; ) {
    const c = prose.charCodeAt(i);
    const start = i;
    let w = wordCharAt(prose, i);
    if (w === 0) {
      if (c === 37 /* % */) {
        tokens.push({ start: i, end: i + 1, lower: '%' });
        i++;
        continue;
      }
      if (c !== 35 /* # */ || (w = wordCharAt(prose, i + 1)) === 0) {
        // A code point at a time, as the /u pattern does: never start a word inside a pair.
        const d = prose.charCodeAt(i + 1);
        i += c >= 0xd800 && c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff ? 2 : 1;
        continue;
      }
      i++; // the '#'
    }
    for (;;) {
      do i += w;
      while ((w = wordCharAt(prose, i)) !== 0);
      const j = prose.charCodeAt(i);
      if ((j === 39 /* ' */ || j === 0x2019 /* ’ */ || j === 45) /* - */ && (w = wordCharAt(prose, i + 1)) !== 0) {
        i++;
        continue;
      }
      break;
    }
    let lower: string;
    if (lowered !== undefined) lower = lowered.slice(start, i);
    else {
      lower = prose.slice(start, i).toLowerCase();
      if (lower.includes('’')) lower = lower.replace(/’/g, "'");
    }
    tokens.push({ start, end: i, lower });
  }
  return tokens;
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

interface FrontMatterBounds {
  span: Span;
  contentStart: number;
  contentEnd: number;
  closed: boolean;
}

function findFrontMatter(text: string): FrontMatterBounds | undefined {
  const open = /^\uFEFF?---[ \t]*\r?\n/.exec(text);
  if (!open) return undefined;
  const contentStart = open[0].length;
  const close = /^(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/gm;
  close.lastIndex = contentStart;
  for (let m; (m = close.exec(text)); ) {
    if (m.index < contentStart) continue;
    return { span: { start: 0, end: m.index + m[0].length }, contentStart, contentEnd: m.index, closed: true };
  }
  return { span: { start: 0, end: text.length }, contentStart, contentEnd: text.length, closed: false };
}

/** A front-matter value, from the YAML parser or the fast path: plain JS plus where it was written. */
interface FrontMatterValue {
  /** The scalar's value (string, number, boolean, null); undefined for maps. */
  value: unknown;
  /** Offsets relative to the front-matter content. */
  range: readonly number[];
  /** Set for sequences. */
  items?: FrontMatterValue[];
}

interface FrontMatterEntry {
  key: string;
  keyRange: readonly number[];
  value: FrontMatterValue | null;
}

// The fast path: front matter made only of `key: plain value` lines whose values need no YAML
// subtleties (no quotes, brackets, colons, comments, anchors, hex or octal). That is almost
// every post, and reading it directly is far cheaper than a full YAML parse. Anything else goes
// to the real parser, so errors and unusual values are always handled by it. A test checks
// that both paths agree.
const SIMPLE_LINE = /^([A-Za-z_][A-Za-z0-9_-]*):[ \t]+([A-Za-z0-9_][A-Za-z0-9_ .,\/-]*?)[ \t]*$/;

function scalarOf(raw: string): unknown {
  if (/^[-+]?\d+$/.test(raw)) return Number(raw);
  if (/^[-+]?(?:\.\d+|\d+(?:\.\d*)?)(?:[eE][-+]?\d+)?$/.test(raw)) return Number(raw);
  if (/^(?:true|True|TRUE)$/.test(raw)) return true;
  if (/^(?:false|False|FALSE)$/.test(raw)) return false;
  if (/^(?:null|Null|NULL)$/.test(raw)) return null;
  return raw;
}

export function readSimpleFrontMatter(source: string): FrontMatterEntry[] | undefined {
  const entries: FrontMatterEntry[] = [];
  const seen = new Set<string>();
  let offset = 0;
  for (const rawLine of source.split('\n')) {
    const line = rawLine.endsWith('\r') ? rawLine.slice(0, -1) : rawLine;
    const lineStart = offset;
    offset += rawLine.length + 1;
    if (!line.trim()) continue;
    const m = SIMPLE_LINE.exec(line);
    if (!m || seen.has(m[1]) || /^0[xo]/i.test(m[2])) return undefined;
    seen.add(m[1]);
    const valueStart = lineStart + line.indexOf(m[2], m[1].length + 1);
    entries.push({
      key: m[1],
      keyRange: [lineStart, lineStart + m[1].length],
      value: { value: scalarOf(m[2]), range: [valueStart, valueStart + m[2].length] },
    });
  }
  return entries;
}

function fromYamlNode(node: YamlNode | null): FrontMatterValue | null {
  if (!node) return null;
  if (isSeq(node)) return { value: undefined, range: node.range ?? [0, 0], items: node.items.map((n) => fromYamlNode(n as YamlNode)!).filter(Boolean) };
  return { value: isScalar(node) ? node.value : undefined, range: node.range ?? [0, 0] };
}

function readFrontMatter(
  text: string,
  contentStart: number,
  contentEnd: number,
  problems: FrontMatterProblem[],
): { data: Record<string, unknown>; platforms: PlatformId[] } {
  const source = text.slice(contentStart, contentEnd);
  const at = (range: readonly number[] | null | undefined): Span => {
    let s = contentStart + (range?.[0] ?? 0);
    let e = contentStart + Math.max(range?.[1] ?? 0, (range?.[0] ?? 0) + 1);
    if (s >= contentEnd) {
      // Past the last setting (an unclosed quote or bracket): point at the last character
      // written, not at the closing "---".
      s = contentEnd;
      while (s > contentStart && /\s/.test(text[s - 1])) s--;
      s = Math.max(contentStart, s - 1);
      e = s + 1;
    }
    return { start: s, end: Math.min(Math.max(e, s + 1), Math.max(contentEnd, s + 1)) };
  };
  // YAML errors underline the whole line they are on (trimmed): the parser's position is
  // often one character, and the writer needs to look at the line.
  const lineOf = (range: readonly number[] | null | undefined): Span => {
    const { start } = at(range);
    let s = start;
    while (s > contentStart && text[s - 1] !== '\n') s--;
    let e = start;
    while (e < contentEnd && text[e] !== '\n' && text[e] !== '\r') e++;
    while (s < e && /[ \t]/.test(text[s])) s++;
    while (e > s && /[ \t]/.test(text[e - 1])) e--;
    return e > s ? { start: s, end: e } : at(range);
  };

  let entries = readSimpleFrontMatter(source);
  let data: Record<string, unknown>;
  if (entries) {
    data = Object.fromEntries(entries.map((e) => [e.key, e.value?.value]));
  } else {
    // logLevel 'error': the parser's warnings go to process.emitWarning (stderr) and quote the
    // front matter, which may hold a patient's details; its errors are read from doc.errors.
    const doc = parseDocument(source, { prettyErrors: false, uniqueKeys: true, logLevel: 'error' });
    // Only the first YAML error: the ones after it usually follow from it and would only repeat it.
    for (const err of doc.errors.slice(0, 1)) {
      const firstLine = plainYamlError(err.code, err.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, ''));
      let pos: readonly number[] | undefined = err.pos;
      if (err.code === 'BLOCK_AS_IMPLICIT_KEY' || err.code === 'MULTILINE_IMPLICIT_KEY') {
        // The parser points at the setting before the stray indented line: point at that line.
        const next = source.indexOf('\n', err.pos[0]);
        if (next >= 0 && /\S/.test(source.slice(next + 1))) pos = [next + 1 + (/^\s*/.exec(source.slice(next + 1))?.[0].length ?? 0)];
      }
      const quote = err.code === 'MISSING_CHAR' ? /closing (["'])/.exec(err.message)?.[1] : undefined;
      if (quote) {
        // An unclosed quote runs on to the end: point at the line where it was opened (the
        // last line before the error with an odd number of such quotes).
        let lineStart = 0;
        let opened: number | undefined;
        for (const line of source.slice(0, err.pos[0]).split('\n')) {
          if ((line.split(quote).length - 1) % 2 === 1) opened = lineStart;
          lineStart += line.length + 1;
        }
        if (opened !== undefined) pos = [opened];
      }
      problems.push({
        ...lineOf(pos),
        message: `The front matter is not valid YAML (${firstLine}). Postlint cannot read the platform or other settings until it is fixed; check the indentation, quotes and colons on this line.`,
      });
    }
    if (doc.errors.length) return { data: {}, platforms: [] };
    const contents = doc.contents;
    if (contents === null || (isScalar(contents) && (contents.value === null || contents.value === ''))) {
      return { data: {}, platforms: [] };
    }
    if (!isMap(contents)) {
      problems.push({
        ...at(contents.range),
        message:
          'The front matter should be a list of "key: value" settings (for example "platform: instagram"). Write one setting per line.',
      });
      return { data: {}, platforms: [] };
    }
    entries = contents.items.map((pair) => ({
      key: isScalar(pair.key) ? String(pair.key.value) : '',
      keyRange: (pair.key as YamlNode | null)?.range ?? [0, 0],
      value: fromYamlNode(pair.value as YamlNode | null),
    }));
    try {
      data = (doc.toJS({ maxAliasCount: 100 }) ?? {}) as Record<string, unknown>;
    } catch {
      // An alias ("*name") with no anchor, or aliases that expand too far. The error would
      // quote the alias, which may hold a patient's details: say what is wrong without it,
      // and read the other settings as written.
      let alias: readonly number[] | undefined;
      visit(doc, { Alias: (_key, node) => ((alias = node.range ?? undefined), visit.BREAK) });
      problems.push({
        ...lineOf(alias),
        message:
          'The front matter uses a YAML alias (a value starting with "*") that Postlint cannot read: it refers to no "&" anchor, or refers to others too many times. Write the value out in full.',
      });
      data = Object.fromEntries(entries.map((e) => [e.key, e.value?.value]));
    }
  }

  const platforms: PlatformId[] = [];
  const addPlatform = (node: FrontMatterValue | null, keyRange?: readonly number[]) => {
    if (!node || node.value === null || node.value === '') {
      // "platform:" with nothing after it.
      if (keyRange) {
        problems.push({
          ...at(keyRange),
          message: `The platform is left empty, so its length and hashtag limits cannot be checked. Write the platform this post is for. Known platforms: ${knownPlatformNames()}.`,
        });
      }
      return;
    }
    if (typeof node.value !== 'string') {
      problems.push({
        ...at(node.range),
        message: `A platform must be a name such as "instagram". Known platforms: ${knownPlatformNames()}.`,
      });
      return;
    }
    const id = resolvePlatform(node.value);
    if (!id) {
      problems.push({
        ...at(node.range),
        message: `"${truncate(node.value)}" is not a platform Postlint knows, so its length and hashtag limits cannot be checked. Use one of: ${knownPlatformNames()}.`,
      });
    } else if (!platforms.includes(id)) {
      platforms.push(id);
    }
  };
  for (const { key, keyRange, value } of entries) {
    if (key === 'platform') {
      if (value?.items) value.items.forEach((n) => addPlatform(n));
      else addPlatform(value, keyRange);
    } else if (key === 'platforms') {
      if (value?.items) value.items.forEach((n) => addPlatform(n));
      else if (value && typeof value.value === 'string' && value.value.trim()) {
        // "platforms: x, linkedin" is a common slip; accept it.
        const written = source.slice(value.range[0], value.range[1]);
        let cursor = 0;
        for (const part of value.value.split(',')) {
          const name = part.trim();
          const found = name ? written.indexOf(name, cursor) : -1;
          if (found >= 0) cursor = found + name.length;
          const id = resolvePlatform(part);
          if (id) {
            if (!platforms.includes(id)) platforms.push(id);
          } else {
            problems.push({
              ...at(found >= 0 ? [value.range[0] + found, value.range[0] + found + name.length] : value.range),
              message: `"${truncate(part.trim())}" is not a platform Postlint knows. Use one of: ${knownPlatformNames()}.`,
            });
          }
        }
      } else {
        problems.push({
          ...at(value?.range ?? keyRange),
          message: `"platforms" should be a list, for example "platforms: [x, linkedin]". Known platforms: ${knownPlatformNames()}.`,
        });
      }
    }
  }
  return { data, platforms };
}

/** The YAML parser's error in words a non-programmer can act on (its own text as a fallback). */
function plainYamlError(code: string, message: string): string {
  if (code === 'DUPLICATE_KEY') return 'the same setting is written twice';
  if (code === 'MISSING_CHAR' && /quote/i.test(message)) return 'a quote is opened but not closed';
  if (/^Flow (?:sequence|mapping)/.test(message)) return 'a "[" or "{" is not closed on the same line';
  if (code === 'BLOCK_AS_IMPLICIT_KEY' || code === 'MULTILINE_IMPLICIT_KEY') return 'a line is indented as if it belonged to the setting before it';
  if (code === 'TAB_AS_INDENT') return 'a tab is used for indentation; use spaces';
  return message;
}

function truncate(s: string): string {
  return s.length > 40 ? `${s.slice(0, 37)}…` : s;
}

/** Finds fenced code blocks, inline code spans and HTML comments in the body. */
function scanMarkdown(text: string, body: Span, comments: HtmlComment[], code: Span[]): void {
  let i = body.start;
  let lineStart = true;
  // The next blank line and, per length, the next run of backticks: looked up once and
  // reused by every code span opened before them (a lookup per span rescanned the rest of
  // the post: quadratic on "`a` `b` `c`…" without a blank line).
  let para = -2;
  let noRunFrom = Infinity; // no run of at least this many backticks is left
  const nextRun = new Map<number, number>();
  while (i < body.end) {
    if (lineStart && startsFence(text, i)) {
      const fence = /^[ ]{0,3}(`{3,}|~{3,})[^\n]*(?:\n|$)/.exec(text.slice(i, Math.min(body.end, i + 400)));
      if (fence) {
        const marker = fence[1];
        const closeRe = new RegExp(`^[ ]{0,3}${marker[0] === '`' ? '`' : '~'}{${marker.length},}[ \\t]*\\r?$`, 'gm');
        closeRe.lastIndex = i + fence[0].length;
        let end = body.end;
        for (let m; (m = closeRe.exec(text)); ) {
          if (m.index >= i + fence[0].length) {
            end = m.index + m[0].length;
            break;
          }
        }
        code.push({ start: i, end });
        i = end;
        continue;
      }
    }
    const c = text.charCodeAt(i);
    if (c !== 60 /* < */ && c !== 96 /* ` */) {
      lineStart = c === 10;
      i++;
      continue;
    }
    if (c === 60 && text.startsWith('<!--', i)) {
      const close = text.indexOf('-->', i + 4);
      const end = close < 0 ? body.end : close + 3;
      comments.push({ start: i, end, inner: text.slice(i + 4, close < 0 ? body.end : close).trim() });
      lineStart = false;
      i = end;
      continue;
    }
    if (c === 96) {
      let n = 1;
      while (text[i + n] === '`') n++;
      let close = n >= noRunFrom ? -1 : (nextRun.get(n) ?? -1);
      if (n < noRunFrom && close < i + n) {
        close = text.indexOf('`'.repeat(n), i + n);
        if (close < 0) noRunFrom = n;
        else nextRun.set(n, close);
      }
      // A code span cannot cross a blank line; an unmatched backtick is just a character.
      if (para !== -1 && para < i) para = text.indexOf('\n\n', i);
      if (close >= 0 && (para < 0 || close < para)) {
        while (text[close + n] === '`') close++;
        code.push({ start: i, end: close + n });
        i = close + n;
        lineStart = false;
        continue;
      }
      i += n;
      lineStart = false;
      continue;
    }
    lineStart = false; // a '<' that opens no comment
    i++;
  }
}

/** Whether the line at `i` may open a code fence (up to 3 spaces, then ``` or ~~~): checked before the pattern. */
function startsFence(text: string, i: number): boolean {
  let k = i;
  while (k < i + 3 && text.charCodeAt(k) === 32) k++;
  const c = text.charCodeAt(k);
  return (c === 96 /* ` */ || c === 126) /* ~ */ && text.charCodeAt(k + 1) === c && text.charCodeAt(k + 2) === c;
}

// Sentence ends: . ! ? (and runs of them), or a blank line, or a line break before a list item/heading.
function splitSentences(prose: string, body: Span): Span[] {
  const out: Span[] = [];
  let start = body.start;
  const push = (s: number, e: number) => {
    while (s < e && /\s/.test(prose[s])) s++;
    while (e > s && /\s/.test(prose[e - 1])) e--;
    if (e > s && /[\p{L}\p{N}]/u.test(prose.slice(s, e))) out.push({ start: s, end: e });
  };
  // The lookbehind starts a run of marks only at its first mark: tried from inside a long run
  // ("……a") the pattern would reread the run from every mark (quadratic). A match never
  // starts inside a run anyway.
  const re = /(?<![.!?…])[.!?…]+(?=[\s"')\]]|$)|\n[ \t]*(?:\r?\n|[-*+#>]|\d+[.)])|\n(?=[ \t]*#)/g;
  re.lastIndex = body.start;
  for (let m; (m = re.exec(prose)); ) {
    if (m[0][0] === '.' && isAbbreviation(prose, m.index)) continue;
    const end = m[0][0] === '\n' ? m.index : m.index + m[0].length;
    push(start, end);
    start = m[0][0] === '\n' ? m.index + 1 : m.index + m[0].length;
  }
  push(start, prose.length);
  return out;
}

const ABBREVIATIONS = new Set(['dr', 'mr', 'mrs', 'ms', 'st', 'vs', 'etc', 'e.g', 'i.e', 'no', 'approx', 'dept', 'prof', 'jr', 'sr']);
function isAbbreviation(prose: string, dot: number): boolean {
  const before = /([\p{L}.]+)$/u.exec(prose.slice(Math.max(0, dot - 8), dot));
  if (!before) return /\d/.test(prose[dot - 1] ?? '') && prose[dot] === '.' && /\d/.test(prose[dot + 1] ?? '');
  const word = before[1].toLowerCase();
  // "No. 5" is an abbreviation; "the answer is no. Ask us" ends a sentence.
  if (word === 'no') return /^\.[ \t]*\d/.test(prose.slice(dot, dot + 4));
  return ABBREVIATIONS.has(word);
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
