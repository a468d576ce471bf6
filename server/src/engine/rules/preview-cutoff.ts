// The feed shows only the opening of a post before "…more" (Instagram about 125 characters,
// LinkedIn about 210: PLATFORMS[p].previewCutoff). This rule flags an opening that does not
// carry the message. The heuristic, in full:
//
//   1. Only posts longer than the cutoff (counted as the platform counts) are checked.
//   2. The opening is cut into units: sentences (doc.sentences), also split at line breaks
//      (a title line is a unit of its own).
//   3. Going through the units that start before the cut, in order:
//      - a unit that ends before the cut (give or take TOLERANCE characters, since the exact
//        cut varies by phone) and has at least MIN_WORDS content words carries a message:
//        the post passes;
//      - a unit that runs past the cut is flagged if its visible part has MIN_WORDS content
//        words (the feed shows a sentence that matters cut off mid-way);
//   4. Otherwise (the visible opening is greetings, hashtags, mentions, emoji or little
//      words, and at most one word of what follows), the visible opening is flagged.
//
// Content words are words with a letter that are not hashtags, mentions, greetings or
// function words (FILLER below). A post whose first sentence says something ("Flu vaccines
// are in.") always passes, however it goes on. A question or call to conversation placed
// after the cut is not flagged: informing first and asking last is a good pattern.

import { hasLetter } from '../derived';
import type { PostDocument, Span } from '../document';
import { measurePlatform, publishedEnd } from '../length';
import { PLATFORMS } from '../platforms';
import { defineRule } from '../rule';
import type { PlatformId } from '../types';

const TOLERANCE = 10;
const MIN_WORDS = 2;

// Greetings and little words that say nothing about the topic of a post.
const FILLER = new Set(
  (
    'hi hello hey hiya howdy greetings dear welcome everyone everybody all friends folks fam guys yall y\'all team there ' +
    'good morning afternoon evening night happy monday tuesday wednesday thursday friday saturday sunday weekend week day ' +
    'today tonight again back hope you\'re doing well lovely wonderful great quick update news note reminder ps p.s ' +
    'a an the and or but so of to in on at by for from with about as into over than then this that these those ' +
    'i i\'m me my we we\'re us our you your they them their he she his her it it\'s its is are was were be been being am ' +
    'do does did have has had will would can could should may might must just very really too also here now yes no not ' +
    'what who how when why which oh wow ok okay well hmm'
  ).split(/\s+/),
);

export default defineRule({
  meta: {
    id: 'preview-cutoff',
    guideline: 'platform',
    defaultSeverity: 'hint',
    description: 'The opening the feed shows before "…more" does not carry the message (only a greeting or hashtags, or a first sentence that is cut off).',
    why: 'Most people read only what the feed shows before "…more". If that opening is a greeting, a row of hashtags or half a sentence, the health message never reaches them.',
    goodExample: 'Flu vaccines are in: if you are over 65 or pregnant, this winter\'s jab is free. More below on who should get one.',
    fixable: false,
    hasSuggestions: false,
  },
  check(context) {
    const { doc } = context;
    for (const platform of context.platforms) {
      const cutoff = PLATFORMS[platform].previewCutoff;
      if (cutoff === undefined) continue;
      const problem = weakOpening(doc, platform, cutoff);
      if (!problem) continue;
      const name = PLATFORMS[platform].name;
      context.report({
        start: problem.start,
        end: problem.end,
        message:
          problem.kind === 'cut'
            ? `${name} shows only about the first ${cutoff} characters before "…more", and this sentence runs past that point, so the feed shows it cut off mid-way. Most people never tap "more": put your key point in a short first sentence.`
            : `${name} shows only about the first ${cutoff} characters before "…more", and that opening is mostly greetings, hashtags or emoji. Most people never tap "more": start with the one thing you want patients to take away.`,
      });
    }
  },
});

interface Problem extends Span {
  kind: 'cut' | 'empty';
}

function weakOpening(doc: PostDocument, platform: PlatformId, cutoff: number): Problem | undefined {
  const visibleEnd = measurePlatform(doc, platform, {}, cutoff).overflowStart;
  if (visibleEnd === undefined) return undefined; // the whole post is visible
  const tolerantEnd = measurePlatform(doc, platform, {}, cutoff + TOLERANCE).overflowStart ?? publishedEnd(doc);
  const start = doc.published[0]?.start ?? doc.body.start;
  let tokenIndex = 0;
  for (const unit of units(doc, start, visibleEnd)) {
    while (tokenIndex < doc.tokens.length && doc.tokens[tokenIndex].start < unit.start) tokenIndex++;
    if (unit.end > tolerantEnd) {
      // Cut off mid-way. If what shows of it says something, that sentence is the problem;
      // if hardly anything of it shows, the visible opening is empty.
      if (contentWords(doc, tokenIndex, visibleEnd) >= MIN_WORDS) return { ...unit, kind: 'cut' };
      break;
    }
    if (contentWords(doc, tokenIndex, unit.end) >= MIN_WORDS) return undefined;
  }
  let end = visibleEnd;
  while (end > start && /\s/.test(doc.text[end - 1])) end--;
  return end > start ? { start, end, kind: 'empty' } : undefined;
}

/** Sentences starting in [from, before), split at line breaks, trimmed. */
function* units(doc: PostDocument, from: number, before: number): Generator<Span> {
  for (const s of doc.sentences) {
    if (s.end <= from) continue;
    if (s.start >= before) return;
    let at = s.start;
    while (at < s.end) {
      let nl = doc.text.indexOf('\n', at);
      if (nl < 0 || nl > s.end) nl = s.end;
      let a = at;
      let b = nl;
      while (a < b && /\s/.test(doc.text[a])) a++;
      while (b > a && /\s/.test(doc.text[b - 1])) b--;
      if (a < b && a < before && /[\p{L}\p{N}]/u.test(doc.prose.slice(a, b))) yield { start: a, end: b };
      at = nl + 1;
    }
  }
}

/** Content words among the tokens from `first` that end by `end` (counting stops at MIN_WORDS). */
function contentWords(doc: PostDocument, first: number, end: number): number {
  let words = 0;
  for (let i = first; i < doc.tokens.length && doc.tokens[i].end <= end && words < MIN_WORDS; i++) {
    if (isContentWord(doc, doc.tokens[i])) words++;
  }
  return words;
}

function isContentWord(doc: PostDocument, token: { start: number; end: number; lower: string }): boolean {
  if (token.lower.startsWith('#') || !hasLetter(token.lower) || FILLER.has(token.lower)) return false;
  const before = doc.text[token.start - 1];
  if (before === '@') return false;
  return !doc.mentions.some((m) => token.start >= m.start && token.end <= m.end);
}
