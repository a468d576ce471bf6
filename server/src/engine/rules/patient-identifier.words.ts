// patient-identifier, the post's words as the scan reads them: each token with its sentence,
// the gap before it (Markdown emphasis dropped), whether it is a capitalised word, the tokens
// where a pattern may start, the practice's own contacts, and the hits found so far. The
// sentence readings (patient-identifier.context.ts) and the finders of names, numbers and dates
// (patient-identifier.names.ts, .numbers.ts, .dates.ts) all read the post through it.

import { isEverydayWord } from '../analysis';
import { tokenSentences } from '../derived';
import type { PostDocument, Token } from '../document';
import type { Suggestion } from '../types';
import * as D from './patient-identifier.data';
import { isGivenName } from './shared/given-names';

export type Kind =
  | 'name'
  | 'confirmation'
  | 'reply'
  | 'phone'
  | 'email'
  | 'record'
  | 'ssn'
  | 'birth-date'
  | 'care-date'
  | 'age'
  | 'room'
  | 'address';

export interface Hit {
  start: number;
  end: number;
  kind: Kind;
  generalise?: Suggestion;
}

// Patterns of the word-by-word checks, compiled once.
const CAP_WORD = /^\p{Lu}[\p{L}'’\-]*$/u;
const LOWER_LETTER = /\p{Ll}/u;
const AGE_WORD = /-(?:old|young)$/i;
/** The gap between two words of a name or phrase: one or two spaces or tabs. */
export const SPACE_GAP = /^[ \t]{1,2}$/;
/** A comma and one or two spaces: "Sarah, a patient of mine". */
export const COMMA_GAP = /^,[ \t]{1,2}$/;
/** The gap after a title ("Mrs. Alvarez", "Mr Jones"), as titleSpaced() reads it. */
const TITLE_GAP = /^\.?[ \t]{1,2}$/;

/**
 * A given name that is not also an everyday word: "maria", "doreen", "shannon"; "will", "grace"
 * and "mark" are read as the words they also are. The names are stdlib's
 * (shared/given-names.ts), as patient-story's are; the readings of names tied to care, where
 * the words around decide, take every given name.
 */
export function isFirstName(lower: string): boolean {
  return isGivenName(lower) && !isEverydayWord(lower);
}

/** The word without a possessive or a contraction: "john's" → "john", "i’m" → "i", "we've" → "we". */
export function base(lower: string): string {
  // Most words have no apostrophe: no pattern is run on them.
  if (!lower.includes("'") && !lower.includes('’')) return lower;
  const m = /^(.+?)['’](?:s|m|ve|ll|d|re)$/.exec(lower);
  return m ? m[1] : lower;
}

/** The digits of a string: "(555) 123-4567" → "5551234567". */
export function digitsOf(s: string): string {
  return s.replace(/\D/g, '');
}

const T_PATIENT = 1;
const T_RECORD = 2;
const T_ROOM = 4;
const T_DATE = 8;
const PERSON_NOUNS_NAMED = ['man', 'woman', 'lady', 'gentleman', 'gent', 'guy', 'boy', 'girl', 'child', 'kid', 'baby', 'teen', 'teenager', 'mum', 'mom', 'dad', 'mother', 'father'];
/** One lookup per token tells which patterns may start there. */
const TRIGGERS = new Map<string, number>();
const trigger = (words: Iterable<string>, flag: number) => {
  for (const w of words) TRIGGERS.set(w, (TRIGGERS.get(w) ?? 0) | flag);
};
trigger(D.PATIENT_NOUNS, T_PATIENT);
trigger(PERSON_NOUNS_NAMED, T_PATIENT);
trigger(D.RECORD_CUES_STRONG, T_RECORD);
trigger(D.RECORD_CUES_WEAK, T_RECORD);
trigger(D.ROOM_WORDS, T_ROOM);
trigger([...D.BIRTH_DATE_CUES, ...D.SERVICE_DATE_CUES, ...D.POSSESSIVE_DATE_CUES, 'b'], T_DATE);
/**
 * The first two characters of every trigger (0 for a one-letter word; 127 for any non-ASCII
 * one): most words of a post start with none of them and are passed over without a look-up.
 */
const TRIGGER_STARTS = new Uint8Array(128 * 128);
const startKey = (w: string) => Math.min(w.charCodeAt(0), 127) * 128 + (w.length > 1 ? Math.min(w.charCodeAt(1), 127) : 0);
for (const w of TRIGGERS.keys()) TRIGGER_STARTS[startKey(w)] = 1;

const DIGIT = /\d/;

/** The post's tokens as the scan reads them, and the hits found in them. */
export class PostWords {
  readonly text: string;
  readonly prose: string;
  readonly toks: readonly Token[];
  /** Sentence index of each token (-1 outside any sentence). */
  readonly sentOf: Int32Array;
  /** First and one-past-last token of each sentence. */
  readonly sentFirst: Int32Array;
  readonly sentLast: Int32Array;
  /** Per token: 0 not yet known, 1 capitalised word, 2 not. */
  private readonly capCache: Uint8Array;
  readonly hits: Hit[] = [];
  readonly ownPhones: string[];
  /** Tokens that start a pattern, found in one pass: patient nouns, record cues, room words. */
  readonly patientAt: number[] = [];
  readonly recordAt: number[] = [];
  readonly roomAt: number[] = [];
  hasDateCue = false;
  readonly hasDigit: boolean;
  readonly ownEmails: string[];

  constructor(
    readonly doc: PostDocument,
    ownContacts: readonly string[],
  ) {
    this.text = doc.text;
    this.prose = doc.prose;
    this.toks = doc.tokens;
    const n = this.toks.length;
    const sentences = tokenSentences(doc);
    this.sentOf = sentences.sentOf;
    this.sentFirst = sentences.first;
    this.sentLast = sentences.last;
    this.capCache = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      const lower = this.toks[i].lower;
      if (TRIGGER_STARTS[startKey(lower)] === 0) continue;
      const trigger = TRIGGERS.get(lower);
      if (trigger) {
        if (trigger & T_PATIENT) this.patientAt.push(i);
        if (trigger & T_RECORD) this.recordAt.push(i);
        if (trigger & T_ROOM) this.roomAt.push(i);
        if (trigger & T_DATE) this.hasDateCue = true;
      }
    }
    // Phone numbers, dates, ages and addresses all need a digit ("ninety" aside): most posts
    // without one skip those patterns.
    this.hasDigit = DIGIT.test(this.prose);
    this.ownPhones = [];
    this.ownEmails = [];
    for (const c of ownContacts) {
      if (typeof c !== 'string') continue;
      if (c.includes('@') || /\.[a-z]{2,}$/i.test(c)) this.ownEmails.push(c.trim().toLowerCase());
      else if (digitsOf(c).length >= 6) this.ownPhones.push(digitsOf(c).slice(-10));
    }
  }

  add(start: number, end: number, kind: Kind, generalise?: Suggestion): void {
    this.hits.push({ start, end, kind, generalise });
  }

  word(i: number): string {
    const t = this.toks[i];
    return this.text.slice(t.start, t.end);
  }

  /** Text between token i-1 and token i, without Markdown emphasis ("**John**" reads as "John"). */
  gap(i: number): string {
    const t = this.toks;
    if (i <= 0 || i >= t.length) return '';
    const g = this.prose.slice(t[i - 1].end, t[i].start);
    return g.length < 12 && /[*_~]/.test(g) ? g.replace(/[*_~]/g, '') : g;
  }

  /** The gap before token i is exactly one space: the common case, answered without slicing. */
  oneSpace(i: number): boolean {
    const t = this.toks;
    return i > 0 && i < t.length && t[i].start === t[i - 1].end + 1 && this.prose.charCodeAt(t[i - 1].end) === 32;
  }

  /** SPACE_GAP.test(this.gap(i)), without building the gap. */
  spaced(i: number): boolean {
    return this.blankGap(i, false);
  }

  /** TITLE_GAP.test(this.gap(i)), without building the gap. */
  titleSpaced(i: number): boolean {
    return this.blankGap(i, true);
  }

  /**
   * Whether the gap before token i, read as gap() reads it (emphasis marks dropped from a
   * short gap), is one or two spaces or tabs, after an optional "." when `dot`.
   */
  private blankGap(i: number, dot: boolean): boolean {
    const t = this.toks;
    if (i <= 0 || i >= t.length) return false;
    const from = t[i - 1].end;
    const to = t[i].start;
    // A gap of 12 or more keeps its marks and is longer than any blank gap.
    if (to - from >= 12) return false;
    const prose = this.prose;
    let blanks = 0;
    let sawDot = false;
    for (let k = from; k < to; k++) {
      const c = prose.charCodeAt(k);
      if (c === 42 || c === 95 || c === 126) continue; // * _ ~
      if (c === 32 || c === 9) blanks++;
      else if (c === 46 && dot && !sawDot && blanks === 0) sawDot = true;
      else return false;
    }
    return blanks >= 1 && blanks <= 2;
  }

  isCap(i: number): boolean {
    let v = this.capCache[i];
    if (v === 0) {
      const c = this.text.charCodeAt(this.toks[i].start);
      if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 35) return (this.capCache[i] = 2), false;
      const w = this.word(i);
      // "Ninety-three-year-old" is capitalised but is not a name.
      v = this.capCache[i] = CAP_WORD.test(w) && LOWER_LETTER.test(w) && !AGE_WORD.test(w) ? 1 : 2;
    }
    return v === 1;
  }

  lower(i: number): string {
    return i >= 0 && i < this.toks.length ? this.toks[i].lower : '';
  }

  sameSentence(a: number, b: number): boolean {
    return a >= 0 && b >= 0 && a < this.toks.length && b < this.toks.length && this.sentOf[a] >= 0 && this.sentOf[a] === this.sentOf[b];
  }

  isSentenceStart(i: number): boolean {
    const s = this.sentOf[i];
    return s >= 0 && this.sentFirst[s] === i;
  }
}
