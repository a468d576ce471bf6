// testimonial, praise received and passed on: the practice thanking customers for their words
// ("We love your feedback @customer"), sharing them ("Sharing this lovely feedback"), telling of
// warm reviews it has had ("We've had some great reviews after LASIK"), and five stars.
// Split from testimonial.reading.ts, which calls feedback() in its order of readings.

import type { Analysis, NlpSentence } from '../analysis';
import { NEGATIONS, hasLemma, isQuestion } from './shared/meaning';
import type { TestimonialFinding } from './testimonial.reading';
import { CUSTOMERS, FEEDBACK, FIVE_STARS, HEAR, PHOTOS, RESULT_CUES, REVIEW_SITES, REVIEWS, SHARE, SHARED_DETERMINERS, WARM } from './testimonial.data';

/** The sentence's tokens' text joined as written (single spaces between tokens that had space). */
function textOf(a: Analysis, s: NlpSentence): string {
  let out = '';
  let at = s.start;
  for (let i = s.first; i < s.last; i++) {
    out += ' '.repeat(Math.max(0, a.tokens[i].start - at)) + a.tokens[i].text;
    at = a.tokens[i].end;
  }
  return out;
}

/** The practice sharing a customer's words or result photos, with the share verb at token i. */
function sharedWords(a: Analysis, s: NlpSentence, i: number): TestimonialFinding | undefined {
  const t = a.tokens;
  const verb = t[i];
  if (!SHARE.has(verb.lemma) || verb.pos !== 'VERB') return undefined;
  const imperative = (i === s.first && verb.lower === verb.lemma) || t[i - 1]?.lower === 'please';
  // "I encourage you to share this important message": the reader is asked to share, not the practice sharing.
  const readerShares = t[i - 1]?.lower === 'to' && t[i - 2]?.lower === 'you';
  if (imperative || readerShares || !SHARED_DETERMINERS.has(t[i + 1]?.lower ?? '')) return undefined;
  let k = i + 2;
  while (k < s.last && k < i + 4 && t[k].pos === 'ADJ') k++;
  const noun = t[k];
  if (!noun) return undefined;
  if (FEEDBACK.has(noun.lower) && noun.lemma !== 'story') return { start: verb.start, end: noun.end, kind: 'feedback' };
  // Photos only of a result: "share these photos from before and after your treatment".
  if (PHOTOS.has(noun.lower) && hasLemma(a, k + 1, s.last, RESULT_CUES) >= 0) return { start: verb.start, end: noun.end, kind: 'showcase' };
  return undefined;
}

/** Reviews had or given, with the practice or its customers in the sentence: "we've had great reviews". */
function reviewsReceived(a: Analysis, s: NlpSentence, review: number): boolean {
  const t = a.tokens;
  let received = false;
  let who = false;
  for (let k = s.first; k < review; k++) {
    // An instruction opening the sentence asks for reviews: "Leave us a great review".
    if (k === s.first && t[k].lemma === t[k].lower && t[k].pos === 'VERB') return false;
    if (NEGATIONS.has(t[k].lower)) return false;
    if (RECEIVED.has(t[k].lemma) && (t[k].pos === 'VERB' || t[k].pos === 'AUX')) received = true;
    if (WRITERS.has(t[k].lower) || CUSTOMERS.has(t[k].lower)) who = true;
  }
  return received && who;
}
const RECEIVED = new Set(['have', 'get', 'receive', 'give']);
const WRITERS = new Set(['i', 'we', 'me', 'us', 'my', 'our']);

/** "We love your feedback @customer", "thank you for your kind words". */
export function feedback(a: Analysis, s: NlpSentence): TestimonialFinding | undefined {
  const t = a.tokens;
  if (isQuestion(a, s)) return undefined;
  // A five-star review: "⭐⭐⭐⭐⭐".
  const stars = FIVE_STARS.exec(textOf(a, s));
  if (stars) {
    const at = s.start + stars.index;
    let first = s.first;
    while (first < s.last && t[first].end <= at) first++;
    if (first < s.last) return { start: t[first].start, end: t[Math.min(s.last - 1, first + 4)].end, kind: 'feedback' };
  }
  for (let i = s.first; i < s.last; i++) {
    const tok = t[i];
    // "Client feedback", "patient stories", "another Google review", "kind words from Sarah"
    if (FEEDBACK.has(tok.lower) || tok.lemma === 'story') {
      const prev = t[i - 1];
      // as a caption ("Client feedback:", "Another Google review!"), not a process ("patient feedback shapes our clinics")
      const next = t[i + 1];
      // ("emails, refill requests, and patient messages, but…" is a list, not a caption.)
      const caption = !next || next.sentence !== tok.sentence || (next.type !== 'word' && next.text !== ',') || /^(?:another|more|latest|recent|this|some|lovely|amazing|great|our)$/.test(t[i - 2]?.lower ?? '');
      // ("Facebook messages" are a channel; a site's name makes only a review one: "Google review".)
      if (prev && caption && (CUSTOMERS.has(prev.lower) || (REVIEW_SITES.has(prev.lower) && REVIEWS.has(tok.lower))) && !(tok.lemma === 'story' && prev.lower !== 'client' && prev.lower !== 'customer')) return { start: prev.start, end: tok.end, kind: 'feedback' };
      if (prev && WARM.has(prev.lower) && t[i + 1]?.lower === 'from' && (t[i + 2]?.pos === 'PROPN' || CUSTOMERS.has(t[i + 3]?.lower ?? '') || CUSTOMERS.has(t[i + 2]?.lower ?? ''))) return { start: prev.start, end: t[i + 2].end, kind: 'feedback' };
    }
    // "We've had some great reviews after LASIK", "patients tell me about giving nice testimonials":
    // warm reviews received, told by the practice ("leave us a great review" asks for one).
    if (REVIEWS.has(tok.lower) && (WARM.has(t[i - 1]?.lower ?? '') || tok.lower.startsWith('testimonial')) && reviewsReceived(a, s, i)) {
      const from = WARM.has(t[i - 1]?.lower ?? '') ? i - 1 : i;
      return { start: t[from].start, end: tok.end, kind: 'feedback' };
    }
    // "Had to share these comments", "Sharing this lovely feedback": the practice passing on a
    // customer's words ("Share this message with friends" asks the reader to).
    const shared = sharedWords(a, s, i);
    if (shared) return shared;
    // "Keep the reviews coming!"
    if (tok.lemma === 'keep' && FEEDBACK.has(t[i + 2]?.lower ?? '') && t[i + 3]?.lower === 'coming') return { start: tok.start, end: t[i + 3].end, kind: 'feedback' };
    const love = tok.lemma === 'love' || tok.lemma === 'adore';
    const thank = tok.lemma === 'thank' || tok.lower === 'thanks';
    if (!love && !thank) continue;
    // "We'd love your feedback": a request, not praise received.
    if (t[i - 1] && /^(?:'d|’d|would|will|'ll)$/.test(t[i - 1].lower)) continue;
    for (let k = i + 1; k < Math.min(s.last, i + 6); k++) {
      if (!FEEDBACK.has(t[k].lemma) && !FEEDBACK.has(t[k].lower)) continue;
      const yours = hasLemma(a, i + 1, k, new Set(['your', 'the', 'all'])) >= 0;
      const warm = hasLemma(a, i + 1, k, WARM) >= 0;
      if (love && t[i + 1]?.lower === 'your' && k === i + 2) return { start: tok.start, end: t[k].end, kind: 'feedback' };
      // "We love hearing your feedback", "love reading your reviews"
      if (love && (HEAR.has(t[i + 1]?.lemma ?? '') || HEAR.has(t[i + 1]?.lower ?? '')) && t[i + 2]?.lower === 'your' && k === i + 3) return { start: tok.start, end: t[k].end, kind: 'feedback' };
      if (yours && warm) return { start: tok.start, end: t[k].end, kind: 'feedback' };
    }
  }
  return undefined;
}
