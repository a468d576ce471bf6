// unprofessional-language: mocking a person by what they are called, read from the post's
// analysis and the model's own lexicon (../analysis.ts lexiconEntry):
// - a nickname: a title before an everyday word with a feeling to it ("Mrs. Pushy", "Mr.
//   Scumbag", "Mr vagina-rage"), or an everyday noun made into a name ("Banana Man did not
//   ring"). Real names ("Mrs. Thelma", "Mr. Patel") are not everyday words, and everyday-word
//   surnames ("Mr. Smith", "Mrs. Brown") carry no feeling;
// - scare quotes around a word for people ("our obesity 'experts'", the “patient”): the
//   quotation marks say the writer does not believe they deserve the word.

import { lexiconEntry, sentimentOfText, type Analysis, type NlpSentence } from '../analysis';

const TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'mister', 'mr.', 'mrs.', 'ms.']);
/** Words that make an everyday noun into a name for someone: "Banana Man". */
const NAME_HEADS = new Set(['man', 'lady', 'woman', 'girl', 'boy', 'guy']);
/** Words for people that scare quotes can turn into a sneer. */
const PEOPLE_WORDS = new Set(['patient', 'expert', 'professional', 'specialist', 'hero', 'regular', 'victim', 'emergency', 'doctor', 'nurse', 'healer', 'guru', 'scientist', 'genius', 'gentleman', 'lady', 'sufferer', 'customer', 'client']);
/** Family words that open a pet name for one's own child: "Baby Girl", "Little Man". */
const KIN = new Set(['baby', 'little', 'big', 'sweet']);
const OPENING_QUOTES = new Set(['"', '“', "'", '‘']);
const CLOSING_QUOTES = new Set(['"', '”', "'", '’']);

/** The end (one past the last token) of a mocking nickname starting at token i, or -1. */
export function nicknameAt(a: Analysis, s: NlpSentence, i: number): number {
  const t = a.tokens;
  const w = t[i];
  if (TITLES.has(w.lower) && w.text[0] !== w.lower[0]) {
    let k = i + 1;
    if (t[k]?.text === '.') k++;
    const name = t[k];
    if (!name || k >= s.last || name.type !== 'word') return -1;
    // "Mr vagina-rage": words joined by hyphens, in lower case as no name is written.
    let end = k + 1;
    while (t[end]?.text === '-' && t[end + 1]?.type === 'word' && t[end + 1].start === t[end].end && end + 1 < s.last) end += 2;
    if (end > k + 1 && name.text === name.lower) return end;
    if (/^[A-Z][a-z]+$/.test(name.text) && lexiconEntry(name.lower).known && sentimentOfText(name.lower) !== 0) return end;
    return -1;
  }
  // "Banana Man did not ring", "Finger Man had come home": a name that acts.
  if (i + 2 < s.last && NAME_HEADS.has(t[i + 1].lower) && /^[A-Z]/.test(t[i + 1].text) && /^[A-Z][a-z]+$/.test(w.text)) {
    const next = t[i + 2];
    if (next.pos !== 'VERB' && next.pos !== 'AUX') return -1;
    const entry = lexiconEntry(w.lower);
    // "Baby Girl arrives": a family's own word for their child, not a mocking name.
    if (KIN.has(w.lower)) return -1;
    if (entry.known && entry.pos === 'NOUN') return i + 2;
  }
  return -1;
}

/** The end of a word for people in scare quotes starting at token i ("'experts'"), or -1. */
export function scareQuotesAt(a: Analysis, s: NlpSentence, i: number): number {
  const t = a.tokens;
  if (!OPENING_QUOTES.has(t[i].text) || i + 2 >= s.last) return -1;
  const word = t[i + 1];
  const close = t[i + 2];
  if (!CLOSING_QUOTES.has(close.text) || word.start !== t[i].end || close.start !== word.end) return -1;
  // "the \"regular\" flu vaccine": a quoted word describing the noun after it names no people.
  const after = t[i + 3];
  if (after && word.pos === 'ADJ' && after.pos === 'NOUN' && after.start - close.end <= 1 && after.sentence === close.sentence) return -1;
  if (word.type !== 'word' || !PEOPLE_WORDS.has(word.lemma)) return -1;
  // "the new world of “patient”": one bare word named as a role, not someone called it. A sneer
  // points at people: "the “patient”", "our 'experts'", so-called 'experts' in the plural.
  if (word.lower === word.lemma && !pointedAt(a, s, i)) return -1;
  // "To you we may only be 'nurses'", "this makes us all 'experts'": the writer's own group, not a sneer at others.
  for (let k = Math.max(s.first, i - 4); k < i; k++) if (OURSELVES.has(t[k].lower)) return -1;
  return i + 3;
}
const OURSELVES = new Set(['we', 'us', 'i', 'me', "we're", "i'm"]);

/** Whether the noun phrase ending before token i opens with a determiner or owner: "the “patient”", "our whitening ‘expert’". */
function pointedAt(a: Analysis, s: NlpSentence, i: number): boolean {
  for (let k = i - 1; k >= s.first && k >= i - 4; k--) {
    const w = a.tokens[k];
    if (w.pos === 'DET' || w.pos === 'PRON') return true;
    if (w.pos !== 'ADJ' && w.pos !== 'NOUN' && w.pos !== 'VERB') return false;
  }
  return false;
}
