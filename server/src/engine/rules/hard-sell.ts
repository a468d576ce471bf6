import { defineRule, reportPhraseMatches } from '../rule';
import { HARD_SELL_PHRASES } from './hard-sell.data';

export default defineRule({
  meta: {
    id: 'hard-sell',
    guideline: 'promote-conversation',
    defaultSeverity: 'warning',
    description: 'Sales pressure and calls to buy ("book now", "20% off", "don\'t miss out").',
    why: 'Patients follow clinicians for trustworthy information. Pushy sales language makes a post read as an advert, erodes that trust and can breach professional rules on advertising.',
    goodExample: 'Flu season is here. If you have questions about the vaccine, our team is happy to talk them through.',
    fixable: false,
    hasSuggestions: true,
  },
  phrases: () => HARD_SELL_PHRASES,
  check(context) {
    reportPhraseMatches(
      context,
      (match, original) =>
        `"${original}" is sales pressure. ${match.entry.note ?? 'Posts that push people to buy read as adverts and cost you the trust your followers give a clinician.'} Inform and invite instead, or remove it.`,
    );
  },
});
