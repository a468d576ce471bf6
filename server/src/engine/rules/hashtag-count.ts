// TODO(stub): not implemented yet — replace this file.
import { defineRule } from '../rule';

export default defineRule({
  meta: {
    id: 'hashtag-count',
    guideline: 'platform',
    defaultSeverity: 'error',
    description: 'TODO',
    why: 'TODO',
    goodExample: 'TODO',
    fixable: false,
    hasSuggestions: false,
  },
  check() {},
});
