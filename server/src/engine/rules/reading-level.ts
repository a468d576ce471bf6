// Flesch–Kincaid grade level of the post's prose, for posts to patients. The grade is
// computed over the prose sentences and their words (hashtags, mentions and numbers are
// not words); posts shorter than `minWords` are not judged, because the formula is noise
// on a few lines. The squiggle goes on the hardest sentences (at most `maxSentences`).

import type { PostDocument, Span } from '../document';
import { countableWords } from '../derived';
import { defineRule } from '../rule';
import { SYLLABLE_EXCEPTIONS } from './reading-level.data';

interface Options {
  maxGrade: number;
  minWords: number;
  maxSentences: number;
}

export default defineRule<Options>({
  meta: {
    id: 'reading-level',
    guideline: 'clarity',
    defaultSeverity: 'info',
    description: 'Posts for patients that read above a US school grade of 8 (Flesch–Kincaid): long sentences and long words.',
    why: 'Many adults read best at a grade 6 to 8 level, and health information is read by people who are worried, tired or reading in a second language. Long sentences and long words lose them before your point lands.',
    goodExample: 'Flu season is here. The vaccine is the best way to protect yourself. It takes two weeks to work, so get it soon.',
    fixable: false,
    hasSuggestions: false,
    options: {
      maxGrade: { type: 'number', default: 8, min: 0, max: 30, description: 'Highest acceptable grade level.' },
      minWords: { type: 'number', default: 30, min: 0, max: 100_000, integer: true, description: 'Posts with fewer words are not judged.' },
      maxSentences: { type: 'number', default: 3, min: 1, max: 1000, integer: true, description: 'At most this many of the hardest sentences are marked.' },
    },
  },
  check(context) {
    if (context.audience === 'professionals') return;
    const { doc, options } = context;
    // The post's grade first; the sentences are measured one by one only for a post above the limit.
    const totals = measureTotals(doc);
    if (totals.words < options.minWords || !totals.sentences) return;
    const grade = Math.round(fleschKincaid(totals.words, totals.sentences, totals.syllables));
    if (grade <= options.maxGrade) return;
    const sentences = measureSentences(doc);

    // The hardest sentences: above the limit, longest grade first. A sentence needs a few
    // words to be judged on its own (one long word is not a hard sentence).
    const judged = sentences.filter((s) => s.words >= 5).sort((a, b) => b.grade - a.grade);
    let marked = judged.filter((s) => Math.round(s.grade) > options.maxGrade).slice(0, Math.max(1, options.maxSentences));
    if (!marked.length) marked = [judged[0] ?? [...sentences].sort((a, b) => b.syllables - a.syllables)[0]];
    for (const s of marked) {
      const own = Math.max(0, Math.round(s.grade));
      const sentenceGrade = s.words >= 5 && own > grade ? ` This sentence alone reads at about grade ${own}.` : '';
      context.report({
        start: s.span.start,
        end: s.span.end,
        message: `This post reads at about grade ${grade} on the Flesch–Kincaid scale (US school years; aim for ${options.maxGrade} or below for patients). Worried or busy readers give up on text that is hard work, so your advice may not reach them.${sentenceGrade} Split long sentences and swap long words for everyday ones ("use" for "utilise", "help" for "facilitate").`,
      });
    }
  },
});

interface MeasuredSentence {
  span: Span;
  words: number;
  syllables: number;
  grade: number;
}

/** Flesch–Kincaid grade level. */
export function fleschKincaid(words: number, sentences: number, syllables: number): number {
  if (!words || !sentences) return 0;
  return 0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59;
}

/** Syllables of a word, remembered. */
function count(word: string): number {
  let n = SEEN.get(word);
  if (n === undefined) {
    if (SEEN.size >= SEEN_LIMIT) SEEN.clear();
    SEEN.set(word, (n = syllableCount(word)));
  }
  return n;
}

/** What measureSentences adds up: words, syllables and sentences with words, without a record per sentence. */
function measureTotals(doc: PostDocument): { words: number; syllables: number; sentences: number } {
  const words = countableWords(doc);
  let total = 0;
  let syllables = 0;
  let sentences = 0;
  let w = 0;
  for (const span of doc.sentences) {
    while (w < words.length && words[w].start < span.start) w++;
    let n = 0;
    for (; w < words.length && words[w].end <= span.end; w++) {
      n++;
      syllables += count(words[w].lower);
    }
    if (n) {
      total += n;
      sentences++;
    }
  }
  return { words: total, syllables, sentences };
}

/** The prose sentences that contain words, with their word and syllable counts. */
export function measureSentences(doc: PostDocument): MeasuredSentence[] {
  const words = countableWords(doc);
  const out: MeasuredSentence[] = [];
  let w = 0;
  for (const span of doc.sentences) {
    while (w < words.length && words[w].start < span.start) w++;
    let n = 0;
    let syllables = 0;
    for (; w < words.length && words[w].end <= span.end; w++) {
      n++;
      syllables += count(words[w].lower);
    }
    if (n) out.push({ span: withoutMarker(doc.text, span), words: n, syllables, grade: fleschKincaid(n, 1, syllables) });
  }
  return out;
}

/** The sentence without a leading list marker, heading or quote mark ("- ", "## ", "> "). */
export function withoutMarker(text: string, span: Span): Span {
  // A marker starts with one of - * + > # or a digit: most sentences start with a letter.
  const c = text.charCodeAt(span.start);
  if (!(c === 45 || c === 42 || c === 43 || c === 62 || c === 35 || (c >= 48 && c <= 57))) return span;
  const marker = /^(?:[-*+>]|#{1,6}|\d{1,3}[.)])[ \t]+/.exec(text.slice(span.start, Math.min(span.end, span.start + 12)));
  return marker ? { start: span.start + marker[0].length, end: span.end } : span;
}

// Syllable counts of words seen recently. Writers reuse their vocabulary from post to post
// and keystroke to keystroke; a bounded memo of a pure function (it never changes a result).
const SEEN = new Map<string, number>();
const SEEN_LIMIT = 20000;

/** Words of the prose: tokens with a letter, not hashtags or mentions (computed once per post, shared). */
export { countableWords };

/** Syllables of one word (a heuristic with an exceptions list; hyphenated words count each part). */
export function syllableCount(word: string): number {
  let plain = word.toLowerCase();
  if (!/^[a-z'’-]*$/.test(plain)) plain = plain.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  if (plain.includes("'") || plain.includes('’')) plain = plain.replace(/['’]/g, '');
  if (/^[a-z]+$/.test(plain)) return partSyllables(plain); // the common case
  const whole = SYLLABLE_EXCEPTIONS.get(plain.replace(/[^a-z]/g, ''));
  if (whole !== undefined) return whole;
  let total = 0;
  for (const part of plain.split(/[^a-z]+/)) if (part) total += partSyllables(part);
  return Math.max(1, total);
}

const VOWEL = new Uint8Array(128);
for (const c of 'aeiouy') VOWEL[c.charCodeAt(0)] = 1;

function partSyllables(word: string): number {
  const known = SYLLABLE_EXCEPTIONS.get(word);
  if (known !== undefined) return known;
  // Not a real word (a pasted code or a run of letters): a rough, cheap estimate.
  if (word.length > 40) return Math.ceil(word.length / 3);
  let vowels = 0;
  for (let i = 0; i < word.length; i++) vowels += VOWEL[word.charCodeAt(i)] ?? 0;
  // Abbreviations without vowels are spelled out: "cdc", "nhs".
  if (!vowels) return word.length;
  if (word.length <= 3) return 1;
  let w = word;
  let extra = 0;
  const last = word[word.length - 1];
  // A silent e before a suffix: "lately", "management", "careful", "safety".
  if (last === 'y' || last === 't' || last === 's' || last === 'l' || last === 'd') {
    w = w.replace(/([aeiouy][^aeiouy])e(ly|ment|ments|ness|ful|less|ty|ward|wards)$/, '$1$2');
  }
  if (/[^aeiouy]les?$/.test(w)) {
    // "table", "people", "simples": the final "le" is its own syllable.
    w = w.slice(0, w.endsWith('s') ? -3 : -2);
    extra++;
  } else if (w.endsWith('es') && w.length > 4) {
    const base = w.slice(0, -2);
    if (/(?:[sxz]|ch|sh|[cg])$/.test(base)) extra++; // "boxes", "places", "changes"
    w = base;
  } else if (w.endsWith('ed') && w.length > 4) {
    const before = w[w.length - 3];
    if (before !== 't' && before !== 'd') w = w.slice(0, -2); // "walked" is one syllable, "wanted" two
  } else if (w.endsWith('e') && !/[aeiy]e$/.test(w)) {
    w = w.slice(0, -1); // silent final e: "make", "vaccine"
  }
  // A y before a vowel is a consonant: "you", "beyond", "player".
  const letters = w.includes('y') ? w.replace(/y(?=[aeou])/g, 'j') : w;
  let groups = 0;
  let inGroup = false;
  for (let i = 0; i < letters.length; i++) {
    const v = VOWEL[letters.charCodeAt(i)] === 1;
    if (v && !inGroup) groups++;
    inGroup = v;
  }
  let splits = 0;
  SPLITS.lastIndex = 0;
  while (SPLITS.exec(letters)) splits++;
  if (last === 'g' || last === 's' || last === 'm' || last === 'r' || last === 't') {
    if (/[aeiouy]ings?$/.test(word)) splits++; // "being", "saying"
    else if (/isms?$/.test(word)) splits++; // "autism"
    else if (word.length >= 6 && /[^aeiouy]i(?:er|ers|est)$/.test(word)) splits++; // "easier", "healthiest"
  }
  return Math.max(1, groups + splits + extra);
}

// Vowel pairs that are usually two syllables ("me-di-a", "ra-di-o", "i-de-a"):
//   ia      media, bacteria, trial (not special, asia, familiar)
//   iu, ii  medium, calcium, radii
//   io      radio, biology, period, serious (not nation, onion)
//   ea$     nausea, apnea
//   ua, uo  usual, actual, continuous (not quality, language)
//   oe      poet, coexist
//   eo      video, theory, osteo (not pigeon, courageous)
//   neous   spontaneous, subcutaneous
const SPLITS = /(?<![tcsl])ia|iu|ii|(?<![tscxgln])io|ea$|(?<![qg])u[ao]|oe(?=[^s])|(?<!g)eo(?!u)|neous/g;
