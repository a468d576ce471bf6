// TODO(stub): not implemented yet — replace this file.
import { defineRule } from '../rule';

export default defineRule({
  meta: {
    id: 'engagement-bait',
    guideline: 'reasonable-and-patient',
    defaultSeverity: 'warning',
    description: 'TODO',
    why: 'TODO',
    goodExample: 'TODO',
    fixable: false,
    hasSuggestions: false,
  },
  check() {},
});
