// Sales pressure and calls to buy. Each entry: the ways it is written, rewordings that
// invite instead of push (an empty string removes the phrase), and a before/after example.

import type { PhraseEntry } from '../phrases';

/** A countdown ("this week only"): the rewording keeps the time and drops the pressure. */
function countdown(when: string): PhraseEntry {
  return {
    match: [`${when} only`],
    replacements: [when],
    examples: { incorrect: `Skin checks are half price ${when} only!`, correct: `Skin checks are available ${when}; ask us whether one suits you.` },
    note: 'A countdown pushes people to decide about their health in a hurry.',
    // Opening hours are information, not pressure: "we are open today only until noon".
    unless: [`open ${when} only`, `closed ${when} only`],
  };
}

/** Calls to book, which a notice of funded vaccination may make without selling anything. */
export const BOOKING_CALLS: readonly PhraseEntry[] = [
  {
    match: ['book now', 'book today', 'book your appointment now', 'book your appointment today'],
    replacements: ['book when it suits you', 'appointments are available', ''],
    examples: { incorrect: 'Flu shots are here, book now!', correct: 'Flu shots are here; appointments are available if you would like one.' },
  },
  {
    match: ['call today', 'call now', 'call us today', 'call us now'],
    replacements: ['call us with any questions', 'we are happy to help', ''],
    examples: { incorrect: 'Back pain? Call today!', correct: 'Back pain? Call us with any questions.' },
  },
];

export const HARD_SELL_PHRASES: readonly PhraseEntry[] = [
  ...BOOKING_CALLS,
  {
    match: ['limited time offer', 'limited-time offer', 'limited time only', 'for a limited time', 'offer ends soon', 'while supplies last'],
    replacements: ['available now', ''],
    examples: { incorrect: 'Teeth whitening, limited time offer!', correct: 'Teeth whitening is available; ask us if it suits you.' },
  },
  ...['today', 'this week', 'this weekend', 'this month'].map(countdown),
  {
    match: ['{number}% off', '{number} percent off', '{number}% discount', '{number} percent discount'],
    replacements: ['a reduced price', ''],
    examples: { incorrect: 'Get 20% off your first facial.', correct: 'Ask us about pricing for your first facial.' },
    note: 'Discounts in clinical posts read as advertising and can breach professional rules on inducements.',
  },
  {
    match: ["don't miss out", "don't miss this", "don't wait", 'hurry in', 'hurry up and book', 'last chance', 'only a few spots left', 'spots are filling fast', 'spots filling up fast'],
    replacements: [''],
    examples: { incorrect: "Don't miss out on our spring check-ups!", correct: 'Spring check-ups are a good moment to catch up on your health.' },
  },
  {
    match: ['act now', 'act fast', 'buy now', 'order now', 'shop now', 'sign up now', 'sign up today', 'grab yours', 'get yours today', 'get yours now'],
    replacements: ['learn more', ''],
    examples: { incorrect: 'Our new vitamin pack is in, buy now!', correct: 'Our new vitamin pack is in; ask us whether it suits you.' },
  },
  {
    match: ['special offer', 'special promotion', 'exclusive deal', 'exclusive offer', 'discount code', 'promo code', 'coupon code'],
    replacements: ['', 'information'],
    examples: { incorrect: 'Special offer on Botox this week.', correct: 'Questions about Botox? We are happy to talk it through.' },
  },
  {
    match: ['book your spot', 'reserve your spot', 'claim your spot', 'secure your spot', 'claim your free consultation'],
    replacements: ['ask us about an appointment', ''],
    examples: { incorrect: 'Reserve your spot for a skin check.', correct: 'Skin checks are available; ask us about an appointment.' },
  },
];
