// testimonial, read for meaning: a customer's or patient's result or praise used as promotion,
// in wordings no phrase list holds. A sentence is a testimonial when
// - someone speaks of their own health result ("I have lost nearly 4 stone on this", "two sizes
//   down", "it changed my life", "migraine free", "my quality of life is 100% improved", "my
//   phobia was cured") and the result is credited to a product, provider or treatment ("thanks
//   to X", "with X", "on this", "@brand", "my next pen"), or the post promotes one (an @brand,
//   a discount code). A clinician's own story with nothing to credit is not a testimonial;
// - the practice shows off results ("Check out these amazing results", "another example of the
//   magical results created by @clinic");
// - it holds up a named client as the example to follow ("just like Tanya, one of our clients");
// - it thanks customers for praise ("We love your feedback @customer").
// Each finding covers the words that carry it.

import type { Analysis, NlpSentence, NlpToken } from '../analysis';
import { entitiesIn, hasLemma, imperativeVerb, isQuestion } from './shared/meaning';
import { isCondition } from './overpromise.conditions';
import { caseStory } from './testimonial.case';
import { feedback } from './testimonial.feedback';
import { quotedPraise } from './testimonial.quoted';
import { patientsOwnAccount } from './testimonial.voice';
import {
  AMOUNT_WITH_UNIT, CARERS, CLOTHES, CREDIT_PREPOSITIONS, CUSTOMERS, GENERIC, GONE, HERE, IMPROVE, isSpeaker,
  LESS, LOOK, LOOKS, LOSS, NOT_FREE_VERBS, NOT_SYMPTOMS, OTHERS, PLEASED, PRODUCTS, PROVIDER, PUBLISH, ROLES,
  SATISFIED, SHOWCASE, SHOWCASE_NOUNS, THANKS, TREATMENTS, USE_VERBS, WEIGHT_UNITS,
} from './testimonial.data';

export interface TestimonialFinding {
  start: number;
  end: number;
  kind: 'result' | 'showcase' | 'client' | 'feedback' | 'case' | 'account';
}

const isNumber = (t: NlpToken | undefined) => !!t && (t.type === 'number' || t.pos === 'NUM' || t.lower === 'half' || t.lower === 'a');

interface PostContext {
  /** The post speaks as "I". */
  speaker: boolean;
  /** The post promotes a brand or product: an @mention, a code, "my <treatment>". */
  promotes: boolean;
  /** The writer says they are a clinician ("as a nurse", "I'm a GP"). */
  clinician: boolean;
  /** The post thanks carers ("huge thanks to the team at …"). */
  thanksCarers: boolean;
  /** Some sentence is about one client ("Katy came to see me…"): read on first use. */
  oneClient?: boolean;
}

function postContext(a: Analysis): PostContext {
  const c: PostContext = { speaker: false, promotes: false, clinician: false, thanksCarers: false };
  const t = a.tokens;
  for (let i = 0; i < t.length; i++) {
    const tok = t[i];
    if (isSpeaker(tok)) c.speaker = true;
    if (tok.type === 'mention') c.promotes = true;
    // "ordered from SkinnyJab", "buy it at Boots": where to buy it.
    if ((tok.lemma === 'order' || tok.lemma === 'buy' || tok.lemma === 'purchase') && (t[i + 1]?.lower === 'from' || t[i + 1]?.lower === 'at') && t[i + 2]?.pos === 'PROPN') c.promotes = true;
    if (tok.lower === 'code' && t[i + 1] && /\d|^[A-Z]{4,}$/.test(t[i + 1].text)) c.promotes = true;
    if ((tok.lower === 'my' || tok.lower === 'our') && (PRODUCTS.has(t[i + 1]?.lower ?? '') || PRODUCTS.has(t[i + 2]?.lower ?? ''))) c.promotes = true;
    if (CARERS.has(tok.lower) && hasLemma(a, Math.max(0, i - 6), i, THANKS) >= 0) c.thanksCarers = true;
    // "as a nurse", "I'm a GP", "I am an ER doc"
    if (ROLES.has(tok.lemma) && (t[i - 1]?.lower === 'a' || t[i - 1]?.lower === 'an' || t[i - 2]?.lower === 'a' || t[i - 2]?.lower === 'an') && (hasLemma(a, Math.max(0, i - 4), i, new Set(['as', "i'm", 'be', 'me'])) >= 0)) c.clinician = true;
    // "my patients": only a clinician has them.
    if (tok.lower === 'my' && (t[i + 1]?.lemma === 'patient' || t[i + 1]?.lower === 'patients')) c.clinician = true;
  }
  return c;
}

export function readTestimonials(a: Analysis): TestimonialFinding[] {
  const out: TestimonialFinding[] = [];
  if (!a.sentences.length) return out;
  const post = postContext(a);
  for (const s of a.sentences) {
    const f = ownResult(a, s, post) ?? showcase(a, s, post) ?? namedClient(a, s) ?? feedback(a, s) ?? recommendation(a, s);
    // "We don't publish or re-share patient reviews": a policy against testimonials.
    if (f && !deniedBefore(a, s, f.start)) out.push(f);
  }
  for (const q of quotedPraise(a)) if (!out.some((f) => f.start < q.end && q.start < f.end)) out.push(q);
  // A whole post that tells one patient's case to show what the practice achieves.
  const told = caseStory(a);
  if (told && !out.some((f) => f.start < told.end && told.start < f.end)) out.push(told);
  // A patient's own letter or story of their care, praising the provider they went to.
  const account = out.length ? undefined : patientsOwnAccount(a);
  if (account) out.push(account);
  return out.sort((x, y) => x.start - y.start);
}

/** Whether the sentence speaks of the speaker: "I", "my", or no one at all in a post told as "I". */
function speakerSentence(a: Analysis, s: NlpSentence, post: PostContext): boolean {
  let others = false;
  for (let i = s.first; i < s.last; i++) {
    const t = a.tokens[i];
    if (isSpeaker(t)) return true;
    if (OTHERS.has(t.lower) || (t.pos === 'PROPN' && t.type === 'word' && i > s.first && !/^[A-Z]+$/.test(t.text) && a.tokens[i - 1].pos !== 'ADP')) others = true;
  }
  return post.speaker && !others;
}

/** The sentence is about one client: "she", "he", a name, "our client", "this patient" (not patients in general). */
function oneClient(a: Analysis, s: NlpSentence): boolean {
  for (let i = s.first; i < s.last; i++) {
    const t = a.tokens[i];
    if (t.lower === 'she' || t.lower === 'he') return true;
    if ((t.lower === 'client' || t.lower === 'patient' || t.lower === 'customer') && /^(?:our|this|one|a|my)$/.test(a.tokens[i - 1]?.lower ?? '')) return true;
    if (t.pos === 'PROPN' && t.type === 'word' && i === s.first && /^\p{Lu}\p{Ll}+$/u.test(t.text)) return true;
  }
  return false;
}

/** A negation earlier in the sentence than `offset`: "we don't publish … reviews", "never share before/after photos". */
function deniedBefore(a: Analysis, s: NlpSentence, offset: number): boolean {
  const t = a.tokens;
  for (let k = s.first; k < s.last && t[k].start < offset; k++) {
    if (!DENIALS.has(t[k].lower)) continue;
    // Denied publishing ("don't publish or re-share"), not an exclamation ("can't believe I…").
    const verb = t[k + 1]?.pos === 'ADV' ? t[k + 2] : t[k + 1];
    if (verb && PUBLISH.has(verb.lemma)) return true;
  }
  return false;
}

/** Negated close to the word: "not", "n't", "never", "no" one or two words before. */
function negatedNear(a: Analysis, s: NlpSentence, i: number): boolean {
  for (let k = Math.max(s.first, i - 3); k < i; k++) if (NEAR_NEGATIONS.has(a.tokens[k].lower)) return true;
  return false;
}

/** Words that deny what follows (tested on every word of a sentence: a set, not a pattern). */
const DENIALS = new Set(['not', "n't", 'n’t', 'never']);
const NEAR_NEGATIONS = new Set([...DENIALS, 'no', 'without']);

/** The speaker's own result, credited to something or in a post that promotes. */
function ownResult(a: Analysis, s: NlpSentence, post: PostContext): TestimonialFinding | undefined {
  if (isQuestion(a, s) || hasLemma(a, s.first, s.last, GENERIC) >= 0) return undefined;
  const speaker = speakerSentence(a, s, post);
  // One client's result credited to the practice: "Jo is now pain-free thanks to our physio team".
  if (!speaker && !(oneClient(a, s) && credit(a, s) && hasLemma(a, s.first, s.last, new Set(['our', 'us', 'we'])) >= 0)) return undefined;
  const r = result(a, s);
  if (!r || negatedNear(a, s, r.first)) return undefined;
  if (!speaker) return { start: a.tokens[r.first].start, end: a.tokens[r.last - 1].end, kind: 'result' };
  // A patient thanking the people who cared for them, with nothing sold, is gratitude.
  if (post.thanksCarers && !post.promotes) return undefined;
  const credited = credit(a, s) || post.promotes;
  // A strong claim of recovery reads as a testimonial even with nothing named, unless the writer is a clinician telling their own story.
  if (!credited && !(r.strong && !post.clinician)) return undefined;
  return { start: a.tokens[r.first].start, end: a.tokens[r.last - 1].end, kind: 'result' };
}

interface Result {
  first: number;
  last: number;
  /** Recovery or transformation stated outright (cured, life changed, symptom-free, 100 % better). */
  strong: boolean;
}

/** A health result in the sentence: weight or size lost, cure, life changed, symptom-free, improvement. */
function result(a: Analysis, s: NlpSentence): Result | undefined {
  const t = a.tokens;
  for (let i = s.first; i < s.last; i++) {
    const tok = t[i];
    // A weight or size amount: "lost nearly 4 stone", "loss of 2.5lbs", "two sizes down", "half the size".
    // "two dress sizes": a word of clothing between the amount and the unit.
    const filler = CLOTHES.has(t[i - 1]?.lower ?? '') && isNumber(t[i - 2]) ? 1 : 0;
    const unitHere = AMOUNT_WITH_UNIT.test(tok.lower) ? i : WEIGHT_UNITS.has(tok.lower) && (isNumber(t[i - 1 - filler]) || (t[i - 1]?.lower === 'the' && t[i - 2]?.lower === 'half')) ? i : -1;
    if (unitHere >= 0) {
      const from = AMOUNT_WITH_UNIT.test(tok.lower) ? i : t[i - 1]?.lower === 'the' ? i - 2 : i - 1 - filler;
      const loss = hasLemma(a, Math.max(s.first, from - 4), from, LOSS);
      const after = t[i + 1];
      // "two sizes down", "2 stone lighter", "half the size"
      const lessAfter = !!after && LESS.has(after.lower);
      const down = lessAfter || (tok.lemma === 'size' && t[i - 2]?.lower === 'half');
      if (loss >= 0 || down) return { first: loss >= 0 ? loss : from, last: lessAfter ? i + 2 : i + 1, strong: false };
    }
    // "a size 8 pair of jeans", "into a size 10 dress"
    if (tok.lemma === 'size' && isNumber(t[i + 1]) && hasLemma(a, i + 2, Math.min(s.last, i + 5), CLOTHES) >= 0) return { first: i, last: i + 2, strong: false };
    // "lose weight with …"
    // ("To lose weight requires planning" is a goal, not a result.)
    if (tok.lemma === 'lose' && tok.pos === 'VERB' && t[i - 1]?.lower !== 'to' && hasLemma(a, i + 1, Math.min(s.last, i + 4), new Set(['weight'])) >= 0) {
      return { first: i, last: hasLemma(a, i + 1, Math.min(s.last, i + 4), new Set(['weight'])) + 1, strong: false };
    }
    // "so happy with my new smile", "I love my results"
    if ((PLEASED.has(tok.lemma) || (tok.lower === 'moon' && t[i - 1]?.lower === 'the' && t[i - 2]?.lower === 'over')) && !negatedNear(a, s, i)) {
      let k = i + 1;
      if (t[k]?.lower === 'with') k++;
      if (t[k]?.lower === 'my') {
        k++;
        if (t[k]?.lower === 'new' || t[k]?.lower === 'final') k++;
        if (t[k] && (LOOKS.has(t[k].lower) || LOOKS.has(t[k].lemma))) return { first: tok.lower === 'moon' ? i - 2 : i, last: k + 1, strong: true };
      }
    }
    // "I feel 10 years younger", "feel like a new person"
    if (tok.lower === 'younger' && t[i - 1]?.lemma === 'year' && isNumber(t[i - 2])) return { first: i - 2, last: i + 1, strong: true };
    if (tok.lower === 'new' && /^(?:person|woman|man|me)$/.test(t[i + 1]?.lower ?? '') && t[i - 1]?.lower === 'a' && t[i - 2]?.lower === 'like') return { first: i - 2, last: i + 2, strong: true };
    // "this really helps me", "it works for me": a product that works for the speaker (credited only in a post that sells it)
    if ((tok.lemma === 'help' || tok.lemma === 'work') && tok.pos === 'VERB' && (t[i + 1]?.lower === 'me' || (t[i + 1]?.lower === 'for' && t[i + 2]?.lower === 'me'))) {
      if (hasLemma(a, Math.max(s.first, i - 3), i, new Set(['this', 'it'])) >= 0) return { first: i, last: t[i + 1].lower === 'me' ? i + 2 : i + 3, strong: false };
    }
    // "my acne has gone", "my pain has cleared": a complaint of the speaker's gone away (credited only)
    // ("my alarm to go off" is an alarm, not a complaint gone.)
    if (GONE.has(tok.lemma) && (tok.pos === 'VERB' || tok.pos === 'ADJ') && t[i + 1]?.pos !== 'ADJ' && t[i - 1]?.lower !== 'to' && t[i + 1]?.lower !== 'off') {
      for (let k = Math.max(s.first, i - 4); k < i - 1; k++) {
        const n = t[k + 1];
        if (t[k].lower === 'my' && n.pos === 'NOUN' && !NOT_SYMPTOMS.has(n.lemma)) return { first: k, last: i + 1, strong: false };
      }
    }
    // "so much more confident", "got my confidence back"
    // ("more confident teaching CPR" is a skill, not a result)
    const then = t[i + 1];
    const bare = !then || then.sentence !== tok.sentence || then.type !== 'word' || /^(?:after|since|thanks|now|than|again|and|with)$/.test(then.lower);
    if ((tok.lemma === 'confident' && bare && /^(?:more|so|finally|now)$/.test(t[i - 1]?.lower ?? '')) || (tok.lemma === 'confidence' && t[i + 1]?.lower === 'back')) {
      return { first: i - (tok.lemma === 'confident' ? 1 : 0), last: i + (tok.lemma === 'confidence' ? 2 : 1), strong: false };
    }
    // "changed my life", "transformed my life"
    if ((tok.lemma === 'change' || tok.lemma === 'transform') && tok.pos === 'VERB' && t[i + 1]?.lower === 'my' && t[i + 2]?.lemma === 'life') return { first: i, last: i + 3, strong: true };
    // "my phobia was cured", "cured my eczema"
    // ("I need something to cure this" asks for a cure; "nothing to cure it" denies one; in
    // "prevention is easier than cure" wink tags the noun a verb, but no verb follows "than".)
    if (tok.lemma === 'cure' && tok.pos === 'VERB' && t[i - 1]?.lower !== 'to' && t[i - 1]?.pos !== 'ADP' && t[i - 1]?.pos !== 'DET' && !negatedNear(a, s, i)) return { first: i, last: i + 1, strong: true };
    // "migraine free", "pain-free"
    if (tok.lower === 'free' && tok.pos === 'ADJ') {
      const noun = t[i - 1]?.text === '-' ? t[i - 2] : t[i - 1];
      if (noun && (noun.pos === 'NOUN' || (noun.pos === 'VERB' && !NOT_FREE_VERBS.has(noun.lemma))) && !NOT_SYMPTOMS.has(noun.lemma) && isCondition(noun) && noun.sentence === tok.sentence) return { first: noun === t[i - 1] ? i - 1 : i - 2, last: i + 1, strong: true };
    }
    // "100% improved", "made more progress … than", "better than ever"
    if (IMPROVE.has(tok.lemma) || IMPROVE.has(tok.lower)) {
      const pct = entitiesIn(a, s, new Set(['PERCENT'])).find((e) => e.last <= i + 1 && e.last >= i - 2);
      if (pct) return { first: pct.first, last: i + 1, strong: true };
      if (tok.lemma === 'progress' && t[i - 1]?.lower === 'more' && hasLemma(a, i + 1, s.last, new Set(['than'])) >= 0) return { first: i - 2 >= s.first ? i - 2 : i - 1, last: i + 1, strong: true };
    }
  }
  return undefined;
}

/** The sentence credits its result to a treatment, product or provider. */
function credit(a: Analysis, s: NlpSentence): boolean {
  const t = a.tokens;
  for (let i = s.first; i < s.last; i++) {
    const tok = t[i];
    if (tok.type === 'mention') return true;
    if (tok.lower === 'thanks' && t[i + 1]?.lower === 'to') return true;
    if (!CREDIT_PREPOSITIONS.has(tok.lower)) continue;
    for (let k = i + 1; k < Math.min(s.last, i + 6); k++) {
      const n = t[k];
      if (n.pos === 'VERB' && n.lower.endsWith('ing') && !USE_VERBS.has(n.lemma)) break; // "from skipping meals"
      if (n.lower === 'my' || n.lower === 'own') break; // "after my own treatment": care the writer had, not a product credited
      if (n.type === 'mention' || (n.pos === 'PROPN' && /^\p{Lu}/u.test(n.text)) || TREATMENTS.has(n.lower) || ((n.lower === 'this' || n.lower === 'it' || n.lower === 'them') && k === i + 1)) return true;
      if (n.pos === 'PUNCT') break;
    }
  }
  return false;
}

/** "Check out these amazing results", "another example of the magical results created by @clinic". */
const EXAMPLE = new Set(['example']);
const BY_AT_WITH = new Set(['by', 'at', 'with']);

function showcase(a: Analysis, s: NlpSentence, post: PostContext): TestimonialFinding | undefined {
  const t = a.tokens;
  for (let i = s.first; i < s.last; i++) {
    const w = t[i].lower;
    if (!(SHOWCASE_NOUNS.has(t[i].lemma) || (w.endsWith('s') && SHOWCASE_NOUNS.has(w.slice(0, -1)))) || t[i].pos === 'VERB') continue;
    if (hasLemma(a, s.first, s.last, GENERIC) >= 0) return undefined;
    // "Results after 3 sessions", "results from one treatment": not "test results", "your results".
    const prev = t[i - 1];
    // A caption ("Results after 2 sessions 😍") or someone's ("her results after…"), not a promise ("guaranteed results after one session").
    const caption = !prev || prev.sentence !== t[i].sentence || prev.type !== 'word' || SHOWCASE.has(prev.lower) || /^(?:her|his|their|client's|patient's)$/.test(prev.lower);
    if ((t[i + 1]?.lower === 'after' || t[i + 1]?.lower === 'from') && caption && i >= s.first) {
      const what = t[i + 2]?.lower === 'just' || t[i + 2]?.lower === 'only' ? t[i + 3] : t[i + 2];
      const next = what === t[i + 2] ? t[i + 3] : t[i + 4];
      if (what && ((isNumber(what) && next && (TREATMENTS.has(next.lower) || TREATMENTS.has(next.lemma) || next.lemma === 'week' || next.lemma === 'month' || next.lemma === 'day')) || TREATMENTS.has(what.lower))) {
        return { start: t[i].start, end: (next && what !== next && isNumber(what) ? next : what).end, kind: 'showcase' };
      }
    }
    // "See the results below", "Check out Katy's results": someone's results shown to the reader.
    // ("the results below" only in a post about one client: "Your test results are ready. See the results below" is a lab's.)
    const someones = prev && (prev.lower === 'her' || prev.lower === 'his' || prev.lower === "'s" || (prev.lower === 'the' && HERE.has(t[i + 1]?.lower ?? '') && (post.oneClient ??= a.sentences.some((x) => oneClient(a, x)))));
    if (someones && imperativeVerb(a, s, LOOK) >= 0) return { start: (prev.lower === "'s" ? t[i - 2] : prev).start, end: t[i].end, kind: 'showcase' };
    const adj = hasLemma(a, Math.max(s.first, i - 3), i, SHOWCASE);
    if (adj < 0 || t[i - 1]?.lower === 'your' || negatedNear(a, s, adj)) continue;
    const shown = imperativeVerb(a, s, LOOK) >= 0 || hasLemma(a, s.first, adj, EXAMPLE) >= 0 || (/^(?:created|achieved|done|by|at)$/.test(t[i + 1]?.lower ?? '') && hasLemma(a, i + 1, s.last, BY_AT_WITH) >= 0);
    if (shown) return { start: t[adj].start, end: t[i].end, kind: 'showcase' };
  }
  return undefined;
}

/** "just like Tanya, one of our clients", "like our client Jo", "another happy client". */
function namedClient(a: Analysis, s: NlpSentence): TestimonialFinding | undefined {
  const t = a.tokens;
  // "Look how happy Mark is with his new smile!"
  for (let i = s.first; i + 3 < s.last; i++) {
    if (LOOK.has(t[i].lemma) && t[i + 1].lower === 'how' && (SATISFIED.has(t[i + 2].lower) || PLEASED.has(t[i + 2].lower)) && t[i + 3].pos === 'PROPN') {
      return { start: t[i].start, end: t[i + 3].end, kind: 'client' };
    }
  }
  for (let i = s.first; i < s.last; i++) {
    if (SATISFIED.has(t[i].lower) && CUSTOMERS.has(t[i + 1]?.lower ?? '') && t[i + 2]?.lower !== 'to' && /^(?:our|another|one|very|so|a|this|more|many)$/.test(t[i - 1]?.lower ?? '')) {
      return { start: t[i - 1].start, end: t[i + 1].end, kind: 'client' };
    }
  }
  for (let i = s.first + 1; i < s.last; i++) {
    if (t[i].lower !== 'like' || t[i - 1]?.lower === "'d" || t[i - 1]?.lower === 'would') continue;
    // like NAME , one of our (adj) clients
    const name = t[i + 1];
    if (name?.pos === 'PROPN' && t[i + 2]?.text === ',' && t[i + 3]?.lower === 'one' && t[i + 4]?.lower === 'of' && t[i + 5]?.lower === 'our') {
      for (let k = i + 6; k < Math.min(s.last, i + 9); k++) if (CUSTOMERS.has(t[k].lower)) return { start: t[i].start, end: t[k].end, kind: 'client' };
    }
    // like our client NAME
    if (t[i + 1]?.lower === 'our' && CUSTOMERS.has(t[i + 2]?.lower ?? '') && t[i + 3]?.pos === 'PROPN') return { start: t[i].start, end: t[i + 3].end, kind: 'client' };
  }
  return undefined;
}

/** "Would highly recommend Dr Lee and the team", "I recommend them to everyone": praise of a provider in a customer's voice. */
function recommendation(a: Analysis, s: NlpSentence): TestimonialFinding | undefined {
  const t = a.tokens;
  if (isQuestion(a, s)) return undefined;
  for (let i = s.first; i < s.last; i++) {
    if (t[i].lemma !== 'recommend' || t[i].pos === 'NOUN' || negatedNear(a, s, i)) continue;
    // "our provider recommended supplement pack": an adjective, not someone recommending.
    if (t[i].lower !== 'recommend' && !/^(?:highly|have|'ve|has|'d|would|i|definitely|totally|strongly|really)$/.test(t[i - 1]?.lower ?? '')) continue;
    // "We recommend…" is the practice's advice, not a customer's praise.
    if (hasLemma(a, s.first, i, new Set(['we', 'doctor', 'doctors', 'guideline', 'guidelines', 'nhs', 'cdc', 'who'])) >= 0) return undefined;
    let k = i + 1;
    while (t[k] && /^(?:the|this|these|my|her|his|their|lovely|amazing|whole)$/.test(t[k].lower) && !(t[k].lower === 'her' && k === i + 1)) k++;
    const obj = t[k];
    if (!obj) return t[i - 1]?.lower === 'highly' ? { start: t[i - 1].start, end: t[i].end, kind: 'feedback' } : undefined;
    // "the RCN's guide", "the @BMJ webinar": a resource, not a provider.
    let end = k;
    while (t[end + 1]?.pos === 'PROPN' && t[end + 1].type === 'word') end++;
    const resource = t[end + 1] && (t[end + 1].lower === "'s" || t[end + 1].pos === 'NOUN' || t[end + 1].pos === 'PART');
    if (!resource && (obj.type === 'mention' || PROVIDER.has(obj.lower) || (obj.pos === 'PROPN' && /^\p{Lu}/u.test(obj.text)))) {
      return { start: (t[i - 1]?.lower === 'highly' ? t[i - 1] : t[i]).start, end: t[end].end, kind: 'feedback' };
    }
    if (t[i - 1]?.lower === 'highly' && (obj.type === 'punctuation' || obj.type === 'emoji')) return { start: t[i - 1].start, end: t[i].end, kind: 'feedback' };
  }
  return undefined;
}
