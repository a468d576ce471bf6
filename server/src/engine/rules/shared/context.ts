// Small context helpers shared by several rules: the sentence around a match, the words just
// before and after it in that sentence, token, sentence and link look-ups by offset,
// quotation marks, plurals and replacement suggestions.
// This folder holds helpers, not rules (the registry in ../index.ts lists the rules).
// All of them are O(log n) or look at a handful of neighbouring words.

import type { PostDocument, Span, Token } from '../../document';
import { rewordingSuggestion } from '../../edits';
import type { PhraseMatch } from '../../phrases';
import type { Suggestion } from '../../types';

/** Index of the first token that starts at or after `offset`. */
export function tokenIndexAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the sentence containing `offset`, or -1 (sentences are in order and do not overlap). */
export function sentenceIndexAt(sentences: readonly Span[], offset: number): number {
  const best = lastSpanStartingAtOrBefore(sentences, offset);
  return best >= 0 && offset < sentences[best].end ? best : -1;
}

/** Index of the last span starting at or before `offset`, or -1 (spans sorted by start: sentences, links). */
export function lastSpanStartingAtOrBefore(spans: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].start <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** The sentence around a match: its offsets and its token indices [first, last). */
export interface SentenceTokens {
  start: number;
  end: number;
  first: number;
  last: number;
}

export function sentenceOf(doc: PostDocument, match: Pick<PhraseMatch, 'start' | 'end' | 'firstToken' | 'endToken'>): SentenceTokens {
  const { sentences, tokens } = doc;
  const s = sentences[sentenceIndexAt(sentences, match.start)];
  if (!s) return { start: match.start, end: match.end, first: match.firstToken, last: match.endToken };
  return {
    start: s.start,
    end: Math.max(s.end, match.end),
    first: Math.min(tokenIndexAt(tokens, s.start), match.firstToken),
    last: Math.max(tokenIndexAt(tokens, s.end), match.endToken),
  };
}

/** True when the words are inside quotation marks: the post mentions the phrase rather than using it. */
export function isQuoted(text: string, start: number, end: number): boolean {
  return `"'“‘«`.includes(text[start - 1] ?? ' ') && `"'”’»`.includes(text[end] ?? ' ');
}

/** Where a match lies among the post's tokens: [firstToken, endToken). */
type TokenRange = Pick<PhraseMatch, 'firstToken' | 'endToken'>;

/**
 * The up to `n` words just before a match, inside its sentence: the index of the first of them.
 * Walk them nearest first with `for (let k = match.firstToken - 1; k >= from; k--)`.
 */
export function windowBefore(sentence: SentenceTokens, match: TokenRange, n: number): number {
  return Math.max(sentence.first, match.firstToken - n);
}

/** The up to `n` words just after a match, inside its sentence: one past the last of them. */
export function windowAfter(sentence: SentenceTokens, match: TokenRange, n: number): number {
  return Math.min(sentence.last, match.endToken + n);
}

const CLAUSE_BREAK = /[,;:()[\]—–]|\s-\s/;

/** A clause ends between word k and the next: a comma, semicolon, colon, bracket or dash. */
export function clauseBreakAfter(doc: PostDocument, k: number): boolean {
  return CLAUSE_BREAK.test(doc.prose.slice(doc.tokens[k].end, doc.tokens[k + 1].start));
}

/** Whether any word of the sentence (token indices [first, last)) is in `words`. */
export function sentenceHas(doc: PostDocument, sentence: SentenceTokens, words: ReadonlySet<string>): boolean {
  for (let k = sentence.first; k < sentence.last; k++) if (words.has(doc.tokens[k].lower)) return true;
  return false;
}

/** Simple English plural of one word. */
export function plural(word: string): string {
  if (/(?:s|x|z|ch|sh)$/.test(word)) return `${word}es`;
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`;
  if (word.endsWith('fe')) return `${word.slice(0, -2)}ves`;
  return `${word}s`;
}

/** One suggestion per replacement (an empty one removes the words), case matched. */
export function suggestionsFor(text: string, start: number, end: number, replacements: readonly string[]): Suggestion[] {
  return replacements.map((r) => rewordingSuggestion(text, start, end, r));
}

/**
 * Whether `offset` starts a sentence: after . ! ? or :, at the start of the post, a paragraph,
 * a list item or a heading (a capital letter belongs there).
 */
export function atSentenceStart(doc: PostDocument, offset: number): boolean {
  const { prose } = doc;
  let i = offset - 1;
  while (i >= doc.body.start && /[ \t*_"'“‘(\[]/.test(prose[i])) i--;
  if (i < doc.body.start) return true;
  if (prose[i] !== '\n') {
    if (/[.!?…:]/.test(prose[i])) return true;
    // A list marker, heading or quote mark opening the line (looked for within a few characters).
    let j = i;
    while (j >= doc.body.start && i - j < 12 && /[-+>#\d.) \t]/.test(prose[j])) j--;
    if (j >= doc.body.start && prose[j] !== '\n') return false;
    return /^[ \t]*(?:[-+>#]+|\d+[.)])[ \t]*$/.test(prose.slice(j + 1, i + 1));
  }
  // The offset opens a line: a sentence starts there after a blank line or after a line that ended one.
  i--;
  while (i >= doc.body.start && /[ \t\r]/.test(prose[i])) i--;
  return i < doc.body.start || prose[i] === '\n' || /[.!?…:]/.test(prose[i]);
}
