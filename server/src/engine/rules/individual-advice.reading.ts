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

import type { Analysis, NlpSentence, NlpToken } from '../analysis';

export interface DiagnosisFinding {
  start: number;
  end: number;
  kind: 'diagnosis' | 'fitness' | 'prognosis' | 'comparison';
}

/** Diagnoses by name; any word ending like a diagnosis ("-itis", "-osis", "-oma"…) counts too. */
const CONDITIONS = new Set([
  'dementia', 'alzheimer', "alzheimer's", 'alzheimers', 'covid', 'covid-19', 'covid19', 'coronavirus', 'pneumonia', 'stroke',
  'cancer', 'delirium', 'psychosis', 'depression', 'parkinson', "parkinson's", 'parkinsons', 'sepsis', 'flu', 'influenza',
  'disorder', 'disease', 'illness', 'syndrome', 'infection', 'impairment', 'decline', 'insanity', 'narcissism', 'sociopathy',
  'psychopathy', 'paranoia', 'delusion', 'delusions', 'senility', 'diabetes', 'addiction', 'alcoholism', 'coma', 'mania',
]);
const DIAGNOSIS_ENDING = /(?:itis|osis|aemia|emia|oma|pathy|phrenia|plegia)$/;
/** Judgements of a person's mental or physical fitness. */
const FITNESS = new Set([
  'unfit', 'demented', 'senile', 'delusional', 'psychotic', 'sociopathic', 'psychopathic', 'narcissistic', 'incompetent',
  'impaired', 'incapacitated', 'ill', 'sick', 'unwell', 'paranoid', 'manic', 'deranged', 'unstable', 'infected', 'insane',
]);
/** Judgements of someone's mind that need no name in the post to be about one person: "he is unfit". */
const JUDGEMENTS = new Set(['unfit', 'demented', 'senile', 'delusional', 'psychotic', 'sociopathic', 'psychopathic', 'narcissistic', 'incompetent', 'deranged', 'insane']);
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
const STAFF_TITLES = new Set(['dr', 'dr.', 'doctor', 'nurse', 'prof', 'prof.', 'professor', 'midwife']);
const PRONOUNS = new Set(['he', 'she']);
const MINE = new Set(['my', 'our', 'your', 'his', 'her', 'their']);
/** Linking verbs that state what someone has or is, in the present. */
const HAVE = new Set(['has', 'have', "'s"]);
const BE = new Set(['is', "'s", 'are', 'be']);
const SHOW = new Set(['show', 'shows', 'showing', 'suffer', 'suffers', 'suffering', 'exhibit', 'exhibits', 'exhibiting', 'display', 'displays', 'displaying']);
const PROGNOSIS = new Set(['prognosis', 'diagnosis', 'condition', 'decline', 'dementia', 'illness', 'pathology', 'psychopathology']);
const DEICTIC = new Set(['this', 'that', 'these', 'it', 'such']);
const COMPARISON = new Set(['behavior', 'behaviour', 'sign', 'signs', 'symptom', 'symptoms', 'typical', 'classic', 'consistent', 'characteristic', 'hallmark', 'textbook', 'pattern']);

function isCondition(t: NlpToken | undefined): boolean {
  if (!t || t.type !== 'word') return false;
  return CONDITIONS.has(t.lower) || CONDITIONS.has(t.lemma) || (t.lower.length > 5 && DIAGNOSIS_ENDING.test(t.lower));
}

/** A person's name: a capitalised proper noun that is not a place, an organisation, a month or a condition. */
function isName(a: Analysis, i: number): boolean {
  const t = a.tokens[i];
  if (t.pos !== 'PROPN' || t.type !== 'word' || !/^\p{Lu}/u.test(t.text) || !/\p{Ll}/u.test(t.text)) return false;
  if (NOT_PEOPLE.has(t.lower) || isCondition(t) || NOT_PEOPLE.has(a.tokens[i + 1]?.lower ?? '')) return false;
  const before = a.tokens[i - 1];
  if (before && (STAFF_TITLES.has(before.lower) || (before.pos === 'PROPN' && STAFF_TITLES.has(a.tokens[i - 2]?.lower ?? '')))) return false;
  return true;
}

/** The token names a person other than the writer: a name or a public office. */
function isFigure(a: Analysis, i: number): boolean {
  const t = a.tokens[i];
  return OFFICES.has(t.lower) || isName(a, i);
}

/** Someone the writer is related to: "my father", "our George". */
function isOwn(a: Analysis, s: NlpSentence, i: number): boolean {
  for (let k = i - 1; k >= Math.max(s.first, i - 3); k--) if (MINE.has(a.tokens[k].lower) && a.tokens[k].lower !== 'his' && a.tokens[k].lower !== 'her') return true;
  return false;
}

/** From `from`, past the words that may stand before a condition, to the condition, fitness word or state of mind; or -1. */
function conditionAfter(a: Analysis, s: NlpSentence, from: number, linkIsBe: boolean): number {
  const t = a.tokens;
  for (let k = from; k < Math.min(s.last, from + 8); k++) {
    const w = t[k];
    if (isCondition(w)) return k;
    if (linkIsBe && FITNESS.has(w.lower) && !(t[k + 1]?.lower === 'of' || t[k + 1]?.lower === 'and')) return k;
    if (MIND.has(w.lower) && (t[k + 1]?.pos === 'NOUN' || t[k + 1]?.pos === 'ADJ' || t[k + 1]?.pos === 'VERB')) return k;
    if (w.type === 'punctuation' && /^[‘’'"“”(),]$/.test(w.text)) continue;
    if (BETWEEN.has(w.lower) || w.pos === 'DET') continue;
    return -1;
  }
  return -1;
}

/** "<subject> has / is / shows … <condition>": the end of the finding, or -1. */
function statesCondition(a: Analysis, s: NlpSentence, i: number): number {
  const t = a.tokens;
  for (let k = i + 1; k < Math.min(s.last, i + 7); k++) {
    const w = t[k];
    if (HAVE.has(w.lower) && w.lemma === 'have') {
      // "has received", "has been": an auxiliary, not having something.
      if (t[k + 1] && (t[k + 1].pos === 'VERB' || t[k + 1].lower === 'been' || t[k + 1].lower === 'had')) return -1;
      return conditionAfter(a, s, k + 1, false);
    }
    if (BE.has(w.lower) && w.lemma === 'be') return conditionAfter(a, s, k + 1, true);
    if (SHOW.has(w.lower)) return conditionAfter(a, s, k + 1, false);
    if (w.pos === 'VERB' || w.pos === 'SCONJ' || w.pos === 'CCONJ' || w.pos === 'PRON') return -1;
    if (w.pos === 'AUX' && w.lemma !== 'be' && !/^(?:to|would|will)$/.test(w.lower)) return -1;
  }
  return -1;
}

/** Whether a sentence mentions a figure, and where (first token), or -1. */
function figureIn(a: Analysis, s: NlpSentence): number {
  for (let i = s.first; i < s.last; i++) if (isFigure(a, i) && !isOwn(a, s, i)) return i;
  return -1;
}

export function readDiagnoses(a: Analysis): DiagnosisFinding[] {
  const out: DiagnosisFinding[] = [];
  const t = a.tokens;
  let postHasFigure = false;
  let previousHasFigure = false;
  for (const s of a.sentences) {
    const figureHere = figureIn(a, s);
    if (figureHere >= 0) postHasFigure = true;
    let found: DiagnosisFinding | undefined;
    for (let i = s.first; i < s.last && !found; i++) {
      const w = t[i];
      const pronoun = PRONOUNS.has(w.lower);
      const subject = isFigure(a, i) || pronoun;
      if (subject && !isOwn(a, s, i) && !(isName(a, i) && t[i + 1] && isName(a, i + 1))) {
        // Possessive: "the president's prognosis".
        if ((t[i + 1]?.lower === "'s" || t[i + 1]?.text === "'" || t[i + 1]?.text === '’') && PROGNOSIS.has(t[i + 2]?.lower ?? '')) {
          found = { start: w.start, end: t[i + 2].end, kind: 'prognosis' };
          break;
        }
        const end = statesCondition(a, s, i);
        // "he"/"she" is someone identifiable only in a post that names them, unless the words judge a mind ("he is unfit").
        if (end >= 0 && pronoun && !postHasFigure && !JUDGEMENTS.has(t[end].lower)) continue;
        if (end >= 0) found = { start: w.start, end: t[end].end, kind: FITNESS.has(t[end].lower) ? 'fitness' : 'diagnosis' };
        continue;
      }
      // "dementia in Donald Trump", "signs of decline in the president".
      if (isCondition(w) && t[i + 1]?.lower === 'in' && i + 2 < s.last) {
        const who = t[i + 2].pos === 'DET' ? i + 3 : i + 2;
        if (who < s.last && isFigure(a, who)) found = { start: w.start, end: t[who].end, kind: 'diagnosis' };
      }
    }
    // "This is behavior we observe in patients who have dementia", right after a sentence about someone.
    if (!found && previousHasFigure && DEICTIC.has(t[s.first]?.lower ?? '') && t[s.first + 1]?.lemma === 'be') {
      let comparison = -1;
      for (let i = s.first + 2; i < s.last; i++) {
        if (comparison < 0 && COMPARISON.has(t[i].lower)) comparison = i;
        else if (comparison >= 0 && isCondition(t[i])) {
          found = { start: t[s.first].start, end: t[i].end, kind: 'comparison' };
          break;
        }
      }
    }
    if (found) out.push(found);
    previousHasFigure = figureHere >= 0;
  }
  return out;
}
