// Reads the words of a post's prose mask: the tokens every wording rule matches against, each
// with its offsets in the text and its lower-cased form. One pass over the code units, with
// the same words as WORD_PATTERN (a test holds the two together).

import type { Token } from './document';

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

export function tokenize(prose: string): Token[] {
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
