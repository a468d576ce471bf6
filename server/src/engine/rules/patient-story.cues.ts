// patient-story: cues read in one sentence (a time, a numbered bed, a diary line, care words,
// "I have a patient who…", a weight lost), shared by the story reading and its confidence.

import type { Analysis, NlpSentence } from '../analysis';
import { CARE, CARE_ROOMS, RESULT_UNITS, TIME_ENTITIES, WHEN } from './patient-story.data';
import { PERSON } from './patient-story.people';
import { writerActs } from './patient-story.present';
import { entitiesIn, hasLemma, isPastVerb } from './shared/meaning';

/** A time, a numbered bed, a diary line, the writer acting, or "I have a patient who…". */
export function isAnchored(a: Analysis, s: NlpSentence): boolean {
  return hasLemmaIn(a, s, WHEN) || timeEntityIn(a, s) || careRoom(a, s) || isDiaryLine(a, s) || writerActs(a, s) || hasPatientWho(a, s);
}

/** "I've taken care of this man", "cared for her". */
export function tookCareOf(a: Analysis, s: NlpSentence): boolean {
  const t = a.tokens;
  for (let i = s.first; i < s.last; i++) if ((t[i].lemma === 'care' && t[i + 1]?.lower === 'for' && t[i].pos === 'VERB') || (t[i].lemma === 'take' && t[i + 1]?.lower === 'care' && t[i + 2]?.lower === 'of')) return true;
  return false;
}

/** A diary line with the writer left out: "Spoke to a patient…", "Lost a patient today", "Just prevented…". */
export function isDiaryLine(a: Analysis, s: NlpSentence): boolean {
  const t = a.tokens;
  const k = t[s.first]?.pos === 'ADV' && s.first + 1 < s.last ? s.first + 1 : s.first;
  // "Sitting with a gentleman…", "Treating a 4yo…": the same, told as it happens.
  const happening = !!t[k]?.lower.endsWith('ing') && t[k].lower !== 'being' && t[k].lower !== 'having' && (t[k + 1]?.pos === 'ADP' || t[k + 1]?.pos === 'DET');
  return k < s.last && (isPastVerb(t[k]) || happening) && t[k].pos === 'VERB';
}

/** "Our patient lost 40 lbs", "dropped 3 dress sizes" ("he had gained six kilos" is a clinical detail). */
export function hasResult(a: Analysis, s: NlpSentence): boolean {
  for (let i = s.first; i + 1 < s.last; i++) {
    if (a.tokens[i].pos === 'NUM' && RESULT_UNITS.has(a.tokens[i + 1].lemma) && hasLemma(a, Math.max(s.first, i - 3), i, LOSING) >= 0) return true;
  }
  return false;
}
const LOSING = new Set(['lose', 'drop', 'shed', 'lost', 'dropped']);

export function hasLemmaIn(a: Analysis, s: NlpSentence, lemmas: ReadonlySet<string>): boolean {
  return hasLemma(a, s.first, s.last, lemmas) >= 0;
}

export function hasVerb(a: Analysis, s: NlpSentence): boolean {
  for (let i = s.first; i < s.last; i++) if (a.tokens[i].pos === 'VERB' || a.tokens[i].pos === 'AUX') return true;
  return false;
}

/** A clock time or a date in the sentence: "at 3 a.m.", "on 3/14", "last Tuesday". */
export function timeEntityIn(a: Analysis, s: NlpSentence): boolean {
  return entitiesIn(a, s, TIME_ENTITIES).length > 0;
}

/** A numbered place of care: "room 12", "bed 4", "bay 3", "cubicle 2". */
export function careRoom(a: Analysis, s: NlpSentence): boolean {
  const t = a.tokens;
  for (let i = s.first; i + 1 < s.last; i++) if (CARE_ROOMS.has(t[i].lower) && t[i + 1].type === 'number') return true;
  return false;
}

export function sentenceCare(a: Analysis, s: NlpSentence): boolean {
  return hasLemmaIn(a, s, CARE);
}

/** "he was gone", "she'd been": the pronoun is the subject of a verb in the past. */
export function pronounActs(a: Analysis, i: number): boolean {
  const w = a.tokens[i];
  if (w.lower !== 'he' && w.lower !== 'she') return false;
  const next = a.tokens[i + 1];
  const after = a.tokens[i + 2];
  // "he was gone", "she just died", "he'd had…", "she had been…".
  return !!next && (isPastVerb(next) || ((next.pos === 'ADV' || next.pos === 'AUX') && !!after && isPastVerb(after)));
}

/** "I have a patient who…", "we had this lady…", and a clinician's "I had an unfortunate case not long ago". */
export function hasPatientWho(a: Analysis, s: NlpSentence): boolean {
  const t = a.tokens;
  for (let i = s.first; i + 3 < s.last; i++) {
    if ((t[i].lower !== 'i' && t[i].lower !== 'we') || t[i + 1].lemma !== 'have' || !ONE.has(t[i + 2].lower)) continue;
    const k = t[i + 3].pos === 'ADJ' ? i + 4 : i + 3;
    if (PERSON.has(t[i + 3].lemma) || (k < s.last && t[k].lemma === 'case')) return true;
  }
  return false;
}
const ONE = new Set(['a', 'an', 'this']);
