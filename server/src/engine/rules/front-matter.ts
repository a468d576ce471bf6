import { defineRule } from '../rule';

export default defineRule({
  meta: {
    id: 'front-matter',
    guideline: 'document',
    defaultSeverity: 'error',
    description: 'Front matter that is not valid YAML, names an unknown platform, or has a value of the wrong type.',
    why: 'Postlint reads the platform from the front matter to check length, hashtags and links. If it cannot read it, those checks silently stop protecting the post.',
    goodExample: '---\nplatform: instagram\ndate: 2026-12-01\n---',
    fixable: false,
    hasSuggestions: false,
  },
  check(context) {
    for (const problem of context.doc.frontMatterProblems) context.report(problem);
  },
});
