// individual-advice, read for meaning: a diagnosis or a judgement of health made in public
// about one identifiable person the writer has not examined, often a public figure ("the
// president has severe COVID", "the evidence for dementia in <name>", "he is unfit"). It is
// found from who the sentence is about and what it says of them, not from set phrases. A
// sentence is a diagnosis at a distance when
// - a named person, a public office ("the president", "the senator") or "he"/"she" in a post
//   that names one (or, for judgements of the mind such as "unfit", any "he"/"she"), is said in the present to have, show or suffer from a condition, or to be
//   unfit, demented, delusional… ("he has (at the very least) SEVERE COVID", "X is showing
//   signs of decline", "called X to be a 'mental health crisis'");
// - a condition is placed in them ("dementia in <name>", "signs of decline in the president");
// - their prognosis or diagnosis is discussed ("the president's prognosis");
// - or, right after a sentence about them, their behaviour is matched to a condition ("This
//   is behavior we see in patients who have dementia").
// General education, what doctors ask and why, and a writer's own or family's illness are not
// flagged: the subject must be someone else, named, and the words must conclude about them.

import { lexiconEntry, type Analysis, type NlpSentence, type NlpToken } from '../analysis';
import { aboutOwnFamily } from './patient-story.family';
import { firstWord, hasLemma } from './shared/meaning';

export interface DiagnosisFinding {
  start: number;
  end: number;
  kind: 'diagnosis' | 'fitness' | 'prognosis' | 'comparison' | 'reader';
}

/** Diagnoses by name; any word ending like a diagnosis ("-itis", "-osis", "-oma"…) counts too. */
const CONDITIONS = new Set([
  'dementia', 'alzheimer', "alzheimer's", 'alzheimers', 'covid', 'covid-19', 'covid19', 'coronavirus', 'pneumonia', 'stroke',
  'cancer', 'delirium', 'psychosis', 'depression', 'parkinson', "parkinson's", 'parkinsons', 'sepsis', 'flu', 'influenza',
  'disorder', 'disease', 'illness', 'syndrome', 'infection', 'impairment', 'decline', 'insanity', 'narcissism', 'sociopathy',
  'psychopathy', 'paranoia', 'delusion', 'delusions', 'senility', 'diabetes', 'addiction', 'alcoholism', 'coma', 'mania',
  'shingles', 'eczema', 'croup', 'measles', 'mumps', 'chickenpox', 'asthma', 'migraine', 'lupus', 'gout', 'adhd', 'autism',
  'schizophrenia', 'ocd', 'ptsd', 'anorexia', 'bulimia', 'copd', 'uti', 'sti', 'std', 'hiv', 'herpes', 'acne', 'rosacea', 'hernia',
  'ulcer', 'colic', 'thrush', 'allergy', 'concussion', 'fracture', 'tumor', 'tumour', 'cyst', 'palsy', 'epilepsy', 'seizures',
  'anaemia', 'anemia', 'insomnia', 'hypothyroidism', 'hyperthyroidism', 'long-covid', 'cushing', "cushing's",
]);
const DIAGNOSIS_ENDING = /(?:itis|osis|aemia|emia|oma|pathy|phrenia|plegia)$/;
/** Judgements of a person's mental or physical fitness. */
const FITNESS = new Set([
  'unfit', 'demented', 'senile', 'delusional', 'psychotic', 'sociopathic', 'psychopathic', 'narcissistic', 'incompetent',
  'impaired', 'incapacitated', 'ill', 'sick', 'unwell', 'paranoid', 'manic', 'deranged', 'unstable', 'infected', 'insane',
  'bipolar', 'schizophrenic', 'anorexic', 'alcoholic', 'narcissist', 'psychopath', 'sociopath', 'addict',
]);
/** Judgements of someone's mind that need no name in the post to be about one person: "he is unfit". */
const JUDGEMENTS = new Set([
  'unfit', 'demented', 'senile', 'delusional', 'psychotic', 'sociopathic', 'psychopathic', 'narcissistic', 'incompetent', 'deranged',
  'insane', 'bipolar', 'schizophrenic', 'narcissist', 'psychopath', 'sociopath',
]);
/** Classes of condition: "shingles is an infection" classifies a disease, it diagnoses nobody. */
const CLASSES = new Set(['disease', 'illness', 'infection', 'condition', 'disorder', 'syndrome']);
/** A person's own disclosure, reported: "announced he has…", "the palace confirmed". */
const REPORTED = new Set(['announce', 'confirm', 'reveal', 'disclose', 'share', 'say', 'state', 'report', 'speak', 'post', 'tweet', 'write']);
/** "mental health crisis", "cognitively impaired", "psychiatric…": a state of mind named as a condition. */
const MIND = new Set(['mental', 'mentally', 'psychiatric', 'cognitive', 'cognitively', 'psychological', 'psychologically', 'neurological']);
/** Words between a verb and the condition: "has (at the very least) SEVERE COVID", "shows signs of early dementia". */
const BETWEEN = new Set([
  'severe', 'mild', 'moderate', 'early', 'advanced', 'late', 'serious', 'clear', 'obvious', 'classic', 'full-blown', 'very', 'least',
  'signs', 'sign', 'symptoms', 'symptom', 'evidence', 'of', 'from', 'at', 'the', 'a', 'an', 'some', 'national', 'clinical',
  'probably', 'likely', 'clearly', 'obviously', 'definitely', 'also', 'now', 'still', 'already', 'actually', 'showing', 'suffering',
  'frontotemporal', 'vascular', 'progressive', 'rapid',
]);
/** Public offices: "the president", "POTUS", "the senator". */
const OFFICES = new Set([
  'president', 'potus', 'flotus', 'senator', 'governor', 'mayor', 'king', 'queen', 'prince', 'princess', 'premier', 'chancellor',
  'congressman', 'congresswoman', 'candidate', 'pope', 'vp', 'minister',
]);
/** Proper nouns that name places and organisations, not people. */
const NOT_PEOPLE = new Set([
  'hospital', 'clinic', 'trust', 'university', 'health', 'nhs', 'street', 'centre', 'center', 'college', 'school', 'ward', 'unit',
  'service', 'services', 'foundation', 'department', 'institute', 'medical', 'dental', 'pharmacy', 'council', 'county', 'city',
  'house', 'office', 'court', 'covid', 'day', 'week', 'month', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday',
  'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
]);
/** Titles of clinicians and staff a post introduces: "Dr. Conley said", "Nurse Amy explains". */
const HONORIFICS = new Set(['mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'miss', 'sir', 'dame', 'lord', 'lady']);
const STAFF_TITLES = new Set(['dr', 'dr.', 'doctor', 'nurse', 'prof', 'prof.', 'professor', 'midwife']);
const PRONOUNS = new Set(['he', 'she']);
const MINE = new Set(['my', 'our', 'your', 'his', 'her', 'their']);
/** Linking verbs that state what someone has or is, in the present. */
const HAVE = new Set(['has', 'have', "'s", "'ve"]);
const BE = new Set(['is', "'s", 'are', 'be']);
const SHOW = new Set(['show', 'shows', 'showing', 'suffer', 'suffers', 'suffering', 'exhibit', 'exhibits', 'exhibiting', 'display', 'displays', 'displaying']);
const PROGNOSIS = new Set(['prognosis', 'diagnosis', 'condition', 'decline', 'dementia', 'illness', 'pathology', 'psychopathology']);
/** Verbs of seeming: "appears to have", "seems to be", "looks like". */
const APPEAR = new Set(['appear', 'seem', 'look', 'sound']);
/** What is wrong, said to one reader: "a problem with…", "an issue with…". */
const PROBLEMS = new Set(['problem', 'issue']);
/** Guesses and certainties about someone else's health: "probably has", "clearly is". */
const HEDGES = new Set(['probably', 'likely', 'clearly', 'obviously', 'definitely', 'certainly', 'surely', 'almost', 'undoubtedly', 'possibly', 'also', 'now', 'already', 'still', 'seriously', 'very', 'really']);
const MODAL_GUESSES = new Set(['may', 'might', 'could', 'must', 'would', 'will']);
/** Words that read a sign as a condition: "his tremor suggests Parkinson's", "classic signs of…". */
const INFERENCE = new Set(['suggest', 'suggests', 'indicate', 'indicates', 'mean', 'means', 'consistent', 'typical', 'classic', 'hallmark', 'hallmarks', 'textbook', 'diagnose', 'diagnosed', 'evidence', 'sign', 'signs', 'symptom', 'symptoms']);
const POSSESSIVE_PRONOUNS = new Set(['his', 'her']);
/** Words that open a general case: "if you have", "when your child is". */
const GENERAL_CLAUSE = new Set(['if', 'when', 'whenever', 'unless', 'whether', 'once', 'while', 'because', 'until', 'before', 'after', 'in case', 'people', 'anyone', 'those', 'who']);
const DEICTIC = new Set(['this', 'that', 'these', 'it', 'such']);
const COMPARISON = new Set(['behavior', 'behaviour', 'sign', 'signs', 'symptom', 'symptoms', 'typical', 'classic', 'consistent', 'characteristic', 'hallmark', 'textbook', 'pattern']);

function isCondition(t: NlpToken | undefined): boolean {
  if (!t || t.type !== 'word') return false;
  return CONDITIONS.has(t.lower) || CONDITIONS.has(t.lemma) || (t.lower.length > 5 && DIAGNOSIS_ENDING.test(t.lower));
}

/** A capitalised proper noun that is not a place, an organisation, a month, a condition or a contraction ("I’m"). */
function looksLikeName(a: Analysis, i: number): boolean {
  const t = a.tokens[i];
  if (!t || t.pos !== 'PROPN' || t.type !== 'word' || !/^\p{Lu}[\p{L}.'’-]*$/u.test(t.text) || !/\p{Ll}/u.test(t.text)) return false;
  if (/['’]/.test(t.text) && !/^\p{Lu}['’]\p{Lu}/u.test(t.text)) return false;
  if (NOT_PEOPLE.has(t.lower) || isCondition(t) || NOT_PEOPLE.has(a.tokens[i + 1]?.lower ?? '')) return false;
  const before = a.tokens[i - 1];
  if (before && (STAFF_TITLES.has(before.lower) || (before.pos === 'PROPN' && STAFF_TITLES.has(a.tokens[i - 2]?.lower ?? '')))) return false;
  return true;
}

/**
 * The post's personal names, lower-cased. A capitalised word opening a sentence is often a
 * common word wink takes for a name ("Words matter", "Today marks"), so a single word counts
 * when it stands inside a sentence, next to another name ("Donald Trump") or after a title
 * ("President Biden", "Mr Smith"); it then counts wherever it appears.
 */
export function namesIn(a: Analysis): Set<string> {
  const names = new Set<string>();
  for (const s of a.sentences) {
    for (let i = s.first; i < s.last; i++) {
      if (!looksLikeName(a, i)) continue;
      const titled = i > s.first && (OFFICES.has(a.tokens[i - 1].lower) || HONORIFICS.has(a.tokens[i - 1].lower));
      // Everyday words in a run of capitals ("Facial Drooping", "Crow Wing County") are a heading or a
      // place, unless one of them is no everyday word ("Donald Trump", "Jeremy Hunt"); alone ("I watched
      // Trump speak") or after a title ("President Trump") an everyday word is a name.
      const capital = (k: number) => k >= s.first && k < s.last && /^\p{Lu}/u.test(a.tokens[k].text) && a.tokens[k].type === 'word';
      const unknownName = (k: number) => capital(k) && looksLikeName(a, k) && !lexiconEntry(a.tokens[k].lower).known;
      if (!titled && lexiconEntry(a.tokens[i].lower).known && (capital(i + 1) || capital(i - 1)) && !unknownName(i + 1) && !unknownName(i - 1)) continue;
      const inside = i > s.first;
      const pair = looksLikeName(a, i + 1) || (i > s.first && looksLikeName(a, i - 1));
      if (inside || pair || titled) names.add(a.tokens[i].lower);
    }
  }
  return names;
}

const PEOPLES = /(?:ians|cans|eans)$/;

function isName(a: Analysis, names: ReadonlySet<string>, i: number): boolean {
  const t = a.tokens[i];
  // "Canadians will suffer from shingles": a people in the plural is no one person.
  // (wink keeps such plurals as they are: known by their endings, which names rarely have.)
  if (t && PEOPLES.test(t.lower)) return false;
  return !!t && names.has(t.lower) && looksLikeName(a, i);
}

/** The token names a person other than the writer: a name or a public office. */
function isFigure(a: Analysis, names: ReadonlySet<string>, i: number): boolean {
  const t = a.tokens[i];
  return OFFICES.has(t.lower) || isName(a, names, i);
}

/** Someone the writer is related to: "my father", "our patient John", "my husband, Jack". */
function isOwn(a: Analysis, s: NlpSentence, i: number): boolean {
  const t = a.tokens;
  for (let k = i - 1; k >= Math.max(s.first, i - 3); k--) {
    if (MINE.has(t[k].lower) && t[k].lower !== 'his' && t[k].lower !== 'her') return true;
    if (!(t[k].pos === 'NOUN' || t[k].pos === 'ADJ' || t[k].text === ',')) return false;
  }
  return false;
}

/** From `from`, past the words that may stand before a condition, to the condition, fitness word or state of mind; or -1. */
function conditionAfter(a: Analysis, s: NlpSentence, from: number, linkIsBe: boolean, reader = false): number {
  const t = a.tokens;
  for (let k = from; k < Math.min(s.last, from + 8); k++) {
    const w = t[k];
    // Said to one reader, "a problem with your kneecap", "an issue with your ITB" names what is wrong with them.
    if (reader && PROBLEMS.has(w.lower) && t[k + 1]?.lower === 'with') return k;
    if (isCondition(w)) {
      // "the flu jab", "dementia care": the condition names something else.
      const next = t[k + 1];
      if (next && k + 1 < s.last && (next.pos === 'NOUN' || next.pos === 'PROPN') && next.type === 'word' && !isCondition(next)) return -1;
      // "is an infection", "is a disease": a class, said of a disease.
      if (linkIsBe && CLASSES.has(w.lemma) && (t[k - 1]?.lower === 'a' || t[k - 1]?.lower === 'an' || t[k - 1]?.pos === 'ADJ')) return -1;
      return k;
    }
    // Not "sick of waiting", "sick and tired".
    if (linkIsBe && FITNESS.has(w.lower) && !(t[k + 1]?.lower === 'of' || (t[k + 1]?.lower === 'and' && t[k + 2]?.lower === 'tired'))) return k;
    if (MIND.has(w.lower) && (t[k + 1]?.pos === 'NOUN' || t[k + 1]?.pos === 'ADJ' || t[k + 1]?.pos === 'VERB')) return k;
    if (w.type === 'punctuation' && /^[‘’'"“”(),]$/.test(w.text)) continue;
    if (BETWEEN.has(w.lower) || w.pos === 'DET') continue;
    // "polycystic ovary syndrome": words that name the condition's kind, before it.
    if (reader && modifiesCondition(t, k, s.last)) continue;
    return -1;
  }
  return -1;
}

/** Token k is an adjective or noun in a run of them that ends on a condition, within three words. */
function modifiesCondition(t: readonly NlpToken[], k: number, last: number): boolean {
  for (let j = k; j < last && j <= k + 3; j++) {
    if (t[j].pos !== 'ADJ' && t[j].pos !== 'NOUN') return false;
    if (j > k && isCondition(t[j])) return true;
  }
  return false;
}

/** "<subject> has / is / shows / appears to have / may have had … <condition>": the condition's index, or -1. */
function statesCondition(a: Analysis, s: NlpSentence, i: number, reader = false): number {
  const t = a.tokens;
  for (let k = i + 1; k < Math.min(s.last, i + 8); k++) {
    const w = t[k];
    if (HAVE.has(w.lower) && w.lemma === 'have') {
      // "has had a stroke", "you've got…"; but "has received", "has been": an auxiliary, not having something.
      if (t[k + 1]?.lower === 'had' || t[k + 1]?.lower === 'got') return conditionAfter(a, s, k + 2, false, reader);
      if (t[k + 1] && (t[k + 1].pos === 'VERB' || t[k + 1].lower === 'been')) return -1;
      return conditionAfter(a, s, k + 1, false, reader);
    }
    if (BE.has(w.lower) && w.lemma === 'be') return conditionAfter(a, s, k + 1, true, reader);
    if (SHOW.has(w.lower)) return conditionAfter(a, s, k + 1, false, reader);
    // "looks like eczema", "sounds like croup".
    if (APPEAR.has(w.lemma) && t[k + 1]?.lower === 'like' && conditionAfter(a, s, k + 2, true, reader) >= 0) return conditionAfter(a, s, k + 2, true, reader);
    // "appears to have", "seems to be", "looks like he has", "may have", "probably has".
    if (APPEAR.has(w.lemma) || w.lower === 'to' || w.lower === 'like' || HEDGES.has(w.lower) || MODAL_GUESSES.has(w.lower)) continue;
    if (w.pos === 'VERB' || w.pos === 'SCONJ' || w.pos === 'CCONJ' || w.pos === 'PRON' || w.pos === 'AUX') return -1;
  }
  return -1;
}

/** The end of a finding: past the words that complete a condition or a name ("mental health crisis", "Donald Trump"). */
function phraseEnd(a: Analysis, s: NlpSentence, k: number): number {
  const t = a.tokens;
  let end = k;
  while (end + 1 < s.last && end < k + 3 && t[end + 1].type === 'word' && (t[end + 1].pos === 'NOUN' || t[end + 1].pos === 'PROPN') && !t[end + 1].negated) end++;
  return end;
}

/** Whether a sentence mentions a figure, and where (first token), or -1. */
function figureIn(a: Analysis, names: ReadonlySet<string>, s: NlpSentence): number {
  for (let i = s.first; i < s.last; i++) if (isFigure(a, names, i) && !isOwn(a, s, i)) return i;
  return -1;
}

/** A sentence with a guess: "probably", "I think", "sounds like", "may have". */
function isHedged(a: Analysis, s: NlpSentence): boolean {
  for (let i = s.first; i < s.last; i++) {
    const w = a.tokens[i];
    if (HEDGES.has(w.lower) && w.lower !== 'also' && w.lower !== 'now' && w.lower !== 'still' && w.lower !== 'very' && w.lower !== 'really') return true;
    if ((w.lemma === 'think' || w.lemma === 'suspect' || w.lemma === 'bet' || w.lemma === 'guess') && a.tokens[i - 1]?.lower === 'i') return true;
    if (APPEAR.has(w.lemma) && (a.tokens[i + 1]?.lower === 'like' || a.tokens[i + 1]?.lower === 'to')) return true;
  }
  return false;
}

/** "if you have…", "when your child is sick": a general case, not this reader's. */
function inGeneralClause(a: Analysis, s: NlpSentence, i: number): boolean {
  for (let k = i - 1; k >= Math.max(s.first, i - 4); k--) {
    const w = a.tokens[k];
    if (GENERAL_CLAUSE.has(w.lower)) return true;
    if (w.type === 'punctuation') return false;
  }
  return false;
}

/** "was diagnosed with", "has been diagnosed": a diagnosis their own doctors made. */
function isDiagnosedPassive(a: Analysis, s: NlpSentence): boolean {
  for (let i = s.first + 1; i < s.last; i++) if (a.tokens[i].lemma === 'diagnose' && (a.tokens[i - 1].lemma === 'be' || a.tokens[i - 1].lower === 'got')) return true;
  return false;
}

/** A reply to one person: the post opens with a mention, or greets one person by name ("Hi Marzia", "Thanks Rachel", "Dear Charlotte,"). */
function isReply(a: Analysis): boolean {
  const t = a.tokens;
  if (!t[0]) return false;
  if (t[0].type === 'mention') return true;
  if (t[0].lower === 'dear' && toOneReader(t)) return true;
  const name = GREETINGS.has(t[0].lower) ? 1 : t[0].lower === 'thank' && t[1]?.lower === 'you' ? 2 : -1;
  if (name < 0 || !t[name] || t[name].pos !== 'PROPN' || !/^\p{Lu}\p{Ll}+$/u.test(t[name].text)) return false;
  const after = t[name + 1];
  return !after || after.sentence !== t[name].sentence || after.text === ',' || after.text === '!';
}
const GREETINGS = new Set(['hi', 'hello', 'hey', 'dear', 'thanks']);

/** "Dear Worried Mother,", "Dear Concerned Reader:": a column's answer to the one reader who wrote in. */
function toOneReader(t: readonly NlpToken[]): boolean {
  for (let k = 1; k <= 3 && t[k]; k++) {
    if (!/^\p{Lu}/u.test(t[k].text)) return false;
    if (READER_ROLES.has(t[k].lower)) return t[k + 1]?.text === ',' || t[k + 1]?.text === ':';
  }
  return false;
}
const READER_ROLES = new Set(['mother', 'mom', 'mum', 'father', 'dad', 'parent', 'parents', 'reader', 'wife', 'husband', 'daughter', 'son', 'grandmother', 'grandma', 'grandfather', 'grandparent']);

/** "Sounds a lot like an issue with…" opening a sentence of a reply: the reader's description is the subject. */
function soundsLike(a: Analysis, s: NlpSentence): number {
  const t = a.tokens;
  if (!APPEAR.has(t[s.first]?.lemma ?? '')) return -1;
  for (let k = s.first + 1; k < Math.min(s.last, s.first + 4); k++) if (t[k].lower === 'like') return conditionAfter(a, s, k + 1, true, true);
  return -1;
}

export function readDiagnoses(a: Analysis): DiagnosisFinding[] {
  const out: DiagnosisFinding[] = [];
  const t = a.tokens;
  const reply = isReply(a);
  const names = namesIn(a);
  let postHasFigure = false;
  // In a post about the writer's own father or mother, "he" and "his decline" are family: theirs to tell.
  const ownFamily = aboutOwnFamily(a);
  let previousHasFigure = false;
  for (const s of a.sentences) {
    const figureHere = figureIn(a, names, s);
    if (figureHere >= 0) postHasFigure = true;
    let found: DiagnosisFinding | undefined;
    // Whether the sentence hedges ("probably", "I think"): asked once, not for every "you".
    let hedged: boolean | undefined;
    // "Tom Hanks announced he has diabetes", "her diagnosis, shared in a video": their own disclosure, reported.
    const reported = hasLemma(a, s.first, s.last, REPORTED) >= 0 || isDiagnosedPassive(a, s);
    const opener = firstWord(a, s);
    for (let i = s.first; i < s.last && !found; i++) {
      const w = t[i];
      const pronoun = PRONOUNS.has(w.lower);
      // A name opening the sentence counts here, where it is the subject of a diagnosis ("Biden clearly has dementia").
      const figure = isFigure(a, names, i) || (i === opener && looksLikeName(a, i) && !isName(a, names, i + 1));
      if (reported) {
        if (figure || pronoun || POSSESSIVE_PRONOUNS.has(w.lower)) continue;
      } else if ((figure || ((pronoun || (POSSESSIVE_PRONOUNS.has(w.lower) && postHasFigure)) && !ownFamily)) && !isOwn(a, s, i)) {
        if (figure && isName(a, names, i + 1)) continue; // "Donald Trump": read from the last name.
        // Possessive: "the president's prognosis", "Biden's cognitive decline", "his dementia".
        const owner = POSSESSIVE_PRONOUNS.has(w.lower) ? i + 1 : t[i + 1]?.lower === "'s" || t[i + 1]?.text === "'" || t[i + 1]?.text === '’' ? i + 2 : -1;
        if (owner > 0 && owner < s.last && (isFigure(a, names, i) || (POSSESSIVE_PRONOUNS.has(w.lower) && postHasFigure))) {
          let k = owner;
          while (k < s.last - 1 && t[k].pos === 'ADJ' && !MIND.has(t[k].lower)) k++;
          if (PROGNOSIS.has(t[k].lower) || isCondition(t[k]) || (MIND.has(t[k].lower) && (t[k + 1]?.pos === 'NOUN' || t[k + 1]?.pos === 'ADJ'))) {
            found = { start: w.start, end: t[phraseEnd(a, s, k)].end, kind: 'prognosis' };
            break;
          }
        }
        if (POSSESSIVE_PRONOUNS.has(w.lower)) continue;
        const end = statesCondition(a, s, i, reply && pronoun);
        // "he"/"she" is someone identifiable only in a post that names them, unless the words judge a mind ("he is unfit").
        // In a reply, "she" is the reader's own relative: "Dear Worried Mother, … it is possible that she has PCOS".
        if (end >= 0 && pronoun && !postHasFigure && !reply && !JUDGEMENTS.has(t[end].lower)) continue;
        if (end >= 0) found = { start: w.start, end: t[phraseEnd(a, s, end)].end, kind: FITNESS.has(t[end].lower) ? 'fitness' : 'diagnosis' };
        continue;
      }
      // One reader's own case: "you probably have shingles", "your rash looks like eczema", in a reply or a guess.
      if ((w.lower === 'you' || w.lower === 'your') && (reply || (hedged ??= isHedged(a, s))) && !inGeneralClause(a, s, i)) {
        const from = w.lower === 'your' && t[i + 1]?.pos === 'NOUN' ? i + 1 : i;
        const end = statesCondition(a, s, from, reply);
        if (end >= 0) found = { start: w.start, end: t[phraseEnd(a, s, end)].end, kind: 'reader' };
        continue;
      }
      // "dementia in Donald Trump", "signs of decline in the president".
      if (!reported && isCondition(w) && t[i + 1]?.lower === 'in' && i + 2 < s.last) {
        const who = t[i + 2].pos === 'DET' ? i + 3 : i + 2;
        if (who < s.last && isFigure(a, names, who)) found = { start: w.start, end: t[phraseEnd(a, s, who)].end, kind: 'diagnosis' };
      }
    }
    // "Sounds a lot like an issue with the way your knee cap moves", in a reply to one person.
    if (!found && reply) {
      const end = soundsLike(a, s);
      if (end >= 0) found = { start: t[s.first].start, end: t[phraseEnd(a, s, end)].end, kind: 'reader' };
    }
    // "His tremor suggests Parkinson's", "classic signs of a stroke" said of someone the post names.
    if (!found && !reported && postHasFigure && hasPersonRef(a, names, s)) {
      let inference = -1;
      for (let i = s.first; i < s.last; i++) {
        // ("Sign on door about COVID-19 guidelines": a notice; a sign that infers is a "sign of".)
        if (inference < 0 && INFERENCE.has(t[i].lower) && !(t[i].lemma === 'sign' && t[i + 1]?.lower !== 'of')) inference = i;
        else if (inference >= 0 && isCondition(t[i]) && !inGeneralClause(a, s, inference)) {
          found = { start: t[inference].start, end: t[phraseEnd(a, s, i)].end, kind: 'comparison' };
          break;
        }
      }
    }
    // "This is behavior we observe in patients who have dementia", right after a sentence about someone.
    if (!found && previousHasFigure && DEICTIC.has(t[s.first]?.lower ?? '') && t[s.first + 1]?.lemma === 'be') {
      let comparison = -1;
      for (let i = s.first + 2; i < s.last; i++) {
        if (comparison < 0 && COMPARISON.has(t[i].lower)) comparison = i;
        else if (comparison >= 0 && isCondition(t[i])) {
          found = { start: t[s.first].start, end: t[phraseEnd(a, s, i)].end, kind: 'comparison' };
          break;
        }
      }
    }
    if (found) out.push(found);
    previousHasFigure = figureHere >= 0;
  }
  return out;
}

/** The sentence names someone (not the writer's own) or points at them with he, she, his, her or him. */
function hasPersonRef(a: Analysis, names: ReadonlySet<string>, s: NlpSentence): boolean {
  for (let i = s.first; i < s.last; i++) {
    const w = a.tokens[i];
    if ((PRONOUNS.has(w.lower) || POSSESSIVE_PRONOUNS.has(w.lower) || w.lower === 'him' || isFigure(a, names, i)) && !isOwn(a, s, i)) return true;
  }
  return false;
}
