// self-praise: boasts of volume and success, read from the count itself: "thousands of happy
// patients", "Trusted by 10,000+ patients", "200+ doctors", "226 publications.", "99% successful
// results", "95% of our patients would recommend us", "our success rate is 98%". Split from
// self-praise.reading.ts, whose boastAt asks here last.

import type { Analysis } from '../analysis';
import type { BoastFinding, Clause } from './self-praise.reading';
import { ACHIEVED, COUNTED, CREDENTIALS, PLEASED, SELF, SERVED, SUCCESS, WHAT } from './self-praise.data';
import { headAfter, isNumber, noun } from './self-praise.words';

/** A boast of volume or success starting at token i: its token span and kind. */
export function countBoastAt(a: Analysis, c: Clause, i: number): [number, number, BoastFinding['kind']] | undefined {
  const t = a.tokens;
  const tok = t[i];
  const next = t[i + 1];
  // "thousands of happy patients", "millions of treatments".
  // "thousands upon thousands of people".
  const upon = next?.lower === 'upon' && t[i + 2]?.lower === tok.lower ? i + 2 : i;
  if ((tok.lower === 'thousands' || tok.lower === 'millions') && t[upon + 1]?.lower === 'of') {
    const head = countedAfter(a, c, i, upon + 1);
    if (head >= 0) return [i, head + 1, 'volume'];
  }
  // "Trusted by 10,000+ patients", "chosen by over a million clients".
  if ((tok.lower === 'trusted' || tok.lower === 'chosen' || tok.lower === 'loved' || tok.lower === 'recommended') && next?.lower === 'by' && i + 2 < c.last) {
    const count = countBoastAt(a, c, t[i + 2].lower === 'over' || t[i + 2].lower === 'more' ? i + (t[i + 2].lower === 'over' ? 3 : 4) : i + 2);
    if (count?.[2] === 'volume') return [i, count[1], 'volume'];
  }
  // Volume: "200+ doctors", "10 Million + treatments", "more than a million treatments", "15,000 procedures".
  if (isNumber(tok) && !isNumber(t[i - 1])) {
    let k = i;
    while (k + 1 < c.last && isNumber(t[k + 1])) k++;
    const plus = t[k + 1]?.text === '+';
    if (plus) k++;
    const big = /million|billion|thousand/.test(t.slice(i, k + 1).map((x) => x.lower).join(' ')) || Number(tok.lemma.replace(/,/g, '')) >= 10_000;
    const head = countedAfter(a, c, i, k);
    // "5,000 happy patients": a count of satisfied people is a boast at any size.
    const pleased = head >= 0 && PLEASED.has(t[head - 1].lower);
    if (head >= 0 && (plus || big || pleased)) {
      const from = t[i - 1]?.lower === 'than' && t[i - 2]?.lower === 'more' ? i - 2 : t[i - 1]?.lower === 'a' && t[i - 2]?.lower === 'than' ? i - 3 : t[i - 1]?.lower === 'over' ? i - 1 : i;
      return [Math.max(c.first, from), head + 1, 'volume'];
    }
    // A bare count of credentials standing alone: "226 publications."
    const cred = headAfter(a, k, c.last, CREDENTIALS);
    if (cred >= 0 && i === c.first && cred + 1 >= c.last - 1) return [i, cred + 1, 'volume'];
    // A success rate: "99% successful results".
    if (t[k + 1]?.text === '%') {
      const rate = SUCCESS.has(t[k + 2]?.lemma ?? '') ? k + 2 : SUCCESS.has(t[k + 3]?.lemma ?? '') && t[k + 2].pos === 'NOUN' ? k + 3 : -1;
      if (rate >= 0) return [i, WHAT.has(noun(t[rate + 1])) ? rate + 2 : rate + 1, 'success'];
    }
  }
  // "95% of our patients would recommend us", "98% of my clients are satisfied".
  if (tok.text === '%' && t[i + 1]?.lower === 'of' && SELF.has(t[i + 2]?.lower ?? '')) {
    for (let k = i + 3; k < c.last && k < i + 9; k++) if (SUCCESS.has(t[k].lemma) || t[k].lemma === 'recommend' || t[k].lower === 'happy') return [i - 1, k + 1, 'success'];
  }
  // "our success rate is 98%"
  if (SUCCESS.has(tok.lemma) && t[i - 1] && SELF.has(t[i - 1].lower)) {
    for (let k = i + 1; k < c.last && k < i + 6; k++) if (t[k].text === '%') return [i, k + 1, 'success'];
  }
  return undefined;
}

/** The head of what a count at `count` counts, from `from`: treatments, doctors… or, after work done, people. */
function countedAfter(a: Analysis, c: Clause, count: number, from: number): number {
  const head = headAfter(a, from, c.last, COUNTED);
  return head >= 0 || !achievedBefore(a, c, count) ? head : headAfter(a, from, c.last, SERVED);
}

/** A verb of work done, in the past or perfect, a few words before the count: "we have helped thousands…". */
function achievedBefore(a: Analysis, c: Clause, i: number): boolean {
  for (let k = Math.max(c.first, i - 6); k < i; k++) {
    const w = a.tokens[k];
    if (ACHIEVED.has(w.lemma) && w.pos === 'VERB' && w.lower !== w.lemma) return true;
  }
  return false;
}
