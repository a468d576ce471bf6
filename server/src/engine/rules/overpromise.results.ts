// overpromise: promises about a result, read for meaning: a weight loss in a time span ("lose
// 11-13 lbs in 3 weeks"), a result at speed or in one go ("strong hair in just one day"), a
// success rate near 100 % ("99% successful results"), a result called permanent ("removing
// unwanted hair, permanently"), magical ("magical results") or easy ("an easy process" for a
// breast augmentation), and a guaranteed outcome in any wording. Split from overpromise.reading.ts,
// whose readSentence asks each in turn.

import type { Analysis, NlpSentence, NlpToken } from '../analysis';
import { denied, find, has, span, type PromiseFinding, type SentenceView } from './overpromise.reading';
import {
  ALL_GONE, COUNTED_PEOPLE, EASY, GOOD_CHANGE, GUARANTEED_SERVICE, HARM, IMMEDIATE, IN, LOSE, LOST, MIRACLE, MIRACLE_OF,
  ONE, ONE_GO, OUTCOMES, PERMANENT, PROCEDURE, QUANTIFIERS, RESULTS_AT_ONCE, SERVICE, SHORT_UNITS, SOFT_MODALS, SUCCESS,
  SURGICAL, THAN, TIME_SPANS, WEIGHT_UNITS,
} from './overpromise.data';
import { isPastVerb } from './shared/meaning';

/** "Lose 11-13 lbs in 3 weeks", "up to 7lbs in 7 days". */
export function weight(a: Analysis, s: SentenceView): PromiseFinding | undefined {
  const t = a.tokens;
  for (let i = s.first; i < s.last; i++) {
    if (t[i].pos !== 'NUM' && t[i].type !== 'number' && !ONE.has(t[i].lower) && t[i].lower !== 'half') continue;
    // The unit right after the amount, or one word on ("two dress sizes").
    const unit = has(WEIGHT_UNITS, t[i + 1]) ? i + 1 : has(WEIGHT_UNITS, t[i + 2]) && t[i + 1]?.type === 'word' ? i + 2 : -1;
    if (unit < 0 || unit >= s.last) continue;
    // The time span: "in/within" and a duration right after the amount.
    const inWord = find(a, s, unit + 1, unit + 3, IN);
    if (inWord < 0) continue;
    const until = durationEnd(a, s, inWord + 1);
    if (until < 0) continue;
    // Told as what happened ("I lost 10 kg in 2 months") is a story, not a promise.
    const verb = find(a, s, i - 4, i, LOSE);
    if (verb >= 0 && (isPastVerb(t[verb]) || denied(a, s, verb))) continue;
    if (find(a, s, s.first, i, LOST) >= 0) continue;
    // "he had gained six kilos in two days": any change told in the past happened; it is not promised.
    if (toldBefore(a, s, i)) continue;
    return span(a, verb >= 0 ? verb : i, until, 'weight');
  }
  return undefined;
}

/** A verb in the past among the four words before `i`. */
function toldBefore(a: Analysis, s: SentenceView, i: number): boolean {
  for (let k = Math.max(s.first, i - 4); k < i; k++) if (isPastVerb(a.tokens[k])) return true;
  return false;
}

/** Where a short span after `from` ends ("just one day", "10mins", "3 weeks"), or -1. */
function durationEnd(a: Analysis, s: SentenceView, from: number): number {
  const e = s.entities.find((x) => TIME_SPANS.has(x.type) && x.first >= from && x.first <= from + 2);
  if (e) return e.last - 1;
  let i = from;
  while (i < s.last && (a.tokens[i].lower === 'just' || a.tokens[i].lower === 'only' || a.tokens[i].lower === 'under')) i++;
  if (i + 1 < s.last && (a.tokens[i].type === 'number' || ONE.has(a.tokens[i].lower)) && has(SHORT_UNITS, a.tokens[i + 1])) return i + 1;
  return -1;
}

/** "strong hair in just one day", "more progress in 1 day than…", "a single session may eliminate pain". */
export function speed(a: Analysis, s: SentenceView): PromiseFinding | undefined {
  const t = a.tokens;
  // "providing instantaneous results", "immediate relief": a result said to come at once
  // ("many patients notice an immediate difference", "may", "results vary" are measured).
  const measured = find(a, s, s.first, s.last, SOFT_MODALS) >= 0 || find(a, s, s.first, s.last, VARY) >= 0 || someOfThem(a, s);
  for (let i = s.first; i + 1 < s.last && !measured; i++) {
    if (!IMMEDIATE.has(t[i].lower) || denied(a, s, i)) continue;
    const outcome = t[i + 1].pos === 'ADJ' ? i + 2 : i + 1;
    if (RESULTS_AT_ONCE.has(t[outcome]?.lemma ?? '')) return span(a, i, outcome, 'speed');
  }
  if (find(a, s, s.first, s.last, SERVICE) >= 0 || find(a, s, s.first, s.last, OUTCOMES) < 0) return undefined;
  for (let i = s.first; i < s.last; i++) {
    if (t[i].lower !== 'in' && t[i].lower !== 'within') continue;
    const just = t[i + 1]?.lower === 'just' || t[i + 1]?.lower === 'only';
    const end = durationEnd(a, s, i + 1);
    if (end < 0) continue;
    const unit = t[end];
    if (!has(SHORT_UNITS, unit) || (unit.lemma === 'week' && !ONE.has(t[end - 1]?.lower ?? ''))) continue;
    // A quick span is a promise when it is stressed ("in just one day") or set against a long one ("than 5 years").
    if (just || find(a, s, end + 1, s.last, THAN) >= 0) return span(a, i, end, 'speed');
  }
  // "A single session eliminates…": one go, and a result that leaves nothing behind.
  for (let i = s.first; i + 1 < s.last; i++) {
    if (!(t[i].lower === 'single' || ((t[i].lower === 'one' || t[i].lower === '1') && t[i - 1]?.lower !== 'than'))) continue;
    const unit = find(a, s, i + 1, i + 4, ONE_GO);
    if (unit < 0) continue;
    const result = find(a, s, unit + 1, s.last, ALL_GONE);
    if (result >= 0 && !denied(a, s, result)) return span(a, i, unit, 'speed');
  }
  return undefined;
}

const VARY = new Set(['vary', 'varies']);

/** "many patients", "most of our clients": a claim made for some people, not for everyone. */
function someOfThem(a: Analysis, s: SentenceView): boolean {
  for (let k = s.first; k < s.last; k++) {
    if (has(QUANTIFIERS, a.tokens[k]) && find(a, s, k + 1, k + 4, COUNTED_PEOPLE) >= 0) return true;
  }
  return false;
}

/** Words that give a rate as typical: "usually 90% successful". */
const RATE_HEDGES = new Set(['usually', 'typically', 'generally', 'roughly', 'approximately']);

/** "99% successful results", "a 98% success rate". */
export function rate(a: Analysis, s: SentenceView): PromiseFinding | undefined {
  for (const e of s.entities) {
    if (e.type !== 'PERCENT') continue;
    const value = parseFloat(a.tokens[e.first].text.replace(/[^\d.]/g, ''));
    if (!(value >= 90)) continue;
    // "93% of infants under chiropractic care had a complete resolution": who it is a rate of comes first.
    // ("92% of people who suffer from headache and seek … care have found relief": past their description.)
    const counted = a.tokens[e.last]?.lower === 'of' ? find(a, s, e.last + 1, e.last + 3, COUNTED_PEOPLE) : -1;
    const reach = counted < 0 ? 3 : a.tokens[counted + 1]?.lower === 'who' ? 20 : 10;
    const word = find(a, s, e.last, e.last + reach, SUCCESS);
    // "it works for 95%" is a claim; "90% of the work" is a share of a task.
    if (word < 0 || (a.tokens[word].lemma === 'effective' && value < 99) || (a.tokens[word].lemma === 'work' && a.tokens[word].pos === 'NOUN') || denied(a, s, e.first)) continue;
    // "root canal treatment is usually 90% successful": a typical rate, said as one.
    if (find(a, s, e.first - 2, e.first, RATE_HEDGES) >= 0) continue;
    return span(a, e.first, word, 'rate');
  }
  return undefined;
}

/** "removing unwanted hair, permanently", "gone forever". */
export function permanent(a: Analysis, s: NlpSentence): PromiseFinding | undefined {
  for (let i = s.first; i < s.last; i++) {
    const t = a.tokens[i];
    // "for good" and "for life" as adverbs ("gone for good with our programme"), not "for good health".
    const after = a.tokens[i + 2];
    const forGood = t.lower === 'for' && (a.tokens[i + 1]?.lower === 'good' || a.tokens[i + 1]?.lower === 'life') && (i + 2 >= s.last || !(after.pos === 'NOUN' || after.pos === 'ADJ' || after.pos === 'PROPN' || after.text === '-'));
    if ((!has(PERMANENT, t) && !forGood) || denied(a, s, i)) continue;
    // Before a noun it says what is permanent: "permanent hair loss" and "permanent makeup" are
    // no promise, "a permanent hair replacement solution to hair loss" is. Said on its own ("the
    // damage may be permanent"), the sentence tells.
    const described = t.pos === 'ADJ' ? describedAfter(a, s, i) : [];
    if (described.length ? described.some((w) => has(HARM, w)) : find(a, s, s.first, s.last, HARM) >= 0) {
      if (described.length) continue;
      return undefined;
    }
    if (find(a, s, i - 5, i + 5, GOOD_CHANGE) >= 0) return span(a, i, forGood ? i + 1 : i, 'permanent');
  }
  return undefined;
}

/** The words a describing word at i stands before: "permanent [hair loss]", "permanent [hair replacement solution]". */
function describedAfter(a: Analysis, s: NlpSentence, i: number): NlpToken[] {
  const out: NlpToken[] = [];
  for (let k = i + 1; k < s.last && k <= i + 4; k++) {
    const w = a.tokens[k];
    if (w.pos !== 'NOUN' && w.pos !== 'ADJ' && w.pos !== 'PROPN' && w.text !== '-') break;
    out.push(w);
  }
  return out;
}

/** "magical results", "a miraculous recovery". */
export function miracle(a: Analysis, s: NlpSentence): PromiseFinding | undefined {
  for (let i = s.first; i < s.last; i++) {
    if (!has(MIRACLE, a.tokens[i]) || denied(a, s, i)) continue;
    const of = find(a, s, i + 1, i + 3, MIRACLE_OF);
    if (of >= 0) return span(a, i, of, 'miracle');
  }
  return undefined;
}

/** "Our breast augmentations are an easy process". */
export function easy(a: Analysis, s: NlpSentence): PromiseFinding | undefined {
  for (let i = s.first; i < s.last; i++) {
    if (!has(EASY, a.tokens[i]) || denied(a, s, i)) continue;
    const noun = find(a, s, i + 1, i + 3, PROCEDURE);
    if (noun >= 0 && find(a, s, s.first, s.last, SURGICAL) >= 0) return span(a, i, noun, 'easy');
  }
  return undefined;
}

/** "We guarantee you'll love your new smile", "guaranteed weight loss". */
export function guarantee(a: Analysis, s: NlpSentence): PromiseFinding | undefined {
  for (let i = s.first; i < s.last; i++) {
    const t = a.tokens[i];
    if (t.lemma !== 'guarantee' && !t.lower.startsWith('guarantee')) continue;
    if (denied(a, s, i) || find(a, s, s.first, s.last, GUARANTEED_SERVICE) >= 0) return undefined;
    return span(a, i, i, 'guarantee');
  }
  return undefined;
}
