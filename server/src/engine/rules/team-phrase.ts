import type { TeamPhrase } from '../config';
import { phraseSuggestions } from '../edits';
import { defineRule, reportPhraseMatches } from '../rule';
import { MAX_SPELLINGS, spellingCount, type PhraseEntry, type PhraseMatch } from '../phrases';

interface Options {
  phrases?: TeamPhrase[];
}

// Phrases with punctuation inside ("Dr. Smile", "24/7", "A&E") cannot go through the shared
// word matcher, which joins words only across spaces. They are few (a team lists a handful),
// so each is found literally in the prose: case-insensitive, whole words, any run of spaces
// or one line break where the phrase has a space.
const PUNCTUATED = /[^\p{L}\p{N}\s'’\-]/u;

// A phrase with many hyphenated words or apostrophes has too many spellings to store each in
// the word matcher ("x-y", "x y", "xy" for every such word): it is found the same way,
// with a pattern in which each hyphen may also be a space or nothing and each apostrophe
// may be left out.
const byPattern = (p: TeamPhrase) => PUNCTUATED.test(p.phrase) || spellingCount(p.phrase) > MAX_SPELLINGS;

function toEntry(p: TeamPhrase): PhraseEntry {
  return {
    match: [p.phrase],
    replacements: p.replacements ?? [],
    examples: { incorrect: p.phrase, correct: p.replacements?.[0] ?? '' },
    note: p.message,
    // Team phrases are literal: only what the team wrote matches, never a guessed inflection.
    inflect: false,
  };
}

const patterns = new WeakMap<TeamPhrase, RegExp>();

/** Compiled once per configured phrase; linear time (no nested or ambiguous repetition). */
function literalPattern(phrase: TeamPhrase): RegExp {
  let pattern = patterns.get(phrase);
  if (!pattern) {
    const gap = '[ \\t\\u00a0]*(?:\\r?\\n[ \\t\\u00a0]*)?';
    const spellings = !PUNCTUATED.test(phrase.phrase);
    const words = phrase.phrase
      .trim()
      .split(/\s+/)
      .map((w) => {
        const escaped = w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        // Each alternative is one character or none before a letter: no ambiguous repetition.
        return spellings ? escaped.replace(/-/g, `(?:-|${gap})`).replace(/['’]/g, "['’]?") : escaped;
      });
    pattern = new RegExp(`(?<![\\p{L}\\p{N}])${words.join(gap)}(?![\\p{L}\\p{N}])`, 'giu');
    patterns.set(phrase, pattern);
  }
  pattern.lastIndex = 0;
  return pattern;
}

const message = (entry: PhraseEntry, original: string) => `"${original}": ${entry.note} (a phrase your team avoids).`;

export default defineRule<Options>({
  meta: {
    id: 'team-phrase',
    guideline: 'document',
    defaultSeverity: 'warning',
    description: 'Phrases your team chose to avoid (the `phrases` list in `.postlintrc.json`).',
    why: 'Every practice has words it has agreed not to use, from a retired service name to a phrase legal asked you to drop. Writing them down once keeps every author consistent.',
    goodExample: 'Our clinic (with the team\'s preferred wording).',
    fixable: false,
    hasSuggestions: true,
  },
  phrases: (options) => (options.phrases ?? []).filter((p) => !byPattern(p)).map(toEntry),
  check(context) {
    reportPhraseMatches(context, (match, original) => message(match.entry, original));
    const { prose, text } = context.doc;
    for (const p of context.options.phrases ?? []) {
      if (!byPattern(p)) continue;
      const entry = toEntry(p);
      const pattern = literalPattern(p);
      for (let m; (m = pattern.exec(prose)); ) {
        const match: PhraseMatch = { ruleId: 'team-phrase', entry, start: m.index, end: m.index + m[0].length, firstToken: -1, endToken: -1 };
        const original = text.slice(match.start, match.end);
        context.report({ start: match.start, end: match.end, message: message(entry, original), suggestions: phraseSuggestions(text, match) });
      }
    }
  },
});
