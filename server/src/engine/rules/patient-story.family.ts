// patient-story, the writer's own family: "my son", "our little girl", "I gave birth to…". A
// post about the writer's own relative tells their own story, not a patient's, and a date said
// of that relative is theirs (patient-identifier asks).

import type { Analysis, NlpToken } from '../analysis';
import { QUOTE_MARKS } from './patient-story.data';
import { lastSpanStartingAtOrBefore } from './shared/context';

/** The writer's own relatives: a story about them is the writer's own to tell. */
export const FAMILY = new Set(['father', 'mother', 'dad', 'daddy', 'mom', 'mommy', 'mum', 'mummy', 'mama', 'papa', 'nana', 'grandad', 'granddad', 'son', 'daughter', 'twin', 'twins', 'husband', 'wife', 'partner', 'brother', 'sister', 'grandma', 'grandpa', 'grandmother', 'grandfather', 'granny', 'gran', 'uncle', 'aunt', 'cousin', 'kid', 'kids', 'child', 'children', 'baby', 'family', 'friend', 'father-in-law', 'mother-in-law',
  'auntie', 'aunty', 'niece', 'nephew', 'grandson', 'granddaughter', 'grandchild', 'grandchildren', 'fiance', 'fiancé', 'fiancee', 'fiancée', 'boyfriend', 'girlfriend', 'stepson', 'stepdaughter', 'stepmother', 'stepfather', 'nan', 'nanna']);

/** Said of the writer's own child after "my": "my little boy", "our baby girl". */
export const OWN_CHILD = new Set(['boy', 'girl', 'boys', 'girls', 'baby', 'babies', 'kiddo', 'kiddos', 'toddler', 'newborn']);

/** The post speaks of the writer's own relative ("my father", "our little girl"): its people may be family. */
export function aboutOwnFamily(a: Analysis): boolean {
  // Quoted words are someone else's: a mother crying "My poor BABY!" is not the writer's baby.
  let quoted = false;
  for (let i = 0; i < a.tokens.length; i++) {
    const w = a.tokens[i].text;
    if (QUOTE_MARKS.has(w)) quoted = w === '“' ? true : w === '”' ? false : !quoted;
    else if (!quoted && (ownRelativeAt(a.tokens, i) || ownBirthAt(a.tokens, i))) return true;
  }
  return false;
}

/** "I was blessed with a beautiful baby boy", "I gave birth to", "I'm having a baby": the writer's own child, from token i. */
function ownBirthAt(t: readonly NlpToken[], i: number): boolean {
  if (t[i].lower !== 'i' && t[i].lower !== 'we' && t[i].lower !== "i'm" && t[i].lower !== "we're") return false;
  for (let k = i + 1; k <= i + 3 && k < t.length; k++) {
    if (t[k].lemma === 'give' && t[k + 1]?.lower === 'birth') return true;
    // "now that I'm having a baby myself".
    if (t[k].lower === 'having' && (t[k + 1]?.lower === 'a' || t[k + 1]?.lower === 'our' || t[k + 1]?.lower === 'my') && OWN_CHILD.has(t[k + 2]?.lower ?? '')) return true;
    if (t[k].lower === 'blessed' && t[k + 1]?.lower === 'with') {
      for (let j = k + 2; j <= k + 6 && j < t.length; j++) if (FAMILY.has(t[j].lemma) || OWN_CHILD.has(t[j].lower)) return true;
      return false;
    }
  }
  return false;
}

/** "my son", "our twins", "my little boy": the writer's own relative starts at token i. */
export function ownRelativeAt(t: readonly NlpToken[], i: number): boolean {
  if (t[i].lower !== 'my' && t[i].lower !== 'our') return false;
  // Up to two describing words: "my little boy", "our beautiful baby girl".
  for (let k = i + 1; k <= i + 3 && k < t.length; k++) {
    if (FAMILY.has(t[k].lemma) || OWN_CHILD.has(t[k].lower)) return true;
    if (t[k].pos !== 'ADJ' || t[k].lower === 'own') return false;
  }
  return false;
}

/**
 * "Our little girl was born on 14/03/2021", "My son was born 3/14/2019": the writer's own relative
 * is the one whose date it is (named earlier in the sentence, no other person or thing between).
 */
export function ownRelativesDate(a: Analysis, dateStart: number): boolean {
  const t = a.tokens;
  // The first token at or after the date (tokens are sorted by start: a binary search, not a walk).
  let i = lastSpanStartingAtOrBefore(t, dateStart);
  if (i < 0 || t[i].start < dateStart) i++;
  if (i >= t.length) return false;
  const sentence = t[i].sentence;
  for (let k = i - 1; k >= 0 && k >= i - 8 && t[k].sentence === sentence; k--) {
    if (t[k].lower === 'my' || t[k].lower === 'our') return ownRelativeAt(t, k);
    if ((t[k].pos === 'NOUN' || t[k].pos === 'PROPN') && !FAMILY.has(t[k].lemma) && !OWN_CHILD.has(t[k].lower)) return false;
  }
  return false;
}
