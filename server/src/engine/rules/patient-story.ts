// patient-story: an anecdote about one patient encounter ("had a patient this morning
// who…", "a lady in clinic today", "my 3 o'clock patient"). Names, dates and numbers are
// the `patient-identifier` rule's job; this rule looks at the story itself.
//
// How it reads a sentence (one pass over its words, word sets in patient-story.data.ts):
// 1. find a reference to ONE person: "a/an/this/that/one [up to 3 describing words]
//    patient|man|lady|…", "my [3 o'clock] patient", "one of my/our patients", "a patient of mine";
// 2. drop it when the words around it make it general or about the reader ("if you are a
//    patient of…", "a patient can…", "patient portal", "have you ever seen a patient…");
// 3. keep it when the sentence tells what happened: the person did something in the past
//    tense ("a man came in", "a patient told me"), the writer did something to them ("I had
//    a patient", "saw a patient"), or a time cue places it ("this morning", "last night";
//    "today" only together with a workplace such as "in clinic").
// "One of my patients", "a patient of mine" and "my … patient" always point at a real person.

import { analyse } from '../analysis';
import { tokenSentences } from '../derived';
import type { Token } from '../document';
import { defineRule } from '../rule';
import {
  COMPOUND_HEADS,
  DETERMINERS,
  FILLERS,
  MODALS,
  NOT_DESCRIPTIVE,
  OBJECT_VERBS,
  OBJECT_VERB_VETOES,
  PASSIVE_AUXILIARIES,
  PASSIVE_PARTICIPLES,
  PATIENT_NOUNS,
  PERSON_NOUNS,
  PLACE_ARTICLES,
  PLACE_PREPOSITIONS,
  PLACE_WORDS,
  PLACE_WORDS_AFTER_THE,
  REFERENCE_VETOES,
  STRONG_TIME_PAIRS,
  STRONG_TIME_WORDS,
  SUBJECT_VERBS,
  WEAK_TIME_PAIRS,
  WEAK_TIME_WORDS,
} from './patient-story.data';
import { compositeStated, consentStated, habitual, isSalutation, ownFamilyNoun, patientSpokePublicly } from './patient-story.context';
import { everyOne } from './patient-story.people';
import { readStories } from './patient-story.reading';
import { sentenceAt } from './shared/meaning';

/** Relatives a possessive may lead to: "a patient's daughter called". */
const RELATIVES = new Set(['daughter', 'son', 'wife', 'husband', 'partner', 'parents', 'parent', 'sister', 'brother', 'caregiver', 'carer', 'family', 'mom', 'mum', 'dad', 'mother', 'father']);

interface Reference {
  /** Token indexes of the first and last word of the reference. */
  first: number;
  last: number;
  /** The head noun without a possessive 's. */
  noun: string;
  /** Always a real person ("one of my patients"): no cue needed. */
  specific: boolean;
}

export default defineRule({
  meta: {
    id: 'patient-story',
    guideline: 'professional',
    defaultSeverity: 'warning',
    description: 'Stories about one patient you cared for, however they are told ("had a patient this morning who…", "Lost a patient today", "the kid was super sick").',
    why: 'A story about a patient you saw can identify them even without a name: the day, the place, their age or condition is often enough for the patient, their family or colleagues to recognise them. Sharing it without consent breaches confidentiality.',
    goodExample: 'Many patients ask whether they can exercise after a heart attack. Here is what the evidence says.',
    fixable: false,
    hasSuggestions: false,
  },
  check(context) {
    const { doc } = context;
    const { tokens, prose } = doc;
    const sentences = tokenSentences(doc);
    const reported: number[] = [];
    const analysis = analyse(doc);
    // A patient who gave a talk told their own story; one who agreed to it being shared gave it;
    // a composite of many is no one's.
    if (patientSpokePublicly(analysis) || consentStated(analysis) || compositeStated(analysis)) return;
    for (let s = 0; s < doc.sentences.length; s++) {
      const first = sentences.first[s];
      const last = sentences.last[s];
      // A story needs a word for a person: most sentences have none and are not read further.
      if (first < 0 || last - first < 2 || !mentionsPerson(tokens, first, last)) continue;
      const words = tokens.slice(first, last);
      const found = findStory(words, prose);
      if (!found) continue;
      // "Every winter a man comes in…", "when a patient dies": general, not one patient.
      const said = analysis.sentences[sentenceAt(analysis, words[found.first].start)];
      if (said && habitual(analysis, said)) continue;
      if (said && isSalutation(analysis, said)) continue;
      // "I had a really sick baby" in a post about the writer's own son is the writer's story.
      if (ownFamilyNoun(analysis, found.noun)) continue;
      const start = words[found.first].start;
      const end = words[found.last].end;
      reported.push(start);
      context.report({ start, end, message: storyMessage(doc.text.slice(start, end)) });
    }
    // What the word lists do not know: a story told with "he", "you", "the kid", "a 1 year old"…
    const covered = new Set(reported.map((offset) => sentenceAt(analysis, offset)));
    for (const story of readStories(analysis)) {
      if (covered.has(sentenceAt(analysis, story.start))) continue;
      // A story carried only by "he", "you" or an age may be about a colleague or the writer: a note, not a warning.
      context.report({ start: story.start, end: story.end, message: storyMessage(doc.text.slice(story.start, story.end)), severity: story.confidence === 'strong' ? undefined : 'info' });
    }
  },
});

/** Words a reference to one person ends on (see referenceAt), with or without a possessive 's. */
const REFERENCE_NOUNS: ReadonlySet<string> = new Set([...PERSON_NOUNS, ...PATIENT_NOUNS, 'patients', 'clients']);

/** Whether tokens [first, last) hold a word that a reference to one person could end on. */
function mentionsPerson(tokens: readonly Token[], first: number, last: number): boolean {
  for (let i = first; i < last; i++) {
    const w = tokens[i].lower;
    if (REFERENCE_NOUNS.has(w) || (w.endsWith("'s") && REFERENCE_NOUNS.has(w.slice(0, -2)))) return true;
  }
  return false;
}

function storyMessage(words: string): string {
  return `This reads like a story about one patient you cared for ("${shorten(words)}"). Even without a name, details such as when or where you saw them, their age or their condition can let the patient, their family or colleagues recognise them. Remove or change those details and get the patient's written consent before posting, or turn it into general information ("Many patients ask…").`;
}

function shorten(s: string): string {
  const one = s.slice(0, 60).replace(/\s+/g, ' ');
  return one.length > 40 ? `${one.slice(0, 37)}…` : one;
}

/** The first reference to a single patient in the sentence that reads as a story, if any. */
function findStory(words: Token[], prose: string): Reference | undefined {
  const lower = words.map((w) => w.lower);
  // Read only when a reference needs them (most sentences decide before).
  let cues: ReturnType<typeof timeAndPlace> | undefined;
  for (let i = 0; i < words.length; i++) {
    const ref = referenceAt(words, lower, prose, i);
    if (!ref) continue;
    i = ref.last;
    const before = lower[ref.first - 1];
    const beforeThat = lower[ref.first - 2];
    // "if you are a patient of…", "as my patient…", but not "there was a man who…".
    if (before !== undefined && REFERENCE_VETOES.has(before) && !(beforeThat === 'there' && (before === 'was' || before === 'is'))) continue;
    if (ref.specific) return ref;
    // What follows the reference, past fillers: "a patient (recently) told me".
    let k = ref.last + 1;
    // "a mother of three came in"
    if (lower[k] === 'of' && /^(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twins|triplets)$/.test(lower[k + 1] ?? '')) k += 2;
    while (k < lower.length && FILLERS.has(lower[k])) k++;
    const next = lower[k];
    if (next !== undefined && MODALS.has(next)) continue;
    if (next !== undefined && SUBJECT_VERBS.has(next)) return ref;
    if (next !== undefined && PASSIVE_AUXILIARIES.has(next) && PASSIVE_PARTICIPLES.has(lower[k + 1] ?? '')) return ref;
    if (objectOfEncounter(lower, ref.first)) return ref;
    cues ??= timeAndPlace(lower);
    if (cues.strongTime && PATIENT_NOUNS.has(ref.noun)) return ref;
    if ((cues.strongTime || cues.weakTime) && cues.place) return ref;
  }
  return undefined;
}

/** "I (just) saw a patient": an encounter verb right before the reference, not in a question or general claim. */
function objectOfEncounter(lower: string[], first: number): boolean {
  let v = first - 1;
  while (v >= 0 && (lower[v] === 'just' || lower[v] === 'recently' || lower[v] === 'finally' || lower[v] === 'also' || lower[v] === 'once')) v--;
  if (v < 0 || !OBJECT_VERBS.has(lower[v])) return false;
  for (let j = Math.max(0, v - 3); j < v; j++) if (OBJECT_VERB_VETOES.has(lower[j])) return false;
  return true;
}

function timeAndPlace(lower: string[]): { strongTime: boolean; weakTime: boolean; place: boolean } {
  let strongTime = false;
  let weakTime = false;
  let place = false;
  for (let i = 0; i < lower.length; i++) {
    const w = lower[i];
    const next = lower[i + 1] ?? '';
    if (STRONG_TIME_WORDS.has(w) || STRONG_TIME_PAIRS.get(w)?.has(next)) strongTime = true;
    else if (WEAK_TIME_WORDS.has(w) || WEAK_TIME_PAIRS.get(w)?.has(next)) weakTime = true;
    if (PLACE_PREPOSITIONS.has(w)) {
      let j = i + 1;
      const article = PLACE_ARTICLES.has(lower[j] ?? '');
      if (article) j++;
      const p = lower[j] ?? '';
      if (PLACE_WORDS.has(p) || (article && lower[j - 1] === 'the' && PLACE_WORDS_AFTER_THE.has(p))) place = true;
    }
  }
  return { strongTime, weakTime, place };
}

function possessiveBase(word: string): { base: string; possessive: boolean } {
  if (word.endsWith("'s")) return { base: word.slice(0, -2), possessive: true };
  return { base: word, possessive: false };
}

/** Words i and i+1 are part of one phrase (only spaces or a comma between them). */
function adjacent(words: Token[], prose: string, i: number): boolean {
  const next = words[i + 1];
  if (next === undefined) return false;
  const from = words[i].end;
  if (next.start - from > 3) return false;
  for (let k = from; k < next.start; k++) {
    const c = prose.charCodeAt(k);
    if (c !== 32 && c !== 9 && c !== 44) return false;
  }
  return true;
}

/** A reference to one person starting at word i, or undefined. */
function referenceAt(words: Token[], lower: string[], prose: string, i: number): Reference | undefined {
  const w = lower[i];
  // "one of my patients", "one of our regular clients"
  if (w === 'one' && lower[i + 1] === 'of' && (lower[i + 2] === 'my' || lower[i + 2] === 'our') && !everyOne(lower[i - 1], lower[i - 2])) {
    for (let j = i + 3; j <= i + 4 && j < lower.length; j++) {
      if (!adjacent(words, prose, j - 1)) break;
      if (lower[j] === 'patients' || lower[j] === 'clients') {
        if (COMPOUND_HEADS.has(lower[j + 1] ?? '')) return undefined;
        return { first: i, last: j, noun: lower[j].slice(0, -1), specific: true };
      }
      if (NOT_DESCRIPTIVE.has(lower[j])) break;
    }
    return undefined;
  }
  const isMy = w === 'my';
  if (!isMy && !DETERMINERS.has(w)) return undefined;
  // Up to three describing words, then the noun: "a 45-year-old man", "my 3 o'clock patient".
  for (let j = i + 1; j <= i + 4 && j < lower.length; j++) {
    if (!adjacent(words, prose, j - 1)) return undefined;
    const { base, possessive } = possessiveBase(lower[j]);
    const nouns = isMy ? PATIENT_NOUNS : PERSON_NOUNS;
    if (nouns.has(base)) {
      let last = j;
      let noun = base;
      if (possessive && RELATIVES.has(lower[j + 1] ?? '') && adjacent(words, prose, j)) {
        last = j + 1;
        noun = lower[j + 1];
      }
      if (COMPOUND_HEADS.has(lower[last + 1] ?? '') && adjacent(words, prose, last)) return undefined;
      // "a patient of mine", "a client of ours"
      if (!isMy && PATIENT_NOUNS.has(noun) && lower[last + 1] === 'of' && (lower[last + 2] === 'mine' || lower[last + 2] === 'ours')) {
        return { first: i, last: last + 2, noun, specific: true };
      }
      // "my 3 o'clock patient" is one real person; a bare "my patient" is often any patient
      // ("what is best for my patient") and needs the cues a story has.
      return { first: i, last, noun, specific: isMy && j > i + 1 };
    }
    if (NOT_DESCRIPTIVE.has(lower[j]) || SUBJECT_VERBS.has(lower[j]) || MODALS.has(lower[j])) return undefined;
  }
  return undefined;
}
