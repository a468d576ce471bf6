// A post of some length with no question and no invitation to reply. Posts that ask
// something start conversations; posts that only broadcast do not. The squiggle goes on
// the post's last sentence, where a closing question belongs, and the suggestions add
// one right after it.

import type { PostDocument, Span, Token } from '../document';
import { defineRule } from '../rule';
import type { Suggestion } from '../types';
import { countableWords } from '../derived';
import { withoutMarker } from './reading-level';
import { CLOSING_QUESTIONS, INVITATIONS } from './no-conversation.data';

interface Options {
  minWords: number;
}

export default defineRule<Options>({
  meta: {
    id: 'no-conversation',
    guideline: 'promote-conversation',
    defaultSeverity: 'hint',
    description: 'Longer posts with no question and no invitation to reply.',
    why: 'Social media works for clinicians when it becomes a conversation: questions from readers show what they need and build trust over time. A post that only broadcasts gives followers no reason to reply.',
    goodExample: 'Sunscreen needs topping up every two hours outdoors, and after swimming. What questions do you have about sun safety this summer?',
    fixable: false,
    hasSuggestions: true,
    options: {
      minWords: { type: 'number', default: 40, min: 0, max: 100_000, integer: true, description: 'Posts with fewer words are not checked.' },
    },
  },
  check(context) {
    const { doc, options } = context;
    const words = countableWords(doc);
    if (words.length < options.minWords) return;
    if (doc.prose.indexOf('?', doc.body.start) >= 0) return;
    if (hasInvitation(doc.prose, doc.tokens)) return;
    const sentence = lastSentence(doc, words);
    if (!sentence) return;
    const last = { start: withoutMarker(doc.text, sentence).start, end: insertionPoint(doc, sentence.end) };
    const suggestions: Suggestion[] = CLOSING_QUESTIONS.map((q) => ({
      title: `Add a question: "${q}"`,
      edits: [{ start: last.end, end: last.end, newText: `\n\n${q}` }],
    }));
    context.report({
      start: last.start,
      end: last.end,
      message:
        'This post asks nothing of its readers: it has no question and no invitation to reply. Followers trust clinicians who talk with them, not at them, and their questions show you what to post next. End with a question or an invitation such as "Let us know in the comments."',
      suggestions,
    });
  },
});

/**
 * Invitations as word sequences, indexed by their first word. The words after the first are
 * kept without apostrophes, the form they are compared in.
 */
const BY_FIRST_WORD: ReadonlyMap<string, readonly string[][]> = (() => {
  const map = new Map<string, string[][]>();
  for (const phrase of INVITATIONS) {
    const words = phrase.toLowerCase().split(/\s+/);
    const spellings = words[0].includes("'") ? [words, [words[0].replace(/'/g, ''), ...words.slice(1)]] : [words];
    for (const w of spellings) {
      const list = map.get(w[0]) ?? [];
      list.push([w[0], ...w.slice(1).map((x) => x.replace(/'/g, ''))]);
      map.set(w[0], list);
    }
  }
  return map;
})();

/** Only spaces or tabs, with at most one line break, between two words. */
const LINE_GAP = /^[ \t]*\r?\n?[ \t]*$/;

/** Whether the prose contains an invitation to reply (whole words, in one line or wrapped). */
function hasInvitation(prose: string, tokens: readonly Token[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    const candidates = BY_FIRST_WORD.get(tokens[i].lower);
    if (!candidates) continue;
    for (const words of candidates) {
      let ok = i + words.length <= tokens.length;
      for (let j = 1; ok && j < words.length; j++) {
        const a = tokens[i + j - 1];
        const b = tokens[i + j];
        const lower = b.lower.includes("'") ? b.lower.replace(/'/g, '') : b.lower;
        ok = lower === words[j] && ((b.start === a.end + 1 && prose.charCodeAt(a.end) === 32) || LINE_GAP.test(prose.slice(a.end, b.start)));
      }
      if (ok) return true;
    }
  }
  return false;
}

/** The last sentence with a real word in it (not a line of hashtags or mentions). */
function lastSentence(doc: PostDocument, words: readonly Token[]): Span | undefined {
  const lastWord = words[words.length - 1];
  for (let i = doc.sentences.length - 1; i >= 0; i--) {
    const s = doc.sentences[i];
    if (s.start <= lastWord.start) return s;
  }
  return undefined;
}

/** Just after the sentence, and after a link or code that ends its line ("More at https://…"). */
function insertionPoint(doc: PostDocument, end: number): number {
  const { text, prose } = doc;
  let at = end;
  for (let i = end; i < text.length && text[i] !== '\n' && text[i] !== '\r'; i++) {
    if (text[i] === ' ' || text[i] === '\t') continue;
    if (prose[i] !== ' ') break; // prose again: hashtags or a new sentence stay after the question
    at = i + 1;
  }
  return at;
}
