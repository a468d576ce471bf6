// TODO(stub): not implemented yet — replace this file.
import { defineRule } from '../rule';

export default defineRule({
  meta: {
    id: 'self-focus',
    guideline: 'promote-conversation',
    defaultSeverity: 'info',
    description: 'TODO',
    why: 'TODO',
    goodExample: 'TODO',
    fixable: false,
    hasSuggestions: false,
  },
  check() {},
});
