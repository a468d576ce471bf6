// individual-advice: personal medical advice to one reader ("you should stop taking…",
// "DM me your results", "double your dose"). General advice to everyone ("drink water",
// "see a doctor if…") is fine; deciding about one reader's medicines, results or need for
// care is not. Phrases, rewordings and contexts live in individual-advice.data.ts.

import { analyse } from '../analysis';
import type { Span } from '../document';
import { phraseSuggestions } from '../edits';
import { defineRule } from '../rule';
import { INDIVIDUAL_ADVICE_PHRASES, type AdviceEntry } from './individual-advice.data';
import { readDiagnoses, type DiagnosisFinding } from './individual-advice.reading';
import { readStories } from './patient-story.reading';
import { compositeStated } from './patient-story.context';
import { clauseBreakAfter } from './shared/context';
import { reportedBelief, sentenceAt } from './shared/meaning';

/** Words that end a clause between two words, as punctuation does (clauseBreakAfter). */
const COORDINATORS = new Set(['and', 'or', 'but', 'then']);

export default defineRule({
  meta: {
    id: 'individual-advice',
    guideline: 'professional',
    defaultSeverity: 'warning',
    description: 'Personal medical advice to one reader, or a diagnosis of one named person at a distance ("you should stop taking…", "DM me your results", "the president has severe COVID").',
    why: 'Advice about one person\'s medicines, results or symptoms needs their history and an examination. Given in a post or by direct message it can harm a reader it does not fit, it can be taken as taking on their care, with the legal duty that brings, and messages are not a secure place for health information.',
    goodExample: 'Side effects from a new medicine? Talk with your care team before you stop taking it; they can often adjust the dose or suggest another option.',
    fixable: false,
    hasSuggestions: true,
  },
  phrases: () => INDIVIDUAL_ADVICE_PHRASES,
  check(context) {
    const { doc } = context;
    const { tokens, text } = doc;
    let s = 0;
    const reported: number[] = [];
    const analysis = analyse(doc);
    for (const match of context.phraseMatches) {
      const entry = match.entry as AdviceEntry;
      // "A common misconception is that you can stop taking antibiotics…": a belief reported to be corrected.
      if (reportedBelief(analysis, match.start)) continue;
      while (s < doc.sentences.length - 1 && doc.sentences[s].end < match.start) s++;
      const sentence: Span = doc.sentences[s] ?? { start: 0, end: text.length };
      /** One of the words occurs in the match's sentence, outside the match. */
      const sentenceHas = (words: readonly string[]): boolean => {
        for (let k = match.firstToken - 1; k >= 0 && tokens[k].start >= sentence.start; k--) if (words.includes(tokens[k].lower)) return true;
        for (let k = match.endToken; k < tokens.length && tokens[k].end <= sentence.end; k++) if (words.includes(tokens[k].lower)) return true;
        return false;
      };
      if (entry.notAfter || entry.notAfterInClause) {
        let blocked = false;
        // A clause break between the word and the match: "before the test and double your dose".
        let clauseEnded = false;
        for (let k = match.firstToken - 1; k >= Math.max(0, match.firstToken - 4); k--) {
          if (tokens[k].start < sentence.start) break;
          if (clauseBreakAfter(doc, k)) clauseEnded = true;
          const word = tokens[k].lower;
          if (entry.notAfter?.includes(word)) blocked = true;
          if (!clauseEnded && entry.notAfterInClause?.includes(word)) blocked = true;
          if (COORDINATORS.has(word)) clauseEnded = true;
        }
        if (blocked) continue;
      }
      if (entry.onlyWith && !sentenceHas(entry.onlyWith)) continue;
      if (entry.notWith && sentenceHas(entry.notWith)) continue;
      const original = text.slice(match.start, match.end);
      context.report({
        start: match.start,
        end: match.end,
        message: `"${original}" reads as personal medical advice to one reader. ${entry.note ?? ''} Advice given in a post can harm someone it does not fit and can be taken as taking on their care. Share general information instead and invite people to talk with their own care team.`.replace('  ', ' '),
        suggestions: phraseSuggestions(text, match),
      });
      reported.push(match.start);
    }
    // What the phrase list does not know: diagnosing or judging the health of one named person at a distance.
    // In a story of the writer's own patient, the patient's condition is part of the story
    // (patient-story's to report), not a diagnosis made at a distance.
    // So in a case the writer says is made up or a composite ("the above vignette is fictional").
    if (readStories(analysis).length || compositeStated(analysis)) return;
    const covered = new Set(reported.map((at) => sentenceAt(analysis, at)));
    for (const f of readDiagnoses(analysis)) {
      if (covered.has(sentenceAt(analysis, f.start))) continue;
      context.report({ start: f.start, end: f.end, message: DIAGNOSIS_MESSAGES[f.kind] });
    }
  },
});

const AT_A_DISTANCE =
  'Diagnosing someone you have not examined, in public, breaks the ethics of every profession that diagnoses (for psychiatrists, the Goldwater rule), and readers take it as a clinical opinion.';
const DIAGNOSIS_MESSAGES: Record<DiagnosisFinding['kind'], string> = {
  diagnosis: `This states that one named person has a condition. ${AT_A_DISTANCE} Explain the condition in general terms, or what doctors would want to know and why, without concluding about the person.`,
  fitness: `This judges one person's mental or physical fitness. ${AT_A_DISTANCE} Speak to the facts of what they did, or explain in general how fitness is assessed.`,
  prognosis: `This discusses one named person's diagnosis or prognosis. ${AT_A_DISTANCE} Explain what decides the outlook of the condition in general instead.`,
  reader: 'This tells one reader what condition they (or someone in their care) have. A guess made without their history or an examination can falsely reassure or frighten them, and can be taken as taking on their care. Describe the condition in general and invite them to see their own care team.',
  comparison: `This matches one person's behaviour to a medical condition. ${AT_A_DISTANCE} Describe the condition in general terms, without pointing at the person.`,
};
