import type { PostDocument } from '../document';
import type { PhraseMatch } from '../phrases';
import { analyse } from '../analysis';
import { defineRule } from '../rule';
import { readPromises, type PromiseKind } from './overpromise.reading';
import { reportedBelief, sentenceAt } from './shared/meaning';
import { OVERPROMISE_PHRASES, SKEPTIC_WORDS, type OverpromiseEntry } from './overpromise.data';
import { clauseBreakAfter, isQuoted, plural, sentenceHas, sentenceOf, suggestionsFor, windowBefore, type SentenceTokens } from './shared/context';

const NEGATORS = new Set(
  "no not never none nothing nobody neither nor can't cant cannot don't dont doesn't doesnt didn't didnt won't isn't isnt aren't arent wasn't weren't shouldn't wouldn't couldn't hasn't haven't ain't".split(' '),
);
const HEDGES = new Set(
  'most many some usually often typically generally mostly nearly almost virtually relatively largely rarely seldom sometimes may might if few majority'.split(' '),
);
const FINE_WORDS = new Map(
  OVERPROMISE_PHRASES.filter((e) => e.fineInSentenceWith).map((e) => [e as OverpromiseEntry, new Set(e.fineInSentenceWith)] as const),
);
const QUESTION_STARTS = new Set('is are was were does do did can could will would should has have'.split(' '));

/** A negation shortly before the phrase, in the same clause: "not a miracle cure", "no treatment works for everyone". */
function negated(doc: PostDocument, match: PhraseMatch, sentence: SentenceTokens): boolean {
  const { tokens } = doc;
  for (let k = match.firstToken - 1, from = windowBefore(sentence, match, 3); k >= from; k--) {
    if (clauseBreakAfter(doc, k)) return false;
    const w = tokens[k].lower;
    if (NEGATORS.has(w)) return true;
    if (w === 'and' || w === 'or' || w === 'but') return false;
  }
  return false;
}

/** A hedge earlier in the clause: "most people find it painless" ("Although this may sound intimidating, it's painless" hedges something else). */
function hedged(doc: PostDocument, match: PhraseMatch, sentence: SentenceTokens): boolean {
  const { tokens } = doc;
  for (let k = match.firstToken - 1, from = windowBefore(sentence, match, 6); k >= from; k--) {
    if (clauseBreakAfter(doc, k)) return false;
    if (HEDGES.has(tokens[k].lower)) return true;
  }
  return false;
}

/** The sentence warns about such claims: "beware of…", "a myth", "too good to be true", "no such thing as". */
function skeptical(doc: PostDocument, sentence: SentenceTokens): boolean {
  const { tokens } = doc;
  for (let k = sentence.first; k < sentence.last; k++) {
    const w = tokens[k].lower;
    if (SKEPTIC_WORDS.has(w)) return true;
    const next = tokens[k + 1]?.lower;
    if ((w === 'too' && next === 'good') || (w === 'such' && next === 'thing') || (w === 'red' && (next === 'flag' || next === 'flags'))) return true;
  }
  return false;
}

/** A yes/no question raises the topic ("Is there a miracle cure for arthritis?"); it does not promise. */
function question(doc: PostDocument, sentence: SentenceTokens): boolean {
  return doc.prose.slice(sentence.start, sentence.end).trimEnd().endsWith('?') && QUESTION_STARTS.has(doc.tokens[sentence.first]?.lower ?? '');
}

export default defineRule({
  meta: {
    id: 'overpromise',
    guideline: 'reasonable-and-patient',
    defaultSeverity: 'warning',
    description: 'Promises no treatment can keep ("guaranteed results", "miracle cure", "painless", "no side effects").',
    why: 'Health outcomes vary from person to person. Promising certainty misleads patients, weakens informed consent, can breach advertising rules for health professionals, and costs trust when the promise is not kept.',
    goodExample: 'Our knee program helps many people walk with less pain. Results vary, so we start with an honest talk about what to expect.',
    fixable: false,
    hasSuggestions: true,
  },
  phrases: () => OVERPROMISE_PHRASES,
  check(context) {
    const { doc } = context;
    const { text, tokens } = doc;
    const analysis = analyse(doc);
    const covered = new Set<number>();
    for (const match of context.phraseMatches) {
      // A sentence with a listed phrase is the phrase list's to judge, flagged or excused.
      covered.add(sentenceAt(analysis, match.start));
      const entry = match.entry as OverpromiseEntry;
      if (isQuoted(text, match.start, match.end)) continue;
      const sentence = sentenceOf(doc, match);
      if (negated(doc, match, sentence) || skeptical(doc, sentence) || question(doc, sentence) || reportedBelief(analysis, match.start)) continue;
      if (entry.hedgeable && hedged(doc, match, sentence)) continue;
      const fine = FINE_WORDS.get(entry);
      if (fine && sentenceHas(doc, sentence, fine)) continue;
      if (entry.fineAfter && match.firstToken > sentence.first && entry.fineAfter.includes(tokens[match.firstToken - 1].lower)) continue;

      const first = match.firstToken + (entry.flagSkip ?? 0);
      const last = entry.flagTake ? Math.min(match.endToken, first + entry.flagTake) : match.endToken;
      const start = tokens[first].start;
      const end = tokens[last - 1].end;
      const original = text.slice(start, end);
      const lastWord = tokens[match.endToken - 1].lower;
      const isPlural = entry.noun !== undefined && /[^s]s$/.test(lastWord) && !entry.match.some((m) => m.toLowerCase().endsWith(lastWord));
      const replacements = isPlural
        ? entry.replacements.map((r) => r.replace(new RegExp(`\\b${entry.noun}\\b`), plural(entry.noun!)))
        : entry.replacements;
      context.report({
        start,
        end,
        message: `"${original}" promises more than anyone can. ${entry.note ?? 'Health outcomes vary from person to person.'} Use measured words instead, such as "may help", "for many people" or "results vary".`,
        suggestions: suggestionsFor(text, start, end, replacements),
      });
    }
    // What the phrase list does not know: cures, immunity and prevention claims, weight lost in a
    // time span, speed, success rates, permanence and miracles, in any wording.
    for (const f of readPromises(analysis)) {
      if (covered.has(sentenceAt(analysis, f.start)) || isQuoted(text, f.start, f.end)) continue;
      context.report({ start: f.start, end: f.end, message: PROMISE_MESSAGES[f.kind] });
    }
  },
});

const PROMISE_MESSAGES: Record<PromiseKind, string> = {
  cure: 'This says a treatment cures or wipes out a condition. Outcomes vary, and a promise of a cure misleads patients and can breach advertising rules for health professionals. Say what the treatment may help with and for whom ("can ease symptoms for many people").',
  immunity: 'This claims a product or therapy boosts immunity. There is little evidence that drips, supplements or treatments make a healthy immune system stronger, and regulators act on such claims, above all during outbreaks. Point to proven protection instead (vaccination, sleep, a balanced diet).',
  prevention: 'This says a product protects against or prevents an infection. Without good evidence, such claims mislead patients and can draw them away from proven protection. Remove the claim, or point to vaccination and the official advice.',
  weight: 'This promises a set amount of weight lost in a set time. Weight loss varies from person to person, and quick-loss figures mislead patients and breach advertising rules. Describe the support you offer and say results vary.',
  speed: 'This promises a result in a very short time or in one session. Most treatments take time and results vary; people who expect change at once may feel misled. Say how long results usually take ("most people see a change over a few weeks").',
  rate: 'A success rate near 100 % promises more than any treatment can. Figures like this mislead patients unless they are audited and explained. Remove the figure, or say what it measures and where it comes from.',
  permanent: 'This promises a permanent result. Bodies change with age and health, and few treatments last forever; patients may need top-ups. Say "long-lasting" or how long results usually last.',
  miracle: 'Calling a result magical or miraculous promises more than any treatment can and echoes the language of health scams. Describe what the treatment does and that results vary.',
  easy: 'Calling surgery or a procedure easy plays down its risks and recovery, which weakens informed consent. Say what the procedure involves and that your team explains the risks.',
  riskless: 'This says a treatment has no downtime, pain, risk or side effects. Every treatment carries some risk, and playing it down weakens informed consent and breaches advertising rules. Say what people usually feel and how long recovery takes, and that your team explains the risks.',
  certain: 'This promises every reader a result ("you will see results"). Results vary from person to person, and a promise to everyone misleads those it does not work for. Say what many people notice and that results vary.',
  proven: 'This says a treatment is proven to work, as settled fact. Unless strong evidence backs it for the people reading, such claims mislead patients and breach advertising rules for health professionals. Say what the evidence shows and for whom, and link to it.',
  effective: 'This calls a treatment highly or incredibly effective, as plain fact. How well a treatment works varies from person to person, and advertising rules ask for evidence behind such claims. Say what the treatment can do for many people, and that results vary.',
  unproven: 'This says a therapy with no good evidence behind it treats, prevents or heals a serious disease. Patients may delay or give up care that works, and regulators act on such claims. Remove the claim, or say plainly what the evidence shows and that it does not replace medical care.',
  conditions: 'This claims one treatment works for a list of conditions. Unless there is good evidence for each, such claims mislead patients and breach advertising rules. Name only what the evidence supports and point to it.',
  guarantee: 'This guarantees something about a health outcome. No treatment works the same way for everyone, and guarantees can mislead patients and breach advertising rules. Say what you aim for and that results vary.',
};
