// Flesch–Kincaid grade level of the post's prose, for posts to patients. The grade is
// computed over the prose sentences and their words (hashtags, mentions and numbers are
// not words); posts shorter than `minWords` are not judged, because the formula is noise
// on a few lines. The squiggle goes on the hardest sentences (at most `maxSentences`).

import type { PostDocument, Span, Token } from '../document';
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
      maxGrade: { type: 'number', default: 8, description: 'Highest acceptable grade level.' },
      minWords: { type: 'number', default: 30, description: 'Posts with fewer words are not judged.' },
      maxSentences: { type: 'number', default: 3, description: 'At most this many of the hardest sentences are marked.' },
    },
  },
  defaultOptions: { maxGrade: 8, minWords: 30, maxSentences: 3 },
  check(context) {
    if (context.audience === 'professionals') return;
    const { doc, options } = context;
    const sentences = measureSentences(doc);
    let words = 0;
    let syllableTotal = 0;
    for (const s of sentences) {
      words += s.words;
      syllableTotal += s.syllables;
    }
    if (words < options.minWords || !sentences.length) return;
    const grade = Math.round(fleschKincaid(words, sentences.length, syllableTotal));
    if (grade <= options.maxGrade) return;

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

/** The prose sentences that contain words, with their word and syllable counts. */
export function measureSentences(doc: PostDocument): MeasuredSentence[] {
  const words = countableWords(doc);
  const out: MeasuredSentence[] = [];
  let w = 0;
  for (const span of doc.sentences) {
    while (w < words.length && words[w].start < span.start) w++;
    let count = 0;
    let syllables = 0;
    for (; w < words.length && words[w].end <= span.end; w++) {
      count++;
      syllables += syllableCount(doc.text.slice(words[w].start, words[w].end));
    }
    if (count) out.push({ span: withoutMarker(doc.text, span), words: count, syllables, grade: fleschKincaid(count, 1, syllables) });
  }
  return out;
}

/** The sentence without a leading list marker, heading or quote mark ("- ", "## ", "> "). */
export function withoutMarker(text: string, span: Span): Span {
  const marker = /^(?:[-*+>]|#{1,6}|\d{1,3}[.)])[ \t]+/.exec(text.slice(span.start, Math.min(span.end, span.start + 12)));
  return marker ? { start: span.start + marker[0].length, end: span.end } : span;
}

/** Words of the prose: tokens with a letter, not hashtags or mentions. */
export function countableWords(doc: PostDocument): Token[] {
  const mentionStarts = new Set(doc.mentions.map((m) => m.start + 1));
  return doc.tokens.filter((t) => t.lower[0] !== '#' && /\p{L}/u.test(t.lower) && !mentionStarts.has(t.start));
}

/** Syllables of one word (a heuristic with an exceptions list; hyphenated words count each part). */
export function syllableCount(word: string): number {
  const plain = word
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '');
  const whole = SYLLABLE_EXCEPTIONS.get(plain.replace(/[^a-z]/g, ''));
  if (whole !== undefined) return whole;
  let total = 0;
  for (const part of plain.split(/[^a-z]+/)) if (part) total += partSyllables(part);
  return Math.max(1, total);
}

function partSyllables(word: string): number {
  const known = SYLLABLE_EXCEPTIONS.get(word);
  if (known !== undefined) return known;
  // Abbreviations without vowels are spelled out: "cdc", "nhs".
  if (!/[aeiouy]/.test(word)) return word.length;
  if (word.length <= 3) return 1;
  let w = word;
  let extra = 0;
  // A silent e before a suffix: "lately", "management", "careful", "safety".
  w = w.replace(/([aeiouy][^aeiouy])e(ly|ment|ments|ness|ful|less|ty|ward|wards)$/, '$1$2');
  if (/[^aeiouy]les?$/.test(w)) {
    // "table", "people", "simples": the final "le" is its own syllable.
    w = w.replace(/les?$/, '');
    extra++;
  } else if (w.endsWith('es') && w.length > 4) {
    const base = w.slice(0, -2);
    if (/(?:[sxz]|ch|sh|[cg])$/.test(base)) extra++; // "boxes", "places", "changes"
    w = base;
  } else if (w.endsWith('ed') && w.length > 4) {
    const base = w.slice(0, -2);
    if (!/[td]$/.test(base)) w = base; // "walked" is one syllable, "wanted" two
  } else if (/[^aeiy]e$/.test(w)) {
    w = w.slice(0, -1); // silent final e: "make", "vaccine"
  }
  // A y before a vowel is a consonant: "you", "beyond", "player".
  const letters = w.replace(/y(?=[aeou])/g, 'j');
  const groups = letters.match(/[aeiouy]+/g)?.length ?? 0;
  let splits = 0;
  for (const pattern of SPLITS) {
    pattern.lastIndex = 0;
    splits += letters.match(pattern)?.length ?? 0;
  }
  if (/[aeiouy]ings?$/.test(word)) splits++; // "being", "saying"
  if (/isms?$/.test(word)) splits++; // "autism"
  if (word.length >= 6 && /[^aeiouy]i(?:er|ers|est)$/.test(word)) splits++; // "easier", "healthiest"
  return Math.max(1, groups + splits + extra);
}

// Vowel pairs that are usually two syllables ("me-di-a", "ra-di-o", "i-de-a").
const SPLITS: readonly RegExp[] = [
  /(?<![tcsl])ia/g, // media, bacteria, trial (not special, asia, familiar)
  /iu/g, // medium, calcium
  /ii/g,
  /(?<![tscxgln])io/g, // radio, biology, period, serious (not nation, onion)
  /ea$/g, // nausea, apnea
  /(?<![qg])u[ao]/g, // usual, actual, continuous (not quality, language)
  /oe(?=[^s])/g, // poet, coexist
  /(?<!g)eo(?!u)/g, // video, theory, osteo (not pigeon, courageous)
  /neous/g, // spontaneous, subcutaneous
];
