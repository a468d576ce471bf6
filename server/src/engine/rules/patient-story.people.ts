// patient-story, who a sentence is about: the ways a post points at one person (a patient
// noun, an age, an initial, "he"/"she", "you" addressed to a patient); the details that can
// identify them are read in patient-story.details.ts. The story reading
// (patient-story.reading.ts) decides whether a sentence with such a person tells what
// happened to them.

import { isEverydayWord, lexiconEntry, type Analysis, type NlpSentence, type NlpToken } from '../analysis';
import { COMPOUND_HEADS } from './patient-story.data';
import { FAMILY, OWN_CHILD, ownRelativeAt } from './patient-story.family';
import { isGivenName } from './shared/given-names';
import { SECOND_PERSON, THIRD_PERSON_SINGULAR, hasLemma, isPastVerb, wordHyphen } from './shared/meaning';

/** One person a clinician writes about. */
export const PERSON = new Set([
  'patient', 'pt', 'client', 'man', 'woman', 'lady', 'gentleman', 'gent', 'guy', 'bloke', 'girl', 'boy', 'kid', 'child',
  'toddler', 'baby', 'infant', 'newborn', 'neonate', 'teen', 'teenager', 'adolescent', 'youngster', 'fetus', 'foetus',
  'grandma', 'grandpa', 'granny', 'gran', 'resident', 'victim', 'admission', 'transfer', 'person', 'veteran', 'mother', 'mom', 'mum', 'dad', 'father',
  'husband', 'wife', 'male', 'female',
]);


const DETERMINERS = new Set(['a', 'an', 'the', 'this', 'that', 'one', 'my', 'our', 'another', 'her', 'his', 'their', 'your']);

/** People "some" can point at one of: "some guy", "some lady" (but "some patient education" is not a person). */
const SOMEONE = new Set(['man', 'woman', 'lady', 'guy', 'bloke', 'girl', 'boy', 'kid', 'gentleman', 'gent', 'dude']);

/** Nouns of time that may follow a person: "the patient yesterday". */
const TIME_NOUNS = new Set(['today', 'yesterday', 'tonight', 'morning', 'night', 'evening', 'afternoon', 'week', 'month', 'year', 'day']);

/** Words that open a case that recurs: "when the patient calls…". */
const GENERAL_WHEN = new Set(['when', 'whenever', 'once', 'if', 'until', 'unless']);
const presentSingular = (w: NlpToken | undefined): boolean => !!w && w.pos === 'VERB' && w.lower !== w.lemma && /[^s]s$/.test(w.lower);

/** "every one of", "each single one of": the whole group, not one of it. Given the two words before "one". */
export function everyOne(before: string | undefined, beforeThat: string | undefined): boolean {
  const quantifier = before === 'single' ? beforeThat : before;
  return quantifier === 'every' || quantifier === 'each';
}

/** Words that make a person general, not one person: "any patient", "an individual patient". */
const GENERIC = new Set(['any', 'every', 'each', 'individual', 'typical', 'average', 'given', 'certain', 'some', 'no', 'many', 'most', 'future', 'potential', 'prospective', 'which', 'whichever', 'other', 'such']);

/** Ages written as units: "1 year old", "22yo", "35wk", "67-year-old", "6 months". */
const AGE_UNITS = /^(?:y|yo|yr|yrs|year|years|yrold|wk|wks|week|weeks|mo|month|months|m|f)$/;

const AGE_TOKEN = /^\d{1,3}(?:yo|y\/o|yrs?|wks?|mo|m|f)$/i;

/** Words that make "a resident" a doctor in training, not a care-home resident. */
const TRAINING = new Set(['medicine', 'medical', 'surgical', 'surgery', 'year', 'junior', 'senior', 'chief', 'pediatric', 'paediatric', 'emergency', 'psychiatry', 'fellow']);

/** Words that make an age a limit: "under 16yo", "over 65 years old", "mammograms before 40 years old". */
const AGE_LIMITS = new Set(['under', 'over', 'above', 'below', 'before', 'after', 'until', 'till', 'from', 'between']);

/** Titles before a name or an initial: "Mr K", "Mrs. B". */
export const NAME_TITLES = new Set(['mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'miss', 'mx']);

/** Adverbs of frequency: what always happens is general, not a story. */
const FREQUENCY = new Set(['always', 'usually', 'often', 'generally', 'typically', 'normally', 'rarely', 'seldom', 'sometimes', 'never']);

/** Determiners of someone already in the story. */
export const KNOWN = new Set(['the', 'this', 'that', 'our', 'my']);

export interface Reference {
  first: number;
  last: number;
  kind: 'noun' | 'age' | 'initial' | 'pronoun' | 'you' | 'name';
}

/** "the Patient and Family Experience Team", "Patient Opinion": "Patient" capitalised inside a sentence, before another capital. */
function namesAThing(t: readonly NlpToken[], i: number, sentenceFirst: number): boolean {
  if (t[i].text !== 'Patient' || i === sentenceFirst) return false;
  const next = t[i + 1]?.lower === 'and' ? t[i + 2] : t[i + 1];
  return !!next && /^\p{Lu}\p{Ll}/u.test(next.text) && !/^\p{Lu}/u.test(t[i - 1].text);
}

export function personReference(a: Analysis, s: NlpSentence): Reference | undefined {
  const t = a.tokens;
  let pronoun: Reference | undefined;
  let you: Reference | undefined;
  let name: Reference | undefined;
  for (let i = s.first; i < s.last; i++) {
    const w = t[i];
    // An age: "a 1 year old", "22yo", "35wk fetus", "67-year-old woman", "a 42M".
    const age = ageAt(a, i, s.last);
    // ("Children under 16yo will continue to be bulk billed": an age limit, not someone's age.)
    if ((age > i || (age < 0 && w.type === 'number' && AGE_UNITS.test(t[i + 1]?.lower ?? '') && t[i - 1]?.lower === 'a')) && !aboutWriter(a, i, s.first) && !saidOfMany(t, i) && !AGE_LIMITS.has(t[i - 1]?.lower ?? '')) {
      const end = age > i ? (isPersonAfter(a, age, s.last) ? age + 1 : age) : i + 2;
      return { first: t[i - 1]?.lower === 'a' ? i - 1 : i, last: Math.min(end, s.last), kind: 'age' };
    }
    // A singular person noun ("patients" is general; "patient" tagged ADJ is still the noun when no noun follows).
    // "One of the regulars came in", "one of my patients": one person of a group.
    // "one of the first patients I ever had": up to two describing words between.
    // ("Every single one of my COVID-19 patients died" is all of them.)
    if (w.lower === 'one' && t[i + 1]?.lower === 'of' && KNOWN.has(t[i + 2]?.lower ?? '') && !everyOne(t[i - 1]?.lower, t[i - 2]?.lower)) {
      let k = i + 3;
      while (k < i + 5 && t[k]?.pos === 'ADJ') k++;
      if ((PERSON.has(t[k]?.lemma ?? '') || t[k]?.lower === 'regulars') && isPlural(t[k])) return { first: i, last: k + 1, kind: 'noun' };
    }
    // ("my in-person and on-line community": a person word joined to the word before is a compound's tail.)
    // ("the person you were before becoming a nurse": someone's own former self.)
    // ("the Patient and Family Experience Team": a capitalised "Patient" inside a sentence opens a name.)
    if (PERSON.has(w.lemma) && !isPlural(w) && w.pos !== 'VERB' && !wordHyphen(t, i - 1) && !formerSelf(t, i) && !namesAThing(t, i, s.first)) {
      const ref = nounReference(a, s, i);
      if (ref) return ref;
    }
    // An initial standing for a name: "When I first met B, he'd…", "Mr K finally got his kidney".
    if (/^[A-Z]\.?$/.test(w.text) && w.text !== 'I' && w.text !== 'A' && w.pos === 'PROPN' && i > s.first && (t[i - 1].lemma === 'meet' || t[i - 1].lemma === 'see' || t[i - 1].lemma === 'treat' || t[i - 1].lower === 'patient' || NAME_TITLES.has(t[i - 1].lower))) {
      return { first: NAME_TITLES.has(t[i - 1].lower) ? i - 1 : i, last: i + 1, kind: 'initial' };
    }
    // An age set off by commas after a person: "Young mum, 29, stage 4 bowel cancer".
    if (PERSON.has(w.lemma) && t[i + 1]?.text === ',' && t[i + 2]?.type === 'number' && Number(t[i + 2].text) <= 110 && (t[i + 3]?.text === ',' || t[i + 3]?.text === '.')) {
      return { first: i, last: i + 3, kind: 'age' };
    }
    // "She's 14 and pregnant": an age said of "he" or "she".
    if ((w.lower === 'he' || w.lower === 'she') && (t[i + 1]?.lemma === 'be') && t[i + 2]?.type === 'number' && Number(t[i + 2].text) <= 110 && !/^(?:am|pm|%)$/i.test(t[i + 3]?.text ?? '')) {
      return { first: i, last: i + 3, kind: 'age' };
    }
    if (!pronoun && THIRD_PERSON_SINGULAR.has(w.lower) && w.pos === 'PRON') pronoun = { first: i, last: i + 1, kind: 'pronoun' };
    if (!you && SECOND_PERSON.has(w.lower) && youInPast(a, s, i)) you = { first: i, last: i + 1, kind: 'you' };
    name ??= givenNameAt(a, s, i);
  }
  return name ?? pronoun ?? you;
}

/**
 * "the person you were", "the man I used to be": a person word describing the speaker's or
 * reader's own self ("a patient I was caring for" is someone else: a verb follows "was").
 */
function formerSelf(t: readonly NlpToken[], i: number): boolean {
  const k = t[i + 1]?.lower === 'that' || t[i + 1]?.lower === 'who' ? i + 2 : i + 1;
  if (!SELVES.has(t[k]?.lower ?? '')) return false;
  if (t[k + 1]?.lemma === 'use' && t[k + 2]?.lower === 'to') return true;
  return t[k + 1]?.lemma === 'be' && t[k + 2]?.pos !== 'VERB' && t[k + 2]?.pos !== 'AUX';
}
const SELVES = new Set(['you', 'i', 'we']);

/** Before a name, words that make it a place or an organisation: "at Meadows", "from Boots", "the Hilton". */
const PLACE_BEFORE = new Set(['at', 'in', 'on', 'from', 'into', 'near', 'of', 'via', 'across', 'around', 'through', 'to', 'towards', 'toward', 'outside', 'inside', 'within', 'the', 'a', 'an', 'our', 'my', 'your', 'their', 'this', 'that']);

/** Titles of staff: "Dr Patel", "Nurse Jo", "Sister Agnes" are colleagues. */
const STAFF_TITLES = new Set(['dr', 'dr.', 'doctor', 'nurse', 'prof', 'prof.', 'professor', 'sister', 'matron', 'paramedic', 'midwife', 'consultant']);

/** The writer as the one met: "booked in with me", "told us". */
const MET_BY_WRITER = new Set(['me', 'us']);

/** Verbs whose object is someone the writer met in care: "I met Bea", "we saw Doreen". */
const MET = new Set(['meet', 'see', 'treat', 'visit', 'examine', 'admit', 'call', 'find']);

/**
 * A given name standing for one person: "Stephen, aged 48, came to our clinic", "the last time I
 * met Bea", "Ted's back door". It is a capitalised common first name (shared/given-names.ts),
 * said alone (no capitalised word either side: "Perri Klass" and "Saint Francis" name public
 * people and places), not after a place's preposition or an article ("at Meadows", "the
 * Hilton") or a staff title ("Dr Patel"), and it acts, owns or is met: a verb or a comma after
 * it, "'s", or a verb of meeting before it.
 */
export function givenNameAt(a: Analysis, s: NlpSentence, i: number): Reference | undefined {
  const t = a.tokens;
  const w = t[i];
  if (w.pos !== 'PROPN' || w.type !== 'word' || !/^\p{Lu}\p{Ll}+$/u.test(w.text)) return undefined;
  const before = i > s.first ? t[i - 1] : undefined;
  const after = t[i + 1];
  const title = !!before && NAME_TITLES.has(before.lower);
  if (before && !title && (PLACE_BEFORE.has(before.lower) || STAFF_TITLES.has(before.lower) || (before.type === 'word' && /^\p{Lu}/u.test(before.text) && before.text !== 'I'))) return undefined;
  if (after && after.type === 'word' && /^\p{Lu}/u.test(after.text) && i + 1 < s.last) return undefined;
  const acts = !!after && i + 1 < s.last && (after.pos === 'VERB' || after.pos === 'AUX' || after.text === ',' || after.lower === "'s" || after.lower === '’s');
  const met = !!before && MET.has(before.lemma) && before.pos === 'VERB';
  if (!acts && !met) return undefined;
  // "Mrs Ellis booked in with me today": with a title any surname is someone's name, and one the
  // writer met is someone in their care ("Mr Hunt has never understood…" met no one).
  if (title && (met || hasLemma(a, s.first, s.last, MET_BY_WRITER) >= 0)) return { first: i - 1, last: i + 1, kind: 'name' };
  if (!isGivenName(w.lower)) return undefined;
  const entry = lexiconEntry(w.lower);
  // Days, months and countries are proper nouns of the lexicon ("Tuesday", "April", "Georgia").
  if (entry.known && entry.pos === 'PROPN') return undefined;
  // A name that is also an everyday word ("Will", "Grace", "Hope") is a name only mid-sentence.
  if ((i === s.first || !before || before.text === '"' || before.text === '“') && entry.known) return undefined;
  return { first: title ? i - 1 : i, last: i + 1, kind: 'name' };
}

/** "patients", "kids", "children", "women" (but not "fetus", whose lemma is itself). */
export function isPlural(w: NlpToken): boolean {
  return w.lower !== w.lemma && !w.lower.endsWith("'s") && !w.lower.endsWith('’s');
}

/** A word that can describe the person before the noun: "poor", "elderly", "cash-paying", "Teenage". */
function isDescribing(t: readonly NlpToken[], j: number): boolean {
  const w = t[j];
  if (w.pos === 'ADJ' || w.pos === 'NUM' || w.pos === 'ADV' || w.pos === 'PROPN') return true;
  if (w.text === '-') return true;
  if ((t[j + 1]?.text === '-' || t[j - 1]?.text === '-') && w.type === 'word') return true;
  return w.pos === 'NOUN' && w.type === 'word' && !PERSON.has(w.lemma);
}

/** A person noun right after an age: "a 35wk fetus", "22yo woman". */
function isPersonAfter(a: Analysis, i: number, last: number): boolean {
  const w = a.tokens[i];
  return i < last && !!w && PERSON.has(w.lemma);
}

/** "a patient", "the kid", "this poor kid", "Teenage girl", "a cash-paying patient's copay". */
function nounReference(a: Analysis, s: NlpSentence, i: number): Reference | undefined {
  const t = a.tokens;
  let j = i - 1;
  // Up to three describing words before the noun.
  while (j >= s.first && i - j <= 5 && isDescribing(t, j)) {
    if (GENERIC.has(t[j].lower)) return undefined;
    j--;
  }
  const before = t[j];
  // "some guy fell out of bed": "some" before one person is someone unnamed, not a group.
  const someOne = before?.lower === 'some' && SOMEONE.has(t[i].lemma) && t[j - 1]?.lower !== 'of';
  if (before && GENERIC.has(before.lower) && !someOne) return undefined;
  // "I spent my life in hospital as a patient", "and then become a cancer patient": a role someone
  // had or took on, not someone the writer saw.
  if (before && (before.lower === 'a' || before.lower === 'an') && (t[j - 1]?.lower === 'as' || t[j - 1]?.lemma === 'become')) return undefined;
  // "a first year emergency medicine resident" is a colleague.
  if (t[i].lemma === 'resident' && hasLemma(a, j + 1, i, TRAINING) >= 0) return undefined;
  if (before && ownRelativeAt(t, j)) return undefined;
  // "I am not the same person that left", "I was the patient": the writer said to be the person.
  if (before && writerIs(t, j)) return undefined;
  // "I never saw a patient waiting on a trolley": someone denied is no one.
  if (before && (before.lower === 'a' || before.lower === 'an') && deniedVerbBefore(t, j, s.first)) return undefined;
  if (before && (before.lower === 'his' || before.lower === 'her' || before.lower === 'their' || before.lower === 'your') && t[i].lemma !== 'patient') return undefined;
  // "the QEH Kidney Patient's Association", "Patient Advice and Liaison": part of a name in capitals.
  if (inTitleCaseName(t, i, s.first)) return undefined;
  // "Dear patient," opens a letter to patients in general.
  if (t[i - 1]?.lower === 'dear' && t[i + 1]?.pos !== 'PROPN') return undefined;
  // "the patient is always…", "the patient always comes first": a general truth, not one person.
  if (FREQUENCY.has(t[i + 1]?.lower ?? '') || (t[i + 1]?.lemma === 'be' && FREQUENCY.has(t[i + 2]?.lower ?? ''))) return undefined;
  // "When the patient telephones for a…", "when the patient holds the answer": a case in a
  // procedure or a general truth, told in the present, not one person.
  // ("I'm helping one lady when another lady comes up" goes on with a story.)
  if (before && (before.lower === 'the' || before.lower === 'a') && GENERAL_WHEN.has(t[j - 1]?.lower ?? '') && presentSingular(t[i + 1])) return undefined;
  // "one of my patients" is plural in form but one person; "patients" alone is general.
  const determined = before && (DETERMINERS.has(before.lower) || someOne);
  const sentenceStart = j < s.first;
  if (!determined && !sentenceStart) return undefined;
  // "Baby is asleep", "Daddy had slipped into a coma": a relative's word used as a name is the writer's own.
  if (!determined && (FAMILY.has(t[i].lemma) || OWN_CHILD.has(t[i].lower)) && t[i].text[0] !== t[i].lower[0]) return undefined;
  // "the patient" in a general statement ("the patient should…") is caught by the modal check;
  // "patient portal", "patient care": the noun only describes the next one.
  if (COMPOUND_HEADS.has(t[i + 1]?.lower ?? '') || t[i + 1]?.lower === 'themselves') return undefined;
  // "my patient work", "our client base": after "my" or "our" a person word may describe the
  // noun after it. Only there is a following noun read so: in "saw a patient die" wink may tag
  // "die" a noun. "patient-generated ones" reads so too, and so does a bare "Patient" opening a
  // sentence ("Patient acuity and COVID-19 have changed…"), unless the next word may be a verb
  // in -s ("Patient states…", "Patient presents…").
  const owned = before?.lower === 'my' || before?.lower === 'our';
  const bareOpening = !determined && sentenceStart && !!t[i + 1] && !t[i + 1].lower.endsWith('s');
  const describes = !!t[i + 1] && t[i + 1].start - t[i].end <= 1 && t[i + 1].pos === 'NOUN' && t[i + 1].type === 'word' && !TIME_NOUNS.has(t[i + 1].lemma);
  if (owned && describes) return undefined;
  if (t[i].lemma === 'patient' && t[i + 1] && t[i + 1].start - t[i].end <= 1 && (t[i + 1].text === '-' || (bareOpening && describes))) return undefined;
  return { first: determined ? j : i, last: i + 1, kind: 'noun' };
}

/** A capitalised person word inside a run of capitalised words: an organisation's or a service's name. */
function inTitleCaseName(t: readonly NlpToken[], i: number, first: number): boolean {
  const capital = (w: NlpToken | undefined) => !!w && w.type === 'word' && /^[A-Z]/.test(w.text) && w.text !== 'I';
  if (!capital(t[i]) || i === first) return false;
  const after = t[i + 1]?.lower === "'s" || t[i + 1]?.lower === '’s' ? t[i + 2] : t[i + 1];
  if (capital(t[i - 1]) && capital(after)) return true;
  // "make up the Patient Representative Group", "our Patient Rewards Card": an everyday word in
  // capitals after "Patient" names a thing ("the Patient John" would be a name).
  return !!after && capital(after) && isEverydayWord(after.lower);
}

/** "You were hit by a car", "I placed you in the arms…", "you passed": the reader is the one cared for. */
function youInPast(a: Analysis, s: NlpSentence, i: number): boolean {
  const t = a.tokens;
  const w = t[i];
  if (w.lower !== 'you' && w.lower !== 'u') return false;
  const next = t[i + 1];
  const after = t[i + 2];
  if (next && (isPastVerb(next) || (next.pos === 'ADV' && after && isPastVerb(after)))) return next.lower !== 'did' || (after?.lower !== 'know' && after?.lower !== 'not');
  // "I placed you…", "I ran to you": the writer did something to or toward them.
  const verb = t[i - 1]?.pos === 'ADP' ? i - 2 : i - 1;
  const prev = t[verb];
  return verb >= s.first && !!prev && isPastVerb(prev) && prev.pos === 'VERB' && hasNarratorBefore(a, s, verb);
}

function hasNarratorBefore(a: Analysis, s: NlpSentence, i: number): boolean {
  for (let k = Math.max(s.first, i - 3); k < i; k++) if (a.tokens[k].lower === 'i' || a.tokens[k].lower === 'we') return true;
  return false;
}

/**
 * The end of an age starting at token i ("1 year old", "67-year-old", "22yo", "35wk fetus",
 * "42M"), or -1. A span of time ("6 weeks later") is not an age.
 */
export function ageAt(a: Analysis, i: number, last: number): number {
  const t = a.tokens;
  const w = t[i];
  if (/^\d{1,3}(?:yo|y\/o)$/i.test(w.text)) return i + 1;
  if (AGE_TOKEN.test(w.text)) return isPersonAfter(a, i + 1, last) ? i + 2 : -1;
  // "30-year-old" comes as 30 - year - old; "seventy-eight-year-old" as seventy - eight - year - old.
  const n = numberEnd(t, i);
  if (n < 0) return -1;
  const u = t[n + 1]?.text === '-' ? n + 2 : n + 1;
  if (!AGE_UNITS.test(t[u]?.lower ?? '') || t[u].start - t[u - 1].end > 1) return -1;
  let k = u + 1;
  if (t[k]?.text === '-') k++;
  if (t[k]?.lower === 'old') return k + 1;
  if (/^(?:yo|m|f)$/.test(t[u].lower)) return u + 1;
  return isPersonAfter(a, u + 1, last) ? u + 2 : -1;
}

/** Number words that can make an age: "seventy", "eight", "twenty two". */
const NUMBER_WORDS = /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)$/;

/** The last token of a number at i: a numeral, or number words joined by spaces or hyphens ("seventy-eight"); -1 if none. */
function numberEnd(t: readonly NlpToken[], i: number): number {
  if (t[i].type === 'number') return i;
  if (!NUMBER_WORDS.test(t[i].lower)) return -1;
  let end = i;
  while (NUMBER_WORDS.test(t[end + 1]?.lower ?? '') || (t[end + 1]?.text === '-' && NUMBER_WORDS.test(t[end + 2]?.lower ?? ''))) {
    end += t[end + 1].text === '-' ? 2 : 1;
  }
  return end;
}

/** A verb wink marks negated within three words before token j ("never saw", "didn't meet"). */
function deniedVerbBefore(t: readonly NlpToken[], j: number, first: number): boolean {
  for (let k = j - 1; k >= first && k >= j - 3; k--) {
    if (t[k].pos === 'VERB') return !!t[k].negated;
  }
  return false;
}

/** "I am (not) …", "I'm …", "I was …" right before token j: what follows is said of the writer. */
function writerIs(t: readonly NlpToken[], j: number): boolean {
  let k = j - 1;
  if (t[k]?.lower === 'not' || t[k]?.lower === "n't" || t[k]?.lower === 'never' || t[k]?.lower === 'still') k--;
  if (t[k]?.lower === "i'm") return true;
  return (t[k]?.lemma === 'be' || t[k]?.lower === "'m") && t[k - 1]?.lower === 'i';
}

/** "until they are 100 years old": an age said of many people, not of one. */
function saidOfMany(t: readonly NlpToken[], i: number): boolean {
  return t[i - 1]?.lemma === 'be' && MANY.has(t[i - 2]?.lower ?? '');
}
const MANY = new Set(['they', 'we', 'people', 'many', 'most']);

/** "when I was 22 years old": the writer's own age. */
export function aboutWriter(a: Analysis, i: number, first: number): boolean {
  const t = a.tokens;
  for (let k = Math.max(first, i - 6); k < i; k++) {
    if (t[k].lower === "i'm" || (t[k].lower === 'i' && (t[k + 1]?.lemma === 'be' || t[k + 1]?.lower === "'m"))) return true;
  }
  return false;
}
