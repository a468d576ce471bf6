// English analysis of a post's prose, done once per post and shared by every rule that reads
// meaning: sentences, tokens with part of speech, lemma and negation, named entities (dates,
// times, money, numbers, durations…) and each sentence's sentiment. It comes from wink-nlp
// with its light English model, an npm package of plain data: loaded once per process, no
// I/O, so the engine runs the same in the CLI, the language server, a browser and the tests.
//
// wink reads the body of the prose mask (code, links and comments already blanked), so a
// token's offsets are offsets into the post. Line breaks end sentences: posts put one thought
// per line far more often than they wrap a sentence.

import type { Document, WinkMethods } from 'wink-nlp';
import { winkReadingEachTextAfresh } from './analysis.wink';
import type { PostDocument } from './document';
import { remembered } from './remembered';

/** Universal part-of-speech tags, as wink's model gives them. */
export type Pos =
  | 'ADJ' | 'ADP' | 'ADV' | 'AUX' | 'CCONJ' | 'DET' | 'INTJ' | 'NOUN' | 'NUM' | 'PART'
  | 'PRON' | 'PROPN' | 'PUNCT' | 'SCONJ' | 'SYM' | 'VERB' | 'X' | 'SPACE';

export interface NlpToken {
  start: number;
  end: number;
  /** The text as written. */
  text: string;
  /** Lower-cased, typographic apostrophes folded to '. */
  lower: string;
  /** Dictionary form, lower-cased ("swore" → "swear", "patients" → "patient"). */
  lemma: string;
  pos: Pos;
  /** Inside the scope of a negation ("did n't *seem sick*"). */
  negated: boolean;
  /** wink's token type: word, number, punctuation, emoji, hashtag, mention, symbol, currency, email, url… */
  type: string;
  sentence: number;
}

export interface NlpSentence {
  start: number;
  end: number;
  /** Index of its first token, and one past its last. */
  first: number;
  last: number;
  /** wink's sentiment of the sentence, −1 (negative) … 1 (positive): read it with sentimentOf(), which scores it on first use. */
  sentiment?: number;
}

export interface NlpEntity {
  start: number;
  end: number;
  /** DATE, TIME, DURATION, MONEY, PERCENT, CARDINAL, ORDINAL, EMAIL, HASHTAG, MENTION, URL, EMOJI… */
  type: string;
  first: number;
  last: number;
}

export interface Analysis {
  tokens: NlpToken[];
  sentences: NlpSentence[];
  entities: NlpEntity[];
}

/**
 * Longest stretch of prose analysed, in UTF-16 units. Real posts are under 65,000 characters
 * (Facebook's limit); past that the rest is not read for meaning, so a pasted book cannot hold
 * the editor up. Rules that read words (length, phrases) still see all of it.
 */
export const ANALYSIS_LIMIT = 70_000;

let nlp: WinkMethods | undefined;

function loadNlp(): WinkMethods {
  // 'cer' (custom entities) is left out: we define none. Sentiment is scored only for the
  // sentences a rule asks about (sentimentOf): in the whole pipeline it was a third of the cost.
  return (nlp ??= winkReadingEachTextAfresh(['sbd', 'negation', 'pos', 'ner']));
}

let sentimentNlp: WinkMethods | undefined;

/** wink's sentiment of a piece of text on its own, −1 … 1 (words, a phrase or a sentence). */
export function sentimentOfText(text: string): number {
  sentimentNlp ??= winkReadingEachTextAfresh(['sbd', 'negation', 'sentiment']);
  return sentimentNlp.readDoc(text).out(sentimentNlp.its.sentiment) as unknown as number;
}

/**
 * Whether a lower-case word is in the model's English lexicon ("banana", "pushy": yes;
 * "thelma", "newguy": no), and its part of speech and dictionary form on its own. A name is
 * rarely an everyday word, so this tells "Mrs. Pushy" (a nickname) from "Mrs. Thelma". Read
 * with the analysis's own wink instance, so the model is held in memory once.
 */
export const lexiconEntry = remembered((lower: string): { known: boolean; pos: string; lemma: string } => {
  const w = loadNlp();
  const wdoc = w.readDoc(lower);
  const tokens = wdoc.tokens();
  return { known: tokens.length() === 1 && !wdoc.isOOV(lower), pos: String(tokens.out(w.its.pos)[0]), lemma: String(tokens.out(w.its.lemma as never)[0]).toLowerCase() };
});

/** A word of wink's lexicon that is not a proper noun: "people", "surgery", "grace"; not "tuesday", "georgia", "thelma". */
export function isEverydayWord(lower: string): boolean {
  const entry = lexiconEntry(lower);
  return entry.known && entry.pos !== 'PROPN';
}

/** The sentence's sentiment, scored on first use and kept on the sentence. */
export function sentimentOf(prose: string, s: NlpSentence): number {
  return (s.sentiment ??= sentimentOfText(prose.slice(s.start, s.end)));
}

let lastDoc: PostDocument | undefined;
let lastAnalysis: Analysis | undefined;

/** The post's analysis; computed by the first rule that asks, shared with the others. */
export function analyse(doc: PostDocument): Analysis {
  if (doc === lastDoc && lastAnalysis) return lastAnalysis;
  const analysis = analyseProse(doc.prose, doc.body.start, Math.min(doc.body.end, doc.body.start + ANALYSIS_LIMIT));
  lastDoc = doc;
  lastAnalysis = analysis;
  return analysis;
}

const APOSTROPHES = /[\u2018\u2019]/g;

/** Typographic apostrophes as ' (most words have none: no pattern is run on them). */
function foldApostrophes(word: string): string {
  return word.includes('\u2019') || word.includes('\u2018') ? word.replace(APOSTROPHES, "'") : word;
}

export function analyseProse(prose: string, from: number, to: number): Analysis {
  const analysis: Analysis = { tokens: [], sentences: [], entities: [] };
  const slice = prose.slice(from, to);
  if (!/\S/.test(slice)) return analysis;
  const w = loadNlp();
  const its = w.its;
  const wdoc: Document = w.readDoc(slice);
  // Whole columns at once: far cheaper than asking wink token by token.
  const all = wdoc.tokens();
  const texts = all.out() as string[];
  const spaces = all.out(its.precedingSpaces) as string[];
  const types = all.out(its.type) as string[];
  const pos = all.out(its.pos) as Pos[];
  const lemmas = all.out(its.lemma as never) as unknown as string[];
  const negations = all.out(its.negationFlag) as unknown as boolean[];
  const sentenceSpans = wdoc.sentences().out(its.span) as unknown as [number, number][];

  // wink's token index → ours (-1 for line breaks and other space tokens, which we drop).
  const ours = new Int32Array(texts.length).fill(-1);
  let offset = from;
  let breakBefore = true;
  let winkSentence = 0;
  const sentStarts: number[] = [];
  for (let i = 0; i < texts.length; i++) {
    while (winkSentence < sentenceSpans.length && sentenceSpans[winkSentence][1] < i) winkSentence++;
    if (sentenceSpans[winkSentence]?.[0] === i) breakBefore = true;
    const text = texts[i];
    offset += spaces[i].length;
    // wink gives back the text as written; should it ever not, find the token from here.
    if (!prose.startsWith(text, offset)) {
      const found = prose.indexOf(text, offset);
      if (found < 0 || found >= to) continue;
      offset = found;
    }
    const start = offset;
    offset += text.length;
    if (types[i] === 'tabCRLF' || pos[i] === 'SPACE') {
      breakBefore = true;
      continue;
    }
    if (breakBefore) {
      sentStarts.push(analysis.tokens.length);
      breakBefore = false;
    }
    ours[i] = analysis.tokens.length;
    analysis.tokens.push({
      start,
      end: offset,
      text,
      lower: foldApostrophes(text.toLowerCase()),
      lemma: foldApostrophes(String(lemmas[i]).toLowerCase()),
      pos: pos[i],
      negated: negations[i],
      type: types[i],
      sentence: sentStarts.length - 1,
    });
  }

  for (let s = 0; s < sentStarts.length; s++) {
    const first = sentStarts[s];
    // wink reads a capitalised first word as a name and leaves it as written ("Prices go up");
    // an everyday word there takes its dictionary form from the lexicon ("price").
    const opening = analysis.tokens[first];
    if (opening.pos === 'PROPN' && opening.lemma === opening.lower && opening.type === 'word') {
      const entry = lexiconEntry(opening.lower);
      if (entry.known) opening.lemma = entry.lemma;
    }
    const last = s + 1 < sentStarts.length ? sentStarts[s + 1] : analysis.tokens.length;
    analysis.sentences.push({ start: analysis.tokens[first].start, end: analysis.tokens[last - 1].end, first, last });
  }

  const entitySpans = wdoc.entities().out(its.span) as unknown as [number, number][];
  const entityTypes = wdoc.entities().out(its.type) as string[];
  for (let e = 0; e < entitySpans.length; e++) {
    const first = ours[entitySpans[e][0]];
    const last = ours[entitySpans[e][1]];
    if (first < 0 || last < 0) continue;
    analysis.entities.push({ start: analysis.tokens[first].start, end: analysis.tokens[last].end, type: entityTypes[e], first, last: last + 1 });
  }
  return analysis;
}
