// unprofessional-language: attitudes toward patients that the issue names and no word list
// holds, read from the post's analysis (who is spoken of, the verb, negation, sentiment):
// - accusing someone of faking ("the guy in cubicle 2 is faking his seizure");
// - wishing for an emergency on a quiet shift ("Somebody please crash");
// - refusing or ranking care by who someone is ("don't expect me to see you", "back of the
//   queue for ICU beds", "don't deserve a bed");
// - saying someone deserves their illness ("you deserve your lung cancer");
// - calling people names through what they "are" ("patients are just too stupid to…").

import { sentimentOfText, type Analysis, type NlpSentence, type NlpToken } from '../analysis';
import { hasLemma, pronounForFullName, supposed } from './shared/meaning';
import { CARE_THINGS_BASE, STATES_OF_PEOPLE } from './unprofessional-language.data';

/** People a clinician may speak of: the subject of an accusation or a judgement. */
const PEOPLE = new Set([
  'he', 'she', 'they', 'you', 'u', 'patient', 'guy', 'man', 'woman', 'lady', 'bloke', 'kid', 'people', 'person', 'mum', 'mom', 'dad',
  'family', 'parent', 'customer', 'client', 'caller', 'regular', 'everyone', 'someone', 'somebody',
]);
const FAKE = new Set(['fake', 'faking', 'pretend', 'malinger', 'feign', 'exaggerate', 'faker', 'fakers']);
/** Emergencies someone may wish for on a quiet shift, as verbs or nouns. */
const EMERGENCIES = new Set(['crash', 'code', 'arrest', 'collapse', 'die', 'trauma', 'emergency', 'stab', 'stabbing', 'shooting', 'rta', 'bleed']);
const WISHING = new Set(['wish', 'hope', 'pray', 'please', 'need', 'want']);
const ANYONE = new Set(['somebody', 'someone', 'anybody', 'anyone', 'something']);
/** Words of a quiet shift ("the q word"). */
const QUIET = new Set(['quiet', 'bored', 'boring', 'slow', 'dull']);
/** Care a clinician gives: refused or ranked care names one of these. */
const CARE_GIVEN = new Set(['see', 'treat', 'help', 'examine', 'prescribe', 'vaccinate', 'resuscitate', 'ventilate', 'admit', 'operate']);
const CARE_THINGS = new Set([...CARE_THINGS_BASE, 'transplant', 'surgery', 'operation', 'appointment', 'ambulance']);
/** Illnesses someone may be said to deserve. */
const ILLNESS = new Set(['cancer', 'disease', 'illness', 'covid', 'stroke', 'infection', 'diabetes', 'emphysema', 'cirrhosis', 'hiv', 'sick', 'heart', 'overdose']);
/** How people are, or what it is like for them, not a judgement of their worth: "patients are scared", "they were devastated", "being far from family was heartbreaking". */
const STATES = new Set([
  ...STATES_OF_PEOPLE,
  'devastated', 'heartbroken', 'heartbreaking', 'devastating', 'tragic', 'upsetting', 'distressing', 'harrowing', 'frightened', 'terrified', 'desperate', 'exhausted', 'tired', 'confused', 'afraid', 'distressed', 'overwhelmed', 'ashamed', 'embarrassed', 'alone', 'unhappy', 'miserable', 'stressed', 'nervous', 'lost', 'wrong', 'stuck', 'unable', 'late', 'bad', 'weak', 'broken', 'dangerous', 'violent', 'aggressive', 'abusive', 'awful', 'terrible', 'horrible', 'unconscious', 'unresponsive', 'paralysed', 'paralyzed',
]);
/** Verbs of contempt, and the caring they may be aimed at ("hate giving", "can't stand dealing with"). */
const CONTEMPT = new Set(['hate', 'loathe', 'despise', 'detest', 'stand']);
const CARING = new Set(['giving', 'treating', 'nursing', 'dealing', 'caring', 'looking', 'triaging', 'resuscitating', 'intubating', 'discharging', 'admitting']);
/** Words that open an address to someone: "Hey fat bloke". */
const ADDRESS = new Set(['hey', 'oi', 'oy', 'listen', 'dear']);
const PERSON_NOUNS = new Set(['bloke', 'guy', 'man', 'woman', 'lady', 'lad', 'girl', 'boy', 'dude', 'mate', 'mum', 'mom', 'dad', 'patient', 'people', 'idiot', 'kid', 'sir', 'madam']);
/** Remarks on someone's body used as insults: the sentiment lexicon has no feeling for them. */
const LOOKS = new Set(['fat', 'ugly', 'smelly', 'skinny', 'greasy', 'toothless']);
const THIRD_PERSON = new Set(['he', 'she']);
const DEGREE = new Set(['just', 'so', 'too', 'really', 'such', 'very', 'completely', 'totally', 'utterly', 'plain', 'simply', 'all']);

export type AttitudeSpan = { first: number; last: number; kind: 'faking' | 'emergency' | 'refusal' | 'harm' | 'insult' | 'venting' };

/** The first attitude of these kinds in the sentence, as a token span, or undefined. */
export function readAttitude(a: Analysis, s: NlpSentence, quietPost: boolean): AttitudeSpan | undefined {
  const t = a.tokens;
  for (let i = s.first; i < s.last; i++) {
    const w = t[i];
    // "is faking his seizure", "pretending to be in pain": someone accused of faking.
    if (FAKE.has(w.lemma) || FAKE.has(w.lower)) {
      if (!w.negated && (w.pos === 'VERB' || w.pos === 'NOUN') && personBefore(t, s, i)) return { first: i, last: i + 1, kind: 'faking' };
    }
    // "Somebody please crash", "I wish someone would code": on a quiet shift, wishing for an emergency.
    if (quietPost && EMERGENCIES.has(w.lemma) && hasLemma(a, s.first, i, WISHING) >= 0 && hasLemma(a, s.first, i + 2, ANYONE) >= 0) {
      return { first: i, last: i + 1, kind: 'emergency' };
    }
    // "don't expect me to see you", "do not expect us to treat you"
    if (w.lemma === 'expect' && w.negated && (t[i + 1]?.lower === 'me' || t[i + 1]?.lower === 'us') && t[i + 2]?.lower === 'to' && CARE_GIVEN.has(t[i + 3]?.lemma ?? '')) {
      return { first: i, last: i + 4, kind: 'refusal' };
    }
    // "the back of the queue for ICU beds", "last in line for a ventilator"
    if ((w.lower === 'back' && t[i + 1]?.lower === 'of' && (t[i + 3]?.lemma === 'queue' || t[i + 3]?.lemma === 'line')) && hasLemma(a, i, s.last, CARE_THINGS) >= 0) {
      return { first: i, last: i + 4, kind: 'refusal' };
    }
    // "don't deserve a bed", "shouldn't get a ventilator"
    if ((w.lemma === 'deserve' || w.lemma === 'get' || w.lemma === 'receive') && w.negated && (w.lemma === 'deserve' || hasModalBefore(t, s, i))) {
      const thing = hasLemma(a, i + 1, Math.min(s.last, i + 4), CARE_THINGS);
      if (thing >= 0 && personBefore(t, s, i)) return { first: i, last: thing + 1, kind: 'refusal' };
    }
    // "I may kill somebody there", "I'm going to kill a patient one day": the writer, joking or not, about killing people.
    // ("I still want to stab a certain someone": a wish, and one person left unnamed.)
    if (KILL.has(w.lemma) && w.pos === 'VERB' && !w.negated && writerWithModalBefore(t, s, i) && HARMED.has(t[i + 1]?.lower ?? '')) {
      const unnamed = t[i + 1].lower === 'a' && t[i + 2]?.lower === 'certain' && HARMED.has(t[i + 3]?.lower ?? '');
      return { first: i, last: unnamed ? i + 4 : t[i + 1].lower === 'a' ? i + 3 : i + 2, kind: 'harm' };
    }
    // "you deserve your lung cancer"
    if (w.lemma === 'deserve' && !w.negated) {
      const illness = hasLemma(a, i + 1, Math.min(s.last, i + 5), ILLNESS);
      if (illness >= 0) return { first: i, last: illness + 1, kind: 'harm' };
    }
    // "I hate giving epi to anaphylactics", "I can't stand dealing with drunks": the writer's
    // contempt for caring for people ("I hate seeing patients suffer" is compassion and passes).
    const contempt = CONTEMPT.has(w.lemma) && w.pos === 'VERB' && (w.lemma === 'stand' ? w.negated : !w.negated);
    if (contempt && hasLemma(a, Math.max(s.first, i - 3), i, WRITER) >= 0 && CARING.has(t[i + 1]?.lower ?? '') && peopleAfter(t, s, i + 2)) {
      return { first: i, last: i + 2, kind: 'venting' };
    }
    // "Hey fat bloke", "Oi, you idiot": a person addressed by an insult.
    if (ADDRESS.has(w.lower) && i === s.first) {
      const k = t[i + 1]?.text === ',' ? i + 2 : i + 1;
      const adjective = t[k];
      if (adjective && adjective.pos === 'ADJ' && PERSON_NOUNS.has(t[k + 1]?.lemma ?? '') && (LOOKS.has(adjective.lower) || sentimentOfText(adjective.lower) <= -0.45)) return { first: k, last: k + 2, kind: 'insult' };
    }
    // "patients are just too stupid to…", "they're so lazy": a strongly negative word for what people are.
    // ("He is so toxic as a Health Secretary", said of a minister named in full, is politics, not contempt for patients.)
    // "If the people are nasty, …" supposes and says nothing of anyone; "If you are stupid…" taunts the reader.
    if (w.lemma === 'be' && personSubject(t, s, i) && !(supposed(a, s, i, 8) && t[i - 1].lower !== 'you') && !(THIRD_PERSON.has(t[i - 1].lower) && pronounForFullName(a, i - 1, PEOPLE))) {
      let k = i + 1;
      // Degree words and adverbs in -ly: "so lazy", "certifiably crazy".
      while (k < s.last && (DEGREE.has(t[k].lower) || (t[k].pos === 'ADV' && t[k].lower.endsWith('ly')))) k++;
      const word = t[k];
      if (word && word.pos === 'ADJ' && !word.negated && !STATES.has(word.lower) && sentimentOfText(word.lower) <= -0.45) return { first: i + 1, last: k + 1, kind: 'insult' };
    }
  }
  return undefined;
}

const KILL = new Set(['kill', 'murder', 'strangle', 'smother', 'poison', 'stab']);
const HARMED = new Set(['somebody', 'someone', 'anybody', 'anyone', 'everybody', 'everyone', 'people', 'patients', 'a', 'him', 'her', 'them']);
/** "I may", "I'm going to", "we'll", "I want to": the writer, with a modal, "going to" or a wish, just before the verb at i. */
function writerWithModalBefore(t: readonly NlpToken[], s: NlpSentence, i: number): boolean {
  let k = i - 1;
  // Adverbs and "be able to" between the modal and the verb: "I may actually be able to accidentally kill…".
  const skipAdverbs = () => {
    while (k > s.first && k > i - 6 && t[k].pos === 'ADV') k--;
  };
  skipAdverbs();
  if (t[k]?.lower === 'to' && t[k - 1]?.lower === 'able' && t[k - 2]?.lemma === 'be') {
    k -= 3;
    skipAdverbs();
  }
  if (t[k]?.lower === 'to' && (t[k - 1]?.lower === 'going' || t[k - 1]?.lower === 'gonna')) k -= 2;
  else if (t[k]?.lower === 'to' && t[k - 1]?.lemma === 'want') {
    // "I still want to stab…": a wish, adverbs before it.
    k -= 2;
    skipAdverbs();
  } else if (t[k]?.lower === 'gonna' || t[k]?.lower === 'wanna') k -= 1;
  else if (MODALS_OF_INTENT.has(t[k]?.lower ?? '')) k -= 1;
  else return false;
  if (PRESENT_BE_SHORT.has(t[k]?.lower ?? '')) k--;
  return k >= s.first && (t[k].lower === 'i' || t[k].lower === 'we' || t[k].lower === "i'm" || t[k].lower === "we're");
}
const MODALS_OF_INTENT = new Set(['may', 'might', 'could', 'will', "'ll", 'would', "'d"]);
const PRESENT_BE_SHORT = new Set(["'m", 'am', "'re", 'are']);

/** People cared for, named within a few words: "to anaphylactics", "with drunks", "them". */
function peopleAfter(t: readonly NlpToken[], s: NlpSentence, from: number): boolean {
  for (let k = from; k < s.last && k < from + 5; k++) {
    const w = t[k];
    if (CARED_FOR.has(w.lemma) || CARED_FOR.has(w.lower) || (w.pos === 'NOUN' && /[^a]ics$/.test(w.lower))) return true;
  }
  return false;
}
const CARED_FOR = new Set(['patient', 'people', 'family', 'relative', 'parent', 'mum', 'mom', 'dad', 'kid', 'child', 'drunk', 'drunks', 'addict', 'junkie', 'smoker', 'them', 'him', 'her', 'public', 'customer', 'client', 'user', 'frequent', 'regular']);
const WRITER = new Set(['i']);

/** A word for a person among the few words before token i, in the sentence. */
function personBefore(t: readonly NlpToken[], s: NlpSentence, i: number): boolean {
  for (let k = Math.max(s.first, i - 6); k < i; k++) if (PEOPLE.has(t[k].lemma) || PEOPLE.has(t[k].lower)) return true;
  return false;
}

/**
 * "patients are", "they're", "some people are": people (plural, or he/she/you) right before a form of "be";
 * or people marked by a condition: "anyone with 10 allergies plus fibromyalgia is…", "people with BPD are…".
 */
function personSubject(t: readonly NlpToken[], s: NlpSentence, i: number): boolean {
  const before = t[i - 1];
  if (i > s.first && !!before && (PEOPLE.has(before.lemma) || PEOPLE.has(before.lower)) && before.lower !== 'everyone' && before.lower !== 'someone') return true;
  for (let k = i - 1; k > s.first && k >= i - 8; k--) {
    if (t[k].pos === 'VERB' || t[k].pos === 'AUX' || t[k].type === 'punctuation') return false;
    if (t[k].lower === 'with') return GROUP_HEADS.has(t[k - 1].lemma) || GROUP_HEADS.has(t[k - 1].lower);
  }
  return false;
}
/** Who "with" a condition makes a group of patients: "anyone with…", "patients with…". */
const GROUP_HEADS = new Set(['anyone', 'anybody', 'everyone', 'everybody', 'people', 'patient', 'person', 'someone', 'somebody', 'kid', 'parent', 'woman', 'man']);

function hasModalBefore(t: readonly NlpToken[], s: NlpSentence, i: number): boolean {
  for (let k = Math.max(s.first, i - 3); k < i; k++) if (t[k].lower === 'should' || t[k].lower === 'shouldn' || t[k].lower === 'wo' || t[k].lower === 'will') return true;
  return false;
}

/** The post speaks of a quiet shift ("so quiet tonight", "bored"). */
export function quietPost(a: Analysis): boolean {
  return a.tokens.some((t) => QUIET.has(t.lower));
}
