// Readings of a sentence that several rules share, built on the post's NLP analysis
// (../../analysis.ts): who it is about, whether it tells what happened, whether it tells the
// reader to do something, and who speaks. They look at parts of speech, lemmas and entities,
// so "swore", "sworn" and "swears" are one verb and a price is a price in any currency.

import type { Analysis, NlpSentence, NlpToken } from '../../analysis';
import { sentenceIndexAt, tokenIndexAt } from './context';

/**
 * Ends in a question mark the writer asks. A question inside words the writer reports ("I
 * politely asked, 'Do you mean glaucoma?'") is someone else's.
 */
export function isQuestion(a: Analysis, s: NlpSentence): boolean {
  const mark = questionMarkAt(a, s);
  return mark >= 0 && !reportedSpeech(a, mark);
}

/** The question mark the sentence ends in, whoever asks (past closing quotes, emoji and hashtags), or -1. */
export function questionMarkAt(a: Analysis, s: NlpSentence): number {
  for (let i = s.last - 1; i >= s.first; i--) {
    const t = a.tokens[i];
    if (t.type === 'punctuation') {
      if (t.text.includes('?')) return i;
      continue;
    }
    if (t.type === 'emoji' || t.type === 'hashtag' || t.type === 'mention') continue;
    return -1;
  }
  return -1;
}

/** Present forms of be, have and do: not past, though their lemma differs from the text. */
const PRESENT_FORMS = new Set(['is', 'are', 'am', "'s", "'re", "'m", 'has', 'have', 'does', 'do', "'ve", 'ai', 'isn', 'aren']);
const MODAL_LEMMAS = new Set(['will', 'would', 'can', 'could', 'may', 'might', 'shall', 'should', 'must']);
const PAST_AUXILIARIES = new Set(['was', 'were', 'had', 'did', "'d", 'wasn', 'weren', 'hadn', 'didn']);

const BRITISH_ENDING = /([iy])s(e|es)$/;

/** A verb in the past tense or a past participle: "swore", "came", "was", "had been", "admitted". */
export function isPastVerb(t: NlpToken): boolean {
  if (t.pos !== 'VERB' && t.pos !== 'AUX') return false;
  // "'d" is "had" (past) or "would" (not): wink's lemma tells which.
  if (PAST_AUXILIARIES.has(t.lower)) return !(t.lower === "'d" && t.lemma === 'would');
  // British spellings ("sanitise", "organises"): wink's lemma is American ("sanitize").
  const lower = t.lemma.endsWith('ize') || t.lemma.endsWith('yze') ? t.lower.replace(BRITISH_ENDING, '$1z$2') : t.lower;
  if (lower === t.lemma || PRESENT_FORMS.has(lower)) return false;
  // Modals ("wo" of "won't", "ca" of "can't", "could") speak of what may be, not of what was.
  if (MODAL_LEMMAS.has(t.lemma)) return false;
  if (t.lower.endsWith('ing')) return false;
  // Third person present: "comes", "goes", "tries".
  if (lower === `${t.lemma}s` || lower === `${t.lemma}es` || (t.lemma.endsWith('y') && lower === `${t.lemma.slice(0, -1)}ies`)) return false;
  return true;
}

/** Modal verbs: a sentence built on one speaks of what may happen, not of what happened. */
export const MODALS = new Set(['can', 'could', 'may', 'might', 'should', 'would', 'will', 'must', 'shall', "'ll", 'ca', 'wo']);

export const FIRST_PERSON = new Set(['i', 'me', 'my', 'mine', 'myself']);
export const FIRST_PERSON_PLURAL = new Set(['we', 'us', 'our', 'ours', 'ourselves']);
/** "u" and "ur" are how many posts write "you" and "your". */
export const SECOND_PERSON = new Set(['you', 'your', 'yours', 'yourself', 'yourselves', 'ya', "y'all", 'u', 'ur']);
export const THIRD_PERSON_SINGULAR = new Set(['he', 'him', 'his', 'she', 'her', 'hers', 'himself', 'herself']);
/** Words that deny what follows: "not", "n't", "never", "no". */
export const NEGATIONS = new Set(['not', "n't", 'never', 'no']);

/** Words a clinician names their role with: "as a nurse", "doctors make terrible patients". */
export const CLINICIAN_ROLES: ReadonlySet<string> = new Set([
  'nurse', 'doctor', 'physician', 'dentist', 'surgeon', 'gp', 'pharmacist', 'paramedic', 'midwife', 'physio', 'physiotherapist', 'resident',
  'dermatologist', 'oncologist', 'clinician', 'medic', 'emt', 'psychiatrist', 'psychologist', 'cardiologist', 'doc', 'hygienist', 'student',
]);

const STARTS_WITH_DIGIT = /^\d/;
/** Marks after which a new clause, and so a new instruction, may start. */
const CLAUSE_OPENING_MARKS = /[:!–—\-…\]|•]/;

/** First word of a sentence, past numbering ("2/", "1."), emoji, bullets and hashtags. */
export function firstWord(a: Analysis, s: NlpSentence): number {
  for (let i = s.first; i < s.last; i++) {
    const t = a.tokens[i];
    if (t.type === 'word' && !STARTS_WITH_DIGIT.test(t.text)) return i;
  }
  return -1;
}

/**
 * The sentence (or a clause after ":" / "-" / "!") opens with one of these verbs in its base
 * form: an instruction to the reader ("Book your consultation", "Tag 3 friends"). Returns the
 * verb's index, or -1. wink often tags a sentence-initial verb as a noun ("Book now"), so the
 * lemma and the position decide, not the tag; "please", "just" and "simply" may come first.
 */
export function imperativeVerb(a: Analysis, s: NlpSentence, verbs: ReadonlySet<string>): number {
  let clauseStart = true;
  for (let i = s.first; i < s.last; i++) {
    const t = a.tokens[i];
    if (t.type === 'punctuation' || t.type === 'emoji' || t.type === 'symbol') {
      if (CLAUSE_OPENING_MARKS.test(t.text)) clauseStart = true;
      continue;
    }
    if (!clauseStart) continue;
    if (t.type !== 'word') continue;
    if (t.lower === 'please' || t.lower === 'just' || t.lower === 'simply' || t.lower === 'so' || t.lower === 'and' || t.lower === 'then' || t.lower === 'now') continue;
    if (verbs.has(t.lower) || (verbs.has(t.lemma) && t.lower === t.lemma)) return i;
    clauseStart = false;
  }
  return -1;
}

/** Tokens [from, to) hold a word of the set, by lemma or written form. */
export function hasLemma(a: Analysis, from: number, to: number, lemmas: ReadonlySet<string>): number {
  for (let i = from; i < to; i++) {
    const t = a.tokens[i];
    if (lemmas.has(t.lemma) || lemmas.has(t.lower)) return i;
    // "#intubated" says what "intubated" says.
    if (t.type === 'hashtag' && lemmas.has(t.lower.slice(1))) return i;
  }
  return -1;
}

/** The entities of a type inside a sentence. */
export function entitiesIn(a: Analysis, s: NlpSentence, types: ReadonlySet<string>) {
  return a.entities.filter((e) => e.first >= s.first && e.last <= s.last && types.has(e.type));
}

/** Index of the analysed sentence holding an offset, or -1 (the analysis's sentences are spans in order, as the parser's are). */
export function sentenceAt(a: Analysis, offset: number): number {
  return sentenceIndexAt(a.sentences, offset);
}

/** A first and last name ending at token k ("Jeremy Hunt"): two capitalised proper nouns with no title before them. */
export function namedInFull(t: readonly NlpToken[], k: number): boolean {
  const last = t[k];
  const first = t[k - 1];
  const capitalised = (w: NlpToken) => w.pos === 'PROPN' && /^[A-Z][a-z]+$/.test(w.text);
  return !!first && !!last && capitalised(first) && capitalised(last) && !NAME_TITLES.has(first.lower) && !NAME_TITLES.has(t[k - 2]?.lower ?? '');
}
/** Words before a name that make it a patient's or a relative's way of being named ("Mr Smith", "little Amy"). */
const NAME_TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'sister', 'nurse', 'baby', 'little', 'old']);

/**
 * The nearest noun or name before token i that `matches`, in its sentence or the `back`
 * sentences before it, or -1: who a pronoun most likely points back to.
 */
export function nearestBefore(a: Analysis, i: number, back: number, matches: (k: number) => boolean): number {
  const t = a.tokens;
  const from = a.sentences[Math.max(0, t[i].sentence - back)]?.first ?? 0;
  for (let k = i - 1; k >= from; k--) if ((t[k].pos === 'NOUN' || t[k].pos === 'PROPN') && matches(k)) return k;
  return -1;
}

/**
 * "he"/"she" at token i points back to someone named in full ("Jeremy Hunt… he"): the nearest
 * name or word for a person before it, in its sentence or the three before, is a full name.
 */
export function pronounForFullName(a: Analysis, i: number, people: ReadonlySet<string>): boolean {
  const t = a.tokens;
  const k = nearestBefore(a, i, 3, (j) => namedInFull(t, j) || people.has(t[j].lemma));
  return k >= 0 && namedInFull(t, k);
}

/** Verbs that hand the words after them to someone: "he said ‘…’", "walked off saying ‘…’". */
const SAYING = new Set(['say', 'tell', 'shout', 'yell', 'scream', 'ask', 'reply', 'answer', 'mutter', 'add', 'write', 'text', 'snap']);
const OPENING_QUOTES = new Set(['"', '“', '‘', "'"]);

/**
 * The token stands inside words quoted from someone the writer reports: an opening quotation
 * mark after a verb of saying ("saying ‘up to you if you … let people die’"), in the same sentence.
 */
export function reportedSpeech(a: Analysis, i: number): boolean {
  const t = a.tokens;
  if (!t[i]) return false;
  const s = a.sentences[t[i].sentence];
  for (let k = i - 1; k > s.first; k--) {
    if (!OPENING_QUOTES.has(t[k].text)) continue;
    let verb = k - 1;
    if (t[verb].text === ',' || t[verb].text === ':') verb--;
    return verb >= s.first && SAYING.has(t[verb].lemma) && t[verb].pos === 'VERB';
  }
  return false;
}

const ASKING = new Set(['ask', 'wonder', 'check', 'see', 'know', 'inquire', 'enquire']);

/**
 * "if this patient were to read it", "unless a patient…", "If the people are nasty…": "if" or
 * "unless" opens the clause within `reach` words before the token, so what follows is supposed.
 * ("asked if she would be interested" asks whether; it supposes nothing.)
 */
export function supposed(a: Analysis, s: NlpSentence, i: number, reach: number): boolean {
  const t = a.tokens;
  for (let k = i - 1; k >= s.first && k >= i - reach; k--) {
    if (t[k].type === 'punctuation') return false;
    if (t[k].lower === 'unless' || (t[k].lower === 'if' && !ASKING.has(t[k - 1]?.lemma ?? ''))) return true;
  }
  return false;
}

/** The token at k is a hyphen inside a word, touching the words on both sides: "sought-after", "in-person" (wink splits them in three). */
export function wordHyphen(t: readonly NlpToken[], k: number): boolean {
  return t[k]?.text === '-' && t[k - 1]?.end === t[k].start && t[k + 1]?.start === t[k].end;
}

const BELIEVING = new Set(['assume', 'believe', 'think', 'imagine', 'claim', 'expect', 'feel']);
/** Nouns for a belief held in error: "A common misconception is that…". */
const MISTAKEN = new Set(['misconception', 'myth', 'assumption', 'misbelief', 'fallacy']);

/**
 * The words at `offset` report what others believe, not what the writer says: "Many people assume
 * that … it is entirely safe", "A common misconception is that you can stop taking antibiotics…".
 * ("I believe that…" and "we think that…" are the writer's own claim.)
 */
export function reportedBelief(a: Analysis, offset: number): boolean {
  const t = a.tokens;
  const i = tokenIndexAt(t, offset);
  if (!t[i]) return false;
  const s = a.sentences[t[i].sentence];
  for (let k = i - 1; k > s.first; k--) {
    // "Some think that lasers hurt, but ours is entirely safe": the claim after "but" is the writer's.
    if (t[k].lower === 'but' || t[k].lower === 'however' || t[k].text === ';') return false;
    if (t[k].lower !== 'that') continue;
    const verb = k - 1;
    if (t[verb].lemma === 'be') return MISTAKEN.has(t[verb - 1]?.lemma ?? '');
    if (!BELIEVING.has(t[verb].lemma) || t[verb].pos !== 'VERB') return false;
    let subject = verb - 1;
    while (subject > s.first && (t[subject].pos === 'ADV' || MODALS.has(t[subject].lower))) subject--;
    return subject >= s.first && !FIRST_PERSON.has(t[subject].lower) && !FIRST_PERSON_PLURAL.has(t[subject].lower);
  }
  return false;
}
