// Shouting: runs of words in capitals ("BOOK YOUR FLU SHOT TODAY") and runs of
// exclamation marks ("!!!"). Acronyms (COVID, CPR, NHS…), numbers, hashtags
// (#CPRSAVESLIVES) and @mentions are not shouting. A run of capitals needs `minWords`
// capitalised words that are not acronyms, within one sentence.
//
// Exclamation runs have a safe fix (one "!"). Capitals only get a suggestion: turning
// them into sentence case would also lower-case names ("ST MARY'S"), so it is the
// writer's call.

import type { PostDocument, Token } from '../document';
import { defineRule } from '../rule';
import type { Suggestion } from '../types';
import { atSentenceStart } from './shared/context';
import { ACRONYMS } from './shouting.data';

interface Options {
  minWords: number;
  acronyms: string[];
}

export default defineRule<Options>({
  meta: {
    id: 'shouting',
    guideline: 'clarity',
    defaultSeverity: 'warning',
    description: 'A whole sentence in capitals ("BOOK YOUR FLU SHOT TODAY."), a warning; a few words in capitals or "!!!", a note.',
    why: 'Capitals and strings of exclamation marks read as shouting or alarm. From a clinician they can worry patients or look unprofessional, and text in capitals is harder to read because words lose their shape.',
    goodExample: 'Flu shots are here! Ask us if you have questions about the vaccine.',
    fixable: true,
    hasSuggestions: true,
    options: {
      minWords: { type: 'number', default: 3, min: 1, max: 100, integer: true, description: 'Capitalised words in a row (acronyms not counted) that make a run of capitals.' },
      acronyms: { type: 'string[]', default: [], description: 'More words that are fine in capitals (your clinic\'s or team\'s own acronyms).' },
    },
  },
  check(context) {
    const { doc, options } = context;
    const extra = new Set((options.acronyms ?? []).map((a) => a.toUpperCase()));
    const kindOf = classifier(extra);
    // A word in capitals has two capital letters in a row (at most an apostrophe or hyphen
    // between them); most posts have none, and then there is no run to look for.
    const runs = /\p{Lu}['’\-]?\p{Lu}/u.test(doc.prose) ? capitalRuns(doc, kindOf, Math.max(1, options.minWords)) : [];
    for (const run of runs) {
      const { start } = run[0];
      const { end } = run[run.length - 1];
      const newText = sentenceCase(doc, run, kindOf);
      context.report({
        start,
        end,
        // A whole sentence or line in capitals shouts at the reader; a few words in one are emphasis, a note.
        severity: wholeSentence(doc, run) || wholeLines(doc, run) ? undefined : 'info',
        message:
          'These words are in capitals, which reads as shouting online and is harder to read (words lose their shape). From a clinician it can alarm patients or look unprofessional. Write them in sentence case; to stress a point, put it first or on its own short line.',
        suggestions: [{ title: `Write in sentence case: "${preview(newText)}"`, edits: [{ start, end, newText }] }],
      });
    }
    const exclamations = /[!?]{2,}/g;
    for (let m; (m = exclamations.exec(doc.prose)); ) {
      if (m.index < doc.body.start) continue;
      const bangs = m[0].split('!').length - 1;
      if (bangs < 2) continue; // "?!" is a surprised question, not shouting
      const single = m[0].includes('?') ? '?' : '!';
      const fix: Suggestion = {
        title: `Use a single "${single}"`,
        edits: [{ start: m.index, end: m.index + m[0].length, newText: single }],
      };
      context.report({
        start: m.index,
        end: m.index + m[0].length,
        message: `"${m[0]}" reads as shouting or alarm. In health posts, strings of exclamation marks can worry patients and make the news look less trustworthy. One "${single}" is enough.`,
        suggestions: [fix],
        fix,
        severity: 'info',
      });
    }
  },
});

type Kind = 'caps' | 'neutral' | 'break';

/** The run holds every word of its sentence (hashtags, mentions and numbers aside). */
function wholeSentence(doc: PostDocument, run: Token[]): boolean {
  const { sentences, tokens, text } = doc;
  const first = run[0];
  const last = run[run.length - 1];
  const sentence = sentences.find((s) => s.start <= first.start && first.start < s.end);
  if (!sentence) return false;
  for (const t of tokens) {
    if (t.end <= sentence.start || t.start >= sentence.end) continue;
    if (t.start >= first.start && t.end <= last.end) continue;
    if (t.lower.startsWith('#') || text[t.start - 1] === '@' || !/\p{L}/u.test(t.lower)) continue;
    return false;
  }
  return true;
}

/**
 * The run fills its lines, with at least three words in capitals: a headline or a line of ad
 * copy ("NEW YEAR CAMPAIGN", "APPLY NOW") is shouted even where no full stop ends it.
 */
function wholeLines(doc: PostDocument, run: Token[]): boolean {
  const { text } = doc;
  if (run.length < 3) return false;
  const lineStart = text.lastIndexOf('\n', run[0].start - 1) + 1;
  const lineEnd = text.indexOf('\n', run[run.length - 1].end);
  const before = text.slice(lineStart, run[0].start);
  const after = text.slice(run[run.length - 1].end, lineEnd < 0 ? text.length : lineEnd);
  return !/\p{L}/u.test(before) && !/\p{L}/u.test(after);
}

/** Runs of capitalised tokens (acronyms, numbers and single letters may sit inside), one sentence at most. */
function capitalRuns(doc: PostDocument, kindOf: (word: string) => Kind, minWords: number): Token[][] {
  const { tokens, text, prose } = doc;
  const mentionStarts = new Set(doc.mentions.map((m) => m.start + 1));
  const runs: Token[][] = [];
  let run: Token[] = [];
  let caps = 0;
  const close = () => {
    // Numbers at the end are not part of the shouting ("CALL US TODAY 555 0100").
    while (run.length && !isWordLike(text.slice(run[run.length - 1].start, run[run.length - 1].end))) run.pop();
    if (caps >= minWords) runs.push(run);
    run = [];
    caps = 0;
  };
  const { sentences } = doc;
  let sentence = 0;
  let previousSentence = -1;
  for (const token of tokens) {
    while (sentence < sentences.length && sentences[sentence].end <= token.start) sentence++;
    // Most words start with a lower-case letter: they break a run without a closer look.
    const first = text.charCodeAt(token.start);
    const kind: Kind =
      (first >= 97 && first <= 122) || first === 35 || mentionStarts.has(token.start) ? 'break' : kindOf(text.slice(token.start, token.end));
    if (run.length) {
      const last = run[run.length - 1];
      // A run stays within one sentence and never spans code, links or comments.
      const apart = sentence !== previousSentence || text.slice(last.end, token.start) !== prose.slice(last.end, token.start);
      if (kind === 'break' || apart) close();
    }
    previousSentence = sentence;
    if (kind === 'break') continue;
    if (kind === 'neutral' && !run.length && !isWordLike(text.slice(token.start, token.end))) continue;
    run.push(token);
    if (kind === 'caps') caps++;
  }
  if (run.length) close();
  return runs;
}

/** Classifies words, each spelling once per post (posts repeat words). */
function classifier(extra: ReadonlySet<string>): (word: string) => Kind {
  const kinds = new Map<string, Kind>();
  return (word) => {
    let kind = kinds.get(word);
    if (kind === undefined) kinds.set(word, (kind = classify(word, extra)));
    return kind;
  };
}

function isWordLike(word: string): boolean {
  return /\p{L}/u.test(word);
}

function classify(word: string, extra: ReadonlySet<string>): Kind {
  if (word[0] === '#') return 'break';
  if (/^[a-z]/.test(word)) return 'break'; // the common case: a lower-case word
  const letters = word.replace(/[^\p{L}]/gu, '');
  if (!letters) return 'neutral'; // a number
  const upper = letters.toUpperCase();
  if (letters !== upper || upper === letters.toLowerCase()) return letters.length === 1 && letters === upper ? 'neutral' : 'break';
  if (letters.length === 1 || /\p{N}/u.test(word)) return 'neutral'; // "I", "A", "COVID-19", "H1N1"
  if (isAcronym(word, extra)) return 'neutral';
  return 'caps';
}

function isAcronym(word: string, extra: ReadonlySet<string>): boolean {
  const key = word.toUpperCase().replace(/['’]S$/, '');
  if (ACRONYMS.has(key) || extra.has(key)) return true;
  // Capitals without a vowel are spelled out: "CPR", "NHS", "BMJ".
  return /^[\p{L}]+$/u.test(key) && !/[AEIOUY]/.test(key) && /^[A-Z]+$/.test(key);
}

/** The run in sentence case: acronyms stay, "I" stays, the first word is capitalised at a sentence start. */
function sentenceCase(doc: PostDocument, run: readonly Token[], kindOf: (word: string) => Kind): string {
  const { text } = doc;
  let out = '';
  run.forEach((token, i) => {
    if (i > 0) out += text.slice(run[i - 1].end, token.start);
    const word = text.slice(token.start, token.end);
    let cased: string;
    if (/^I(?:['’](?:M|LL|VE|D))?$/i.test(word)) cased = `I${word.slice(1).toLowerCase()}`;
    else if (word.length > 1 && kindOf(word) === 'neutral') cased = word; // acronyms, "COVID-19"
    else cased = word.toLowerCase();
    if (i === 0 && atSentenceStart(doc, token.start)) cased = cased.charAt(0).toUpperCase() + cased.slice(1);
    out += cased;
  });
  return out;
}

function preview(s: string): string {
  return s.length > 40 ? `${s.slice(0, 37)}…` : s;
}
