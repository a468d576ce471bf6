// TODO(stub): not implemented yet — replace this file.
import { defineRule } from '../rule';

export default defineRule({
  meta: {
    id: 'unprofessional-language',
    guideline: 'professional',
    defaultSeverity: 'warning',
    description: 'TODO',
    why: 'TODO',
    goodExample: 'TODO',
    fixable: false,
    hasSuggestions: false,
  },
  check() {},
});
