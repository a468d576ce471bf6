// testimonial, a practice's case story: a post in which the practice tells how one of its
// patients got better ("Just 3 months ago, Stephen, aged 48, came to our clinic… After his
// first adjustment he slept through the night") holds that patient up as the result readers can
// expect, as a testimonial in the patient's own words does. It needs all three:
// - a story about one patient, read with confidence (patient-story.reading.ts);
// - the practice's voice: "our clinic", "my Cheltenham Clinic", "a patient of mine", "my
//   hygienist", "the pharmacy team", an adjustment, a session or a consultation, or the writer's
//   own treatment ("we injected…");
// - an outcome for them after the story begins: better, improved, relief, symptom free, able
//   to…, a symptom gone ("there was no instability"), or their delight ("she was so happy").
// A nurse's story of a ward has no practice to promote and stays patient-story's alone.

import type { Analysis, NlpToken } from '../analysis';
import { isCondition } from './overpromise.conditions';
import { readStories } from './patient-story.reading';
import type { TestimonialFinding } from './testimonial.reading';

/** Where a practice sees its clients: "our clinic", "my office". */
const PRACTICE_PLACES = new Set(['clinic', 'office', 'practice', 'studio', 'salon', 'spa', 'centre', 'center']);

/** Staff only a practice has: "my hygienist, Lori", "our receptionist". */
const PRACTICE_STAFF = new Set(['hygienist', 'receptionist']);

/** Care a practice sells by the visit: "after his first adjustment", "three sessions". */
const PRACTICE_VISITS = new Set(['adjust', 'adjustment', 'consultation', 'session']);

/** Treatment the writer gave: "We injected stem cells into his joint", "I adjusted her neck". */
const TREATED = new Set(['inject', 'treat', 'adjust', 'perform', 'fit', 'prescribe', 'operate', 'manipulate', 'needle']);

/** Symptoms whose absence is an outcome: "there was no instability", "no more pain". */
const SYMPTOMS = new Set(['pain', 'instability', 'symptom', 'ache', 'swelling', 'stiffness', 'discomfort', 'numbness', 'tingling']);

/** Words of a patient's outcome: "felt better", "improved", "relief", "symptom free", "able to run". */
const OUTCOMES = new Set(['improve', 'better', 'progress', 'transform', 'disappear', 'vanish', 'heal', 'relief', 'relieve', 'resolve', 'free', 'able', 'recover', 'fix', 'cure', 'comfortable', 'alright']);

/** The patient's delight with what they got: "She was very glad to have such a convenient and quick service". */
const SATISFIED = new Set(['happy', 'glad', 'delighted', 'thrilled', 'pleased']);

export function caseStory(a: Analysis): TestimonialFinding | undefined {
  const story = readStories(a).find((f) => f.confidence === 'strong');
  if (!story || !practiceVoice(a.tokens)) return undefined;
  const t = a.tokens;
  for (const s of a.sentences) {
    if (s.end <= story.start) continue;
    for (let i = s.first; i < s.last; i++) {
      if ((OUTCOMES.has(t[i].lemma) || OUTCOMES.has(t[i].lower)) && !t[i].negated) return { start: story.start, end: story.end, kind: 'case' };
      // "She was so happy to have it done that day": the patient's delight, with "he" or "she" as its subject.
      if (SATISFIED.has(t[i].lower) && !t[i].negated && satisfiedPatient(t, i)) return { start: story.start, end: story.end, kind: 'case' };
      // "there was no instability", "no more pain".
      if (t[i].lower === 'no' && (SYMPTOMS.has(t[i + 1]?.lemma ?? '') || isCondition(t[i + 1]) || (t[i + 1]?.lower === 'more' && (SYMPTOMS.has(t[i + 2]?.lemma ?? '') || isCondition(t[i + 2]))))) {
        return { start: story.start, end: story.end, kind: 'case' };
      }
    }
  }
  return undefined;
}

/** "She was (so) happy", "he was very glad": "he" or "she" before "was" and at most one adverb. */
function satisfiedPatient(t: readonly NlpToken[], i: number): boolean {
  const be = t[i - 1]?.lemma === 'be' ? i - 1 : t[i - 2]?.lemma === 'be' && t[i - 1].pos === 'ADV' ? i - 2 : -1;
  return be > 0 && (t[be - 1].lower === 'she' || t[be - 1].lower === 'he');
}

/** The post is told by a practice: "our clinic", "my Cheltenham Clinic", "a patient of mine", "after his adjustment", "we injected…". */
function practiceVoice(t: readonly NlpToken[]): boolean {
  for (let i = 0; i < t.length; i++) {
    const w = t[i];
    if (PRACTICE_VISITS.has(w.lemma)) return true;
    if ((w.lower === 'we' || w.lower === 'i') && TREATED.has(t[i + 1]?.lemma ?? '') && t[i + 1].pos === 'VERB' && t[i + 1].lower !== t[i + 1].lemma) return true;
    if (w.lower === 'of' && t[i + 1]?.lower === 'mine') return true;
    // "the pharmacy team also used the opportunity": a practice's team at work.
    if ((PRACTICE_PLACES.has(w.lemma) || w.lemma === 'pharmacy') && t[i + 1]?.lemma === 'team' && (t[i - 1]?.lower === 'the' || t[i - 1]?.lower === 'our')) return true;
    if (w.lower !== 'our' && w.lower !== 'my') continue;
    // Up to two words of the place's name between: "my Cheltenham Clinic".
    for (let k = i + 1; k <= i + 3 && k < t.length; k++) {
      if (PRACTICE_PLACES.has(t[k].lemma) || PRACTICE_STAFF.has(t[k].lemma)) return true;
      if (t[k].pos !== 'PROPN') break;
    }
  }
  return false;
}
