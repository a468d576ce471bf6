// hard-sell, read for meaning: sales pressure in any wording, found from what the words are
// rather than from set phrases. A sentence is sales pressure when it
// - states a price ("£190 instead of £250", "Allergy jab £70") outside talk of funding or bills;
// - offers a discount or saving ("50% off", "save up to £1000", "for the price of 2");
// - names the offer itself ("Christmas Special", "Black Friday deals", "use my code X");
// - puts a deadline or scarcity on it ("for the next four weeks ONLY", "valid in May",
//   "before the price increase on 30 November", "won't last long");
// - or tells the reader to buy, book or message in a post that sells ("Book your
//   consultation", "DM for more details", "Fill out the form now").
// Each finding covers the words that carry it.

import type { Analysis, NlpSentence, NlpToken } from '../analysis';
import { CAREER, OFFER_NOUNS, deniedPredicate, isOfferNoun, nextOfferWord, offerNounIn, verbUse } from './hard-sell.offers';
import { MODALS, SECOND_PERSON, entitiesIn, hasLemma, imperativeVerb, isPastVerb } from './shared/meaning';

export interface SalesFinding {
  start: number;
  end: number;
  kind: 'price' | 'discount' | 'offer' | 'deadline' | 'call';
}

/** Words beside a price that make it a sale, not a bill or a grant. */
const PRICE_CONTEXT = new Set(['off', 'save', 'saving', 'price', 'only', 'just', 'from', 'instead', 'worth', 'per', 'each', 'code', 'cost', 'fee', 'nett', 'net', 'jab', 'treatment', 'session', 'package', 'for', 'pay']);
/** A price in a post about funding, fundraising, bills or wages is not sales pressure. */
const NOT_A_SALE = new Set(['raise', 'raised', 'donate', 'donation', 'fund', 'funding', 'grant', 'charity', 'budget', 'bill', 'tax', 'spend', 'spent', 'copay', 'insurance', 'salary', 'wage', 'pay', 'debt', 'billion', 'fine', 'fined', 'lawsuit']);
/** Verbs of buying, booking and getting in touch, as instructions. */
const CALL_VERBS = new Set(['book', 'call', 'dm', 'message', 'whatsapp', 'text', 'email', 'contact', 'order', 'buy', 'apply', 'claim', 'grab', 'secure', 'reserve', 'enquire', 'inquire', 'register', 'shop', 'purchase', 'fill', 'sign', 'hurry', 'click', 'use', 'enter', 'get', 'save', 'achieve', 'treat', 'take']);
/** Cues that a deadline or scarcity is on an offer. */
const DEADLINE_WORDS = new Set(['only', 'until', 'till', 'before', 'ends', 'end', 'valid', 'last', 'expires', 'limited', 'left', 'remaining', 'hurry']);
const URGENT = new Set(['now', 'today', 'asap', 'tonight', 'immediately']);
/** Words before "price" that make it a selling point: "half price", "same price", "better than UK prices". */
const PRICE_MODIFIERS = new Set(['half', 'same', 'good', 'better', 'best', 'low', 'lowest', 'unbeatable', 'cheap', 'cheaper', 'reduced', 'special', 'great', 'amazing', 'affordable']);
const SEASONS = new Set(['friday', 'christmas', 'xmas', 'summer', 'spring', 'winter', 'autumn', 'holiday', 'easter', 'valentine', "valentine's", 'january', 'vip', 'big', 'new', 'patient', 'monthly', 'weekly']);
const CLAIM = new Set(['claim', 'grab']);
const CONTACT = new Set(['call', 'contact', 'phone', 'ring', 'text', 'email', 'message']);
const CONDITIONS = new Set(['if', 'when', 'unless', 'whenever']);
const CURRENCY_WORDS = new Set(['pound', 'pounds', 'euro', 'euros', 'dollar', 'dollars', 'quid', 'usd', 'gbp', 'eur', 'aud', 'cad']);
/** What a clinic runs short of in a sales post: spaces, spots, slots, appointments. */
const SLOTS = new Set(['space', 'spot', 'slot', 'place', 'appointment', 'availability', 'stock', 'offer']);
const SCARCE = new Set(['left', 'remaining', 'remain', 'only']);
const FREEBIES = new Set(['consultation', 'consult', 'assessment', 'gift', 'session', 'trial', 'treatment', 'upgrade', 'voucher', 'syringe', 'vial', 'area']);

const MAKE = new Set(['make']);
/** Who pays for free care that is no giveaway: "government policy was for free treatment". */
const PUBLIC_FUNDING = new Set(['government', 'policy', 'state', 'ministry', 'medicaid', 'medicare']);
/** Words of terms and conditions: "non refundable", "cannot be exchanged" (not "valid until" or "expires", which set a deadline). */
const TERMS = new Set(['refundable', 'non-refundable', 'non', 'refund', 'exchange', 'transferable', 'redeemable', 'redeem', 'transfer', 'conjunction', 'split']);
const APPROXIMATELY = new Set(['about', 'around', 'approximately', 'roughly', 'approx']);
const CARE_SOUGHT = new Set(['care', 'help', 'attention', 'advice', 'treatment']);
const EMERGENCY_NUMBERS = new Set(['999', '911', '111', '112', '000']);

/** Emergencies a public-health post tells people to act fast on: "Act F.A.S.T." for a stroke. */
const EMERGENCIES = new Set(['stroke', 'sepsis', 'anaphylaxis', 'meningitis', 'overdose', 'choking', 'arrest']);

/** The post is about an emergency people must act fast on ("Act F.A.S.T." for a stroke). */
export function aboutEmergency(a: Analysis): boolean {
  return hasLemma(a, 0, a.tokens.length, EMERGENCIES) >= 0;
}

/**
 * The sentences whose urgency is about getting care: each one that tells the reader to "seek
 * medical care", "call 999" or "go to A&E", and the one before it ("Act fast. Seek medical care
 * if…"). One pass over the post, so a long post with many calls stays linear.
 */
export function careUrgingSentences(a: Analysis): Set<number> {
  const out = new Set<number>();
  const t = a.tokens;
  a.sentences.forEach((s, index) => {
    for (let i = s.first; i < s.last; i++) {
      const seek = t[i].lemma === 'seek' && hasLemma(a, i + 1, Math.min(s.last, i + 4), CARE_SOUGHT) >= 0;
      const dial = EMERGENCY_NUMBERS.has(t[i].text) && (t[i - 1]?.lemma === 'call' || t[i - 1]?.lemma === 'dial' || t[i - 1]?.lemma === 'ring');
      const go = (t[i].lower === 'a&e' || t[i].lower === 'er') && t[i - 1]?.lower === 'to' && t[i - 2]?.lemma === 'go';
      if (seek || dial || go) {
        out.add(index).add(index - 1);
        return;
      }
    }
  });
  return out;
}
/** Words of a fee list or of statutory charges. */
const FEE_WORDS = new Set(['fee', 'fees', 'charge', 'charges', 'band', 'tariff']);

function feeNotice(a: Analysis): boolean {
  const t = a.tokens;
  for (let i = 0; i < t.length; i++) {
    if ((FEE_WORDS.has(t[i].lower) || FEE_WORDS.has(t[i].lemma)) && t[i].pos === 'NOUN') return true;
    // "These vaccines cost $20", "It costs about $320 for 2 shots": a price stated as a fact ("we cost less" is a boast).
    const price = APPROXIMATELY.has(t[i + 1]?.lower ?? '') ? t[i + 2] : t[i + 1];
    if (t[i].lemma === 'cost' && (isCurrency(price) || isNumber(price))) return true;
    // "MMR vaccinations are $15 for uninsured children": what it costs whom, stated as a fact.
    if (t[i].lemma === 'be' && isCurrency(t[i + 1]) && isNumber(t[i + 2]) && t[i + 3]?.lower === 'for') return true;
    // A charity appeal's wishlist ("Dietary Support Worker £15,000 … Donate now") prices what donors fund.
    if (APPEAL.has(t[i].lemma) || APPEAL.has(t[i].lower)) return true;
  }
  return false;
}
const APPEAL = new Set(['donate', 'donation', 'appeal', 'fundraise', 'fundraising', 'wishlist']);

/** "We ran…", "I offered…": the writer as the subject of a simple past verb. */
function writerInThePast(a: Analysis, s: NlpSentence): boolean {
  const t = a.tokens;
  for (let i = s.first; i + 1 < s.last; i++) {
    if (t[i].lower !== 'we' && t[i].lower !== 'i') continue;
    const verb = t[i + 1].pos === 'ADV' ? t[i + 2] : t[i + 1];
    if (verb && verb.pos === 'VERB' && isPastVerb(verb) && !verb.lower.endsWith('ed')) return true;
  }
  return false;
}

/** What may follow a participle that only describes it: "the discounted offer". */
const ATTRIBUTIVE = new Set(['NOUN', 'PROPN', 'ADJ']);

/**
 * A sentence that only tells what happened, to no one reading: its verbs are past ("he gave me
 * a deal", "they were presented with a gift voucher", "one was asking for the bundle of paper"),
 * with no verb in the present or future, no call and no "you". An offer named there was made to
 * someone else, then; it puts no pressure on the reader.
 */
function toldInThePast(a: Analysis, s: NlpSentence): boolean {
  const t = a.tokens;
  let past = false;
  for (let i = s.first; i < s.last; i++) {
    const w = t[i];
    if (SECOND_PERSON.has(w.lower) || MODALS.has(w.lower)) return false;
    if (w.pos !== 'VERB' && w.pos !== 'AUX') continue;
    // ("the discounted offer": a participle before a noun only describes it.)
    if (isPastVerb(w)) past ||= !ATTRIBUTIVE.has(t[i + 1]?.pos ?? '');
    // A verb in its plain form is present or a call ("we offer", "grab"), unless "to" or "did" leads it.
    else if (!w.lower.endsWith('ing') && !(w.lower === w.lemma && (t[i - 1]?.lower === 'to' || t[i - 1]?.lemma === 'do'))) return false;
  }
  return past;
}

const BUYING = new Set(['pay', 'buy', 'order', 'spend']);
const BUYERS_WORDS = new Set(['NOUN', 'PROPN', 'PRON']);
const PERSONAL = new Set(['i', 'we', 'he', 'she', 'they']);
const OBLIGED = new Set(['have', 'need', 'get', 'ought']);

/**
 * A verb of buying with its own subject, not the reader: "nurses and midwives have to pay",
 * "I … order a takeaway". "Pay only £199" (a call) and "you only pay" are a sale.
 */
function someoneBuys(a: Analysis, s: NlpSentence): boolean {
  const t = a.tokens;
  for (let i = s.first + 1; i < s.last; i++) {
    if (!BUYING.has(t[i].lemma) || t[i].pos !== 'VERB') continue;
    // "head to the link in my bio to buy": an infinitive of purpose has no buyer; "have to pay" has.
    if (t[i - 1].lower === 'to' && !OBLIGED.has(t[i - 2]?.lemma ?? '')) continue;
    let k = i - 1;
    // Back over "have to", "must", "will", "only", and "and" joining two verbs of one subject ("I … get … and order").
    while (k > s.first && (t[k].pos === 'AUX' || t[k].pos === 'ADV' || t[k].pos === 'PART' || t[k].lower === 'to')) k--;
    if (t[k].lower === 'and') for (let j = k - 1; j > s.first && j >= k - 8; j--) if (t[j].pos === 'PRON' && PERSONAL.has(t[j].lower)) { k = j; break; }
    const subject = t[k];
    if (subject && BUYERS_WORDS.has(subject.pos) && !SECOND_PERSON.has(subject.lower)) return true;
  }
  return false;
}

// Asked of every word of every sentence: the patterns are built once, not per call.
const CURRENCY_SIGNS = /^[£$€¥]+$/;
const NUMBER_WORD = /^(?:\d|one|two|three|four|five|six|seven|eight|nine|ten)/;

function isCurrency(t: NlpToken | undefined): boolean {
  return !!t && (t.type === 'currency' || CURRENCY_SIGNS.test(t.text));
}

function isNumber(t: NlpToken | undefined): boolean {
  return !!t && (t.type === 'number' || (t.pos === 'NUM' && NUMBER_WORD.test(t.lower)));
}

export function readSales(a: Analysis): SalesFinding[] {
  const out: SalesFinding[] = [];
  const sells: SalesFinding[] = [];
  const calls: { s: NlpSentence; verb: number }[] = [];
  for (const s of a.sentences) {
    // One finding a sentence is enough to show the writer where the pressure is.
    const found = readSentence(a, s).slice(0, 1);
    sells.push(...found);
    let verb = imperativeVerb(a, s, CALL_VERBS);
    // "DM for more details", "WhatsApp us to book": a direct-message call anywhere in the sentence.
    if (verb < 0) verb = directMessageCall(a, s);
    if (verb >= 0 && !found.length) calls.push({ s, verb });
  }
  // A list of fees or NHS charges ("Band 1 £25.80", "Private letters £30") or a charity appeal's wishlist informs: its prices
  // are no pressure unless the post also offers, discounts or sets a deadline.
  if (sells.length && sells.every((f) => f.kind === 'price') && feeNotice(a)) sells.length = 0;
  out.push(...sells);
  // An instruction to book or buy is pressure when the post sells, or when it is urgent; not in a
  // notice of funded vaccination that sells nothing ("please phone and book now").
  let funded: boolean | undefined;
  for (const { s, verb } of calls) {
    // "Call 911 today if…", "call your GP": advice on getting care, not a sale.
    const next = a.tokens[verb + 1];
    if (next && (next.type === 'number' || (next.lower === 'your' && CONTACT.has(a.tokens[verb].lemma)) || hasLemma(a, verb + 1, Math.min(s.last, verb + 5), CONDITIONS) >= 0)) continue;
    // "Get up with the usual dread", "Take the time today to think about your hearing": idioms, not calls to buy.
    if (next && ((a.tokens[verb].lemma === 'get' && next.lower === 'up') || (a.tokens[verb].lemma === 'take' && next.lower === 'the' && a.tokens[verb + 2]?.lower === 'time'))) continue;
    // "Book your free initial assessment today": the urgency may close the object.
    const urgentAt = hasLemma(a, verb + 1, Math.min(s.last, verb + 7), URGENT);
    const urgent = urgentAt >= 0 || DIRECT_MESSAGE.has(a.tokens[verb].lower) || a.tokens[verb].lemma === 'hurry';
    if (!sells.length && (!urgent || (funded ??= fundedVaccination(a)))) continue;
    const end = Math.min(s.last, Math.max(verb + 4, urgentAt + 1));
    out.push({ start: a.tokens[verb].start, end: a.tokens[end - 1].end, kind: 'call' });
  }
  return out.sort((x, y) => x.start - y.start);
}

function readSentence(a: Analysis, s: NlpSentence): SalesFinding[] {
  const out: SalesFinding[] = [];
  const t = a.tokens;
  // "Nurses' pay", "a pay rise" are wages; "pay only $199" is a sale.
  const notASale = hasLemma(a, s.first, s.last, NOT_A_SALE);
  if (notASale >= 0 && !(t[notASale].lemma === 'pay' && t[notASale].pos === 'VERB')) return out;
  // "nurses have to pay £120 every year", "I … order a takeaway - £12": someone else, or the writer, buying.
  if (someoneBuys(a, s)) return out;
  // "We ran a promotion on teeth whitening": a report of a past offer puts no pressure on anyone now.
  if (writerInThePast(a, s)) return out;
  let offer = false;
  // Asked only where an offer is named: most sentences never need it.
  let pastStory: boolean | undefined;
  for (let i = s.first; i < s.last; i++) {
    const tok = t[i];
    // A price: a currency sign with a number ("£190", "€2,500", "$35"), or "££".
    if (isCurrency(tok) && (isNumber(t[i + 1]) || /^(?:££+|\$\$+)$/.test(tok.text))) {
      const numberEnd = isNumber(t[i + 1]) ? i + 2 : i + 1;
      const near = hasLemma(a, Math.max(s.first, i - 4), Math.min(s.last, numberEnd + 3), PRICE_CONTEXT) >= 0;
      const offerInSentence = offerNounIn(a, s);
      if (near || offerInSentence || s.last - s.first <= 8) {
        out.push({ start: tok.start, end: t[numberEnd - 1].end, kind: 'price' });
        offer = true;
      }
      i = numberEnd - 1;
      continue;
    }
    // A discount: "50% off", "20% discount", "save up to", "half price", "for the price of 2".
    let discountWord = tok.text === '%' && isNumber(t[i - 1]) ? nextOfferWord(a, i + 1, Math.min(s.last, i + 4)) : -1;
    // "Save 30%", "enjoy 20% on…": the saving word before the figure.
    // ("receiving 30% more calls" is a statistic: a figure of more or fewer is no saving.)
    if (discountWord < 0 && tok.text === '%' && isNumber(t[i - 1]) && SAVING_VERBS.has(t[i - 2]?.lemma ?? '') && !MORE_OR_LESS.has(t[i + 1]?.lower ?? '')) discountWord = i;
    if (discountWord >= 0) {
      out.push({ start: t[discountWord === i ? i - 2 : i - 1].start, end: t[discountWord].end, kind: 'discount' });
      offer = true;
      continue;
    }
    const priceWord = tok.lemma === 'price' ? hasLemma(a, Math.max(s.first, i - 3), i, PRICE_MODIFIERS) : -1;
    const rising = t[i + 1]?.lemma === 'increase' || t[i + 1]?.lemma === 'rise' || (t[i + 1]?.lemma === 'go' && t[i + 2]?.lower === 'up');
    if (tok.lemma === 'price' && tok.pos !== 'VERB' && (priceWord >= 0 || (t[i + 1]?.lower === 'of' && isNumber(t[i + 2])) || rising)) {
      out.push({ start: (priceWord >= 0 ? t[priceWord] : tok).start, end: tok.end, kind: 'discount' });
      offer = true;
      continue;
    }
    if (tok.lemma === 'save' && (t[i + 1]?.lower === 'up' || isCurrency(t[i + 1]) || t[i + 1]?.lower === 'yourself')) {
      out.push({ start: tok.start, end: t[i + 1].end, kind: 'discount' });
      offer = true;
      continue;
    }
    // The offer named: "Christmas Special", "Black Friday deals", "use my code X".
    // ("bundle up" against the cold is a verb.)
    // ("health promotion" is public health and a promotion at work a new job; "Offers are 1 per person, cannot be redeemed in cash" is terms.)
    // ("he gave me a deal regarding the board exam": an offer in a story of the past.)
    if (OFFER_NOUNS.has(tok.lower) && tok.pos !== 'VERB' && !verbUse(t, i) && !deniedPredicate(t, s, i) && t[i + 1]?.lower !== 'up' && !(tok.lower === 'promotion' && (t[i - 1]?.lower === 'health' || hasLemma(a, s.first, s.last, CAREER) >= 0)) && hasLemma(a, s.first, s.last, TERMS) < 0 && !(pastStory ??= toldInThePast(a, s))) {
      // "special", "package" and "sale" are offers only when a season or a sales word names them
      // ("Christmas Special", "summer sale"), not in "special risk groups" or "a care package". A
      // campaign is not an offer: "the NHS 'Stay Well This Winter' campaign" is public health.
      const generic = tok.lower === 'special' || tok.lower === 'specials' || tok.lower === 'package' || tok.lower === 'sale';
      // "make patients' Christmas Day special": an adjective after "make", not an offer.
      const madeSpecial = tok.lower === 'special' && hasLemma(a, s.first, i, MAKE) >= 0;
      const named = hasLemma(a, Math.max(s.first, i - 3), i, SEASONS) >= 0 && !(tok.lower === 'special' && t[i + 1]?.pos === 'NOUN') && !madeSpecial;
      if (!generic || named) {
        out.push({ start: tok.start, end: tok.end, kind: 'offer' });
        offer = true;
      }
      continue;
    }
    if (tok.lower === 'code' && (t[i - 1]?.lower === 'my' || t[i - 1]?.lemma === 'use' || t[i - 1]?.lemma === 'enter' || t[i - 1]?.lower === 'with') && t[i + 1]) {
      out.push({ start: (t[i - 1] ?? tok).start, end: t[i + 1].end, kind: 'offer' });
      offer = true;
      continue;
    }
    // A price written after its number: "99£", "50 pounds", "199 euros".
    // ("132 pounds" is a weight unless the sentence sells.)
    const currencyAfter = isCurrency(t[i + 1]) || (CURRENCY_WORDS.has(t[i + 1]?.lemma ?? '') && (offerNounIn(a, s) || hasLemma(a, s.first, s.last, PRICE_CONTEXT) >= 0));
    if (isNumber(tok) && currencyAfter && t[i + 1].start - tok.end <= 1) {
      out.push({ start: tok.start, end: t[i + 1].end, kind: 'price' });
      offer = true;
      i++;
      continue;
    }
    // Scarcity: "limited spaces", "only 3 spots left", "a few appointments remaining".
    // ("appointments remain available" says the opposite.)
    // ("by appointment only" is how a clinic books; "an appointment only to be met with…" is "only to", a let-down.)
    const scarce = SCARCE.has(t[i + 1]?.lower ?? '') && !(t[i + 1].lemma === 'remain' && t[i + 2]?.pos === 'ADJ') && !(t[i + 1].lower === 'only' && (t[i - 1]?.lower === 'by' || t[i + 2]?.lower === 'to'));
    if (SLOTS.has(tok.lemma) && (t[i - 1]?.lemma === 'limited' || t[i - 1]?.lower === 'few' || (isNumber(t[i - 1]) && t[i - 2]?.lower === 'only') || scarce)) {
      const from = t[i - 1]?.lemma === 'limited' || t[i - 1]?.lower === 'few' ? i - 1 : isNumber(t[i - 1]) ? i - 2 : i;
      out.push({ start: t[from].start, end: (SCARCE.has(t[i + 1]?.lower ?? '') ? t[i + 1] : tok).end, kind: 'deadline' });
      offer = true;
      continue;
    }
    // "2 for 1", "buy one get one", "refer a friend", "gift vouchers", "link in bio".
    // ("Gift vouchers are non refundable": terms stated as policy, not an offer.)
    const giftVoucher = tok.lower === 'gift' && (t[i + 1]?.lemma === 'voucher' || t[i + 1]?.lemma === 'card') && hasLemma(a, s.first, s.last, TERMS) < 0 && !(pastStory ??= toldInThePast(a, s));
    if ((isNumber(tok) && i + 2 < s.last && t[i + 1]?.lower === 'for' && isNumber(t[i + 2])) || (tok.lemma === 'buy' && hasLemma(a, i + 2, Math.min(s.last, i + 6), GET) >= 0) || (tok.lemma === 'refer' && t[i + 2]?.lemma === 'friend') || giftVoucher) {
      out.push({ start: tok.start, end: t[Math.min(s.last - 1, i + 2)].end, kind: 'offer' });
      offer = true;
      continue;
    }
    // "a free consultation": something given away to bring people in.
    // ("drug-free treatment", "pain-free treatment" say what it is without, not that it costs nothing.)
    // ("government policy was for free treatment for under-fives" is public funding, not a giveaway.)
    if ((tok.lower === 'free' || tok.lower === 'complimentary') && t[i - 1]?.text !== '-' && (FREEBIES.has(t[i + 1]?.lemma ?? '') || hasLemma(a, s.first, i, CLAIM) >= 0) && hasLemma(a, s.first, s.last, PUBLIC_FUNDING) < 0) {
      out.push({ start: tok.start, end: t[i + 1].end, kind: 'offer' });
      offer = true;
      continue;
    }
    // "First 10 clients get…": scarcity by count.
    if (tok.lower === 'first' && isNumber(t[i + 1]) && BUYERS.has(t[i + 2]?.lemma ?? '')) {
      out.push({ start: tok.start, end: t[i + 2].end, kind: 'deadline' });
      offer = true;
      continue;
    }
    // "Early bird pricing ends tonight", "the offer expires Friday": an offer with an end.
    if ((tok.lemma === 'end' || tok.lemma === 'expire' || tok.lemma === 'close') && tok.pos === 'VERB' && i > s.first && (t[i - 1].lemma === 'price' || t[i - 1].lower === 'pricing' || isOfferNoun(t[i - 1]))) {
      out.push({ start: t[i - 1].start, end: tok.end, kind: 'deadline' });
      offer = true;
      continue;
    }
    // "won't last long"
    if (tok.lemma === 'last' && t[i - 1]?.lower === "n't" && t[i + 1]?.lower === 'long') {
      out.push({ start: t[i - 2]?.start ?? tok.start, end: t[i + 1].end, kind: 'deadline' });
      offer = true;
    }
  }
  // A deadline on an offer: a date or a time span with "only", "until", "before", "valid"…
  if (offer || offerNounIn(a, s)) {
    for (const e of entitiesIn(a, s, new Set(['DATE', 'DURATION']))) {
      const cue = hasLemma(a, Math.max(s.first, e.first - 3), Math.min(s.last, e.last + 2), DEADLINE_WORDS);
      if (cue < 0) continue;
      out.push({ start: Math.min(t[cue].start, e.start), end: Math.max(t[cue].end, e.end), kind: 'deadline' });
    }
  }
  return out;
}

const SAVING_VERBS = new Set(['save', 'enjoy', 'get', 'receive', 'take']);
/** A post about vaccination or screening that is funded for those eligible: "for those who qualify to have it fully funded" ("it is free!" alone entices). */
export function fundedVaccination(a: Analysis): boolean {
  return hasLemma(a, 0, a.tokens.length, VACCINATION) >= 0 && hasLemma(a, 0, a.tokens.length, FUNDED) >= 0;
}
const FUNDED = new Set(['fund', 'funded', 'nhs', 'eligible', 'qualify']);
const VACCINATION = new Set(['vaccine', 'vaccination', 'vaccinate', 'jab', 'immunisation', 'immunization', 'immunise', 'immunize', 'flu', 'booster', 'screening', 'smear']);
const MORE_OR_LESS = new Set(['more', 'fewer', 'less', 'higher', 'lower', 'increase', 'rise', 'drop']);
const GET = new Set(['get', 'receive', 'earn']);
/** Who the first few of are counted: "first 10 clients". */
const BUYERS = new Set(['client', 'customer', 'booking', 'person', 'people', 'caller', 'patient', 'appointment']);

const DIRECT_MESSAGE = new Set(['dm', 'pm', 'whatsapp', 'inbox', 'link']);
const OWNERS = new Set(['my', 'his', 'her', 'their', 'our']);

/** "DM for details", "DM me to book", "inbox us": a call to message, wherever it stands. */
function directMessageCall(a: Analysis, s: NlpSentence): number {
  for (let i = s.first; i < s.last; i++) {
    const t = a.tokens[i];
    const next = a.tokens[i + 1]?.lower;
    // "link to book" calls; "this link to an article" refers to something to read, and "a link
    // to help you find a physio" to something useful.
    const reference = t.lower === 'link' && (next === 'to' || next === 'the') && !(a.tokens[i + 2]?.pos === 'VERB' && CALL_VERBS.has(a.tokens[i + 2].lemma));
    // ("Checked my inbox to find a few messages": the writer's own inbox.)
    const own = OWNERS.has(a.tokens[i - 1]?.lower ?? '');
    if (DIRECT_MESSAGE.has(t.lower) && (next === 'for' || next === 'me' || next === 'us' || next === 'to' || next === 'the' || next === 'now') && !reference && !own) return i;
    // "link in bio" to book or buy
    if (t.lower === 'link' && next === 'in' && (a.tokens[i + 2]?.lower === 'bio' || a.tokens[i + 3]?.lower === 'bio')) return i;
  }
  return -1;
}
