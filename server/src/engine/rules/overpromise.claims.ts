// overpromise, claims of treatments without downsides, results promised to every reader, and
// one treatment claimed for a list of conditions. Split from overpromise.reading.ts, which
// calls these in its order of readings.

import type { Analysis, NlpSentence, NlpToken } from '../analysis';
import { isCondition } from './overpromise.conditions';
import { denied, find, has, span, type PromiseFinding } from './overpromise.reading';
import { CONDITIONS, DOWNSIDES, EFFECTS, POSSESSIVES, PROOF, QUANTIFIERS, SOFT_MODALS } from './overpromise.data';
import { isPastVerb, SECOND_PERSON, THIRD_PERSON_SINGULAR } from './shared/meaning';

const NONE = new Set(['no', 'zero', 'without', 'free']);
/** What "you will see…" promises: "results", "a difference". */
const SEE = new Set(['see', 'notice', 'feel', 'get', 'achieve', 'love']);
const PROMISED_OUTCOMES = new Set(['result', 'difference', 'change', 'improvement']);

/** "no downtime", "zero side effects", "risk-free", "completely safe": a treatment without risks. */
export function riskless(a: Analysis, s: NlpSentence): PromiseFinding | undefined {
  const t = a.tokens;
  // A claim is made in the present about a treatment; "he had no pain at all" tells of someone
  // ("results can be seen", "is caused" are the present passive).
  for (let i = s.first; i < s.last; i++) if ((isPastVerb(t[i]) && !describesNoun(a, s, i) && !presentPassive(t, i)) || has(THIRD_PERSON_SINGULAR, t[i]) || t[i].lower === 'they') return undefined;
  const claim = risklessClaim(a, s);
  return claim && !hedged(a, s, claim.first) ? claim.finding : undefined;
}

/**
 * "Most patients have no downtime", "no downtime for most people", "can be pain-free": a hedge
 * before the claim or just after it. One in a later clause hedges something else: "has absolutely
 * no downtime and visible results can be seen…". "with the help of" is no hedge.
 */
function hedged(a: Analysis, s: NlpSentence, at: number): boolean {
  const t = a.tokens;
  const end = Math.min(s.last, at + 5);
  for (let k = s.first; k < end; k++) {
    if (k === at) continue;
    if (has(SOFT_MODALS, t[k]) || (has(QUANTIFIERS, t[k]) && !(t[k].lemma === 'help' && t[k - 1]?.lower === 'the'))) return true;
  }
  return false;
}

function risklessClaim(a: Analysis, s: NlpSentence): { first: number; finding: PromiseFinding } | undefined {
  const t = a.tokens;
  const at = (first: number, finding: PromiseFinding) => ({ first, finding });
  for (let i = s.first; i < s.last; i++) {
    const w = t[i];
    // "your pain-free days" describes the reader's days, not a treatment.
    if (POSSESSIVES.has(t[i - 1]?.lower ?? '')) continue;
    if (w.lower === 'risk-free' || w.lower === 'pain-free' || w.lower === 'painfree') return at(i, span(a, i, i, 'riskless'));
    // "pain - free" comes as three tokens.
    if (DOWNSIDES.has(w.lower) && t[i + 1]?.text === '-' && t[i + 2]?.lower === 'free') return at(i, span(a, i, i + 2, 'riskless'));
    // "no surgery is without risk", "not without side effects": two negatives say there is a risk.
    if (w.lower === 'without' && find(a, s, s.first, i, NEGATIVES) >= 0) continue;
    // "without nasty side effects": one describing word may come between.
    // ("without the side effects": so may a determiner.)
    if (NONE.has(w.lower) && w.lower !== 'free' && (t[i + 1]?.pos === 'ADJ' || t[i + 1]?.pos === 'DET') && t[i + 2]?.lower === 'side' && t[i + 3]?.lemma === 'effect') return at(i, span(a, i, i + 3, 'riskless'));
    if (NONE.has(w.lower) && w.lower !== 'free' && DOWNSIDES.has(t[i + 1]?.lower ?? '')) {
      // "no pain, no gain" is a saying; "no side effects" needs "effects".
      if (t[i + 1].lower === 'side' && t[i + 2]?.lemma !== 'effect') continue;
      if (t[i + 1].lower === 'pain' && t[i + 3]?.lower === 'no') continue;
      return at(i, span(a, i, t[i + 1].lower === 'side' ? i + 2 : i + 1, 'riskless'));
    }
    if ((w.lower === 'completely' || w.lower === 'totally' || w.lower === '100%') && t[i + 1]?.lower === 'safe') return at(i, span(a, i, i + 1, 'riskless'));
    // "you do not feel any pain", "you don't feel a thing": painless, in other words (the phrase list holds only "will not" and "won't").
    const feelsNothing = feelsNoPain(t, i);
    if (feelsNothing > i) return at(i, span(a, i, feelsNothing, 'riskless'));
    // "does not cause any visible scar", "won't leave a scar": a downside denied outright.
    // ("this type of glaucoma doesn't cause any pain" speaks of a disease, not a treatment.)
    const noDownside = causesNoDownside(t, i);
    if (noDownside > i && !t.slice(s.first, i).some((w) => isCondition(w))) return at(i, span(a, i, noDownside, 'riskless'));
  }
  return undefined;
}

const CAUSE = new Set(['cause', 'leave']);
/** "does not cause any visible scar", "won't leave a scar": the downside's index after a denied "cause" or "leave" at i, or -1. */
function causesNoDownside(t: readonly NlpToken[], i: number): number {
  if (!CAUSE.has(t[i].lemma) || !t[i].negated) return -1;
  let k = i + 1;
  if (t[k]?.lower === 'any' || t[k]?.lower === 'a') k++;
  // One describing word may come between ("any visible scar"); wink may tag "side" one too.
  if (t[k]?.pos === 'ADJ' && t[k].lower !== 'side') k++;
  if (!DOWNSIDES.has(t[k]?.lower ?? '')) return -1;
  if (t[k].lower === 'side') return t[k + 1]?.lemma === 'effect' ? k + 1 : -1;
  return k;
}

/** "you will not feel any pain", "you don't feel a thing": the end of such a promise starting at "you" (token i), or -1. */
function feelsNoPain(t: readonly NlpToken[], i: number): number {
  if (!SECOND_PERSON.has(t[i].lower)) return -1;
  let k = i + 1;
  if (t[k]?.pos === 'AUX') k++;
  if (!NEGATIVES.has(t[k]?.lower ?? '') || t[k + 1]?.lemma !== 'feel') return -1;
  k += 2;
  if (t[k]?.lower === 'any' || t[k]?.lower === 'a') k++;
  return FELT.has(t[k]?.lower ?? '') ? k : -1;
}
const FELT = new Set(['pain', 'discomfort', 'thing']);

const ATTEMPTS = new Set(['attempt', 'try', 'effort', 'bid']);
const NEGATIVES = new Set(['no', 'not', "n't", 'never', 'nothing', 'none']);
const PRESENT_BE = new Set(['is', 'are', "'s", "'re"]);

function presentPassive(t: readonly NlpToken[], i: number): boolean {
  return t[i - 1]?.lower === 'be' || PRESENT_BE.has(t[i - 1]?.lower ?? '');
}

/** "There is no downtime associated with…": a participle right after its noun, after a present "be", describes the noun. */
function describesNoun(a: Analysis, s: NlpSentence, i: number): boolean {
  const t = a.tokens;
  if (i === s.first || t[i - 1].pos !== 'NOUN') return false;
  for (let k = s.first; k < i; k++) if (PRESENT_BE.has(t[k].lower) && t[k].pos === 'AUX') return true;
  return false;
}

/** "You will see results after one session", "you'll notice a difference": a result promised to everyone. */
export function certain(a: Analysis, s: NlpSentence): PromiseFinding | undefined {
  const t = a.tokens;
  for (let i = s.first; i + 2 < s.last; i++) {
    if (!SECOND_PERSON.has(t[i].lower) || (t[i + 1].lower !== 'will' && t[i + 1].lower !== "'ll")) continue;
    const verb = t[i + 2].pos === 'ADV' ? i + 3 : i + 2;
    if (!SEE.has(t[verb]?.lemma ?? '') || denied(a, s, verb)) continue;
    const outcome = find(a, s, verb + 1, verb + 4, PROMISED_OUTCOMES);
    if (outcome >= 0) return span(a, i, outcome, 'certain');
  }
  return undefined;
}

/** Verbs a treatment is said to work on conditions with: "treats", "a protocol to address autism, ADHD…". */
const TREATS = new Set(['treat', 'address']);

/** "effective for asthma, diabetes, migraines and colic": one treatment claimed for a list of conditions. */
export function conditions(a: Analysis, s: NlpSentence): PromiseFinding | undefined {
  const t = a.tokens;
  for (let i = s.first; i < s.last; i++) {
    const claim = (t[i].lower === 'effective' && t[i + 1]?.lower === 'for') || ((TREATS.has(t[i].lemma) || t[i].lower === 'treats') && t[i].pos === 'VERB');
    if (!claim || denied(a, s, i)) continue;
    // "In an attempt to treat chronic conditions…, Dr Myers invented…": an aim, told as history.
    if (t[i - 1]?.lower === 'to' && ATTEMPTS.has(t[i - 2]?.lemma ?? '')) continue;
    let named = 0;
    let last = i;
    for (let k = i + 1; k < s.last && k < i + 25; k++) {
      if (has(CONDITIONS, t[k])) {
        named++;
        last = k;
      }
    }
    if (named >= 3) return span(a, i, last, 'conditions');
  }
  return listImproves(a, s);
}

/** What people with the conditions are said to find: "often find improvement", "get relief", "improve". */
export const IMPROVEMENT = new Set(['improvement', 'relief', 'improve', 'respond']);
/** Verbs before an improvement noun: "find relief", "see an improvement". */
const FINDING = new Set(['find', 'get', 'experience', 'see', 'report', 'notice', 'feel']);

/** "improve", "respond" as verbs, or "improvement", "relief" found: "often find improvement", "see an improvement". */
function improves(a: Analysis, k: number): boolean {
  const t = a.tokens;
  if (t[k].pos === 'VERB') return t[k].lemma === 'improve' || t[k].lemma === 'respond';
  return has(FINDING, t[k - 1]) || (BEFORE_IMPROVEMENT.has(t[k - 1]?.lower ?? '') && has(FINDING, t[k - 2]));
}
/** Words between the verb and the improvement: "see an improvement", "get some relief", "find real relief". */
const BEFORE_IMPROVEMENT = new Set(['a', 'an', 'some', 'great', 'real']);

/**
 * "People with conditions like irritable bowel syndrome, recurrent colds, asthma or colic in
 * infants often find improvement": a list of three or more conditions said to get better.
 */
function listImproves(a: Analysis, s: NlpSentence): PromiseFinding | undefined {
  const t = a.tokens;
  let named = 0;
  let first = -1;
  for (let k = s.first; k < s.last; k++) {
    if (has(CONDITIONS, t[k])) {
      named++;
      if (first < 0) first = k;
    } else if (named >= 3 && has(IMPROVEMENT, t[k]) && improves(a, k) && !denied(a, s, k)) {
      return span(a, first, k, 'conditions');
    }
  }
  return undefined;
}

/** Treatments and products a claim is made for. */
const TREATMENTS = new Set([
  'treatment', 'therapy', 'session', 'drip', 'iv', 'infusion', 'supplement', 'product', 'cream', 'serum', 'device', 'machine', 'laser',
  'procedure', 'programme', 'program', 'method', 'technique', 'formula', 'remedy', 'tea', 'pill', 'capsule', 'injection', 'shot', 'course',
  'adjustment', 'acupuncture', 'hypnotherapy', 'hypnosis', 'chiropractic', 'osteopathy', 'homeopathy', 'reflexology', 'cryotherapy', 'ozone',
  'hbot', 'hyperbaric',
]);
const OWN = new Set(['our', 'my', 'this']);
/** Cosmetic targets a product is said to remove. */
const TARGETS = new Set(['stain', 'stains', 'toxin', 'toxins', 'pigmentation', 'blemish', 'blemishes', 'spot', 'spots', 'misalignment', 'misalignments', 'blockage', 'blockages', 'spasm', 'spasms', 'tissue']);

/**
 * "The V34 Colour Corrector cancels stains in 30 seconds", "Shockwave treatment … breaks down scar
 * tissue, corrects spinal misalignments": a treatment said, as a plain fact in the present, to
 * remove or heal a condition. "helps", "can", "may", "most people" make it measured.
 */
export function efficacy(a: Analysis, s: NlpSentence): PromiseFinding | undefined {
  const t = a.tokens;
  if (find(a, s, s.first, s.last, QUANTIFIERS) >= 0 || find(a, s, s.first, s.last, SOFT_MODALS) >= 0) return undefined;
  for (let i = s.first; i < s.last; i++) if (isPastVerb(t[i]) || has(THIRD_PERSON_SINGULAR, t[i])) return undefined;
  let treatment = -1;
  for (let i = s.first; i < s.last; i++) {
    const w = t[i];
    if (treatment < 0) {
      // The practice's own treatment ("our IV drip", "this therapy") or a brand of two or more
      // names ("The V34 Colour Corrector"); "Paracetamol relieves pain" is a medicine's indication.
      const own = has(TREATMENTS, w) && (OWN.has(t[i - 1]?.lower ?? '') || OWN.has(t[i - 2]?.lower ?? ''));
      const brand = w.pos === 'PROPN' && t[i - 1]?.pos === 'PROPN' && t[i - 2]?.pos === 'PROPN';
      if (own || brand) treatment = i;
      continue;
    }
    // The treatment's own verb, in the present: "cancels", "removes", "heals".
    if (w.pos !== 'VERB' || !EFFECTS.has(w.lemma) || w.lower === w.lemma && t[i - 1]?.lower !== 'to' || denied(a, s, i)) continue;
    for (let k = i + 1; k < s.last && k <= i + 5; k++) {
      if (isCondition(t[k]) || TARGETS.has(t[k].lower)) return span(a, i, k, 'cure');
    }
  }
  return undefined;
}

/** What a treatment is claimed to be proven to do. */
const PROVEN_OUTCOMES = new Set([...EFFECTS, 'prevent', 'improve', 'reduce', 'increase', 'regrow', 'grow', 'boost', 'treat', 'add', 'help', 'work', 'slow']);
const EFFICACY = new Set(['efficacy', 'effectiveness', 'benefit', 'benefits']);

/**
 * "Our treatment is medically proven to prevent hair loss", "HBOT has been shown to improve
 * cognitive functions", "Numerous studies have confirmed the efficacy of acupuncture in treating
 * infertility": proof claimed for a treatment. Whether the evidence exists is for the writer to
 * show; said as settled fact in the present, it reads as a promise. "may" before it, or "some"
 * and "most" after it, make it measured, and the proof must be a treatment's or the practice's:
 * "exercise has been shown to reduce the risk of heart disease" is health advice.
 */
export function provenClaim(a: Analysis, s: NlpSentence): PromiseFinding | undefined {
  const t = a.tokens;
  for (let i = s.first; i < s.last; i++) {
    if (!PROOF.has(t[i].lemma) || t[i].pos !== 'VERB' || denied(a, s, i)) continue;
    // The hedge must be the claim's own: "may be shown to", "shown to help some people"
    // ("most of Belgravia's programmes are medically proven to…" hedges nothing).
    const near = (from: number, to: number, set: ReadonlySet<string>) => find(a, s, from, to, set) >= 0;
    if (near(i - 4, i, SOFT_MODALS) || near(i + 1, i + 8, QUANTIFIERS)) continue;
    // "proven to prevent", "shown to improve"; "confirmed the efficacy of acupuncture".
    // "clinically proven to whiten teeth": proof claimed for any outcome, whatever the product.
    const certified = CERTIFIED.has(t[i - 1]?.lower ?? '') && t[i].lower === 'proven';
    const outcome = t[i + 1]?.lower === 'to' && (PROVEN_OUTCOMES.has(t[i + 2]?.lemma ?? '') || (certified && t[i + 2]?.pos === 'VERB')) ? i + 2 : -1;
    const efficacyOf = EFFICACY.has(t[i + 2]?.lower ?? '') && t[i + 3]?.lower === 'of' ? i + 4 : -1;
    if (outcome < 0 && efficacyOf < 0) continue;
    let treatment = -1;
    if (efficacyOf >= 0) {
      for (let k = efficacyOf; k < s.last && k <= efficacyOf + 3; k++) if (has(TREATMENTS, t[k])) treatment = k;
      if (treatment >= 0) return span(a, i, treatment, 'proven');
      continue;
    }
    for (let k = Math.max(s.first, i - 8); k < i; k++) if (has(TREATMENTS, t[k]) || OWN_PRACTICE.has(t[k].lower)) treatment = k;
    if (treatment >= 0 || certified) return span(a, certified ? i - 1 : i, outcome, 'proven');
  }
  return undefined;
}
const OWN_PRACTICE = new Set(['we', 'our']);
/** Who is said to have proven it: "clinically proven", "scientifically proven". */
const CERTIFIED = new Set(['clinically', 'medically', 'scientifically']);

/** Words that make "effective" a boast of efficacy: "incredibly effective", "highly effective". */
const INTENSIFIERS = new Set(['incredibly', 'extremely', 'highly', 'remarkably', 'amazingly', 'exceptionally', 'hugely', 'super', 'tremendously', 'extraordinarily']);

/**
 * "Microneedling is an incredibly effective therapy", "Laser teeth whitening is highly
 * effective": efficacy claimed as plain fact, turned up. "most patients find it highly
 * effective" is measured, and a denial or a question passes.
 */
export function intensifiedEfficacy(a: Analysis, s: NlpSentence): PromiseFinding | undefined {
  const t = a.tokens;
  for (let i = s.first + 1; i < s.last; i++) {
    if (t[i].lower !== 'effective' || !INTENSIFIERS.has(t[i - 1].lower) || denied(a, s, i - 1)) continue;
    if (find(a, s, s.first, i, QUANTIFIERS) >= 0 || find(a, s, s.first, i, SOFT_MODALS) >= 0) continue;
    return span(a, i - 1, i, 'effective');
  }
  return undefined;
}
