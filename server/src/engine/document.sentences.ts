// Splits a post's prose mask into sentences: at . ! ? (not after "Dr." or "e.g."), at a blank
// line, and before a list item or heading. Each sentence is a trimmed span with a letter or digit.

import type { Span } from './document';

// Sentence ends: . ! ? (and runs of them), or a blank line, or a line break before a list item/heading.
export function splitSentences(prose: string, body: Span): Span[] {
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
