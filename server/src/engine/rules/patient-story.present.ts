// patient-story, stories told as they happen: the writer at work in the present ("I'm helping
// one lady when another lady comes up"), a person who acts in the present with "this" ("So this
// guy walks into triage"), and a crew called out to someone ("Got called to a fall"). Split from
// patient-story.reading.ts, which asks these while it reads a sentence.

import type { Analysis, NlpSentence, NlpToken } from '../analysis';
import { PERSON } from './patient-story.people';
import { isPastVerb, MODALS } from './shared/meaning';

/** Present forms of "be": "I'm helping", "we are wheeling"; after them a participle is the present passive. */
export const PRESENT_BE = new Set(['is', 'are', 'am', "'re", "'m", 'be', 'being', "'s"]);

/** A present "be" just before the word, past adverbs: "are inspired", "is particularly well liked". */
export function presentBeBefore(t: readonly NlpToken[], s: NlpSentence, i: number): boolean {
  let k = i - 1;
  while (k > s.first && k > i - 4 && t[k].pos === 'ADV') k--;
  return k >= s.first && k < i && PRESENT_BE.has(t[k].lower);
}

/** How a practice always works ("we focus on what matters to the client", "we offer…"): its way, not an event. */
const WAYS_OF_WORKING = new Set(['focus', 'offer', 'provide', 'aim', 'strive', 'specialise', 'specialize', 'support', 'value', 'pride', 'ensure', 'deliver', 'serve', 'work', 'try', 'endeavour', 'seek', 'respect', 'tailor', 'prioritise', 'prioritize', 'listen']);

export const STATES_OF_MIND = new Set(['think', 'hope', 'feel', 'know', 'see', 'hear', 'miss', 'recall', 'picture', 'imagine', 'love', 'want', 'believe', 'wish', 'guess', 'hate', 'like', 'need', 'mean', 'understand', 'agree', 'remember', 'wonder', 'worry', 'recommend', 'suggest', 'encourage', 'urge', 'ask', 'invite', 'welcome']);

/**
 * "So this guy walks into triage…", "Guy comes in saying…": a story told in the present, with
 * "this" (or nothing) before one person who does something. "A man comes in" is any man; "this
 * patient needs…" speaks of a need, not an event.
 */
export function narrativePresent(a: Analysis, s: NlpSentence): boolean {
  const t = a.tokens;
  for (let i = s.first; i + 1 < s.last; i++) {
    const w = t[i];
    if (!PERSON.has(w.lemma) || w.pos !== 'NOUN' || w.lower !== w.lemma) continue;
    const before = t[i - 1];
    const told = (before && before.sentence === w.sentence && (before.lower === 'this' || before.lower === 'that')) || (i === s.first && /^[A-Z]/.test(w.text));
    if (!told) continue;
    const v = t[i + 1].pos === 'ADV' ? t[i + 2] : t[i + 1];
    if (v && v.pos === 'VERB' && (v.lower === `${v.lemma}s` || v.lower === `${v.lemma}es`) && !STATES_OF_MIND.has(v.lemma) && !NOT_EVENTS.has(v.lemma)) return true;
  }
  return false;
}
const NOT_EVENTS = new Set(['need', 'deserve', 'have', 'be', 'get', 'make', 'seem', 'look', 'sound', 'matter', 'depend', 'mean', 'require']);

/** Doing words that say nothing of care: "I'm going to", "I'm waiting for a patient to show". */
const NOT_CARE_DOING = new Set(['go', 'look', 'try', 'wait', 'write', 'read', 'post', 'share', 'plan', 'think', 'work', 'study', 'learn', 'train', 'become', 'get']);

/** "I'm helping one lady…", "we're wheeling a man…": the writer at work, in the present progressive. */
export function writerDoing(a: Analysis, s: NlpSentence): boolean {
  const t = a.tokens;
  for (let i = s.first; i + 1 < s.last; i++) {
    const w = t[i].lower;
    let k = -1;
    if (w === "i'm" || w === "we're") k = i + 1;
    else if ((w === 'i' || w === 'we') && PRESENT_BE.has(t[i + 1].lower)) k = i + 2;
    if (k < 0) continue;
    if (t[k]?.pos === 'ADV') k++;
    const v = t[k];
    // "I'm going to…", "we're hoping…" speak of plans and feelings, not of care.
    if (!v || v.pos !== 'VERB' || !v.lower.endsWith('ing') || STATES_OF_MIND.has(v.lemma) || NOT_CARE_DOING.has(v.lemma)) continue;
    // The person is the one the writer is doing it to: "helping one lady", "holding a baby's hand".
    for (let j = k + 1; j < s.last && j <= k + 4; j++) if (PERSON.has(t[j].lemma) && t[j].pos === 'NOUN') return true;
  }
  return false;
}

/** "Got called to a fall", "we were dispatched to a crash": a crew sent to someone. */
export function calledOut(a: Analysis, s: NlpSentence): boolean {
  const t = a.tokens;
  for (let i = s.first; i + 2 < s.last; i++) {
    if ((t[i].lemma === 'call' || t[i].lemma === 'dispatch' || t[i].lemma === 'page' || t[i].lemma === 'send') && t[i].pos === 'VERB' && isPastVerb(t[i]) && t[i + 1].lower === 'to' && (t[i + 2].lower === 'a' || t[i + 2].lower === 'an')) return true;
  }
  return false;
}

/** "I placed you…", "we got him back" (or, `orNow`, "we arrive"): the writer is the subject of a verb of action. */
export function writerActs(a: Analysis, s: NlpSentence, orNow = false): boolean {
  for (let i = s.first; i + 1 < s.last; i++) {
    const w = a.tokens[i];
    if (w.lower !== 'i' && w.lower !== 'we' && w.lower !== "i've" && w.lower !== "we've" && !(orNow && (w.lower === "i'm" || w.lower === "we're"))) continue;
    // "I placed", "we just got", "I have sat", "we'd taken"
    let k = i + 1;
    while (k < s.last - 1 && (a.tokens[k].pos === 'ADV' || (a.tokens[k].pos === 'AUX' && a.tokens[k].lemma === 'have'))) k++;
    if (isPastVerb(a.tokens[k])) return true;
    // "I had to tell her", "we had to intubate him": an obligation in the past is something done.
    if (a.tokens[k].lower === 'to' && a.tokens[k - 1]?.lower === 'had' && a.tokens[k + 1]?.pos === 'VERB') return true;
    // Told as it happens, in the sentence that names the person: "we arrive, the patient is on
    // the floor", "I hand him a urinal" (not "I think", "we hope").
    const v = a.tokens[k];
    if (orNow && v.pos === 'VERB' && !STATES_OF_MIND.has(v.lemma) && !WAYS_OF_WORKING.has(v.lemma) && !MODALS.has(v.lower)) return true;
  }
  return false;
}

/** "him", "her", "his": someone the writer does something to or for. */
const THIRD_PERSON_OBJECTS = new Set(['him', 'her', 'his']);

/**
 * "We keep him overnight… I go and check on him", "I tell her we don't have anything for her. I
 * verify her name": a story told in the present, the writer doing things to one person in
 * sentence after sentence. Two such sentences make the telling; one ("I wake him") may be anyone.
 */
export function toldInPresent(a: Analysis): boolean {
  const t = a.tokens;
  let told = 0;
  for (const s of a.sentences) {
    for (let i = s.first; i + 2 < s.last; i++) {
      if (t[i].lower !== 'i' && t[i].lower !== 'we') continue;
      let k = i + 1;
      while (k < s.last - 1 && t[k].pos === 'ADV') k++;
      const v = t[k];
      // The verb in its plain present form ("tell", "keep"), not a thought ("I think") or a modal.
      if (v.pos !== 'VERB' || v.lower !== v.lemma || STATES_OF_MIND.has(v.lemma) || MODALS.has(v.lower)) continue;
      let acted = false;
      for (let j = k + 1; j < s.last && j <= k + 4; j++) if (THIRD_PERSON_OBJECTS.has(t[j].lower)) acted = true;
      if (acted) {
        told++;
        break;
      }
    }
    if (told >= 2) return true;
  }
  return false;
}

/** Speaker labels that open a line of a transcript: the patient's, and the writer's own. */
const PATIENT_LABELS = new Set(['patient', 'pt']);
const WRITER_LABELS = new Set(['me', 'i', 'nurse', 'doctor', 'dr', 'midwife', 'medic', 'pharmacist']);

/**
 * "Me: Are you having any pain? / Patient: Yes…": an exchange written as a transcript, one line
 * each for the writer and the patient, tells an encounter. A sample dialogue for the reader to
 * use ("You: Hello Mr. Jones. / Patient: Yes.") has no line of the writer's. The patient's first
 * label, or -1.
 */
export function transcriptWithPatient(a: Analysis): number {
  let patient = -1;
  let writer = false;
  for (const s of a.sentences) {
    const label = a.tokens[s.first];
    if (a.tokens[s.first + 1]?.text !== ':' || s.first + 2 >= s.last) continue;
    if (PATIENT_LABELS.has(label.lower) && patient < 0) patient = s.first;
    if (WRITER_LABELS.has(label.lower)) writer = true;
  }
  return writer ? patient : -1;
}
