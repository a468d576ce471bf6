// self-praise: who a boast is about, read around it: a market it ranks the subject above ("in
// the UK"), the writer's practice as the measure ("like we do"), someone else named before it,
// and sentences of thanks or a service's load, where praise is for others. Split from
// self-praise.reading.ts.

import type { Analysis, NlpSentence, NlpToken } from '../analysis';
import type { Clause } from './self-praise.reading';
import { NOT_A_BOAST, OTHERS, SELF } from './self-praise.data';

/** "like us", "like we do": the writer's practice as the measure, ending the clause. */
export function likeUs(a: Analysis, c: Clause, k: number): boolean {
  const t = a.tokens;
  if (t[k]?.lower === 'us') return k + 1 >= c.last || t[k + 1].type === 'punctuation';
  return t[k]?.lower === 'we' && (t[k + 1]?.lemma === 'do' || t[k + 1]?.lower === 'can') && (k + 2 >= c.last || t[k + 2].type === 'punctuation');
}

export function possessive(t: NlpToken | undefined): boolean {
  return !!t && (t.lower === "'s" || t.lower === '’s' || t.lower === "'");
}

const MARKETS = new Set(['uk', 'country', 'world', 'region', 'city', 'town', 'ireland', 'england', 'scotland', 'wales', 'us', 'usa', 'america', 'europe', 'state', 'area', 'nation']);

/** "in the UK", "in the country", "in London": the boast ranks the subject above a market. */
export function marketScope(a: Analysis, c: Clause, cue: number): boolean {
  const t = a.tokens;
  for (let k = cue + 1; k + 1 < c.last && k < cue + 10; k++) {
    if (t[k].lower !== 'in') continue;
    const place = t[k + 1].lower === 'the' ? t[k + 2] : t[k + 1];
    if (place && (MARKETS.has(place.lower) || (place.pos === 'PROPN' && /^[A-Z]/.test(place.text)))) return true;
  }
  return false;
}

/**
 * The nearest person named before token `index` in its sentence is someone else ("they are the
 * best in the country", "you are the best in town"), not the writer.
 */
export function othersBefore(a: Analysis, index: number): boolean {
  const sentence = a.tokens[index]?.sentence;
  for (let k = index - 1; k >= 0 && a.tokens[k].sentence === sentence; k--) {
    const t = a.tokens[k];
    if (SELF.has(t.lower)) return false;
    if (OTHERS.has(t.lower) && t.lower !== 'it' && t.lower !== 'its') return true;
  }
  return false;
}

/** A thank-you, congratulations or a report of a service's load: praise there is for others. */
export function thanksOrLoad(a: Analysis, s: NlpSentence): boolean {
  for (let i = s.first; i < s.last; i++) if (NOT_A_BOAST.has(a.tokens[i].lemma) || NOT_A_BOAST.has(a.tokens[i].lower)) return true;
  return a.tokens[s.first]?.lower === 'well' && a.tokens[s.first + 1]?.lower === 'done';
}
