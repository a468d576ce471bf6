import { analyse } from '../analysis';
import { defineRule, reportPhraseMatches } from '../rule';
import { aboutEmergency, careUrgingSentences, fundedVaccination, readSales, type SalesFinding } from './hard-sell.reading';
import { sentenceAt } from './shared/meaning';
import { BOOKING_CALLS, HARD_SELL_PHRASES } from './hard-sell.data';

export default defineRule({
  meta: {
    id: 'hard-sell',
    guideline: 'promote-conversation',
    defaultSeverity: 'warning',
    description: 'Sales pressure in any wording: prices, discounts, offers, deadlines and calls to buy ("£99 an area", "20% off", "valid until Friday", "book now").',
    why: 'Patients follow clinicians for trustworthy information. Pushy sales language makes a post read as an advert, erodes that trust and can breach professional rules on advertising.',
    goodExample: 'Flu season is here. If you have questions about the vaccine, our team is happy to talk them through.',
    fixable: false,
    hasSuggestions: true,
  },
  phrases: () => HARD_SELL_PHRASES,
  check(context) {
    const analysis = analyse(context.doc);
    const sales = readSales(analysis);
    // "Act fast. Seek medical care if…", "act now and call 999", "Act F.A.S.T." about a stroke:
    // urgency about getting care is health advice.
    if (context.phraseMatches.length) {
      const careUrged = aboutEmergency(analysis) ? undefined : careUrgingSentences(analysis);
      context.phraseMatches = context.phraseMatches.filter((m) => careUrged && !careUrged.has(sentenceAt(analysis, m.start)));
      // "Fully funded flu vaccines: please phone and book now": booking funded care sells nothing,
      // unless the post also prices, discounts, offers or counts down.
      const bookingOnly = context.phraseMatches.every((m) => BOOKING_CALLS.includes(m.entry));
      if (context.phraseMatches.length && bookingOnly && fundedVaccination(analysis) && !sales.some((f) => f.kind !== 'call')) {
        context.phraseMatches = [];
      }
    }
    reportPhraseMatches(
      context,
      (match, original) =>
        `"${original}" is sales pressure. ${match.entry.note ?? 'Posts that push people to buy read as adverts and cost you the trust your followers give a clinician.'} Inform and invite instead, or remove it.`,
    );
    // What the phrase list does not know: prices, savings, offers, deadlines and calls to buy in any wording.
    const phraseSentences = new Set(context.phraseMatches.map((m) => sentenceAt(analysis, m.start)));
    for (const f of sales) {
      if (phraseSentences.has(sentenceAt(analysis, f.start))) continue;
      context.report({ start: f.start, end: f.end, message: SALES_MESSAGES[f.kind] });
    }
  },
});

const SALES_MESSAGES: Record<SalesFinding['kind'], string> = {
  price: 'A price in a post reads as an advert. Patients follow clinicians for trustworthy information, and health advertising rules in many countries limit price promotion of treatments. Say what the treatment is for and who it suits, and put prices on your website or give them when asked.',
  discount: 'A discount or saving pushes people to decide about their health on price. Professional rules on advertising treat inducements as a risk to patients\' free choice. Drop the saving and explain who the treatment suits instead.',
  offer: 'This names a sales offer (a deal, special, code or promotion). Offers make a clinician\'s post read as an advert and cost the trust your followers give you. Share information and invite questions instead.',
  deadline: 'A deadline or "won\'t last" on an offer pushes people to decide about their health in a hurry. Remove the countdown; people should choose treatment when it is right for them.',
  call: 'This tells readers to book, buy or message in a post that sells. Calls to act make a clinical post read as an advert. Invite questions instead ("Ask us whether it suits you").',
};
