// self-praise: the word helpers its readings share (a noun's singular, numbers, the head noun
// after a modifier). Split from self-praise.reading.ts.

import type { Analysis, NlpToken } from '../analysis';

/** Singular form for nouns wink leaves unlemmatised ("Treatments", "Doctors" in title case). */
export function noun(t: NlpToken | undefined): string {
  if (!t) return '';
  if (t.lemma !== t.lower || !t.lower.endsWith('s')) return t.lemma;
  return t.lower.endsWith('ies') ? `${t.lower.slice(0, -3)}y` : t.lower.slice(0, -1);
}

export function isNumber(t: NlpToken | undefined): boolean {
  return !!t && (t.type === 'number' || (t.pos === 'NUM' && /^(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|hundred|thousand|million|billion)/.test(t.lower)));
}

/** Head noun after a modifier at i: skips up to four adjectives, nouns, hyphens and "-" compounds. */
export function headAfter(a: Analysis, i: number, end: number, set: ReadonlySet<string>): number {
  const capital = (x: NlpToken | undefined) => !!x && /^[A-Z]/.test(x.text);
  for (let k = i + 1; k < end && k <= i + 7; k++) {
    const t = a.tokens[k];
    if (set.has(noun(t))) return k;
    // Past five words only a name in capitals goes on: "Ireland's leading Multidisciplinary Pain Relief and Wellness Care Centre".
    if (k > i + 5 && !capital(t)) return -1;
    if (t.type === 'punctuation' && t.text !== '-') return -1;
    if (t.pos === 'VERB' && !t.lower.endsWith('ed') && !t.lower.endsWith('ing')) return -1;
    // "and" inside such a name ("Pain Relief and Wellness Care Centre"), never between ordinary words.
    if (t.pos === 'CCONJ' && capital(a.tokens[k - 1]) && capital(a.tokens[k + 1])) continue;
    // Praise joined to praise: "the largest and most accessible chain", "the friendliest and best team".
    // ("we try our best and most GP surgeries…" joins no praise.)
    const joined = a.tokens[k + 1]?.lower === 'most' ? a.tokens[k + 2] : a.tokens[k + 1];
    if (t.lower === 'and' && joined?.pos === 'ADJ') continue;
    if (t.pos === 'ADP' || t.pos === 'DET' || t.pos === 'PRON' || t.pos === 'CCONJ') return -1;
  }
  return -1;
}
