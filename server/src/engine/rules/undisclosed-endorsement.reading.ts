// undisclosed-endorsement, read for meaning: posting for a brand in wordings no phrase list
// holds. A post endorses when
// - it gives a discount code for something bought online, or in a post told as "I"
//   ("use code STEPH50", "Enter code YN3YD6 Get £40 off your first order");
// - the writer uses or praises an @brand in the first person ("my go to @brand products",
//   "a great vitamin company I have just started using", "@brand 20% off guys… I used this");
// - the writer teams up, partners or collaborates with a brand in a post that sells or gives
//   away ("I am delighted to be teaming up with the incredible X to give one of you…");
// - the writer says where to buy it and that it works for them ("this really helps me … when
//   you've ordered from X").
// Whether a clear disclosure is visible is decided by the rule, as for its phrases.

import type { Analysis, NlpSentence, NlpToken } from '../analysis';
import { entitiesIn, hasLemma } from './shared/meaning';
import { COMMERCE_WORDS } from './undisclosed-endorsement.data';

export interface EndorsementFinding {
  start: number;
  end: number;
  kind: 'code' | 'brand' | 'partnership' | 'seller';
}

const SPEAKER = new Set(['i', 'me', 'my', 'mine', 'myself', "i'm", "i've", "i'd", "i'll"]);
/** A discount code is for something bought online: an order, a purchase, a checkout. */
const SHOPPING = new Set(['order', 'purchase', 'checkout', 'basket', 'cart', 'online', 'shop', 'website', 'site', 'subscription', 'box']);
/** Verbs of using a product: enough on their own beside an @brand and "I". */
const USE = new Set(['use', 'using', 'try', 'tried', 'order', 'wear', 'swear', 'take', 'drink', 'apply', 'stock', 'trust']);
/** Where a "link" sends readers to buy: "in bio", "below". */
const SHOP_LINK = new Set(['bio', 'below', 'description', 'profile']);
/** Praise, which needs a product beside it ("I love my new @brand trainers", not "I love working with @NHS"). */
const PRAISE = new Set(['love', 'loving', 'obsessed', 'favourite', 'favorite', 'fave', 'great', 'amazing', 'incredible', 'best', 'thanks', 'thank', 'recommend', 'go-to']);
/** Products a brand sells. */
const PRODUCTS = new Set([
  'product', 'products', 'range', 'serum', 'cream', 'vitamin', 'vitamins', 'supplement', 'supplements', 'tea', 'coffee', 'capsule', 'capsules',
  'kit', 'trainer', 'trainers', 'shoe', 'shoes', 'scrubs', 'app', 'pen', 'company', 'brand', 'gummies', 'powder', 'shake', 'shakes', 'oil',
  'balm', 'spf', 'sunscreen', 'moisturiser', 'moisturizer', 'cleanser', 'device', 'watch', 'tracker', 'drink', 'bar', 'bars', 'collection',
]);
const PARTNER = new Set(['team', 'partner', 'collaborate', 'collab', 'join']);
/** A partnership sells or gives away: the data's commerce words, and competitions. */
const GIVEAWAY = new Set(['win', 'winner', 'prize', 'giveaway', 'competition', 'worth', 'free', 'discount', 'off', 'enter']);
const BUY = new Set(['order', 'buy', 'purchase', 'get', 'shop']);

const isSpeaker = (t: NlpToken) => SPEAKER.has(t.lower) || SPEAKER.has(t.lemma);
const isBrand = (t: NlpToken | undefined) => !!t && (t.type === 'mention' || (t.pos === 'PROPN' && t.type === 'word' && /^\p{Lu}/u.test(t.text) && !SPEAKER.has(t.lower)));
/** "STEPH50", "1WD5NK", "GLOW": a code as typed, not a word (wink may split it: "1" "WD5NK"). Returns one past its last token, or -1. */
function codeAt(a: Analysis, i: number, last: number): number {
  let text = '';
  // "code 'ELLIE10'": the code in quotes.
  if (QUOTES.test(a.tokens[i]?.text ?? '')) i++;
  let k = i;
  while (k < last && (k === i || a.tokens[k].start === a.tokens[k - 1].end) && /^[A-Za-z0-9]+$/.test(a.tokens[k].text)) text += a.tokens[k++].text;
  const code = /\d/.test(text) ? /^[A-Za-z0-9]{4,}$/.test(text) : /^[A-Z]{4,}$/.test(text);
  if (code && QUOTES.test(a.tokens[k]?.text ?? '')) k++;
  return code ? k : -1;
}
const QUOTES = /^['‘’"“”]$/;
/** "ZAVA promo code", "my referral code": a code named by its kind, for a brand, even before it is given. */
const CODE_KINDS = new Set(['promo', 'discount', 'referral', 'affiliate', 'voucher']);

export function readEndorsements(a: Analysis): EndorsementFinding[] {
  const out: EndorsementFinding[] = [];
  const t = a.tokens;
  let speaker = false;
  let commerce = false;
  let worksForMe = false;
  let retail = false;
  let shopLink = false;
  for (let i = 0; i < t.length; i++) {
    if (COMMERCE_WORDS.has(t[i].lower) || RETAIL.has(t[i].lower) || SHOPPING.has(t[i].lower)) retail = true;
    if (isSpeaker(t[i])) speaker = true;
    if (COMMERCE_WORDS.has(t[i].lower) || GIVEAWAY.has(t[i].lower)) commerce = true;
    // "this helps me", "it works for me", "it really does help"
    if ((t[i].lemma === 'help' || t[i].lemma === 'work') && (t[i + 1]?.lower === 'me' || (t[i + 1]?.lower === 'for' && t[i + 2]?.lower === 'me') || t[i - 1]?.lower === 'does')) worksForMe = true;
    // "Link in bio", "link below": the post sends readers to buy what it names.
    if (t[i].lemma === 'link' && hasLemma(a, i + 1, Math.min(t.length, i + 4), SHOP_LINK) >= 0) shopLink = true;
  }
  for (const s of a.sentences) {
    const f = code(a, s, speaker) ?? brandUse(a, s, speaker) ?? namedProduct(a, s, worksForMe || shopLink, retail) ?? partnership(a, s, commerce) ?? (speaker && worksForMe ? seller(a, s) : undefined);
    if (f) out.push(f);
  }
  return out;
}

function speakerIn(a: Analysis, s: NlpSentence): boolean {
  for (let i = s.first; i < s.last; i++) if (isSpeaker(a.tokens[i])) return true;
  return false;
}

/** "use code STEPH50", "Enter code YN3YD6 … your first order". */
function code(a: Analysis, s: NlpSentence, speaker: boolean): EndorsementFinding | undefined {
  const t = a.tokens;
  for (let i = s.first; i < s.last; i++) {
    let end = t[i].lower === 'code' ? codeAt(a, i + 1, s.last) : -1;
    // "ZAVA promo code for MJ": a kind of code beside a brand's name, commerce in itself.
    const brandCode = end < 0 && t[i].lower === 'code' && CODE_KINDS.has(t[i - 1]?.lower ?? '') && (isBrand(t[i - 2]) || hasMention(a, s));
    // "my code makes it cheaper", "my discount code": a code of the writer's own is an affiliate's.
    const ownCode = end < 0 && t[i].lower === 'code' && (t[i - 1]?.lower === 'my' || (CODE_KINDS.has(t[i - 1]?.lower ?? '') && t[i - 2]?.lower === 'my'));
    if (brandCode || ownCode) end = i + 1;
    if (end < 0) continue;
    const mention = hasMention(a, s);
    if (!brandCode && !ownCode && !speaker && !mention && hasLemma(a, s.first, s.last, SHOPPING) < 0) continue;
    const from = t[i - 1] && /^(?:use|enter|with|using|apply|my)$/.test(t[i - 1].lower) ? i - 1 : CODE_KINDS.has(t[i - 1]?.lower ?? '') ? (isBrand(t[i - 2]) || t[i - 2]?.lower === 'my' ? i - 2 : i - 1) : i;
    return { start: t[from].start, end: t[end - 1].end, kind: 'code' };
  }
  return undefined;
}

function hasMention(a: Analysis, s: NlpSentence): boolean {
  for (let i = s.first; i < s.last; i++) if (a.tokens[i].type === 'mention') return true;
  return false;
}

/** An @brand used or praised by the writer, or offered at a discount in a post told as "I". */
function brandUse(a: Analysis, s: NlpSentence, speaker: boolean): EndorsementFinding | undefined {
  const t = a.tokens;
  let mention = -1;
  for (let i = s.first; i < s.last; i++) if (t[i].type === 'mention') { mention = i; break; }
  if (mention < 0 || !speaker) return undefined;
  // "@brand 20% off": a brand's discount passed on by the writer.
  for (const e of entitiesIn(a, s, new Set(['PERCENT', 'MONEY']))) {
    if (t[e.last]?.lower === 'off') return { start: t[mention].start, end: t[mention].end, kind: 'brand' };
  }
  if (!speakerIn(a, s)) return undefined;
  const use = hasLemma(a, s.first, s.last, USE);
  let goTo = -1;
  for (let k = s.first; k < s.last - 1 && goTo < 0; k++) {
    // "my go to @brand products", "my go-to serum"
    const to = t[k + 1].text === '-' ? k + 2 : k + 1;
    if (t[k].lower === 'go' && t[to]?.lower === 'to' && (t[to + 1]?.type === 'mention' || PRODUCTS.has(t[to + 1]?.lower ?? ''))) goTo = k;
  }
  const praise = hasLemma(a, s.first, s.last, PRAISE) >= 0 && hasLemma(a, s.first, s.last, PRODUCTS) >= 0;
  if ((use >= 0 && !t[use].negated) || goTo >= 0 || praise) return { start: t[mention].start, end: t[mention].end, kind: 'brand' };
  return undefined;
}

/** Benefit words: "which really helped", "works", "I love it", "amazing results". */
const BENEFIT = new Set(['help', 'work', 'recommend', 'difference', 'result', 'results']);
/** Where a named product is sold: without it, "I use Epic and it works for me" is just work talk. */
const RETAIL = new Set(['pharmacy', 'pharmacies', 'chemist', 'available', 'stores', 'store', 'shops', 'counter', 'stockist', 'stockists', 'buy', 'order', 'code']);

/**
 * "I tried out Phenergan Night Time, which really helped": the writer uses a named product and
 * says it works, or sends readers to buy it ("I only trust BrightSmile strips… Link in bio").
 */
function namedProduct(a: Analysis, s: NlpSentence, worksForMe: boolean, retail: boolean): EndorsementFinding | undefined {
  if (!retail || !speakerIn(a, s)) return undefined;
  const t = a.tokens;
  for (let i = s.first; i < s.last; i++) {
    if (!USE.has(t[i].lemma) || t[i].pos !== 'VERB' || t[i].negated) continue;
    for (let k = i + 1; k < Math.min(s.last, i + 4); k++) {
      if (t[k].pos === 'PUNCT') break;
      if (k > s.first && isBrand(t[k]) && t[k].type === 'word') {
        const benefit = hasLemma(a, k + 1, s.last, BENEFIT);
        if ((benefit >= 0 && !t[benefit].negated) || worksForMe) return { start: t[k].start, end: t[k].end, kind: 'brand' };
        return undefined;
      }
    }
  }
  return undefined;
}

/** "teaming up with X", "partnered with @brand", "collaborating with X" by the writer, in a post that sells or gives away. */
function partnership(a: Analysis, s: NlpSentence, commerce: boolean): EndorsementFinding | undefined {
  if (!commerce || !speakerIn(a, s)) return undefined;
  const t = a.tokens;
  for (let i = s.first; i < s.last; i++) {
    if (!PARTNER.has(t[i].lemma) || t[i].pos === 'NOUN') continue;
    let k = i + 1;
    if (t[k]?.lower === 'up' || t[k]?.lower === 'forces') k++;
    if (t[k]?.lower !== 'with') continue;
    for (let j = k + 1; j < Math.min(s.last, k + 5); j++) if (isBrand(t[j])) return { start: t[i].start, end: t[k].end, kind: 'partnership' };
  }
  return undefined;
}

/** "ordered from SkinnyJab", "get yours at @brand": where to buy, in a post that says it works for the writer. */
function seller(a: Analysis, s: NlpSentence): EndorsementFinding | undefined {
  const t = a.tokens;
  for (let i = s.first; i < s.last; i++) {
    if (!BUY.has(t[i].lemma) || (t[i + 1]?.lower !== 'from' && t[i + 1]?.lower !== 'at')) continue;
    if (isBrand(t[i + 2])) return { start: t[i].start, end: t[i + 2].end, kind: 'seller' };
  }
  return undefined;
}
