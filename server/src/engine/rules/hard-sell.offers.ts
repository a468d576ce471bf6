// hard-sell: the words that name an offer ("discount", "deal", "Christmas Special"), and when they
// name none: "offer" and "deal" used as verbs, a deal struck in a dispute or said of how people
// are treated, a promotion at work, and what a sentence says something is not. Split from
// hard-sell.reading.ts, which reads sentences with these.

import type { Analysis, NlpSentence, NlpToken } from '../analysis';

/** Nouns that name an offer. */
export const OFFER_NOUNS = new Set(['discount', 'deal', 'promotion', 'promo', 'saving', 'savings', 'voucher', 'coupon', 'offer', 'offers', 'special', 'specials', 'sale', 'package', 'bundle']);
/** What a deal says of how people are treated, not of a price: "a poor deal", "a raw deal". */
const TREATED = new Set(['poor', 'raw', 'bad', 'unfair', 'fair', 'fairer', 'rough', 'worse', 'lousy', 'rotten']);
/** Words of a dispute: "could not broker a deal", "reached a pay deal". */
const NEGOTIATION = new Set(['broker', 'reach', 'strike', 'agree', 'negotiate', 'accept', 'reject', 'pay', 'trade', 'union', 'government']);

/** An offer word ("off", "discount", "savings") among tokens [from, to). */
export function nextOfferWord(a: Analysis, from: number, to: number): number {
  for (let i = from; i < to; i++) if (a.tokens[i].lower === 'off' || isOfferNoun(a.tokens[i])) return i;
  return -1;
}

export function offerNounIn(a: Analysis, s: NlpSentence): boolean {
  for (let i = s.first; i < s.last; i++) if (a.tokens[i].pos !== 'VERB' && isOfferNoun(a.tokens[i])) return true;
  return false;
}

/** "discount", "Discounts", "deals" (wink leaves some capitalised plurals unlemmatised). */
export function isOfferNoun(t: NlpToken): boolean {
  if (OFFER_NOUNS.has(t.lower)) return true;
  // "dealing with emergencies", "offering": a verb form, even when tagged as a noun.
  if (t.lower.endsWith('ing')) return false;
  return OFFER_NOUNS.has(t.lemma) || (t.lower.endsWith('s') && OFFER_NOUNS.has(t.lower.slice(0, -1)));
}

/** Words of a career: "this promotion means I will be moving wards" is a new job, not a sale. */
export const CAREER = new Set(['role', 'job', 'position', 'ward', 'manager', 'senior', 'promote', 'salary', 'grade', 'band', 'career', 'leader', 'supervisor']);

const RELATIVES = new Set(['that', 'which', 'who']);
const HERE_IS = new Set(["here's", 'heres']);
const WHEN = new Set(['today', 'tonight', 'tomorrow', 'now']);

/**
 * "we offer", "I take calls, offer advice", "to deal with": "offer" and "deal" used as verbs,
 * which wink sometimes tags as nouns. As nouns they follow a determiner, an adjective or a name.
 * A deal struck in a dispute, said of how people are treated, "a big deal" or "a great deal of" is no sale either.
 */
export function verbUse(t: readonly NlpToken[], i: number): boolean {
  const w = t[i].lower;
  if (w !== 'offer' && w !== 'deal') return false;
  const before = t[i - 1];
  if (!before || before.sentence !== t[i].sentence) return false;
  if (before.lower === 'to' || before.pos === 'PRON' || before.lemma === 'also' || before.text === ',' || before.pos === 'AUX') return true;
  // "lip fillers offer a non-surgical solution", "what can lip fillers offer to you": a plural
  // noun is the verb's subject ("Christmas offers" and "our offer" still name a sale).
  if (w === 'offer' && (before.pos === 'NOUN' || before.pos === 'PROPN') && before.lower !== before.lemma && !before.lower.endsWith("'s")) return true;
  // "could not broker a deal", "reached a pay deal": an agreement in a dispute, not a sale.
  if (w === 'deal' && [before, t[i - 2], t[i - 3]].some((x) => !!x && NEGOTIATION.has(x.lemma))) return true;
  // "… and offer to get their prescriptions": "offer to" before a verb is the verb; so is "and
  // offer advice on…", a second verb with its object.
  if (w === 'offer' && t[i + 1]?.lower === 'to' && t[i + 2]?.pos === 'VERB') return true;
  if (w === 'offer' && before.pos === 'CCONJ' && (t[i + 1]?.pos === 'NOUN' || t[i + 1]?.pos === 'ADJ' || t[i + 1]?.pos === 'DET')) return true;
  // "apps that offer sound therapies": the verb of a relative clause, its object after it
  // ("don't miss that offer today" names a sale).
  if (w === 'offer' && RELATIVES.has(before.lower) && (t[i + 1]?.pos === 'NOUN' || t[i + 1]?.pos === 'ADJ' || t[i + 1]?.pos === 'DET') && !WHEN.has(t[i + 1].lower)) return true;
  // "waiting for that formal job offer": work offered, not a sale.
  if (w === 'offer' && (before.lower === 'job' || before.lower === 'employment')) return true;
  // "get offered a poor deal", "a raw deal", "a fair deal for nurses": how people are treated.
  if (w === 'deal' && TREATED.has(before.lower)) return true;
  // "making it a big deal", "a great deal of pain", "Here's the deal.": idioms and a quantity, not an offer.
  if (w === 'deal' && (before.lower === 'big' || t[i + 1]?.lower === 'of' || (before.lower === 'the' && HERE_IS.has(t[i - 2]?.lower ?? '')))) return true;
  return (t[i + 1]?.lower === 'with' && w === 'deal');
}

/**
 * "isn't always a good deal", "is not an offer", "this is not a copy and paste deal": what the
 * sentence says something is not; the noun's own phrase (determiners, describing words, nouns)
 * stands between the denial and it.
 */
export function deniedPredicate(t: readonly NlpToken[], s: NlpSentence, i: number): boolean {
  let k = i - 1;
  while (k > s.first && inNounPhrase(t, k)) k--;
  return k > s.first && (t[k].lower === "n't" || t[k].lower === 'not') && t[k - 1].lemma === 'be';
}

const NOUN_PHRASE = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'CCONJ', 'ADV']);

/** A word of a noun phrase, hyphens and all ("a two-for-one deal"). */
function inNounPhrase(t: readonly NlpToken[], k: number): boolean {
  if (NOUN_PHRASE.has(t[k].pos) || t[k].text === '-') return true;
  return t[k].pos === 'ADP' && t[k - 1]?.text === '-' && t[k + 1]?.text === '-';
}
