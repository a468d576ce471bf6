// English analysis of a post's prose, done once per post and shared by every rule that reads
// meaning: sentences, tokens with part of speech, lemma and negation, named entities (dates,
// times, money, numbers, durations…) and each sentence's sentiment. It comes from wink-nlp
// with its light English model, an npm package of plain data: loaded once per process, no
// I/O, so the engine runs the same in the CLI, the language server, a browser and the tests.
//
// wink reads the body of the prose mask (code, links and comments already blanked), so a
// token's offsets are offsets into the post. Line breaks end sentences: posts put one thought
// per line far more often than they wrap a sentence.

import winkNLP, { type Document, type WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { PostDocument } from './document';

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
  /** wink's sentiment of the sentence, −1 (negative) … 1 (positive). */
  sentiment: number;
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
  // 'cer' (custom entities) is left out: we define none.
  return (nlp ??= winkNLP(model, ['sbd', 'negation', 'sentiment', 'pos', 'ner']));
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

const NEWLINE = /[\r\n]/;
const APOSTROPHES = /[\u2018\u2019]/g;

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
  const winkSentences = wdoc.sentences();
  const sentenceSpans = winkSentences.out(its.span) as unknown as [number, number][];
  const sentiments = winkSentences.out(its.sentiment) as unknown as number[];

  // wink's token index → ours (-1 for line breaks and other space tokens, which we drop).
  const ours = new Int32Array(texts.length).fill(-1);
  let offset = from;
  let breakBefore = true;
  let winkSentence = 0;
  const sentStarts: number[] = [];
  const sentScores: number[] = [];
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
    if (types[i] === 'tabCRLF' || pos[i] === 'SPACE' || NEWLINE.test(text)) {
      breakBefore = true;
      continue;
    }
    if (breakBefore) {
      sentStarts.push(analysis.tokens.length);
      // A line of a longer wink sentence takes that sentence's sentiment.
      sentScores.push(sentiments[winkSentence] ?? 0);
      breakBefore = false;
    }
    ours[i] = analysis.tokens.length;
    analysis.tokens.push({
      start,
      end: offset,
      text,
      lower: text.toLowerCase().replace(APOSTROPHES, "'"),
      lemma: String(lemmas[i]).toLowerCase().replace(APOSTROPHES, "'"),
      pos: pos[i],
      negated: negations[i],
      type: types[i],
      sentence: sentStarts.length - 1,
    });
  }

  for (let s = 0; s < sentStarts.length; s++) {
    const first = sentStarts[s];
    const last = s + 1 < sentStarts.length ? sentStarts[s + 1] : analysis.tokens.length;
    analysis.sentences.push({ start: analysis.tokens[first].start, end: analysis.tokens[last - 1].end, first, last, sentiment: sentScores[s] });
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
