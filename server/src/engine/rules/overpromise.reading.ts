// overpromise, read for meaning: promises no treatment can keep, in wording no phrase list
// holds. A sentence over-promises when it
// - says a treatment cures, or wipes out, reverses or eliminates a condition ("my phobia was
//   cured", "reverses diabetes", "eliminate pain");
// - claims a product or therapy boosts immunity ("boost your immune system", "makes your immune
//   system work better", "#immunityboost"), or that one prevents an infection ("protect
//   yourself from viral infections with our supplement pack");
// - promises a weight loss in a time span ("lose 11-13 lbs in 3 weeks");
// - promises a result at speed or in one go ("strong hair in just one day", "a single session
//   may eliminate pain", "more progress in 1 day than in 5 years");
// - gives a success rate near 100 % ("99% successful results");
// - calls a result permanent ("removing unwanted hair, permanently") or magical ("magical
//   results"), or surgery easy ("an easy process" for a breast augmentation);
// - guarantees an outcome in any wording ("we guarantee you'll love your smile").
// (Weight, speed, rates, permanence, miracles, ease and guarantees are read in
// overpromise.results.ts; claims of safety, certainty and proof in overpromise.claims.ts.)
// It stays quiet on negations, questions, warnings, hedged statements, and public-health
// statements about vaccines, masks, hand washing, sleep, diet and exercise.
// Each finding covers the words that carry the promise.

import type { Analysis, NlpEntity, NlpSentence, NlpToken } from '../analysis';
import { certain, conditions, efficacy, IMPROVEMENT, intensifiedEfficacy, provenClaim, riskless } from './overpromise.claims';
import { conditionFree, endsCondition, fromConditionTo } from './overpromise.conditions';
import { easy, guarantee, miracle, permanent, rate, speed, weight } from './overpromise.results';
import { UNPROVEN, unprovenCure } from './overpromise.unproven';
import {
  CLIENTS, CONDITIONS, CURED_FOODS, DEFENCE, DOWNSIDES, EASY, EFFECTS, END_VERBS, IMMEDIATE, IMMUNE, IMMUNITY_PRODUCTS,
  INFECTIONS, MIRACLE, NEGATORS, PERMANENT, POSSESSIVES, PREVENT, PREVENTED, PRODUCTS, PROOF, PUBLIC_HEALTH, QUANTIFIERS,
  RESEARCH, SHOTS, SKEPTIC_WORDS, SOFT_MODALS, STRENGTHEN, WEIGHT_UNITS, WIPE_OUT,
} from './overpromise.data';
import { isQuestion, SECOND_PERSON, THIRD_PERSON_SINGULAR } from './shared/meaning';

export type PromiseKind = 'cure' | 'immunity' | 'prevention' | 'weight' | 'speed' | 'rate' | 'permanent' | 'miracle' | 'easy' | 'guarantee' | 'riskless' | 'certain' | 'conditions' | 'proven' | 'unproven' | 'effective';

export interface PromiseFinding {
  start: number;
  end: number;
  kind: PromiseKind;
}

export const has = (set: ReadonlySet<string>, t: NlpToken | undefined): boolean => !!t && (set.has(t.lemma) || set.has(t.lower));

/** A word of the set among tokens [from, to), clamped to the sentence. */
export function find(a: Analysis, s: NlpSentence, from: number, to: number, set: ReadonlySet<string>): number {
  for (let i = Math.max(s.first, from); i < Math.min(s.last, to); i++) if (has(set, a.tokens[i])) return i;
  return -1;
}

const CLAUSE_MARKS = /[,;:.!?()–—]/;

/** The word at i is denied: wink marks it negated, or a negator stands just before it in the clause. */
export function denied(a: Analysis, s: NlpSentence, i: number): boolean {
  if (a.tokens[i].negated) return true;
  for (let k = i - 1; k >= Math.max(s.first, i - 4); k--) {
    const t = a.tokens[k];
    if (t.type === 'punctuation' && CLAUSE_MARKS.test(t.text)) return false;
    if (NEGATORS.has(t.lower) || NEGATORS.has(t.lemma)) return true;
  }
  return false;
}

/** The sentence warns about such claims or reports them as claims. */
function skeptical(a: Analysis, s: NlpSentence): boolean {
  for (let i = s.first; i < s.last; i++) {
    const t = a.tokens[i];
    if (SKEPTIC_WORDS.has(t.lower)) return true;
    const next = a.tokens[i + 1]?.lower;
    if ((t.lower === 'too' && next === 'good') || (t.lower === 'such' && next === 'thing') || (t.lower === 'red' && (next === 'flag' || next === 'flags'))) return true;
  }
  return false;
}

export function span(a: Analysis, first: number, last: number, kind: PromiseKind): PromiseFinding {
  return { start: a.tokens[first].start, end: a.tokens[last].end, kind };
}

/** A sentence with its entities, gathered in one pass over the post. */
export interface SentenceView extends NlpSentence {
  entities: NlpEntity[];
}

export function readPromises(a: Analysis): PromiseFinding[] {
  const out: PromiseFinding[] = [];
  let e = 0;
  for (let n = 0; n < a.sentences.length; n++) {
    const s: SentenceView = { ...a.sentences[n], entities: [] };
    while (e < a.entities.length && a.entities[e].first < s.first) e++;
    for (let k = e; k < a.entities.length && a.entities[k].first < s.last; k++) if (a.entities[k].last <= s.last) s.entities.push(a.entities[k]);
    if (isQuestion(a, s) || skeptical(a, s)) continue;
    // One finding a sentence is enough to show the writer where the promise is.
    const f = readSentence(a, s);
    if (f) out.push(f);
  }
  return out;
}

/** Words one of the readings starts from; a sentence with none of them is skipped at once. */
const TRIGGERS = new Set([
  'cure', 'cures', 'cured', 'curing', 'guarantee', ...WIPE_OUT, ...IMMUNE, ...DEFENCE, ...PREVENT, ...WEIGHT_UNITS,
  'in', 'within', 'single', 'one', '1', ...PERMANENT, ...MIRACLE, ...EASY, ...DOWNSIDES, 'risk-free', 'pain-free', 'painfree', 'safe',
  'will', "'ll", 'effective', 'treat', 'treats', 'address', 'good', 'life', ...END_VERBS, ...EFFECTS, 'free', 'keep', 'from',
  'successful', 'complete', 'total', 'definitive', ...IMMEDIATE, ...PROOF, ...IMPROVEMENT,
]);

function readSentence(a: Analysis, s: SentenceView): PromiseFinding | undefined {
  let trigger = s.entities.some((e) => e.type === 'PERCENT');
  for (let i = s.first; i < s.last && !trigger; i++) {
    const t = a.tokens[i];
    trigger = TRIGGERS.has(t.lemma) || TRIGGERS.has(t.lower) || has(UNPROVEN, t) || t.lower.startsWith('guarantee') || (t.type === 'hashtag' && t.lower.includes('immun'));
  }
  if (!trigger) return undefined;
  const publicHealth = find(a, s, s.first, s.last, PUBLIC_HEALTH) >= 0 || vaccineShot(a, s);
  return (
    cure(a, s, publicHealth) ??
    endsCondition(a, s, publicHealth) ??
    conditionFree(a, s, publicHealth) ??
    fromConditionTo(a, s, publicHealth) ??
    (publicHealth ? undefined : immunity(a, s) ?? prevention(a, s)) ??
    weight(a, s) ??
    speed(a, s) ??
    (publicHealth ? undefined : rate(a, s)) ??
    permanent(a, s) ??
    miracle(a, s) ??
    easy(a, s) ??
    guarantee(a, s) ??
    (publicHealth ? undefined : riskless(a, s) ?? certain(a, s) ?? conditions(a, s) ?? efficacy(a, s) ?? provenClaim(a, s) ?? unprovenCure(a, s) ?? intensifiedEfficacy(a, s))
  );
}

/**
 * "your flu shot", "a COVID booster": a vaccine named by the infection it protects against. One the
 * sentence denies ("it's not the flu shot … but boosting your immune system") steers away from it.
 */
function vaccineShot(a: Analysis, s: NlpSentence): boolean {
  for (let i = s.first + 1; i < s.last; i++) if (SHOTS.has(a.tokens[i].lemma) && has(INFECTIONS, a.tokens[i - 1]) && !denied(a, s, i)) return true;
  return false;
}

/** "was cured of a phobia", "cures anxiety", "reverses diabetes", "eliminate pain". */
function cure(a: Analysis, s: NlpSentence, publicHealth: boolean): PromiseFinding | undefined {
  if (find(a, s, s.first, s.last, RESEARCH) >= 0) return undefined;
  for (let i = s.first; i < s.last; i++) {
    const t = a.tokens[i];
    // "can cure your migraines": a treatment promised to the reader, even with "can"; "we prevent,
    // treat and cure cancer": the practice's own claim.
    // "You can cure Type 2 Diabetes with real food": the reader promised a cure of a condition.
    const curesYours =
      t.lower === 'cure' && t.pos === 'VERB' && ((a.tokens[i + 1]?.lower === 'your' && i + 1 < s.last) || writerSubject(a, s, i) || readerCures(a, s, i));
    const isCure = curesYours || ((t.lemma === 'cure' || t.lower === 'cures') && t.lower !== 'cure' && (t.pos === 'VERB' || t.pos === 'ADJ' || curesAsVerb(a, s, i)));
    const wipes = WIPE_OUT.has(t.lemma) && t.pos === 'VERB' && find(a, s, i + 1, i + 6, CONDITIONS) >= 0;
    if (!isCure && !wipes) continue;
    if (isCure && has(CURED_FOODS, a.tokens[i + 1])) continue;
    // Public health (a diet, a vaccine) may prevent; a practice that says it cures is promising.
    if (denied(a, s, i) || (publicHealth && !curesYours)) continue;
    // "can be cured", "most are cured", "if caught early it is cured": measured, or a fact of medicine.
    if (find(a, s, s.first, s.last, QUANTIFIERS) >= 0) continue;
    if (isCure && !curesYours && find(a, s, i - 3, i, SOFT_MODALS) >= 0) continue;
    return span(a, i, i, 'cure');
  }
  return publicHealth ? undefined : sureRemedy(a, s);
}

/** "Successful treatment of paralysis", "A complete solution for fertility": a remedy claimed to work, as copy. */
function sureRemedy(a: Analysis, s: NlpSentence): PromiseFinding | undefined {
  const t = a.tokens;
  for (let i = s.first; i + 2 < s.last; i++) {
    if (!SURE.has(t[i].lower) || !REMEDIES.has(t[i + 1].lemma) || denied(a, s, i)) continue;
    const of = t[i + 2].lower === 'of' || t[i + 2].lower === 'for' ? i + 2 : -1;
    let what = of + 1;
    while (of > 0 && what < s.last && (t[what].pos === 'DET' || t[what].pos === 'PRON' || t[what].pos === 'ADJ')) what++;
    if (of < 0 || what >= s.last || (t[what].pos !== 'NOUN' && t[what].pos !== 'PROPN')) continue;
    // Told of someone ("his successful treatment of…") or hedged, it is no claim; "our" is the practice's own.
    const whose = t[i - 1]?.lower ?? '';
    if ((POSSESSIVES.has(whose) && whose !== 'our') || find(a, s, s.first, s.last, QUANTIFIERS) >= 0) continue;
    return span(a, i, what, 'cure');
  }
  return undefined;
}
const SURE = new Set(['successful', 'complete', 'total', 'guaranteed', 'definitive']);
const REMEDIES = new Set(['treatment', 'solution', 'cure', 'remedy']);

/** "we … cure", "I cure": the writer is the subject of the verb, a few verbs back at most. */
function writerSubject(a: Analysis, s: NlpSentence, verb: number): boolean {
  for (let k = verb - 1; k >= s.first && k >= verb - 6; k--) {
    const w = a.tokens[k].lower;
    if (w === 'we' || w === 'i') return true;
    if (a.tokens[k].pos !== 'VERB' && w !== ',' && w !== 'and' && w !== 'or') return false;
  }
  return false;
}

/** "you can cure diabetes": the reader, a modal at most between, cures a condition named just after. */
function readerCures(a: Analysis, s: NlpSentence, verb: number): boolean {
  const subject = has(SOFT_MODALS, a.tokens[verb - 1]) ? verb - 2 : verb - 1;
  return subject >= s.first && a.tokens[subject].lower === 'you' && find(a, s, verb + 1, verb + 5, CONDITIONS) >= 0;
}

/**
 * wink often tags "cures" as a noun ("This tea cures acne"): it is a verb after its subject (a
 * noun or "it/this/that/which") and before its object, not "cures for…" or "cures are…".
 */
function curesAsVerb(a: Analysis, s: NlpSentence, i: number): boolean {
  const prev = a.tokens[i - 1];
  const next = a.tokens[i + 1];
  if (a.tokens[i].lower !== 'cures' || !next || i + 1 >= s.last || next.type !== 'word') return false;
  // Copy that opens with the claim: "Cures anxiety naturally."
  if (i === s.first) return has(CONDITIONS, next);
  if (!prev) return false;
  const subject = prev.pos === 'NOUN' || prev.pos === 'PROPN' || ['it', 'this', 'that', 'which', 'what'].includes(prev.lower);
  return subject && !['for', 'of', 'is', 'are', 'and', 'or', 'to', 'that', 'in', 'on', 'with'].includes(next.lower) && !has(MIRACLE, prev);
}

/** "Boost your immune system", "makes your immune system work better", "#immunityboost". */
function immunity(a: Analysis, s: NlpSentence): PromiseFinding | undefined {
  const t = a.tokens;
  // Who the claim is for: the reader ("your", an instruction) or the clinic's patients.
  const toReader = find(a, s, s.first, s.last, SECOND_PERSON) >= 0 || find(a, s, s.first, s.last, CLIENTS) >= 0;
  for (let i = s.first; i < s.last; i++) {
    const tok = t[i];
    if (tok.type === 'hashtag' && /immun/.test(tok.lower) && /boost|strong|support|power/.test(tok.lower)) return span(a, i, i, 'immunity');
    const immune = has(IMMUNE, tok) || (has(DEFENCE, tok) && (t[i - 1]?.lower === 'your' || t[i - 2]?.lower === 'line'));
    if (!immune) continue;
    // "an immunity drip", "immune support pack": a product named for immunity (not "immune therapy",
    // a cancer treatment). Told of someone else ("Dr Rita having her immune booster drip") it reports.
    const product = has(IMMUNITY_PRODUCTS, t[i + 1]) ? i + 1 : has(STRENGTHEN, t[i + 1]) && has(IMMUNITY_PRODUCTS, t[i + 2]) ? i + 2 : -1;
    if (has(IMMUNE, tok) && product >= 0 && !denied(a, s, i) && find(a, s, s.first, s.last, THIRD_PERSON_SINGULAR) < 0) return span(a, i, product, 'immunity');
    // "improves immunity", "Improved immune function", "Immunity strong": the claim itself, whoever it is for.
    const beside = has(STRENGTHEN, t[i - 1]) ? i - 1 : has(STRENGTHEN, t[i + 1]) && t[i + 1].pos !== 'NOUN' ? i + 1 : -1;
    if (has(IMMUNE, tok) && beside >= 0 && !denied(a, s, beside) && find(a, s, s.first, s.last, THIRD_PERSON_SINGULAR) < 0) return span(a, Math.min(i, beside), Math.max(i, beside), 'immunity');
    if (!toReader) continue;
    const before = find(a, s, i - 5, i, STRENGTHEN);
    const after = before >= 0 ? -1 : find(a, s, i + 1, i + 5, STRENGTHEN);
    const word = before >= 0 ? before : after;
    if (word < 0 || denied(a, s, word)) continue;
    return before >= 0 ? span(a, before, t[i + 1]?.lemma === 'system' ? i + 1 : i, 'immunity') : span(a, i, after, 'immunity');
  }
  return undefined;
}

/** "help prevent yourself from developing a case of the virus with our supplement pack". */
function prevention(a: Analysis, s: NlpSentence): PromiseFinding | undefined {
  const t = a.tokens;
  let infection = false;
  for (let i = s.first; i < s.last && !infection; i++) infection = isInfection(t[i]);
  if (!infection || find(a, s, s.first, s.last, PRODUCTS) < 0) return undefined;
  for (let verb = s.first; verb < s.last; verb++) {
    if (denied(a, s, verb)) continue;
    // "Keep Corona out with our immunity treatment".
    if (t[verb].lemma === 'keep' && isInfection(t[verb + 1]) && (t[verb + 2]?.lower === 'out' || t[verb + 2]?.lower === 'away')) return span(a, verb, verb + 2, 'prevention');
    if (!has(PREVENT, t[verb])) continue;
    // What is prevented or who is protected: "protect yourself from", "fight off the virus", "prevent infection".
    for (let k = verb + 1; k < Math.min(s.last, verb + 4); k++) if (has(PREVENTED, t[k]) || isInfection(t[k])) return span(a, verb, k, 'prevention');
  }
  return undefined;
}

/** An infection by name, in a hashtag too ("#CoronaVirus"). */
function isInfection(t: NlpToken | undefined): boolean {
  if (!t) return false;
  return has(INFECTIONS, t) || (t.type === 'hashtag' && INFECTIONS.has(t.lower.slice(1)));
}
