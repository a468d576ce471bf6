// A post that is mostly about its writer: words about the writer and their practice (I,
// me, we, our…) far outnumber words about the reader (you, your…). Quoted words ("…",
// “…” and > blockquotes) are someone else's and are not counted. Short posts are not
// judged. The squiggle goes on the opening sentence, where the reader decides whether
// the post is for them; the message gives the counts for the whole post.

import type { PostDocument, Span, Token } from '../document';
import { defineRule } from '../rule';
import { countableWords } from '../derived';
import { FIRST_PERSON_WORDS, NUMERAL_I_BEFORE, READER_WORDS } from './self-focus.data';

interface Options {
  minRatio: number;
  minFirstPerson: number;
  minWords: number;
}

export default defineRule<Options>({
  meta: {
    id: 'self-focus',
    guideline: 'promote-conversation',
    defaultSeverity: 'info',
    description: 'Posts mostly about the writer: "I", "we" and "our" far outnumber "you" and "your".',
    why: 'People follow clinicians for what helps them. A post that is mostly about you, your clinic or your team reads as self-promotion and gives readers little to respond to; one that speaks to the reader starts a conversation.',
    goodExample: 'Worried about your child\'s cough this winter? Here are three signs that mean you should call us, and three that mean rest and fluids are enough.',
    fixable: false,
    hasSuggestions: false,
    options: {
      minRatio: { type: 'number', default: 3, min: 1, max: 100, description: 'Flag when words about the writer are at least this many times the words about the reader.' },
      minFirstPerson: { type: 'number', default: 6, min: 0, max: 100_000, integer: true, description: 'Flag only posts with at least this many words about the writer.' },
      minWords: { type: 'number', default: 30, min: 0, max: 100_000, integer: true, description: 'Posts with fewer words are not judged.' },
    },
  },
  check(context) {
    const { doc, options } = context;
    const words = countableWords(doc);
    if (words.length < options.minWords) return;
    const { writer, reader } = countPerson(doc, words);
    if (writer < options.minFirstPerson || writer < options.minRatio * Math.max(reader, 1)) return;
    const first = words[0];
    const opening = doc.sentences.find((s) => s.end > first.start);
    if (!opening) return;
    const plural = (n: number) => (n === 1 ? 'word' : 'words');
    context.report({
      start: opening.start,
      end: opening.end,
      message: `This post is mostly about you and your practice: ${writer} ${plural(writer)} about you (I, we, our…), ${reader} about your readers (you, your). People follow clinicians for what helps them, and a post about yourself gives them little to reply to. Open with the reader's question or what they gain, and speak to them as "you".`,
    });
  },
});

const WRITER = 1;
const READER = 2;
/** Words about the writer or the reader, for one lookup per word. */
const PERSON = new Map<string, number>([...[...READER_WORDS].map((w): [string, number] => [w, READER]), ...[...FIRST_PERSON_WORDS].map((w): [string, number] => [w, WRITER])]);

/** Counts words about the writer and about the reader, outside quotations. */
export function countPerson(doc: PostDocument, words: readonly Token[]): { writer: number; reader: number } {
  const quoted = quotedSpans(doc);
  let q = 0;
  let writer = 0;
  let reader = 0;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    while (q < quoted.length && quoted[q].end <= w.start) q++;
    if (q < quoted.length && quoted[q].start <= w.start) continue;
    const person = PERSON.get(w.lower);
    if (person === undefined) continue;
    if (person === WRITER) {
      if ((w.lower === 'us' || w.lower === 'me') && isUpperPair(doc.text, w.start, w.end)) continue; // "US" the country, "ME" the illness (ME/CFS)
      if (w.lower === 'i' && i > 0 && NUMERAL_I_BEFORE.has(words[i - 1].lower)) continue; // "type I diabetes"
      writer++;
    } else {
      reader++;
    }
  }
  return { writer, reader };
}

/** The word at [start, end) is written "US" or "ME" (two capitals). */
function isUpperPair(text: string, start: number, end: number): boolean {
  if (end - start !== 2) return false;
  const a = text.charCodeAt(start);
  const b = text.charCodeAt(start + 1);
  return (a === 85 && b === 83) || (a === 77 && b === 69);
}

/** Quotations in the prose: "…" and “…” within a paragraph, and > blockquote lines. In order. */
function quotedSpans(doc: PostDocument): Span[] {
  const spans: Span[] = [];
  // Each kind of quotation needs its own mark: most posts have none of them.
  if (doc.prose.indexOf('"') < 0 && doc.prose.indexOf('“') < 0 && doc.prose.indexOf('>') < 0) return spans;
  const pattern = /"[^"\n]{1,400}"|“[^”\n]{1,400}”|^[ \t]*>[^\n]*/gm;
  for (let m; (m = pattern.exec(doc.prose)); ) {
    if (m.index >= doc.body.start) spans.push({ start: m.index, end: m.index + m[0].length });
  }
  return spans;
}
