// testimonial, a patient's own account: a letter or story in the patient's first person that a
// practice publishes ("Dear Dr. Rob… Before I came to you, every dental appointment left me
// feeling traumatized"; "So, I booked an appointment with Denise… She was brilliant"). It needs
// all three:
// - the writer is the one cared for: "my" or "I" before their own care or condition ("my
//   phobia", "my knees", "I booked an appointment") at least twice;
// - a provider the writer went to: addressed ("came to you", "treatment with you", "your
//   team", "thanking you for everything you have done for me"), named as the one who cared for
//   them ("an appointment with Denise", "working with Paul", "referred me to Surrey Physio");
// - praise: "brilliant", "amazing", "I recommend", "thank you".
// A clinician writing of their own illness praises their carers too, but names none as the
// provider they chose, so the provider is what tells a testimonial from a thank-you. "My physio"
// alone is not enough: a nurse's own blog about her chiropractor reads the same way.

import type { Analysis, NlpToken } from '../analysis';
import { isCondition } from './overpromise.conditions';
import type { TestimonialFinding } from './testimonial.reading';

/** The writer's own care: "my appointment", "my knees", "I booked an appointment". */
const OWN_CARE = new Set([
  'appointment', 'treatment', 'session', 'surgery', 'operation', 'visit', 'consultation', 'pain', 'symptom', 'knee', 'back', 'neck',
  'tooth', 'phobia', 'fertility', 'physio', 'therapy', 'adjustment', 'care', 'procedure', 'recovery', 'hearing', 'smile',
]);
/**
 * Praise of the provider. Narrower than testimonial.data.ts's PRAISE_WORDS on purpose: "best",
 * "great" and "love" are everyday words in a patient's own account ("my best option").
 */
const PRAISE = new Set([
  'brilliant', 'amazing', 'wonderful', 'fantastic', 'excellent', 'recommend', 'grateful', 'thank', 'thanks', 'incredible', 'awesome',
  'outstanding', 'life-changing', 'kind', 'caring', 'professional',
]);
/** What a patient goes to a provider for: "came to you", "my treatment with you". */
const WENT = new Set(['come', 'came', 'treatment', 'go', 'refer', 'see']);
/** The provider's people and places: "your team", "your clinic". */
const PROVIDER_PLACES = new Set(['team', 'staff', 'clinic', 'practice', 'office', 'centre', 'center']);
/** Care given by someone named: "an appointment with Denise", "Working with Paul". */
const CARE_WITH = new Set(['appointment', 'work', 'working', 'treatment', 'session']);

/** Whether some token within `span` after `i` passes `test`. */
function followedWithin(t: readonly NlpToken[], i: number, span: number, test: (k: number) => boolean): boolean {
  for (let k = i + 1; k <= i + span && k < t.length; k++) if (test(k)) return true;
  return false;
}

/** Whether one of the `span` tokens before `i` has its lemma or its word in `words`. */
function precededWithin(t: readonly NlpToken[], i: number, span: number, words: ReadonlySet<string>): boolean {
  for (let k = Math.max(0, i - span); k < i; k++) if (words.has(t[k].lemma) || words.has(t[k].lower)) return true;
  return false;
}

/** The patient's own account, found on the word of praise; undefined when any of the three is missing. */
export function patientsOwnAccount(a: Analysis): TestimonialFinding | undefined {
  const t = a.tokens;
  let ownCare = 0;
  let provider = false;
  let praise: NlpToken | undefined;
  for (let i = 0; i < t.length; i++) {
    const w = t[i];
    if (w.lower === 'my' || w.lower === 'i') {
      for (let k = i + 1; k <= i + 3 && k < t.length; k++) {
        if (OWN_CARE.has(t[k].lemma) || isCondition(t[k])) {
          ownCare++;
          break;
        }
      }
    }
    if (w.lower === 'you' && (t[i - 1]?.lower === 'to' || t[i - 1]?.lower === 'with') && precededWithin(t, i, 4, WENT)) provider = true;
    if (w.lower === 'your' && PROVIDER_PLACES.has(t[i + 1]?.lemma ?? '')) provider = true;
    // "referred me straight away to Surrey Physio", "thanking you for everything you have done for me".
    if (w.lemma === 'refer' && followedWithin(t, i, 5, (k) => t[k].lower === 'to' && t[k + 1]?.pos === 'PROPN')) provider = true;
    if (w.lemma === 'thank' && t[i + 1]?.lower === 'you' && t[i + 2]?.lower === 'for' && followedWithin(t, i + 2, 8, (k) => t[k].lower === 'for' && t[k + 1]?.lower === 'me')) provider = true;
    if (w.lower === 'with' && t[i + 1]?.pos === 'PROPN' && /^[A-Z][a-z]+$/.test(t[i + 1].text) && precededWithin(t, i, 3, CARE_WITH)) provider = true;
    if (!praise && w.pos !== 'NOUN' && (PRAISE.has(w.lemma) || PRAISE.has(w.lower))) praise = w;
  }
  if (ownCare < 2 || !provider || !praise) return undefined;
  return { start: praise.start, end: praise.end, kind: 'account' };
}
