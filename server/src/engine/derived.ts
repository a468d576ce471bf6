// Data about a parsed post that several rules need, computed at most once per document and
// shared: the first rule that asks pays, the others read the cached value. Everything
// returned here is shared between rules: read it, never change it.
//
// The cache holds the last document only (the rules check one post after the other). Not a
// WeakMap: V8's young-generation collector keeps the values of a long-lived WeakMap alive,
// so every post's words were promoted to the old generation.

import type { PostDocument, Token } from './document';

/** Sentence of each token, and the tokens of each sentence. */
export interface TokenSentences {
  /** Sentence index of each token (-1 outside any sentence). */
  readonly sentOf: Int32Array;
  /** First token of each sentence (-1 for a sentence without tokens). */
  readonly first: Int32Array;
  /** One past the last token of each sentence (-1 for a sentence without tokens). */
  readonly last: Int32Array;
}

interface Derived {
  countable?: readonly Token[];
  sentences?: TokenSentences;
}

let lastDoc: PostDocument | undefined;
let lastDerived: Derived = {};

function derived(doc: PostDocument): Derived {
  if (doc !== lastDoc) {
    lastDoc = doc;
    lastDerived = {};
  }
  return lastDerived;
}

const LETTER = /\p{L}/u;

/** Whether a word has a letter in it, as /\p{L}/u tells (an ASCII loop first; other scripts go to the pattern). */
export function hasLetter(lower: string): boolean {
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) return true;
    if (c >= 128) return LETTER.test(lower);
  }
  return false;
}

/** Words of the prose: tokens with a letter, not hashtags or mentions. */
export function countableWords(doc: PostDocument): readonly Token[] {
  const d = derived(doc);
  if (d.countable) return d.countable;
  const { tokens, mentions } = doc;
  const mentionStarts = mentions.length ? new Set(mentions.map((m) => m.start + 1)) : undefined;
  // Sized once (growing an array word by word copies it several times), trimmed at the end.
  const out = new Array<Token>(tokens.length);
  let n = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.lower.charCodeAt(0) !== 35 /* # */ && hasLetter(t.lower) && !mentionStarts?.has(t.start)) out[n++] = t;
  }
  out.length = n;
  return (d.countable = out);
}

/**
 * The sentence of each token and the token range of each sentence, in one pass. A token
 * belongs to the sentence whose span contains its start.
 */
export function tokenSentences(doc: PostDocument): TokenSentences {
  const d = derived(doc);
  if (d.sentences) return d.sentences;
  const { tokens, sentences } = doc;
  const n = tokens.length;
  const sentOf = new Int32Array(n).fill(-1);
  const first = new Int32Array(sentences.length).fill(-1);
  const last = new Int32Array(sentences.length).fill(-1);
  let s = 0;
  for (let i = 0; i < n; i++) {
    const start = tokens[i].start;
    while (s < sentences.length && sentences[s].end <= start) s++;
    if (s < sentences.length && sentences[s].start <= start) {
      sentOf[i] = s;
      if (first[s] < 0) first[s] = i;
      last[s] = i + 1;
    }
  }
  return (d.sentences = { sentOf, first, last });
}
