import { analyse } from '../analysis';
import type { PostDocument } from '../document';
import type { PhraseMatch } from '../phrases';
import { defineRule } from '../rule';
import type { Suggestion, TextEdit } from '../types';
import { matchCase, replacementEdit } from '../edits';
import { sentenceOf, windowBefore } from './shared/context';
import { reportedSpeech } from './shared/meaning';
import { UNPROFESSIONAL_PHRASES, type UnprofessionalCategory, type UnprofessionalEntry } from './unprofessional-language.data';
import { readAttitudes, type AttitudeKind } from './unprofessional-language.reading';

interface Options {
  /** Words or phrases your team accepts (for example "damn"); their -s, -ed and -ing forms are accepted too. */
  allow: string[];
}

const MESSAGES: Record<UnprofessionalCategory, (quoted: string) => string> = {
  profanity: (q) =>
    `"${q}" is swearing. Patients, colleagues and regulators read a clinician's public posts, and swearing costs you the trust they place in you.`,
  slur: (q) =>
    `"${q}" is a slur. It hurts the people it targets, including your patients, breaks every professional code of conduct and can lead to a complaint to your regulator. Remove it.`,
  label: (q) =>
    `"${q}" is a derogatory label for people in your care. Patients and their families read your posts; labels like this shame them, stop people asking for help and can lead to complaints.`,
  venting: (q) =>
    `"${q}" vents about patients. Your patients may read it and recognise themselves, and it erodes the trust every patient places in clinicians. Talk it through with colleagues or in supervision, not on social media.`,
  drinking: (q) =>
    `"${q}" ties drinking to your work. It makes patients wonder about your fitness to practise and blurs your personal and professional accounts. Keep it off your professional account.`,
};

const ATTITUDE_MESSAGES: Record<AttitudeKind, string> = {
  swearing: 'This is swearing (mild, or written with symbols, still counts). Patients, colleagues and regulators read a clinician\'s public posts, and swearing costs you the trust they place in you. Remove it or say it another way.',
  insult: 'This insults people. Your patients, their families and the public read what clinicians post; name-calling shames them, drives people away from care and can lead to a complaint about your conduct. Disagree with ideas, respectfully, or leave it out.',
  harm: 'This wishes harm on someone. From a clinician, whose job is to care for everyone, it breaks every professional code and can end a career. Remove it.',
  refusal: 'This threatens to refuse or ration care for a group of people. Clinicians must treat everyone on need alone; saying otherwise in public breaks professional codes and frightens patients away. Remove it.',
  venting: 'This vents about patients. Your patients may read it and recognise themselves, and it erodes the trust every patient places in clinicians. Talk it through with colleagues or in supervision, not on social media.',
  nickname: 'This gives someone a mocking nickname. Patients and families recognise themselves in such names and feel ridiculed, and it tells every reader how you speak of the people in your care. Describe the situation respectfully, or leave it out.',
  sneer: 'The quotation marks around this word sneer at the people it names. Patients and colleagues read the contempt, and it undermines the trust every clinician relies on. Say plainly what you disagree with, or leave it out.',
  faking: 'This accuses someone in your care of faking. Even when you suspect it, saying so in public mocks people who may be genuinely ill, and patients who read it may fear they will not be believed. Raise concerns in the notes and with the team, not online.',
  emergency: 'This wishes for an emergency to happen. An emergency is the worst day of someone\'s life; wishing for one, even as a joke about a quiet shift, tells patients their suffering is entertainment. Leave it out.',
  mockery: 'This laughs at someone in a post about a patient. Patients and families may recognise themselves and feel mocked, and it erodes the trust every patient places in clinicians. Share what you learned, respectfully, or leave it out.',
  drinking: 'This ties drinking to your work. It makes patients wonder about your fitness to practise and blurs your personal and professional accounts. Keep it off your professional account.',
  sarcasm: 'This is sarcasm about the people in your care. Patients who read it recognise themselves and learn how you speak of them behind their backs, which erodes the trust care depends on. Say plainly what you would like people to know, or leave it out.',
  'dark-joke': 'This jokes about death or injury. To patients and families these are the worst days of their lives; a clinician laughing at them in public hurts them and reads as contempt. Leave the joke out; talk it through with colleagues instead.',
};

const ADVICE: Record<UnprofessionalCategory, string> = {
  profanity: 'Remove it or say it another way.',
  slur: '',
  label: 'Describe the situation respectfully, or do not post about individual patients at all.',
  venting: '',
  drinking: '',
};

// Masked swearing: "f*ck", "sh!t", "a**hole", "f***ing". Each candidate is a word with a masking
// character inside it, compared letter by letter with the words below (a mask stands for any letter).
const MASKED = /(?<![\p{L}\p{N}*#@$%!])[\p{L}$@][\p{L}*#@$%!]*[*#@$%!][\p{L}*#@$%!]*/gu;
const MASKS = new Set(['*', '#', '@', '$', '%', '!']);
const MASKED_BASES = [
  'fuck', 'fucks', 'fucked', 'fucker', 'fucking', 'fuckin', 'motherfucker', 'shit', 'shitty', 'bullshit', 'bitch', 'bitches',
  'asshole', 'ass', 'arse', 'bastard', 'damn', 'cunt', 'crap', 'dick', 'dickhead', 'piss', 'pissed', 'wanker', 'twat',
];
const BASES_BY_LENGTH = new Map<number, string[]>();
for (const b of MASKED_BASES) BASES_BY_LENGTH.set(b.length, [...(BASES_BY_LENGTH.get(b.length) ?? []), b]);

function maskedSwear(word: string): boolean {
  const w = word.toLowerCase();
  // A word of masks alone needs two different ones ("@$$"): "$$$$" is a price band, not "s***".
  if (!/\p{L}/u.test(w) && new Set(w).size < 2) return false;
  const first = w[0] === '$' ? 's' : w[0] === '@' ? 'a' : w[0];
  for (const base of BASES_BY_LENGTH.get(w.length) ?? []) {
    if (first !== base[0]) continue;
    let same = true;
    for (let i = 1; i < w.length && same; i++) same = w[i] === base[i] || MASKS.has(w[i]);
    if (same) return true;
  }
  return false;
}

interface Hit {
  start: number;
  end: number;
  /** Undefined for masked swearing. */
  entry?: UnprofessionalEntry;
}

const MASK_CHARS = '*#@$%!';

/** A letter, conservatively: an ASCII letter or any character past ASCII (the full test is the pattern's). */
function letterLike(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c >= 128;
}

function isMask(c: number): boolean {
  return c === 42 || c === 35 || c === 64 || c === 36 || c === 37 || c === 33;
}

/**
 * Whether the prose may hold a masked swear word, without running MASKED over it. A word
 * counts only with a mask followed by a letter inside it ("sh!t": a letter or mask before the
 * mask, a letter after) or two masks other than "!" in a row ("a**"), so a post whose masks
 * are all a plain "!" after a word, a hashtag or a mention is skipped.
 */
function mayHaveMaskedWord(prose: string): boolean {
  for (let k = 0; k < MASK_CHARS.length; k++) {
    const mask = MASK_CHARS[k];
    for (let p = prose.indexOf(mask); p >= 0; p = prose.indexOf(mask, p + 1)) {
      const next = prose.charCodeAt(p + 1);
      if (mask !== '!' && isMask(next) && next !== 33) return true;
      if (p > 0 && letterLike(next)) {
        const prev = prose.charCodeAt(p - 1);
        if (letterLike(prev) || isMask(prev)) return true;
      }
    }
  }
  return false;
}

function maskedHits(doc: PostDocument): Hit[] {
  const out: Hit[] = [];
  if (!mayHaveMaskedWord(doc.prose)) return out;
  MASKED.lastIndex = 0;
  for (let m; (m = MASKED.exec(doc.prose)); ) {
    // A trailing "!" is an exclamation ("Dam!"), and one trailing "*" a footnote ("as*"): only
    // masks inside the word, or two or more at its end ("f***", "a**"), stand for letters.
    const word = m[0].replace(/!+$/, '');
    const inner = /[*#@$%!]\p{L}/u.test(word.slice(1));
    if ((inner || /[*#@$%]{2,}$/.test(word)) && maskedSwear(word)) out.push({ start: m.index, end: m.index + word.length });
  }
  return out;
}

/** Removes the words and the comma or space after them; a sentence that now starts in lower case gets its capital back. */
function removal(text: string, start: number, end: number): TextEdit {
  let e = end;
  while (e < text.length && (text[e] === ',' || text[e] === '!')) e++;
  const spaced = text[e] === ' ';
  if (spaced) e++;
  let s = start;
  if (!spaced && s > 0 && text[s - 1] === ' ') s--;
  let p = s - 1;
  while (p >= 0 && (text[p] === ' ' || text[p] === '\t')) p--;
  const opensSentence = p < 0 || '.!?\n'.includes(text[p]);
  if (opensSentence && /\p{Ll}/u.test(text[e] ?? '')) return { start: s, end: e + 1, newText: text[e].toUpperCase() };
  return { start: s, end: e, newText: '' };
}

/** Words between "I" and a label the writer gives themselves: "I was an idiot", "I felt like such a moron". */
const SELF_LINK = new Set(['was', 'am', "'m", 'be', 'been', 'felt', 'feel', 'looked', 'look', 'like', 'such', 'a', 'an', 'complete', 'total', 'absolute', 'utter']);

function selfLabel(doc: PostDocument, match: PhraseMatch): boolean {
  const { tokens } = doc;
  const sentence = sentenceOf(doc, match);
  for (let k = match.firstToken - 1; k >= windowBefore(sentence, match, 5); k--) {
    const w = tokens[k].lower;
    if (w === 'i' || w === "i'm") return true;
    if (!SELF_LINK.has(w)) return false;
  }
  return false;
}

function allowed(options: Options, flagged: string): boolean {
  if (!options.allow?.length) return false;
  const w = flagged.toLowerCase().replace(/’/g, "'").replace(/\s+/g, ' ');
  const forms = [w, w.replace(/(?:s|es|ed|ing|in')$/, '')];
  return options.allow.some((a) => forms.includes(a.toLowerCase().trim()));
}

export default defineRule<Options>({
  meta: {
    id: 'unprofessional-language',
    guideline: 'professional',
    defaultSeverity: 'warning',
    description: 'Swearing (also disguised), slurs, insults and derogatory labels ("frequent flyer"), venting about or mocking patients, wishing harm, refusing care to a group, and drinking tied to work.',
    why: 'A clinician\'s public posts are read by patients, colleagues, employers and regulators, and stay online for years. Language that would be out of place in the clinic costs trust, can identify and hurt patients, and can lead to complaints about fitness to practise.',
    goodExample: 'Long night on the ward, and a team that never stopped caring. Thank you, night staff.',
    fixable: false,
    hasSuggestions: true,
    options: {
      allow: {
        type: 'string[]',
        default: [],
        description: 'Words or phrases your team accepts on its accounts, for example ["damn", "hell of a"]. Their -s, -ed and -ing forms are accepted too.',
      },
    },
  },
  phrases: () => UNPROFESSIONAL_PHRASES,
  check(context) {
    const { doc, options } = context;
    const { text, tokens } = doc;
    const hits: Hit[] = [];
    for (const match of context.phraseMatches) {
      const entry = match.entry as UnprofessionalEntry;
      if (entry.onlyInSentenceWith || entry.fineInSentenceWith || entry.fineAfter) {
        const sentence = sentenceOf(doc, match);
        const words = new Set<string>();
        for (let k = sentence.first; k < sentence.last; k++) words.add(tokens[k].lower);
        if (entry.onlyInSentenceWith && !entry.onlyInSentenceWith.some((w) => words.has(w))) continue;
        if (entry.fineInSentenceWith?.some((w) => words.has(w))) continue;
        const before = tokens.slice(windowBefore(sentence, match, 2), match.firstToken).map((t) => t.lower);
        if (entry.fineAfter?.some((w) => before.includes(w))) continue;
      }
      // "I thought that I was an idiot": the writer on themselves, not a label for anyone in their care.
      if (entry.category === 'label' && selfLabel(doc, match)) continue;
      hits.push({ start: match.start, end: match.end, entry });
    }
    // Listed words first when both start at the same place ("**shit**" is the word, bolded).
    hits.push(...maskedHits(doc));
    hits.sort((a, b) => a.start - b.start || (a.entry ? 0 : 1) - (b.entry ? 0 : 1));
    let reach = -1;
    const reported: { start: number; end: number }[] = [];
    for (const hit of hits) {
      if (hit.start < reach) continue;
      reach = hit.end;
      reported.push(hit);
      const original = text.slice(hit.start, hit.end);
      if (allowed(options, original)) continue;
      const category = hit.entry?.category ?? 'profanity';
      const replacements = hit.entry ? hit.entry.replacements : [''];
      const suggestions: Suggestion[] = replacements.map((r) =>
        r === ''
          ? { title: `Remove "${original}"`, edits: [removal(text, hit.start, hit.end)] }
          : { title: `Replace with "${matchCase(original, r)}"`, edits: [replacementEdit(text, hit.start, hit.end, r)] },
      );
      const parts = [MESSAGES[category](original), hit.entry?.note, ADVICE[category]].filter(Boolean);
      context.report({ start: hit.start, end: hit.end, message: parts.join(' '), suggestions });
    }
    // What the lists do not know: insults, wishes of harm, refusals of care, venting frames…
    const analysis = analyse(doc);
    for (const f of readAttitudes(analysis, doc.prose)) {
      if (reported.some((r) => r.start < f.end && f.start < r.end)) continue;
      // Words someone else said, as the writer reports them, are not the writer's attitude (their swearing still shows).
      if (f.kind !== 'swearing' && reportedSpeech(analysis, analysis.tokens.findIndex((t) => t.start === f.start))) continue;
      const original = text.slice(f.start, f.end);
      if (allowed(options, original)) continue;
      reported.push(f);
      context.report({ start: f.start, end: f.end, message: ATTITUDE_MESSAGES[f.kind] });
    }
  },
});
