import type { TeamPhrase } from '../config';
import { defineRule, reportPhraseMatches } from '../rule';
import type { PhraseEntry } from '../phrases';

interface Options {
  phrases?: TeamPhrase[];
}

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
  phrases: (options) =>
    (options.phrases ?? []).map(
      (p): PhraseEntry => ({
        match: [p.phrase],
        replacements: p.replacements ?? [],
        examples: { incorrect: p.phrase, correct: p.replacements?.[0] ?? '' },
        note: p.message,
        // Team phrases are literal: only what the team wrote matches, never a guessed inflection.
        inflect: false,
      }),
    ),
  check(context) {
    reportPhraseMatches(context, (match, original) => `"${original}": ${match.entry.note} (a phrase your team avoids).`);
  },
});
