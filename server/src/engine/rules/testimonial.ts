// testimonial: a patient's result or praise used as promotion. Four kinds of evidence,
// at most one finding per sentence:
//   1. fixed wordings from testimonial.data.ts ("see what our patients say", "5-star review",
//      "#beforeandafter"), and "before and after" when it is promotional (next to photo words,
//      after "our"/"see"/"this", or as a caption at the start of a sentence: "Before and after!");
//      "before & after" and "before/after" are read the same way;
//   2. a weight or size result: "lost 40 lbs", "dropped 3 dress sizes", unless the sentence is
//      about research or people in general ("studies show patients who lost 5%…") or about the
//      writer or the reader ("I lost 20 lbs");
//   3. a quotation attributed to a patient: "“…” — Maria, patient", "“…” says one happy client",
//      "One patient wrote: “…”";
//   4. a quotation of first-person praise signed with a name: "“Best dentist ever, I love my
//      new smile!” — Sarah K.".

import { analyse } from '../analysis';
import type { PostDocument, Span, Token } from '../document';
import { defineRule, type RuleContext } from '../rule';
import { sentenceIndexAt, tokenIndexAt } from './shared/context';
import { sentenceAt } from './shared/meaning';
import { readTestimonials, type TestimonialFinding } from './testimonial.reading';
import {
  ATTRIBUTION_NOUNS,
  FIRST_PERSON,
  GENERIC_GROUPS,
  GENERIC_SUBJECTS,
  GENERIC_WORDS,
  NUMBER_WORDS,
  PRAISE_WORDS,
  PROMO_AFTER,
  PROMO_BEFORE,
  RESULT_UNITS,
  RESULT_VERBS,
  TESTIMONIAL_PHRASES,
  UNIT_FILLERS,
  type TestimonialEntry,
} from './testimonial.data';

const QUOTE = /["“]([^"“”\n]{8,400})["”]/g;
const BEFORE_SYMBOL_AFTER = /\bbefore[ \t]*(?:&|\+|\/)[ \t]*after\b/gi;
const ADJECTIVES = '(?:happy|satisfied|grateful|thankful|real|recent|longtime|long-time|former|current|delighted|new|very|proud|loyal|lovely)';
const NOUNS = `(?:${[...ATTRIBUTION_NOUNS].join('|')})s?\\b`;
const ATTRIBUTED_AFTER = new RegExp(
  `^[\\s,.!]*(?:[-–—~]+\\s*(?:(?:says|said|writes|wrote|shares|shared|tells us|told us)\\s+)?|(?:says|said|writes|wrote|shares|shared|tells us|told us)\\s+)(?:[^\\s,]+(?:\\s+[^\\s,]+)?\\s*,\\s*)?(?:(?:one|a|an|our|another|this)\\s+)?(?:${ADJECTIVES}\\s+){0,2}${NOUNS}`,
  'i',
);
const ATTRIBUTED_BEFORE = new RegExp(`\\b${NOUNS}\\s+(?:said|says|wrote|writes|told us|tells us|shared|left us|put it)[^"“”\\n]{0,20}$`, 'i');
const SIGNED = /^[\s,.!]*[-–—~]+\s*\p{Lu}/u;
const AMOUNT_WITH_UNIT = /^\d+(?:[.,]\d+)?(?:lbs?|kgs?|kilos?|st|cm|in)$/;
const NUMBER = /^\d+(?:[.,]\d+)?$/;

export default defineRule({
  meta: {
    id: 'testimonial',
    guideline: 'professional',
    defaultSeverity: 'warning',
    description: 'A patient\'s result or praise used as promotion ("our patient lost 40 lbs", "see what our patients say", before-and-after photos).',
    why: 'A testimonial shares a patient\'s health information, so it needs their written consent. It also shows one person\'s best result, which readers take as what they can expect; health advertising rules in many places forbid testimonials or require that they are not misleading.',
    goodExample: 'In our weight management program, most patients who stay for six months lose some weight; how much varies from person to person.',
    fixable: false,
    hasSuggestions: false,
  },
  phrases: () => TESTIMONIAL_PHRASES,
  check(context) {
    const { doc } = context;
    const { tokens, prose } = doc;
    const found: Span[] = [];

    for (const m of context.phraseMatches) {
      if ((m.entry as TestimonialEntry).needsPromoContext && !promotionalBeforeAfter(doc, m.firstToken, m.endToken)) continue;
      found.push({ start: m.start, end: m.end });
    }
    BEFORE_SYMBOL_AFTER.lastIndex = 0;
    for (let m; (m = BEFORE_SYMBOL_AFTER.exec(prose)); ) {
      const first = tokenIndexAt(tokens, m.index);
      if (promotionalBeforeAfter(doc, first, first + 2)) found.push({ start: m.index, end: m.index + m[0].length });
    }
    findResults(doc, found);
    findQuotes(doc, found);
    findSignedNotes(prose, found);
    reportFound(context, found);

    // What the phrases and patterns above do not know: a customer's own result credited to a
    // product, results shown off, a named client held up as the example, praise thanked for.
    const analysis = analyse(doc);
    // A quotation and its attribution may be one sentence to the parser and two to the analysis: either counts as covered.
    const covered = new Set(found.map((f) => sentenceAt(analysis, f.start)));
    const coveredLines = new Set(found.map((f) => sentenceIndexAt(doc.sentences, f.start)));
    for (const f of readTestimonials(analysis)) {
      if (covered.has(sentenceAt(analysis, f.start)) || coveredLines.has(sentenceIndexAt(doc.sentences, f.start))) continue;
      // The attribution just after a reported quotation ("… says one happy client") belongs to it.
      if (found.some((q) => q.end <= f.start && f.start - q.end <= 40 && !doc.text.slice(q.end, f.start).includes('\n'))) continue;
      context.report({ start: f.start, end: f.end, message: READING_MESSAGES[f.kind] });
    }
  },
});

const READING_MESSAGES: Record<TestimonialFinding['kind'], string> = {
  result:
    "This is someone's own health result tied to a product or treatment: a testimonial. One person's result reads as what everyone can expect, which health advertising rules often forbid, and it shares their health information. Describe what the treatment does and who it suits, and say that results vary.",
  showcase:
    "Showing off patients' results is a testimonial: it presents one person's best outcome as what others can expect, and needs the patient's written consent. Explain what the treatment involves and what results usually look like instead.",
  client:
    'Holding up a named client as the example to follow is a testimonial: it promises readers the same result and shares that client\'s care. Describe the procedure and who it suits instead.',
  account:
    "This is a patient's own account of their care, praising the practitioner or practice they went to: a testimonial. Published by the practice, it presents one person's experience as what readers can expect, which health advertising rules often forbid, and it shares their health information. Keep it only with the patient's written consent and a note that experiences vary, or describe what the care involves instead.",
  case:
    "This post tells how one of your patients got better to show what your practice can do: a testimonial in your words. It presents one person's best outcome as what readers can expect, which health advertising rules often forbid, and it shares that patient's care. Describe the treatment, who it suits and what results usually look like; share a patient's story only with their written consent, and say that results vary.",
  feedback:
    "Thanking a customer for their praise, or passing their words on, uses their review as promotion and can confirm they are a patient. Reply privately, or share general information instead.",
};

function reportFound(context: RuleContext, found: Span[]): void {
  const { doc } = context;
  {
    if (!found.length) return;

    found.sort((a, b) => a.start - b.start || b.end - a.end);
    let reach = -1;
    let lastSentence = -1;
    for (const f of found) {
      const sentence = sentenceIndexAt(doc.sentences, f.start);
      if (f.start < reach || (sentence >= 0 && sentence === lastSentence)) continue;
      reach = f.end;
      lastSentence = sentence;
      context.report({
        start: f.start,
        end: f.end,
        message: `"${shorten(doc.text.slice(f.start, f.end))}" uses a patient's result or praise to promote your practice. A testimonial shares a patient's health information, so it needs their written consent, and one person's result reads as what everyone can expect, which health advertising rules often forbid. Get written consent and say that results vary, or share aggregated, anonymised outcomes instead.`,
      });
    }
  }
}

function shorten(s: string): string {
  const one = s.slice(0, 60).replace(/\s+/g, ' ');
  return one.length > 40 ? `${one.slice(0, 37)}…` : one;
}

/** "before and after" (tokens first..end) as promotion rather than instruction. */
function promotionalBeforeAfter(doc: PostDocument, first: number, end: number): boolean {
  const { tokens, prose } = doc;
  const start = tokens[first]?.start ?? 0;
  const stop = tokens[end - 1]?.end ?? start;
  const sentence = sentenceIndexAt(doc.sentences, start);
  const inSentence = (t: Token | undefined) => t !== undefined && sentence >= 0 && sentenceIndexAt(doc.sentences, t.start) === sentence;
  const prev = tokens[first - 1];
  const next = tokens[end];
  if (inSentence(next) && PROMO_AFTER.has(next!.lower)) return true;
  if (inSentence(prev) && PROMO_BEFORE.has(prev!.lower)) return true;
  // A caption: "Before and after! 😍", "Before and after: three months of aligners".
  const opensSentence = !inSentence(prev);
  const following = prose.slice(stop, stop + 3);
  return opensSentence && !/^[ \t]*[\p{L}\p{N}]/u.test(following);
}

/** "lost 40 lbs", "dropped 3 dress sizes", "shed a stone". */
function findResults(doc: PostDocument, found: Span[]): void {
  const { tokens } = doc;
  for (let i = 0; i < tokens.length - 1; i++) {
    if (!RESULT_VERBS.has(tokens[i].lower)) continue;
    let j = i + 1;
    let last = -1;
    const amount = tokens[j].lower;
    if (AMOUNT_WITH_UNIT.test(amount)) last = j;
    else if (NUMBER.test(amount) || NUMBER_WORDS.has(amount)) {
      j++;
      while (j < tokens.length && j <= i + 4 && UNIT_FILLERS.has(tokens[j].lower)) j++;
      if (j < tokens.length && RESULT_UNITS.has(tokens[j].lower)) last = j;
    }
    if (last < 0 || tokens[last].start - tokens[i].end > 40) continue;
    if (isGeneric(doc, i)) continue;
    found.push({ start: tokens[i].start, end: tokens[last].end });
  }
}

/** The result at token i is research, general, the writer's own or the reader's. */
function isGeneric(doc: PostDocument, i: number): boolean {
  const { tokens } = doc;
  const sentence = doc.sentences[sentenceIndexAt(doc.sentences, tokens[i].start)];
  if (sentence) {
    for (let k = tokenIndexAt(tokens, sentence.start); k < tokens.length && tokens[k].end <= sentence.end; k++) {
      if (GENERIC_WORDS.has(tokens[k].lower)) return true;
    }
  }
  let k = i - 1;
  while (k >= 0 && /^(?:have|has|had|just|finally|already|recently|now|also)$/.test(tokens[k].lower)) k--;
  const subject = tokens[k]?.lower;
  if (subject === undefined) return false;
  if (GENERIC_SUBJECTS.has(subject)) return true;
  if (subject === 'who' && GENERIC_GROUPS.has(tokens[k - 1]?.lower ?? '')) return true;
  return GENERIC_GROUPS.has(subject);
}

/** A line ending in a signature: "… it made sense! – D.W.", "… thank you! - Allan". */
const SIGNED_LINE = /[–—-][ \t]*(?:(?:\p{Lu}\.?[ \t]?){1,4}|\p{Lu}\p{Ll}+(?:[ \t]\p{Lu}\.?)?)[ \t]*$/u;
const LINE = /[^\r\n]+/g;

/**
 * Notes from customers listed one per line, each in the first person and signed with a name or
 * initials ("I had a thorough exam and Dr. B. listened to my concerns. – J.Z.M."): a list of two
 * or more is customers' words shared as promotion, quoted or not. One signed line may be a quote
 * from anyone ("… – Dale Carnegie").
 */
function findSignedNotes(prose: string, found: Span[]): void {
  const notes: Span[] = [];
  LINE.lastIndex = 0;
  for (let m; (m = LINE.exec(prose)); ) {
    const signature = SIGNED_LINE.exec(m[0]);
    if (!signature) continue;
    const words = m[0].slice(0, signature.index);
    if (!wordsOf(words).some((w) => FIRST_PERSON.has(w)) || words.trim().split(/\s+/).length < 6) continue;
    const lead = /^[\s•*\-–—>]*/.exec(m[0])![0].length;
    notes.push({ start: m.index + lead, end: m.index + m[0].trimEnd().length });
  }
  if (notes.length >= 2) found.push(...notes);
}

/** Lower-cased words, typographic apostrophes folded ("I’ve" → "i've"). */
function wordsOf(text: string): string[] {
  return text.toLowerCase().replace(/’/g, "'").match(/[\p{L}']+/gu) ?? [];
}

/** Quotations attributed to a patient, or first-person praise signed with a name. */
function findQuotes(doc: PostDocument, found: Span[]): void {
  const { prose } = doc;
  QUOTE.lastIndex = 0;
  for (let m; (m = QUOTE.exec(prose)); ) {
    const start = m.index;
    const end = start + m[0].length;
    const after = prose.slice(end, end + 100).replace(/\r?\n[ \t]*>?[ \t]*/, ' ').split(/\r?\n/)[0];
    const before = prose.slice(Math.max(0, start - 60), start);
    let testimonial = ATTRIBUTED_AFTER.test(after) || ATTRIBUTED_BEFORE.test(before);
    if (!testimonial && SIGNED.test(after)) {
      const words = wordsOf(m[1]);
      testimonial = words.some((w) => FIRST_PERSON.has(w)) && words.some((w) => PRAISE_WORDS.has(w));
    }
    if (testimonial) found.push({ start, end });
  }
}
