// unprofessional-language: sarcasm and dark jokes about the people in a clinician's care, read
// from the post's analysis (sentence openings, lemmas, sentiment, who is spoken of):
// - sarcastic delight: a frame of pleasure ("Love it when…", "Gotta love…", "Nothing like…",
//   "Ah yes, the classic…") around something a patient does or something unpleasant at work,
//   with nothing pleasant in it ("Love it when a patient tells me how to do my job");
// - wishing a group dead: "vaccine refusers can stay home and die", "they should just die";
// - saying a group should not have children: "should not be allowed to breed";
// - jokes about death or injury: laughter beside a death or an injury ("he coded lol"), and the
//   stock jokes that call an injury deserved ("natural selection", "a Darwin award").
// Genuine delight passes: "Love it when a patient comes back to say thank you" is warm, and a
// frame with no person or care in it ("Nothing like a walk in the sun") is not about patients.

import { sentimentOfText, type Analysis, type NlpSentence, type NlpToken } from '../analysis';
import { hasLemma } from './shared/meaning';
import { LAUGHTER } from './unprofessional-language.data';

export type SarcasmSpan = { first: number; last: number; kind: 'sarcasm' | 'harm' | 'dark-joke' };

/** Verbs of pleasure that open a sarcastic frame: "Love it when…", "I just adore how…". */
const DELIGHT = new Set(['love', 'adore', 'enjoy']);
/** Words before the frame that keep it one: "I just love", "Don't you just love", "Gotta love". */
const FRAME_LEAD = new Set(['i', 'just', 'really', 'gotta', 'got', 'to', 'do', "don't", 'dont', 'you', "n't", 'always', 'absolutely', 'so', 'totally']);
/** "Ah yes, the classic…", "Oh, the joys of…": a sigh that opens a sarcastic aside. */
const SIGHS = new Set(['ah', 'ahh', 'oh', 'ahhh']);
const SIGHED_AT = new Set(['classic', 'joy', 'joys', 'smell', 'sound', 'sweet', 'wonder', 'wonders', 'magic', 'glamour', 'glamor', 'life']);
/** People a sarcastic frame is aimed at. */
const PEOPLE = new Set([
  'patient', 'pt', 'guy', 'man', 'woman', 'lady', 'bloke', 'kid', 'people', 'person', 'mum', 'mom', 'dad', 'family', 'parent',
  'relative', 'visitor', 'customer', 'client', 'caller', 'regular', 'frequent', 'drunk', 'someone', 'somebody', 'he', 'she', 'they', 'you', 'u',
]);
/** The unpleasant side of care a sarcastic frame may relish: "the smell of C diff", "the call bell". */
const UNPLEASANT = new Set(['bell', 'buzzer', 'diff', 'vomit', 'puke', 'poop', 'poo', 'urine', 'pee', 'smell', 'stench', 'drunks', 'drunk']);
/** Words for staff: "Gotta love our night team" is praise. */
const OWN = new Set(['our', 'my']);
/** Groups a death wish is aimed at, besides plural nouns: "they", "those people". */
const GROUP_PRONOUNS = new Set(['they', 'them', 'those', 'these', 'people', 'everyone']);
const DEATH = new Set(['die', 'rot', 'croak']);
const WISH_MODALS = new Set(['can', 'should', 'could', 'may', 'might', 'deserve', 'ought']);
const PERMISSION = new Set(['can', 'could', 'may', 'might']);
const BREEDING = new Set(['breed', 'reproduce', 'procreate']);
/** Death and injury, as words a joke is made of. */
const DEATH_OR_INJURY = new Set(['die', 'dead', 'death', 'dying', 'kill', 'crash', 'code', 'coded', 'morgue', 'bodybag', 'decapitate', 'amputate', 'splat', 'roadkill', 'trauma', 'injury', 'overdose', 'od', 'fall', 'fell']);
/** Stock jokes that call an injury or a death deserved. */
const DESERVED_JOKES: readonly (readonly string[])[] = [['natural', 'selection'], ['darwin', 'award'], ['darwin', 'awards'], ['thin', 'the', 'herd'], ['thinning', 'the', 'herd'], ['organ', 'donor', 'season']];

const JOKE_OPENINGS = new Set(DESERVED_JOKES.map((joke) => joke[0]));

/** The first sarcasm, death wish or dark joke in the sentence, as a token span, or undefined. */
export function readSarcasm(a: Analysis, s: NlpSentence, careContext: boolean): SarcasmSpan | undefined {
  return delight(a, s, careContext) ?? deathWish(a, s) ?? darkJoke(a, s, careContext);
}

/** "Love it when a patient…", "Gotta love…", "Nothing like the smell of C diff…", "Ah yes, the classic…". */
function delight(a: Analysis, s: NlpSentence, careContext: boolean): SarcasmSpan | undefined {
  const t = a.tokens;
  let k = s.first;
  let frameEnd = -1;
  while (k < s.last && k < s.first + 4 && (FRAME_LEAD.has(t[k].lower) || t[k].type === 'punctuation')) k++;
  const w = t[k];
  if (!w) return undefined;
  if (DELIGHT.has(w.lemma) && !w.negated && (t[k + 1]?.lower === 'it' || t[k + 1]?.lower === 'how') && (t[k + 2]?.lower === 'when' || t[k + 1]?.lower === 'how')) frameEnd = k + (t[k + 1].lower === 'how' ? 2 : 3);
  else if (DELIGHT.has(w.lemma) && !w.negated && (t[s.first].lower === 'gotta' || t[s.first].lower === 'got')) frameEnd = k + 1;
  else if (w.lower === 'nothing' && k === s.first && (t[k + 1]?.lower === 'like' || t[k + 1]?.lemma === 'say')) frameEnd = k + 2;
  else if (SIGHS.has(w.lower) && k <= s.first + 1) {
    for (let j = k + 1; j < s.last && j < k + 5; j++) if (SIGHED_AT.has(t[j].lower)) frameEnd = j + 1;
  }
  if (frameEnd < 0 || frameEnd >= s.last) return undefined;
  // Aimed at someone else doing something ("a patient tells me…", "you ask me…") or at the
  // unpleasant side of care, in a post about care; not at the writer's own team ("our night team").
  if (!careContext || OWN.has(t[frameEnd].lower) || !aimedAtOthers(t, frameEnd, s.last)) return undefined;
  // Nothing pleasant after the frame: "…comes back to say thank you" is real delight.
  if (sentimentOfText(textBetween(t, frameEnd, s.last)) > 0) return undefined;
  return { first: s.first, last: frameEnd, kind: 'sarcasm' };
}

function aimedAtOthers(t: readonly NlpToken[], from: number, to: number): boolean {
  for (let j = from; j < to; j++) {
    const w = t[j];
    if (UNPLEASANT.has(w.lower)) return true;
    // A generic "you" ("when you can see the sunrise") counts only when it does something to the writer.
    if (w.lower === 'you' || w.lower === 'u') {
      for (let k = j + 1; k < to; k++) if (t[k].lower === 'me' || t[k].lower === 'my') return true;
      continue;
    }
    if (PEOPLE.has(w.lemma) || PEOPLE.has(w.lower)) return true;
  }
  return false;
}

/** "vaccine refusers can stay home and die", "they should just die", "should not be allowed to breed". */
function deathWish(a: Analysis, s: NlpSentence): SarcasmSpan | undefined {
  const t = a.tokens;
  for (let i = s.first; i < s.last; i++) {
    const w = t[i];
    if (BREEDING.has(w.lemma) && t[i - 1]?.lower === 'to' && t[i - 2]?.lemma === 'allow' && hasLemma(a, Math.max(s.first, i - 6), i, new Set(['not', "n't", 'never'])) >= 0) {
      return { first: Math.max(s.first, i - 5), last: i + 1, kind: 'harm' };
    }
    if (!DEATH.has(w.lemma) || w.pos !== 'VERB' || w.negated) continue;
    // A modal of wishing shortly before, with a group as its subject; "can" and "may" only as
    // a dismissal ("can stay home and die", "can just die"), not as a risk ("children can die",
    // "people can get very sick and die from influenza": a death with its cause).
    const cause = t[i + 1]?.lower === 'from' || t[i + 1]?.lower === 'of';
    for (let k = i - 1; k >= s.first && k >= i - 6; k--) {
      if (!WISH_MODALS.has(t[k].lemma)) continue;
      if (PERMISSION.has(t[k].lemma) && (!dismissive(t, k + 1, i) || cause)) continue;
      const subject = t[k - 1];
      if (subject && (GROUP_PRONOUNS.has(subject.lower) || (subject.pos === 'NOUN' && plural(subject)))) return { first: k - 1, last: i + 1, kind: 'harm' };
    }
  }
  return undefined;
}

/** Laughter beside a death or an injury ("he coded lol"), or a stock joke that calls an injury deserved. */
function darkJoke(a: Analysis, s: NlpSentence, careContext: boolean): SarcasmSpan | undefined {
  const t = a.tokens;
  for (let i = s.first; i < s.last; i++) {
    if (!JOKE_OPENINGS.has(t[i].lower)) continue;
    for (const joke of DESERVED_JOKES) if (joke.every((word, j) => t[i + j]?.lower === word)) return { first: i, last: i + joke.length, kind: 'dark-joke' };
  }
  if (!careContext) return undefined;
  let laugh = -1;
  for (let i = s.first; i < s.last; i++) if (LAUGHTER.test(t[i].text)) laugh = i;
  if (laugh < 0) return undefined;
  for (let i = s.first; i < laugh; i++) {
    if (!DEATH_OR_INJURY.has(t[i].lemma) && !DEATH_OR_INJURY.has(t[i].lower)) continue;
    // "died laughing", "dying to see it", "I could kill for a coffee": idioms, not a death.
    if (idiom(t, i)) continue;
    return { first: i, last: laugh + 1, kind: 'dark-joke' };
  }
  return undefined;
}

/** "just die", "go and die", "stay home and die": words between the modal and "die" that dismiss. */
function dismissive(t: readonly NlpToken[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (t[k].lower === 'just' || t[k].lower === 'and' || t[k].lower === 'go') return true;
  return false;
}

/** "patients", "refusers" (a word wink does not know keeps its -s as its lemma). */
function plural(w: NlpToken): boolean {
  return w.lower !== w.lemma || /[^s]s$/.test(w.lower);
}

function idiom(t: readonly NlpToken[], i: number): boolean {
  const next = t[i + 1]?.lower ?? '';
  return next === 'laughing' || next === 'to' || next === 'for' || next === 'of' || next === 'in' || next === 'asleep' || next === 'off';
}

/** The words of tokens [first, last), spaced as written. */
function textBetween(t: readonly NlpToken[], first: number, last: number): string {
  let text = '';
  for (let j = first; j < last; j++) text += (j > first && t[j].start > t[j - 1].end ? ' ' : '') + t[j].text;
  return text;
}
