// Splits text into grapheme clusters (what a reader sees as one character) and tells which are
// emoji: common text is read directly, anything else goes to Intl.Segmenter a chunk at a time.

const SEGMENTER = new Intl.Segmenter('en', { granularity: 'grapheme' });
// An RGI emoji (current Unicode), or any emoji ZWJ sequence (for emoji newer than the engine).
// Built with RegExp(): the `v` flag is newer than the TypeScript target.
export const EMOJI_START = new RegExp(
  '^(?:\\p{RGI_Emoji}|\\p{Extended_Pictographic}(?:\\uFE0F|\\p{Emoji_Modifier})?(?:\\u200D\\p{Extended_Pictographic}(?:\\uFE0F|\\p{Emoji_Modifier})?)+)',
  'v',
);

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
export function forEachGrapheme(text: string, from: number, to: number, fn: (start: number, end: number, emoji?: boolean) => void): void {
  let i = from;
  while (i < to) i = graphemeAt(text, i, to, fn);
}

/** One step of forEachGrapheme: the grapheme (or run of complex text) at `i`; returns where the next starts. */
export function graphemeAt(text: string, i: number, to: number, fn: (start: number, end: number, emoji?: boolean) => void): number {
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
