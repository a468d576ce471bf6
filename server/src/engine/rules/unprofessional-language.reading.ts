// unprofessional-language, read for meaning: attitudes toward patients and the public that no
// word list catches, found from the post's analysis (../analysis.ts):
// - swearing, from a maintained profanity matcher (obscenity: leetspeak, repeated letters),
//   plus what a page or the writer blanked out ("F— you", "*******", "[expletive]");
// - insults aimed at people: "you are such a …", "being an idiot", "these …", where the word
//   carries a strongly negative sense in wink's sentiment lexicon;
// - wishing harm: "I hope you suffer…", "let the … die", "inflict some health problem on…";
// - refusing care to a group: "no more Viagra" for voters of a party, "give up their ventilators";
// - venting frames about patients: "my ick is when you…", "pet peeve";
// - laughing at someone in a post about a patient ("lol", 😂); mocking nicknames and scare
//   quotes (unprofessional-language.mockery.ts);
// - drinking tied to a shift;
// - faking, wishing for emergencies, more refusals and harms (unprofessional-language.attitude.ts).
// The matcher is built once per process; clinical words it lists (anatomy, "sex") are left out.

import { RegExpMatcher, englishDataset, englishRecommendedTransformers } from 'obscenity';
import { sentimentOfText, type Analysis, type NlpSentence, type NlpToken } from '../analysis';
import { CLINICIAN_ROLES, NEGATIONS, SECOND_PERSON, hasLemma } from './shared/meaning';
import { remembered } from '../remembered';
import { CARE_THINGS_BASE, LAUGHTER, STATES_OF_PEOPLE } from './unprofessional-language.data';
import { readSarcasm } from './unprofessional-language.sarcasm';
import { nicknameAt, scareQuotesAt } from './unprofessional-language.mockery';
import { quietPost, readAttitude } from './unprofessional-language.attitude';

export type AttitudeKind = 'swearing' | 'insult' | 'harm' | 'refusal' | 'venting' | 'mockery' | 'nickname' | 'sneer' | 'faking' | 'emergency' | 'drinking' | 'sarcasm' | 'dark-joke';

export interface AttitudeFinding {
  start: number;
  end: number;
  kind: AttitudeKind;
}

/** Words obscenity lists that clinicians use for anatomy, sexual health and diagnoses. */
const CLINICAL = new Set(['anal', 'anus', 'penis', 'vagina', 'sex', 'semen', 'ejaculate', 'masturbate', 'orgasm', 'incest', 'rape', 'prick', 'boob', 'scat', 'spastic', 'porn', 'cum', 'tit', 'dick', 'cock', 'ass']);

let matcher: RegExpMatcher | undefined;
/** The first three letters of each word of the listed phrases of more than one word ("double penetration"). */
let phraseOpenings: Set<string> | undefined;
function profanity(): RegExpMatcher {
  if (!matcher) {
    const openings = new Set<string>();
    const dataset = englishDataset.removePhrasesIf((phrase) => {
      const listed = String(phrase.metadata?.originalWord ?? '');
      if (CLINICAL.has(listed)) return true;
      const words = listed.split(' ');
      if (words.length > 1) for (const word of words) openings.add(word.slice(0, 3));
      return false;
    });
    matcher = new RegExpMatcher({ ...dataset.build(), ...englishRecommendedTransformers });
    phraseOpenings = openings;
  }
  return matcher;
}

/**
 * Whether a word is worth searching with the rest: obscenity finds a listed word in it on its
 * own (leetspeak, repeated letters), or it may be a word of a listed phrase. Asked once per
 * distinct word: the everyday words of a post are answered from memory.
 */
const mayBeListed = remembered((word: string) => profanity().hasMatch(word) || phraseOpenings!.has(word.slice(0, 3)));
const polarity = remembered(sentimentOfText);
/** wink's sentiment of a word or short phrase on its own. */
function wordSentiment(words: string): number {
  return polarity(words.toLowerCase());
}

const LETTER = /[\p{L}\p{N}]/u;
/** Endings a swear word may take and stay one: "shitting", "bollocks", "fucker". */
const INFLECTION = /^(?:s|es|ed|d|ing|ting|in|er|ers|y|ty|head|hole)$/;

const capitalised = (t: NlpToken | undefined): boolean => !!t && /^\p{Lu}\p{Ll}/u.test(t.text);

/**
 * A listed word that is part of a place's name, after its owner: "my colleagues across Offa's Dyke".
 * (A token's lower case has its typographic apostrophe folded: "’s" is "'s".)
 */
function inProperName(a: Analysis, i: number): boolean {
  const t = a.tokens;
  return capitalised(t[i]) && t[i - 1]?.lower === "'s" && capitalised(t[i - 2]) && t[i - 2].sentence === t[i].sentence;
}

/**
 * The matched word, when the match is a whole word or the word with an inflection; obscenity
 * also finds words inside others ("retard" in "retardation"), which are not swearing.
 */
function wholeWord(text: string, start: number, end: number): { start: number; end: number } | undefined {
  if (start > 0 && LETTER.test(text[start - 1])) return undefined;
  let e = end;
  while (e < text.length && LETTER.test(text[e])) e++;
  if (e > end && !INFLECTION.test(text.slice(end, e).toLowerCase())) return undefined;
  return { start, end: e };
}

/**
 * Blanked-out swearing: "F— you", "*******", "[expletive]", "A-Holes" (written with its hyphen: "a
 * hole" is a hole). Asterisks drawn as a rating are stars: "5 ***** stars".
 */
const BLANKED = /\b[Ff][—–]+(?=\s*(?:you|off|them|this|that|it)\b)|(?<![\p{L}\p{N}*])\*{4,}(?![\p{L}\p{N}*]|\s*stars?\b)|\[(?:expletive|explicit|profanity)\]|\b[Aa]-[Hh]oles?\b/gu;
/**
 * A word with letters masked by signs ("f**k", "f***", "sh*t", "A**hole", "c+++"; "b!tch" is
 * obscenity's). Asterisks after more than one letter must have letters after them: "**bold**"
 * is Markdown. "C++" (two plus signs) is a programming language.
 */
const MASKED = /(?<![\p{L}\p{N}*])(?:\p{L}\*{2,}|\p{L}{1,3}(?:\*+(?=\p{L})|\+{3,}|#{2,}))\p{L}{0,6}(?![\p{L}\p{N}*+#])/gu;

/** A grawlix standing for a swear word ("like #!?$@"): at least three different signs, so "$$$$" and "!?!?" pass. */
const GRAWLIX = /(?<![\p{L}\p{N}#!?$@%&*])[#!?$@%&*]{4,}(?![\p{L}\p{N}#!?$@%&*])/gu;

const HOPE = new Set(['hope', 'wish', 'pray']);
const DESERVED_HARM = new Set(['shoot', 'shot', 'die', 'suffer', 'hang', 'hanged', 'kill', 'beat', 'punch', 'slap', 'rot', 'burn']);
const HARM = new Set(['die', 'suffer', 'rip', 'rot', 'burn', 'choke', 'illness', 'cancer', 'problem', 'pain', 'death', 'dead', 'sick', 'covid', 'virus', 'hell']);
/** Words before a verb that make it an intention or a threat: "might drop", "I'll slap", "gonna kill". */
const INTENT = new Set(['might', 'will', "'ll", 'gonna', 'could', 'would', 'wanna', 'to']);
const VICTIMS = new Set(['patient', 'grandma', 'grandpa', 'granny', 'nan', 'kid', 'child', 'baby', 'him', 'her', 'mom', 'mum', 'dad', 'family', 'lady', 'man', 'woman', 'guy']);
/** People a clinician serves, spoken of as a group. */
const GROUP_NOUNS = new Set(['patient', 'people', 'parent', 'mom', 'mum', 'family', 'kid', 'customer', 'client', 'public', 'person', 'woman', 'man', 'user', 'addict', 'junkie', 'idiot']);
/** Negative words that describe a condition, not a person's worth: "sick people", "dying patients". */
const DESCRIPTIVE = new Set([...STATES_OF_PEOPLE, 'deadly', 'tragic']);
const HURT = new Set(['drop', 'hurt', 'kill', 'slap', 'punch', 'hit', 'smack', 'smother', 'poison', 'strangle', 'stab', 'kick']);
const CARE_GIVING = new Set(['treat', 'prescribe', 'care', 'help', 'save', 'vaccinate', 'intubate', 'ventilate', 'resuscitate', 'see', 'give']);
const CARE_THINGS = new Set([...CARE_THINGS_BASE, 'viagra', 'insulin', 'medicine', 'meds']);
/** Groups of people a clinician must never sort patients by. */
const GROUPS = new Set([
  'supporter', 'supporters', 'voter', 'voters', 'conservative', 'conservatives', 'liberal', 'liberals', 'republican', 'republicans',
  'democrat', 'democrats', 'maga', 'trump', 'tory', 'tories', 'labour', 'unvaccinated', 'antivaxxer', 'antivaxxers', 'anti-vaxxer',
  'anti-vaxxers', 'immigrant', 'immigrants', 'muslim', 'muslims', 'jew', 'jews', 'christian', 'christians', 'gay', 'trans', 'white', 'black', 'male', 'males',
]);
const VENTING = new Set(['ick', 'icks', 'peeve', 'peeves']);
const ALCOHOL = new Set(['beer', 'beers', 'wine', 'vodka', 'tequila', 'whiskey', 'gin', 'booze', 'drunk', 'hangover', 'hungover', 'pitcher', 'prosecco', 'margarita']);
const FEEL = new Set(['feel', 'feeling']);
/** What a clinic offers for a hangover. */
const TREATMENTS = new Set(['cure', 'relief', 'recovery', 'drip', 'iv', 'treatment', 'remedy', 'package', 'infusion']);
const WORK = new Set(['shift', 'work', 'scrubs', 'ward', 'call', 'clinic', 'hospital', 'patient', 'patients', 'nightshift']);
const PEOPLE = new Set(['patient', 'patients', 'man', 'woman', 'lady', 'guy', 'kid', 'child', 'baby', 'mom', 'mum', 'dad', 'family', 'grandma', 'grandpa', 'granny', 'people', 'he', 'she', 'they', 'him', 'her', 'them']);

/** Words that make "bloody" an intensifier: before a describing word, a verb or a pronoun. */
const INTENSIFIED = new Set(['ADJ', 'ADV', 'VERB', 'AUX', 'PRON', 'NUM']);

/**
 * "a bloody good paramedic", "I bloody woke up 1 bloody minute before": British swearing that
 * obscenity's American list leaves out. Before a noun it may be literal ("a bloody nose", "bloody
 * stools"), so only the intensifier is read: before a describing word or a verb, or after a number.
 */
function intensifyingBloody(a: Analysis, i: number): boolean {
  const t = a.tokens;
  if (t[i].lower !== 'bloody') return false;
  const next = t[i + 1];
  if (!next || next.sentence !== t[i].sentence) return false;
  return INTENSIFIED.has(next.pos) || t[i - 1]?.pos === 'NUM' || next.lower === 'hell';
}

export function readAttitudes(a: Analysis, prose: string): AttitudeFinding[] {
  const out: AttitudeFinding[] = [];
  const from = a.sentences[0]?.start ?? 0;
  const to = a.sentences[a.sentences.length - 1]?.end ?? 0;
  const body = prose.slice(from, to);
  // The matcher reads text character by character (slow on long posts), so it is given only
  // the words that may be listed, joined into one string and searched in one call.
  const match = profanity();
  let joined = '';
  const pieces: { at: number; start: number; end: number }[] = [];
  for (let i = 0; i < a.tokens.length; i++) {
    const t = a.tokens[i];
    if (t.type !== 'word' || !mayBeListed(t.lower) || inProperName(a, i)) continue;
    pieces.push({ at: joined.length, start: t.start, end: t.end });
    joined += `${t.text} `;
  }
  if (pieces.length) {
    for (const m of match.getAllMatches(joined, true)) {
      let k = pieces.length - 1;
      while (k > 0 && pieces[k].at > m.startIndex) k--;
      const piece = pieces[k];
      const found = wholeWord(prose, piece.start + m.startIndex - piece.at, piece.start + m.endIndex + 1 - piece.at);
      if (found) out.push({ start: found.start, end: found.end, kind: 'swearing' });
    }
  }
  BLANKED.lastIndex = 0;
  for (let m; (m = BLANKED.exec(body)); ) out.push({ start: from + m.index, end: from + m.index + m[0].length, kind: 'swearing' });
  GRAWLIX.lastIndex = 0;
  for (let m; (m = GRAWLIX.exec(body)); ) if (new Set(m[0]).size >= 3) out.push({ start: from + m.index, end: from + m.index + m[0].length, kind: 'swearing' });
  MASKED.lastIndex = 0;
  for (let m; (m = MASKED.exec(body)); ) {
    const start = from + m.index;
    if (!out.some((f) => f.start <= start && start < f.end)) out.push({ start, end: start + m[0].length, kind: 'swearing' });
  }

  for (let i = 0; i < a.tokens.length; i++) if (intensifyingBloody(a, i)) out.push({ start: a.tokens[i].start, end: a.tokens[i].end, kind: 'swearing' });

  let people = false;
  let work = false;
  for (const t of a.tokens) {
    if (PEOPLE.has(t.lemma) || PEOPLE.has(t.lower)) people = true;
    if (WORK.has(t.lower) || WORK.has(t.lemma)) work = true;
  }
  const quiet = quietPost(a);
  for (const s of a.sentences) {
    const found = readSentence(a, s, { people, work, quiet });
    if (found) out.push(found);
  }
  return out.sort((x, y) => x.start - y.start);
}

function readSentence(a: Analysis, s: NlpSentence, post: { people: boolean; work: boolean; quiet: boolean }): AttitudeFinding | undefined {
  const t = a.tokens;
  const span = (i: number, j: number, kind: AttitudeKind): AttitudeFinding => ({ start: t[i].start, end: t[Math.min(j, s.last) - 1].end, kind });
  for (let i = s.first; i < s.last; i++) {
    const w = t[i];
    // Insults: "you are such a X", "you X", "being an X", "these X", "a complete X".
    if (insultFrame(a, s, i)) {
      const described = t[i + 1]?.pos === 'ADJ' && t[i + 2]?.pos === 'NOUN';
      const noun = t[i + 1 + (described ? 1 : 0)];
      // "these stupid patients" names people; "these terrible losses" grieves.
      const aimed = !described || GROUP_NOUNS.has(noun.lemma);
      // ("those suffering from pelvic pain" describes people, it does not name them.)
      if (noun && aimed && !DESCRIPTIVE.has(noun.lower) && (noun.pos === 'NOUN' || noun.pos === 'ADJ' || noun.pos === 'PROPN') && wordSentiment(noun.text) <= -0.5) return span(i, t.indexOf(noun) + 1, 'insult');
    }
    // "they all deserve to be shot", "deserves to die"
    if (w.lemma === 'deserve' && !w.negated) {
      const harm = hasLemma(a, i + 1, Math.min(s.last, i + 5), DESERVED_HARM);
      if (harm >= 0) return span(i, harm + 1, 'harm');
    }
    // Wishing harm: "I hope you suffer…", "hope they rot".
    if (HOPE.has(w.lemma) && w.pos === 'VERB' && !w.negated) {
      const target = hasLemma(a, i + 1, Math.min(s.last, i + 4), new Set(['you', 'they', 'he', 'she', 'them', 'family']));
      const harm = target >= 0 ? hasLemma(a, target + 1, Math.min(s.last, target + 8), HARM) : -1;
      if (harm >= 0) return span(i, harm + 1, 'harm');
    }
    // "let the … die", "let them die", "Let'em die" (one token for wink); "let my blog rot" lets a thing go.
    if ((w.lemma === 'let' || w.lower === "let'em") && t[i + 1] && t[i + 1].lower !== 'me' && t[i + 1].lower !== 'us' && !letsThingGo(t, i) && hasLemma(a, i + 1, Math.min(s.last, i + 6), new Set(['die', 'rot', 'suffer'])) >= 0) {
      return span(i, hasLemma(a, i + 1, s.last, new Set(['die', 'rot', 'suffer'])) + 1, 'harm');
    }
    if (w.lemma === 'inflict' && hasLemma(a, i + 1, Math.min(s.last, i + 6), HARM) >= 0) return span(i, hasLemma(a, i + 1, s.last, HARM) + 1, 'harm');
    // Threats and jokes about hurting patients: "might drop your grandma later", "I'll slap him".
    if (HURT.has(w.lemma) && w.pos === 'VERB' && INTENT.has(t[i - 1]?.lower ?? '')) {
      const victim = t[i + 1]?.lower === 'your' || t[i + 1]?.lower === 'the' || t[i + 1]?.lower === 'this' ? t[i + 2] : t[i + 1];
      if (victim && VICTIMS.has(victim.lemma)) return span(i - 1, t.indexOf(victim) + 1, 'harm');
    }
    // A name for people: "stupid patients", "lazy parents" (a strongly negative word before people).
    // A noun before people mostly names their care ("trauma patients", "pain patients"); only a noun
    // that is an insult in itself ("scumbag patients") names them.
    // ("doctors make terrible patients": clinicians laughing at themselves as patients.)
    if ((w.pos === 'ADJ' || w.pos === 'NOUN') && i + 1 < s.last && GROUP_NOUNS.has(t[i + 1].lemma) && t[i + 2]?.pos !== 'NOUN' && !/(?:est|worst)$/.test(w.lower) && !DESCRIPTIVE.has(w.lower) && !clinicianAsPatient(t, i) && wordSentiment(w.text) <= (w.pos === 'NOUN' ? -0.8 : -0.6)) {
      return span(i, i + 2, 'insult');
    }
    // Refusing care: "choose not to prescribe", "no more Viagra", "give up their ventilators" — for a group.
    const refusal = refusalAt(a, s, i);
    if (refusal > i && groupNear(a, s)) return span(i, refusal + 1, 'refusal');
    // Venting frames: "my ick is when you…", "pet peeve".
    if (VENTING.has(w.lower) && (hasLemma(a, i + 1, Math.min(s.last, i + 4), new Set(['when', 'is', 'be'])) >= 0 || t[i - 1]?.lower === 'another')) return span(Math.max(s.first, i - 1), i + 1, 'venting');
    // Names that mock: "Mrs. Pushy", "Banana Man", our 'experts'.
    const nickname = nicknameAt(a, s, i);
    if (nickname > i) return span(i, nickname, 'nickname');
    const sneer = scareQuotesAt(a, s, i);
    if (sneer > i) return span(i, sneer, 'sneer');
    // Laughing at patients: "they lost 4 mLs of blood! LOL." (not "I always find a man to do the shaves haha").
    if (post.people && LAUGHTER.test(w.text) && laughsAtThem(a, s)) return span(i, i + 1, 'mockery');
    // Drinking tied to work.
    // ("hangover cures", "hangover relief": a treatment a clinic offers, not anyone's drinking.)
    // ("quite fuzzy and drunk feeling by the end of that first shift", "I felt drunk with tiredness": a feeling, not drinking.)
    const feeling = w.lower === 'drunk' && hasLemma(a, Math.max(s.first, i - 2), Math.min(s.last, i + 2), FEEL) >= 0;
    if (post.work && (ALCOHOL.has(w.lemma) || ALCOHOL.has(w.lower)) && !feeling && !TREATMENTS.has(t[i + 1]?.lemma ?? '') && hasLemma(a, previousSentenceStart(a, s), s.last, WORK) >= 0) return span(i, i + 1, 'drinking');
  }
  // Faking, wishing for emergencies, refusing care, deserved illness, "too stupid to…".
  const attitude = readAttitude(a, s, post.quiet) ?? readSarcasm(a, s, post.work);
  return attitude && span(attitude.first, attitude.last, attitude.kind);
}

/** "doctors make terrible patients", "we nurses make such bad patients": clinicians speaking of themselves as patients. */
function clinicianAsPatient(t: readonly NlpToken[], i: number): boolean {
  let k = i - 1;
  if (t[k]?.lower === 'such' || t[k]?.lower === 'the') k--;
  if (t[k]?.lemma !== 'make') return false;
  const maker = t[k - 1];
  return !!maker && (CLINICIAN_ROLES.has(maker.lemma) || maker.lower === 'we');
}

/** "let my blog rot", "let the plants die": what is let go is a thing, not a person. */
function letsThingGo(t: readonly NlpToken[], i: number): boolean {
  const owner = t[i + 1];
  const thing = t[i + 2];
  return DETERMINERS.has(owner.lower) && !!thing && thing.pos === 'NOUN' && !GROUP_NOUNS.has(thing.lemma) && !VICTIMS.has(thing.lemma);
}
/** Words before what is let go: "my blog", "the plants". */
const DETERMINERS = new Set(['my', 'our', 'the', 'this', 'that', 'his', 'its', 'their', 'your']);

/** Words that aim what follows at a person: "you are such a", "you", "being an", "these", "a complete". */
function insultFrame(a: Analysis, s: NlpSentence, i: number): boolean {
  const t = a.tokens;
  const w = t[i];
  const prev = t[i - 1];
  const prev2 = t[i - 2];
  if (w.lower === 'such' && t[i + 1]?.lower === 'a') return false; // read at "a"
  // "he's such a pain", "that patient in bay 3 is such a pain", not "makes daily living such a
  // battle": "such a" is aimed at someone who is the subject of "be" just before.
  const suchAtSomeone = prev?.lower === 'such' && (prev2?.lemma === 'be' || prev2?.lower === "'s") && hasLemma(a, Math.max(s.first, i - 8), i - 2, PEOPLE) >= 0;
  if ((w.lower === 'a' || w.lower === 'an') && prev && (suchAtSomeone || prev.lemma === 'be' && prev2 && SECOND_PERSON.has(prev2.lower) || prev.lower === 'being' || prev.lower === 'complete' || prev.lower === 'total')) return true;
  if (w.lower === 'complete' || w.lower === 'total') return prev?.lower === 'a';
  if (w.lower === 'you' && i + 1 < s.last && t[i + 1].pos === 'NOUN') return true;
  // "these idiots", not "those unwell" (a description of people, not a name for them).
  if ((w.lower === 'these' || w.lower === 'those') && (t[i + 1]?.pos === 'NOUN' || (t[i + 1]?.pos === 'ADJ' && t[i + 2]?.pos === 'NOUN'))) return true;
  return false;
}

/** The end of a refusal of care starting at token i, or -1. */
function refusalAt(a: Analysis, s: NlpSentence, i: number): number {
  const t = a.tokens;
  const w = t[i];
  // "not to prescribe", "won't treat", "refuse to treat"
  const negatedBefore = NEGATIONS.has(t[i - 1]?.lower ?? '') || NEGATIONS.has(t[i - 2]?.lower ?? '');
  if ((w.lower === 'not' || w.lower === "n't" || (w.lemma === 'refuse' && !negatedBefore) || w.lower === 'never') && s.last > i + 1) {
    const verb = hasLemma(a, i + 1, Math.min(s.last, i + 4), CARE_GIVING);
    if (verb >= 0 && (w.lemma === 'refuse' || t[i - 1]?.lower === 'choose' || t[i - 1]?.lemma === 'choose' || t[i - 2]?.lemma === 'choose' || t[i - 1]?.lower === 'will' || t[i - 1]?.lower === 'wo')) return verb;
  }
  // "will no longer see patients who are not vaccinated"
  if (w.lower === 'no' && t[i + 1]?.lower === 'longer') {
    const verb = hasLemma(a, i + 2, Math.min(s.last, i + 5), CARE_GIVING);
    if (verb >= 0) return verb;
  }
  // "no more Viagra", "give up their ventilators"
  if (w.lower === 'no' && t[i + 1]?.lower === 'more' && CARE_THINGS.has(t[i + 2]?.lower ?? '')) return i + 2;
  if (w.lemma === 'give' && t[i + 1]?.lower === 'up') {
    const thing = hasLemma(a, i + 2, Math.min(s.last, i + 5), CARE_THINGS);
    if (thing >= 0) return thing;
  }
  return -1;
}

/** A group of people named in the sentence or the one before it. */
function groupNear(a: Analysis, s: NlpSentence): boolean {
  for (let i = previousSentenceStart(a, s); i < s.last; i++) {
    const w = a.tokens[i];
    if (GROUPS.has(w.lower) || GROUPS.has(w.lemma) || (w.lemma === 'vote' && w.pos === 'VERB')) return true;
    // "patients that are not vaccinated", "who aren't vaccinated"
    if ((w.lemma === 'vaccinate' || w.lower === 'vaccinated') && (a.tokens[i - 1]?.lower === 'not' || a.tokens[i - 1]?.lower === "n't")) return true;
  }
  return false;
}

/** The first token of the sentence before this one (or of this one, if it is the first). */
function previousSentenceStart(a: Analysis, s: NlpSentence): number {
  const index = a.tokens[s.first].sentence;
  return index > 0 ? a.sentences[index - 1].first : s.first;
}

/**
 * The laugh closes a sentence about patients or people in care: the subject of its sentence (or,
 * for a laugh standing alone, of the sentence before) is one of them, not the writer.
 */
function laughsAtThem(a: Analysis, s: NlpSentence): boolean {
  const t = a.tokens;
  let told = s;
  if (!hasWordsBesidesLaughter(a, s)) {
    const index = t[s.first].sentence;
    if (index === 0) return false;
    told = a.sentences[index - 1];
  }
  for (let i = told.first; i < told.last; i++) {
    if (t[i].pos === 'VERB' || t[i].pos === 'AUX') return false;
    if (t[i].pos === 'NOUN' || t[i].pos === 'PRON' || t[i].pos === 'PROPN') return PEOPLE.has(t[i].lemma) || EVERYONE.has(t[i].lower);
  }
  return false;
}
const EVERYONE = new Set(['everyone', 'everybody']);

function hasWordsBesidesLaughter(a: Analysis, s: NlpSentence): boolean {
  for (let i = s.first; i < s.last; i++) if (a.tokens[i].type === 'word' && !LAUGHTER.test(a.tokens[i].text)) return true;
  return false;
}
