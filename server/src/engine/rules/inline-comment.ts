import { defineRule } from '../rule';

export default defineRule({
  meta: {
    id: 'inline-comment',
    guideline: 'document',
    defaultSeverity: 'warning',
    description: 'A `<!-- postlint-… -->` comment that names an unknown rule or is not understood.',
    why: 'A misspelt rule id silences nothing, so the writer believes a finding was reviewed and accepted when it was not.',
    goodExample: '<!-- postlint-disable-next-line hard-sell -->',
    fixable: false,
    hasSuggestions: false,
  },
  check(context) {
    // The linter reads the comments once (it needs them to suppress findings) and hands us the problems.
    for (const problem of context.directiveProblems) context.report(problem);
  },
});
