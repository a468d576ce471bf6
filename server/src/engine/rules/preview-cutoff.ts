// TODO(stub): not implemented yet — replace this file.
import { defineRule } from '../rule';

export default defineRule({
  meta: {
    id: 'preview-cutoff',
    guideline: 'platform',
    defaultSeverity: 'hint',
    description: 'TODO',
    why: 'TODO',
    goodExample: 'TODO',
    fixable: false,
    hasSuggestions: false,
  },
  check() {},
});
