// self-praise, read for meaning: boasts about the writer or the practice in any wording, found
// from what the words are and who they are about rather than from set phrases. A clause boasts
// when it
// - ranks the practice or its people: "No.1 clinic", "the leading provider", "leaders in
//   laser hair removal", "one of the top surgeons";
// - gives them a superlative: "the most successful doctors", "the finest clinic", "the most
//   advanced technology", "the best results";
// - claims to beat others: "superior results", "unbeatable care", "better than UK prices";
// - calls itself award-winning in any spelling ("DOUBLE AWARD WINNING");
// - boasts of volume: "200+ doctors", "10 million treatments", "more than a million treatments",
//   a bare count of publications standing alone ("226 publications.");
// - quotes its own success rate: "99% successful results", "our success rate is 98%" (volume
//   and success are read in self-praise.counts.ts).
// …and the clause is about the writer or the practice: its subject is "we", "I", "our …" or a
// practice's name ("Smile Dental are…", "Thérapie Clinic is…"), or it is advertising copy with no
// verb and nobody else named. Praise of someone else ("Dr Chen, a leading expert, joins us"),
// facts and advice ("the most common symptom", "the best way to"), thanks, a service's load
// ("230 patients in the ED today") and aspirations ("we want you to get the best care") pass.
// Each finding covers the words that carry the boast.

import type { Analysis, NlpSentence, NlpToken } from '../analysis';
import { isPastVerb, isQuestion, wordHyphen } from './shared/meaning';
import {
  ACCOLADE, BLOCKERS, BOAST_VERBS, BUSINESS, CLAUSE_BREAK, DEGREE, FAME, FAVOURITE, HEDGES, KINDS_OF_CARE, LEADER_FIELDS,
  NAME_WORDS, NEGATIONS, NOT_A_CLAIM, NOT_PRAISE_SUPERLATIVES, OTHERS, OUTDONE, POPULARITY, PRIDE, QUALITY, RANK, REACH,
  SELF, SUPERIOR, SUPERLATIVE, WHAT, WHO,
} from './self-praise.data';
import { likeUs, marketScope, possessive, thanksOrLoad } from './self-praise.context';
import { countBoastAt } from './self-praise.counts';
import { headAfter, isNumber, noun } from './self-praise.words';

export interface BoastFinding {
  start: number;
  end: number;
  kind: 'rank' | 'superlative' | 'superior' | 'award' | 'volume' | 'success';
}

/** A verb that makes a clause a statement rather than a fragment of advertising copy. */
function isFiniteVerb(a: Analysis, k: number): boolean {
  const t = a.tokens[k];
  if (t.pos === 'AUX') return true;
  if (t.pos !== 'VERB' || t.lower.endsWith('ing')) return false;
  // A participle right after a noun describes it: "Treatments Completed", "Doctor Led".
  const before = a.tokens[k - 1];
  const participle = t.lower !== t.lemma && /(?:ed|en|wn|ne|led)$/.test(t.lower);
  if (participle && before && DEGREE.has(before.lower)) return false; // "most loved", "highly rated"
  return !(participle && before && (before.pos === 'NOUN' || before.pos === 'PROPN' || before.pos === 'NUM') && before.sentence === t.sentence);
}

/** "We are the best", "I'm number one", "Smile Dental is simply the best": the writer or the practice as subject, right before. */
function weAreThe(a: Analysis, c: Clause, cue: number): boolean {
  const t = a.tokens;
  let k = cue - 1;
  if (t[k]?.lower === 'the') k--;
  // "we are one of the best".
  if (t[k]?.lower === 'of' && t[k - 1]?.lower === 'one') k -= 2;
  while (k >= c.first && HEDGES.has(t[k].lower)) k--;
  const subjectBe = k >= c.first && (t[k].lemma === 'be' || t[k].lower === "i'm" || t[k].lower === "we're");
  if (!subjectBe) return false;
  if (t[k].lower === "i'm" || t[k].lower === "we're") return true;
  // "we truly are": an adverb between the subject and its verb.
  const at = t[k - 1]?.pos === 'ADV' ? k - 2 : k - 1;
  const subject = t[at];
  return !!subject && at >= c.first && (subject.lower === 'we' || subject.lower === 'i' || (subject.pos === 'PROPN' && NAME_WORDS.has(subject.lower)));
}

/** Nothing praised after a superlative but a place or the clause's end: "the most experienced in the country". */
function headless(a: Analysis, c: Clause, k: number): boolean {
  const t = a.tokens[k];
  if (k >= c.last || !t || t.type === 'punctuation') return k <= c.last && a.tokens[k - 1]?.sentence === a.tokens[c.first].sentence;
  return (t.lower === 'in' || t.lower === 'around') && a.tokens[k - 2]?.lower !== 'at';
}

export interface Clause {
  first: number;
  last: number;
}

function clausesOf(a: Analysis, s: NlpSentence): Clause[] {
  const out: Clause[] = [];
  let first = s.first;
  for (let i = s.first; i < s.last; i++) {
    const tok = a.tokens[i];
    // A hyphen inside a word ("sought-after") does not break the clause; a spaced dash does.
    if (tok.type === 'punctuation' && CLAUSE_BREAK.test(tok.text) && !wordHyphen(a.tokens, i)) {
      if (i > first) out.push({ first, last: i });
      first = i + 1;
    }
  }
  if (first < s.last) out.push({ first, last: s.last });
  return out;
}

/** Verbs of providing after "to": "committed to providing the highest quality care". */
const PROVIDING = new Set(['provide', 'offer', 'deliver', 'give']);

/**
 * Whether the boast at `cue` is about the writer or the practice: walks back from it to the
 * clause start. Returns true for a self-reference or a practice's name reached through a verb of
 * being or offering, or for verbless advertising copy; false for anyone else.
 */
function aboutSelf(a: Analysis, c: Clause, cue: number, head: number): boolean {
  const t = a.tokens;
  let verb: NlpToken | undefined;
  // "BOTOX Cosmetic is one of the most popular treatments", "LASIK is one of the most popular
  // surgeries in the US": a treatment's popularity is a fact about the treatment, not the
  // practice ("the most advanced treatment" is still a claim for what the practice offers).
  const kindOfCare = KINDS_OF_CARE.has(noun(t[head])) && t.slice(cue, head).some((w) => POPULARITY.has(w.lower));
  // A subject more than 30 words back is not this boast's (and keeps a run-on clause linear).
  for (let k = cue - 1; k >= c.first && k >= cue - 30; k--) {
    const tok = t[k];
    if (NEGATIONS.has(tok.lower) || (tok.lower === 'no' && !isNumber(t[k + 1]) && t[k + 1]?.text !== '.')) return false;
    if (NOT_A_CLAIM.has(tok.lemma) || NOT_A_CLAIM.has(tok.lower)) return false;
    if (SELF.has(tok.lower) && !(tok.lower === 'us' && tok.text === 'US')) {
      // "our best…" right before the boast, or "we are / we use / we deliver …".
      return !verb || BOAST_VERBS.has(verb.lemma) || BOAST_VERBS.has(verb.lower);
    }
    if (OTHERS.has(tok.lower)) return false;
    // "guidelines from leading experts", but "we are among the most experienced" and "we are
    // committed to providing the highest quality care" (what the practice provides; "we aim to
    // give the best care" is still an aim).
    const provides = tok.lower === 'to' && PROVIDING.has(t[k + 1]?.lemma ?? '');
    if (provides && !verb) verb = t[k + 1];
    if (BLOCKERS.has(tok.lower) && !verb && !(tok.lower === 'among' && t[k - 1]?.lemma === 'be')) return false;
    // A practice's name: "Smile Dental are…", "Thérapie Clinic, the trusted leaders in…".
    // ("Laser technology helped…" opens a sentence with an ordinary noun, not a name.)
    if (tok.pos === 'PROPN' && NAME_WORDS.has(tok.lower) && /^[A-Z]/.test(tok.text) && !startsCommonNoun(a, k)) {
      if (kindOfCare && verb?.lemma === 'be') return false;
      return !verb || BOAST_VERBS.has(verb.lemma) || BOAST_VERBS.has(verb.lower);
    }
    // "Dr Patel is the most experienced surgeon in the UK": a clinician ranked above a market
    // is advertising, whoever posts it ("Dr Chen, a leading expert, joins us" ranks no one).
    if (tok.pos === 'PROPN' && verb?.lemma === 'be' && !kindOfCare && marketScope(a, c, cue)) return true;
    // "BLUSH Beverly Hills is the premier aesthetic medicine destination": a name ranked as the
    // top business of its kind, whatever words the name is made of.
    if (tok.pos === 'PROPN' && /^[A-Z]/.test(tok.text) && verb?.lemma === 'be' && BUSINESS.has(noun(t[head])) && !startsCommonNoun(a, k)) return true;
    if (!verb && isFiniteVerb(a, k)) verb = tok;
    // "Consult the best pediatric doctor in Delhi", "it's important to visit the top dentist in
    // Leeds": sending the reader to someone ranked above a market is advertising for them.
    if (verb === tok && instruction(a, c, k) && WHO.has(noun(t[head])) && marketScope(a, c, head)) return true;
  }
  // "As a leading dental practice, we…": the practice described is the "we" that follows.
  if (t[c.first]?.lower === 'as' && cue - c.first <= 3) {
    for (let k = cue + 1; k < t.length && k <= cue + 12 && t[k].sentence === t[cue].sentence; k++) if (SELF.has(t[k].lower)) return true;
  }
  // "Proud to be the UK's top-rated clinic": copy whose unspoken subject is the writer.
  if (PRIDE.has(t[c.first]?.lower ?? '') && t[c.first + 1]?.lower === 'to') return true;
  // "Voted No.1 clinic in Manchester": copy opening with the accolade.
  if (verb && verb === t[c.first] && ACCOLADE.has(verb.lower)) return true;
  // "Visit Ireland's favourite clinic": an instruction whose object is a place's top business.
  if (verb && verb === t[c.first] && verb.lower === verb.lemma && possessive(t[cue - 1])) {
    for (let k = cue; k < c.last && k < cue + 7; k++) if (BUSINESS.has(noun(t[k]))) return true;
  }
  // "Having delivered more than a million treatments to our clients": no subject, but ours.
  if (verb) {
    // After "be" the writer is met only in a clause about others: "one of the best surgeons I worked with".
    if (!BOAST_VERBS.has(verb.lemma) || verb.lemma === 'be') return false;
    for (let k = cue + 1; k < c.last; k++) if (SELF.has(t[k].lower)) return true;
    return false;
  }
  // Nobody before it: advertising copy with no verb in the clause ("DOUBLE AWARD WINNING.");
  // "as voted by our clients" is an accolade, not a verb.
  for (let k = cue + 1; k < c.last; k++) if (OTHERS.has(t[k].lower) || (isFiniteVerb(a, k) && t[k - 1]?.lower !== 'as')) return false;
  return true;
}

/**
 * A verb in its plain form opening the clause or after "to": an instruction to the reader
 * ("I was lucky to see…" tells what happened).
 */
function instruction(a: Analysis, c: Clause, k: number): boolean {
  const verb = a.tokens[k];
  if (verb.pos !== 'VERB' || verb.lower !== verb.lemma) return false;
  if (k === c.first) return true;
  return a.tokens[k - 1].lower === 'to' && !a.tokens.slice(c.first, k).some(isPastVerb);
}

/** "Laser technology…": a capital only because the sentence starts there, before an ordinary noun. */
function startsCommonNoun(a: Analysis, k: number): boolean {
  const t = a.tokens;
  const next = t[k + 1];
  return (k === 0 || t[k - 1].sentence !== t[k].sentence) && !!next && next.pos === 'NOUN' && /^[a-z]/.test(next.text);
}

/** One boast in the clause, or undefined. */
function readClause(a: Analysis, c: Clause): BoastFinding | undefined {
  const t = a.tokens;
  for (let i = c.first; i < c.last; i++) {
    const found = boastAt(a, c, i);
    if (!found) continue;
    const [first, last, kind] = found;
    if (awardTitle(a, c, first, last)) continue;
    // A boast that names the writer inside it ("95% of our patients…") needs no subject.
    let own = false;
    for (let k = first; k < last; k++) if (SELF.has(t[k].lower)) own = true;
    // "No other clinic comes close": a claim to beat every other practice is made for the writer's.
    if (kind === 'superior' && t[first].lower === 'no') own = true;
    if (!own && !aboutSelf(a, c, first, last - 1)) continue;
    return { start: t[first].start, end: t[last - 1].end, kind };
  }
  return undefined;
}

/**
 * The rank is the title of an award someone else gave, reported: "named Top Leadership Team in
 * Healthcare … by HealthLeaders Media", "won The Best Team award". Its words are capitalised
 * mid-sentence, and an award or the body that gave it follows ("Voted Best Dentist in Leeds"
 * with neither is still the practice's claim). A short rank after "ranked" or "voted" is
 * reported when the body that gave it follows: "ranked #1 by @USNews".
 */
function awardTitle(a: Analysis, c: Clause, first: number, last: number): boolean {
  const t = a.tokens;
  const capital = (k: number) => /^\p{Lu}/u.test(t[k]?.text ?? '');
  // "ranked #1 by @USNews": a rank another body gave, reported with it.
  const ranked = ACCOLADE.has(t[first].lower) && last - first <= 3;
  if (!ranked && first === a.sentences[t[first].sentence].first) return false;
  for (let k = ranked ? first + 1 : first; k < last; k++) if (t[k].type === 'word' && !capital(k)) return false;
  for (let k = last; k < c.last && k < last + 10; k++) {
    if (!ranked && (t[k].lemma === 'award' || t[k].lower === 'awards')) return true;
    if (t[k].lower === 'by' && (capital(k + 1) || t[k + 1]?.type === 'mention')) return true;
  }
  return false;
}

/** "(that) I can be", "we could give": what someone is able to do, after a superlative, is an aim. */
export function canManage(t: readonly NlpToken[], k: number): boolean {
  const who = t[k]?.lower === 'that' ? k + 1 : k;
  return t[who]?.pos === 'PRON' && (t[who + 1]?.lower === 'can' || t[who + 1]?.lower === 'could');
}

/** A boast starting at token i: its token span and kind. */
function boastAt(a: Analysis, c: Clause, i: number): [number, number, BoastFinding['kind']] | undefined {
  const t = a.tokens;
  const tok = t[i];
  const next = t[i + 1];
  // "codes of best practice": a standard to follow, not a claim (with no article or owner before it).
  if (tok.lower === 'best' && next?.lower === 'practice' && !(t[i - 1]?.pos === 'DET' || possessive(t[i - 1]))) return undefined;
  // "No.1", "No 1", "#1", "number one" before a practice or its people.
  const numberOne =
    (tok.lower === 'no.' || tok.lower === 'no' || tok.lower === '#' || tok.lower === 'number') && i + 1 < c.last && (next.lower === '1' || next.lower === 'one');
  if (numberOne || tok.lower === 'no.1' || tok.lower === '#1') {
    const from = numberOne ? i + 1 : i;
    const head = headAfter(a, from, c.last, WHO);
    if (head >= 0) return [i, head + 1, 'rank'];
    // "We are number one in Dublin", "No.1 in Ireland for veneers"; not "rule number one", "priority number one for…".
    const after = t[from + 1]?.lower;
    const named = t[i - 1] && t[i - 1].sentence === tok.sentence && (t[i - 1].pos === 'NOUN' || t[i - 1].pos === 'PROPN');
    if (!named && from + 1 < c.last && (after === 'in' || (after === 'for' && weAreThe(a, c, i)))) return [i, from + 1, 'rank'];
    // "Kerala's No.1" closing a line of copy: a place's number one, with nothing after it.
    if (possessive(t[i - 1]) && /^[A-Z]/.test(t[i - 2]?.text ?? '') && from + 1 === c.last) return [i, from + 1, 'rank'];
    // "Ranked number one for patient satisfaction"
    if (ACCOLADE.has(t[i - 1]?.lower ?? '')) return [i - 1, from + 1, 'rank'];
    return undefined;
  }
  // "the leading provider", "a top surgeon", "premier clinic".
  if (RANK.has(tok.lower) && tok.pos !== 'VERB') {
    const head = headAfter(a, i, c.last, WHO);
    if (head >= 0) return [i, head + 1, 'rank'];
  }
  // "Leading laser vision correction", "top quality care": a rank for what the practice offers.
  if (RANK.has(tok.lower) && (t[i - 1]?.pos === 'DET' || i === c.first || possessive(t[i - 1])) && WHAT.has(noun(next))) return [i, i + 2, 'rank'];
  // "Lowest UK Price Guarantee", "the cheapest prices in town": a price said to beat every other.
  if ((tok.lower === 'lowest' || tok.lower === 'cheapest') && i + 1 < c.last) {
    for (let k = i + 1; k < c.last && k <= i + 2; k++) if (noun(t[k]) === 'price' || noun(t[k]) === 'cost' || noun(t[k]) === 'fee') return [i, k + 1, 'superior'];
  }
  // "We pride ourselves on…": the practice praising itself ("I prided myself on…" looks back on a career).
  if (tok.lower === 'pride' && next?.lower === 'ourselves') return [i, i + 2, 'superlative'];
  // "the leading experts", and copy that opens with it: "Leading experts in hair restoration".
  // "the UK's leading provider": wink tags "leading" a verb after a possessive too.
  if (tok.lower === 'leading' && tok.pos === 'VERB' && (t[i - 1]?.pos === 'DET' || i === c.first || possessive(t[i - 1]))) {
    // "a leading dental practice", "Ireland's leading … Centre"
    const head = headAfter(a, i, c.last, WHO);
    if (head >= 0) return [i, head + 1, 'rank'];
  }
  // "the go-to clinic for veneers", "the go-to expert".
  if (tok.lower === 'go' && next?.text === '-' && t[i + 2]?.lower === 'to' && WHO.has(noun(t[i + 3]))) return [i, i + 4, 'rank'];
  // "among the top 1% of surgeons", "one of the top 10 clinics in London".
  if (tok.lower === 'top' && isNumber(next) && (t[i + 2]?.text === '%' || WHO.has(noun(t[i + 2])))) return [i, i + 3, 'rank'];
  // "the trusted leaders in laser hair removal", "pioneers of".
  if ((noun(tok) === 'leader' || noun(tok) === 'pioneer') && tok.pos === 'NOUN' && (next?.lower === 'in' || next?.lower === 'of') && t[i - 1] && (t[i - 1].pos === 'ADJ' || t[i - 1].pos === 'DET' || t[i - 1].lemma === 'be' || LEADER_FIELDS.has(t[i - 1].lower))) {
    const from = t[i - 1].pos === 'ADJ' ? i - 1 : i;
    return [from, i + 1, 'rank'];
  }
  // "the first clinic in Ireland to offer…", "the only clinic in Ireland offering…".
  if ((tok.lower === 'first' || tok.lower === 'only') && t[i - 1]?.pos === 'DET') {
    const head = headAfter(a, i, c.last, WHO);
    const after = t[head + 1]?.lower;
    if (head >= 0 && (after === 'in' || after === 'to' || after === 'ever' || (tok.lower === 'only' && after === 'offering'))) return [i, head + 1, 'rank'];
  }
  // "internationally recognised experts", "a nationally respected clinic".
  if (REACH.has(tok.lower) && FAME.has((t[i + 1]?.text === '-' ? t[i + 2] : next)?.lower ?? '')) {
    const fame = next.text === '-' ? i + 2 : i + 1;
    return [i, fame + 1, 'rank'];
  }
  // "Leeds' most caring dentists", "the kindest nurses in town": any superlative of the practice's people.
  if (tok.pos === 'ADJ' && tok.lower.endsWith('est') && tok.lemma !== tok.lower && !NOT_PRAISE_SUPERLATIVES.has(tok.lower) && WHO.has(noun(next))) return [i, i + 2, 'superlative'];
  if (tok.lower === 'most' && possessive(t[i - 1]) && next && next.type === 'word') {
    const head = headAfter(a, i + 1, c.last, WHO);
    if (head >= 0) return [i, head + 1, 'superlative'];
  }
  // "the best results", "the finest clinic".
  if (SUPERLATIVE.has(tok.lower)) {
    const head = headAfter(a, i, c.last, WHO) >= 0 ? headAfter(a, i, c.last, WHO) : headAfter(a, i, c.last, WHAT);
    // "Best dentist ever!" is a patient's review (the testimonial rule's business), not the writer's boast.
    // "the best possible care", "the best service possible", "the best GP I can be": an aim, not a claim.
    if (head >= 0 && t[i + 1]?.lower !== 'possible' && t[head + 1]?.lower !== 'possible' && t[head + 1]?.lower !== 'ever' && !canManage(t, head + 1)) return [i, head + 1, 'superlative'];
    if ((tok.lower !== 'best' || weAreThe(a, c, i)) && headless(a, c, i + 1)) return [i, i + 1, 'superlative'];
  }
  // "Ireland's favourite clinic": a place's favourite.
  if (FAVOURITE.has(tok.lower) && (t[i - 1]?.lower === "'s" || t[i - 1]?.lower === '’s') && t[i - 2]?.pos === 'PROPN') {
    const head = headAfter(a, i, c.last, WHO);
    if (head >= 0) return [i - 2, head + 1, 'rank'];
  }
  // "the most successful doctors", "the most advanced technology", "the most highly qualified".
  const quality = next?.pos === 'ADV' && /ly$/.test(next.lower) ? t[i + 2] : next;
  if (tok.lower === 'most' && quality && (QUALITY.has(quality.lower) || QUALITY.has(quality.lemma) || quality.lower === 'sought')) {
    // "sought-after" is three tokens.
    const q = t.indexOf(quality, i);
    const adj = quality.lower === 'sought' && t[q + 1]?.text === '-' && t[q + 2]?.lower === 'after' ? q + 2 : q;
    const head = headAfter(a, adj, c.last, WHO) >= 0 ? headAfter(a, adj, c.last, WHO) : headAfter(a, adj, c.last, WHAT);
    if (head >= 0) return [i, head + 1, 'superlative'];
    // "Our surgeons are among the most experienced in the country": no noun, a place or nothing after.
    if (headless(a, c, adj + 1)) return [i, adj + 1, 'superlative'];
  }
  // "superior results", "unbeatable prices".
  if (SUPERIOR.has(tok.lower)) {
    const head = headAfter(a, i, c.last, WHAT) >= 0 ? headAfter(a, i, c.last, WHAT) : headAfter(a, i, c.last, WHO);
    if (head >= 0) return [i, head + 1, 'superior'];
  }
  // "Our model of care is unrivaled by any other option": a claim to beat others as the predicate.
  if (SUPERIOR.has(tok.lower) && t[i - 1]?.lemma === 'be') return [i, i + 1, 'superior'];
  // "better results than other clinics".
  if (tok.lower === 'better' && WHAT.has(noun(next)) && t[i + 2]?.lower === 'than') return [i, i + 2, 'superior'];
  // "better than UK prices", "better than other clinics", not "better than ever".
  if (tok.lower === 'better' && next?.lower === 'than' && t[i + 2] && i + 2 < c.last && !/^(?:ever|before|nothing|last|expected|yesterday)$/.test(t[i + 2].lower)) {
    const head = headAfter(a, i + 1, c.last, WHO) >= 0 ? headAfter(a, i + 1, c.last, WHO) : headAfter(a, i + 1, c.last, WHAT);
    if (head >= 0 || t[i + 2].lower === 'the' || t[i + 2].lower === 'anyone' || t[i + 2].lower === 'anywhere') return [i, head >= 0 ? head + 1 : i + 3, 'superior'];
  }
  // "Nobody does Botox better than our team", "no one cares more than we do".
  if ((tok.lower === 'nobody' || (tok.lower === 'no' && next?.lower === 'one')) && i === c.first) {
    for (let k = i + 1; k < c.last && k < i + 8; k++) {
      if ((t[k].lower === 'better' || t[k].lower === 'more') && t[k + 1]?.lower === 'than' && SELF.has(t[k + 2]?.lower ?? '')) return [i, k + 3 < c.last && WHO.has(noun(t[k + 3])) ? k + 4 : k + 3, 'superior'];
      // "Nobody does veneers like we do", "no one cares for you like us".
      if (t[k].lower === 'like' && likeUs(a, c, k + 1)) return [i, t[k + 1].lower === 'us' ? k + 2 : k + 3, 'superior'];
    }
  }
  // "No other clinic in the city comes close", "no other practice can match our results".
  if (tok.lower === 'no' && next?.lower === 'other' && BUSINESS.has(noun(t[i + 2]))) {
    for (let k = i + 3; k < c.last && k < i + 10; k++) if (OUTDONE.has(t[k].lemma)) return [i, k + 1 + (t[k].lemma === 'come' && t[k + 1]?.lower === 'close' ? 1 : 0), 'superior'];
  }
  // "proud award winners".
  if (tok.lemma === 'award' && noun(next) === 'winner') return [i, i + 2, 'award'];
  // "Finalists at the Aesthetics Awards", "shortlisted for Clinic of the Year award".
  if ((noun(tok) === 'finalist' || tok.lower === 'shortlisted' || tok.lower === 'nominated') && i + 1 < c.last) {
    for (let k = i + 1; k < c.last && k < i + 9; k++) if (t[k].lemma === 'award' || t[k].lower === 'awards') return [i, k + 1, 'award'];
  }
  // "award-winning", "AWARD WINNING", "multi-award winning".
  if ((tok.lemma === 'award' || tok.lower === 'multi-award' || tok.lower === 'awards') && i + 1 < c.last) {
    const w = next.text === '-' ? t[i + 2] : next;
    if (w && w.lemma === 'win' && w.lower.endsWith('ing')) return [t[i - 1]?.lower === 'multi' || t[i - 1]?.lower === 'double' ? i - 1 : i, t.indexOf(w, i) + 1, 'award'];
  }
  return countBoastAt(a, c, i);
}

export function readBoasts(a: Analysis): BoastFinding[] {
  const out: BoastFinding[] = [];
  // Sentences with a date or a time: a count there reports a day's or a month's work, not a boast.
  const dated = new Set<number>();
  for (const e of a.entities) if (e.type === 'DATE' || e.type === 'TIME') dated.add(a.tokens[e.first].sentence);
  for (let n = 0; n < a.sentences.length; n++) {
    const s = a.sentences[n];
    if (isQuestion(a, s) || thanksOrLoad(a, s)) continue;
    // One boast a sentence is enough to show the writer where it is.
    for (const c of clausesOf(a, s)) {
      const found = readClause(a, c);
      if (found && !(found.kind === 'volume' && dated.has(n))) {
        out.push(found);
        break;
      }
    }
  }
  return out;
}
