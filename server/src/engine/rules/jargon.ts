// Medical terms patients may not know ("hypertension", "NPO"), with plain alternatives.
// Only for posts to patients (the default audience). A term the writer already explains,
// "hypertension (high blood pressure)", "high blood pressure (hypertension)" or
// "hypertension, or high blood pressure,", is left alone.

import type { PostDocument } from '../document';
import { matchCase } from '../edits';
import type { PhraseMatch } from '../phrases';
import { defineRule } from '../rule';
import type { Suggestion, TextEdit } from '../types';
import { JARGON_TERMS, indefiniteArticle, type JargonEntry } from './jargon.data';
import { atSentenceStart } from './shared/context';

export default defineRule({
  meta: {
    id: 'jargon',
    guideline: 'clarity',
    defaultSeverity: 'info',
    description: 'Medical terms patients may not know ("hypertension", "edema", "NPO"), with plain alternatives.',
    why: 'A post only helps if patients understand it. Clinical terms feel normal after years of training but leave many readers guessing, and a patient who misreads "benign" or "NPO" may worry or act wrongly.',
    goodExample: 'High blood pressure often has no symptoms, so get yours checked once a year.',
    fixable: true,
    hasSuggestions: true,
  },
  phrases: () => JARGON_TERMS,
  check(context) {
    if (context.audience === 'professionals') return;
    const { doc } = context;
    for (const match of context.phraseMatches) {
      const entry = match.entry as JargonEntry;
      if (isExplained(doc, match)) continue;
      const original = doc.text.slice(match.start, match.end);
      const plain = match.entry.replacements[0];
      const suggestions = match.entry.replacements.map((r) => suggestion(doc, match, original, r));
      context.report({
        start: match.start,
        end: match.end,
        message: `"${original}" is a medical term many patients do not know, so they may misread or skip the point of your post. ${match.entry.note ? `${match.entry.note} ` : ''}Write "${plain}" instead, or keep the term and explain it in brackets.`,
        suggestions,
        // Only where the plain words fit wherever the term stands (see NO_SAFE_FIX in jargon.data.ts).
        ...(entry.safeFix === false ? {} : { fix: suggestions[0] }),
      });
    }
  },
});

/** Whether the writer already explains the term: "(…)" right after or around it, or the plain words in the same sentence. */
function isExplained(doc: PostDocument, match: PhraseMatch): boolean {
  const { prose } = doc;
  let after = match.end;
  while (after < prose.length && (prose[after] === ' ' || prose[after] === '\t')) after++;
  if (prose[after] === '(') return true;
  let before = match.start - 1;
  while (before >= 0 && (prose[before] === ' ' || prose[before] === '\t')) before--;
  if (prose[before] === '(') return true;
  // "hypertension, or high blood pressure," / "high blood pressure, also called hypertension".
  const plain = match.entry.replacements[0].replace(/^(?:an?|the) /, '').toLowerCase();
  const window = 60 + plain.length;
  const near = prose.slice(Math.max(doc.body.start, match.start - window), Math.min(prose.length, match.end + window)).toLowerCase();
  const termAt = match.start - Math.max(doc.body.start, match.start - window);
  const termEnd = termAt + (match.end - match.start);
  for (let i = near.indexOf(plain); i >= 0; i = near.indexOf(plain, i + 1)) {
    if (/[\p{L}\p{N}]/u.test(near[i - 1] ?? '') || /[\p{L}\p{N}]/u.test(near[i + plain.length] ?? '')) continue;
    const gap = i >= termEnd ? near.slice(termEnd, i) : i + plain.length <= termAt ? near.slice(i + plain.length, termAt) : undefined;
    if (gap !== undefined && EXPLAINER.test(gap)) return true;
  }
  return false;
}

// What may stand between a term and its explanation.
const EXPLAINER = /^\s*[,;:–—-]?\s*(?:or|i\.?e\.?,?|that is,?|meaning|which means|means|also called|also known as|known as|aka|called|is|are)?\s*[,;:–—-]?\s*(?:an?|the)?\s*$/;

function suggestion(doc: PostDocument, match: PhraseMatch, original: string, replacement: string): Suggestion {
  const { text, tokens } = doc;
  const spelled = match.entry.match[0];
  const abbreviation = /[A-Z].*[A-Z]/.test(spelled);
  const letters = original.replace(/[^\p{L}]/gu, '');
  const shouted = !abbreviation && letters.length > 1 && letters === letters.toUpperCase();
  if (replacement.startsWith(`${spelled} (`)) {
    // Keep the term exactly as written and explain it.
    const rest = replacement.slice(spelled.length);
    const newText = original + (shouted ? rest.toUpperCase() : rest);
    return { title: `Explain it: "${newText}"`, edits: [{ start: match.start, end: match.end, newText }] };
  }
  let newText: string;
  if (abbreviation) {
    newText = atSentenceStart(doc, match.start) ? replacement.charAt(0).toUpperCase() + replacement.slice(1) : replacement;
  } else {
    newText = matchCase(original, replacement);
  }
  const edit: TextEdit = { start: match.start, end: match.end, newText };
  // Keep "a"/"an" right: "an analgesic" → "a pain reliever", "a deep vein thrombosis" → "a blood clot…"
  // (not "a a blood clot…"), "a haemorrhage" → "bleeding".
  const previous = tokens[match.firstToken - 1];
  if (previous && (previous.lower === 'a' || previous.lower === 'an') && /^[ \t]+$/.test(text.slice(previous.end, match.start))) {
    const article = text.slice(previous.start, previous.end);
    const gap = text.slice(previous.end, match.start);
    const own = /^(an?|the) /i.exec(replacement);
    if (/^[\p{L}]+ing$/u.test(replacement)) {
      // "a haemorrhage" → "bleeding", not "a bleeding".
      edit.start = previous.start;
      edit.newText = matchCase(article, newText);
    } else if (own) {
      edit.start = previous.start;
      edit.newText = matchCase(article, replacement);
    } else {
      const needed = indefiniteArticle(newText);
      if (needed !== previous.lower) {
        edit.start = previous.start;
        edit.newText = matchCase(article, needed) + gap + newText;
      }
    }
  }
  return { title: `Replace with "${edit.newText}"`, edits: [edit] };
}
