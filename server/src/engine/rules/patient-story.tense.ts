// patient-story, what a sentence says happened: whether its verbs tell the past of the person
// (not a participle that only describes a noun, "during published visiting hours", nor one
// after its noun in a present sentence, "the patient allowed to sleep… is a rarity"), and
// whether the person is only supposed ("if this patient were to read it", "It could be the
// gratitude of a patient…"). Split from patient-story.reading.ts, which asks these per sentence.

import type { NlpSentence, NlpToken, Analysis } from '../analysis';
import { QUOTE_MARKS, CLAUSE_BREAKS } from './patient-story.data';
import { PRESENT_BE } from './patient-story.present';
import type { Reference } from './patient-story.people';
import { MODALS, isPastVerb } from './shared/meaning';

/** "It could be…", "might be", "may be" before the person, with nothing in the past before them. */
export function supposedBeing(a: Analysis, s: NlpSentence, ref: number): boolean {
  const t = a.tokens;
  let supposing = false;
  for (let k = s.first; k < ref; k++) {
    if (isPastVerb(t[k]) || perfectAt(t, k)) return false;
    if (SUPPOSING.has(t[k].lower) && t[k + 1]?.lemma === 'be') supposing = true;
  }
  return supposing;
}
const SUPPOSING = new Set(['could', 'might', 'may']);


/** "during published visiting hours": a participle between a determiner or preposition and its noun describes the noun. */
export function attributive(t: readonly NlpToken[], i: number): boolean {
  const before = t[i - 1];
  const after = t[i + 1];
  if (!before || !after || before.sentence !== t[i].sentence) return false;
  return (before.pos === 'DET' || before.pos === 'ADP') && (after.pos === 'NOUN' || (after.pos === 'VERB' && after.lower.endsWith('ing')));
}

/**
 * "The patient allowed to sleep … is a rarity", "this can include techniques drawn from
 * Pilates": a participle right after its noun, in a sentence whose own verb is in the present
 * (or a modal's), describes the noun; it does not tell the past.
 */
export function reducedRelative(a: Analysis, s: NlpSentence, i: number): boolean {
  const t = a.tokens;
  if (i === s.first || t[i - 1].pos !== 'NOUN' || t[i].pos !== 'VERB') return false;
  // "this can include techniques drawn from Pilates": the sentence's verb may come first.
  for (let k = s.first; k < i - 1; k++) if (t[k].pos === 'AUX' && (PRESENT_BE.has(t[k].lower) || MODALS.has(t[k].lower))) return true;
  for (let k = i + 1; k < s.last; k++) {
    // Quoted speech has its own verbs: 'my pt asked "how much is the shrimp?"'.
    if (QUOTE_MARKS.has(t[k].text)) return false;
    if (PRESENT_BE.has(t[k].lower) && t[k].pos === 'AUX') return true;
  }
  return false;
}

/** A verb in the past in the clause that holds the reference (between commas, "while", "so", "because"…). */
export function pastInClause(a: Analysis, s: NlpSentence, ref: Reference): boolean {
  const t = a.tokens;
  let from = ref.first;
  while (from > s.first && !CLAUSE_BREAKS.has(t[from - 1].lower)) from--;
  let to = ref.last;
  // "Our patient, Sarah M., came to us": a name set off by commas does not end the clause.
  const name = appositiveNameEnd(t, s, to);
  if (name > 0) to = name;
  while (to < s.last && !CLAUSE_BREAKS.has(t[to].lower)) to++;
  for (let k = from; k < to; k++) if ((isPastVerb(t[k]) && !reducedRelative(a, s, k)) || perfectAt(t, k)) return true;
  return false;
}

/** After ", Sarah M.," (a name of up to three capitalised words between commas), the token after the second comma; else -1. */
function appositiveNameEnd(t: readonly NlpToken[], s: NlpSentence, comma: number): number {
  if (t[comma]?.text !== ',') return -1;
  let k = comma + 1;
  while (k < s.last && k <= comma + 4 && (/^[A-Z]/.test(t[k].text) || t[k].text === '.')) k++;
  return k > comma + 1 && k < s.last && t[k].text === ',' ? k + 1 : -1;
}

/** "has come", "have been": the perfect, whose participle may look like the present ("come", "run"). */
export function perfectAt(t: readonly NlpToken[], k: number): boolean {
  if (t[k].lemma !== 'have' || t[k].pos !== 'AUX' || t[k].lower === 'had' || MODALS.has(t[k - 1]?.lower ?? '')) return false;
  // "has come", "has just come"; "will have to return" is an obligation, not the perfect.
  const next = t[k + 1]?.pos === 'ADV' ? t[k + 2] : t[k + 1];
  return !!next && next.pos === 'VERB' && next.lower !== 'to';
}
