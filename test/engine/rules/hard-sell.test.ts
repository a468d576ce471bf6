import { ruleTester } from '../../helpers/rule-tester';

ruleTester('hard-sell', {
  valid: [
    { text: 'Flu season is here. Questions about the vaccine? Ask us anytime.' },
    { text: 'I finished reading a great book. Now I want to hear your recommendations!' , name: 'sentence boundary between "book" and "now"' },
    { text: 'Call 911 today if you have chest pain; do not wait for an appointment.', name: 'emergency advice is not sales' },
    { text: 'Take your time: there is no need to hurry your recovery.' },
    { text: 'Prices are listed at `BOOK NOW` in the booking app.', name: 'code spans are not prose' },
    { text: 'Read more at https://example.com/book-now-offer', name: 'URLs are not prose' },
    { text: 'Bank holiday: we are open today only until noon, and closed this weekend only.', name: 'opening hours with "only" are information' },
    { text: 'Today, only two things matter: rest and fluids.', name: '"today" and "only" in different phrases' },
    // Read for meaning: money, offers and calls that are not sales.
    { text: 'Thanks to you we raised £5,000 for the children\'s ward this year.', name: 'fundraising is not a price' },
    { text: 'Special risk groups can get the flu vaccine for free under the national programme.', name: '"special" describing a group is not an offer' },
    { text: 'Attendance doubled when we offered text reminders the day before.', name: 'a verb "offer" and a date are not a deadline' },
    { text: 'Call your GP if the rash spreads. Please contact the clinic to book your flu vaccine.', name: 'booking and calling without a sale' },
    { text: 'The new treatment costs the health service £2 billion a year.', name: 'health spending is not a price' },
    { text: 'Prescription charges rise to £9.90 in April.', name: 'a charge set by the NHS is not an offer' },
    { text: 'We will try to deal with your queries as quickly as we can.', name: '"deal with" is a verb' },
    { text: 'I take emergency calls, offer advice and dispatch crews.', name: '"offer" as a verb in a list' },
  ],
  invalid: [
    { text: 'Prices go up on 1 March, so lock in today\'s rate now.', name: 'probe in new wording: Prices go up on 1 March, so lock in toda…', findings: [{ flagged: 'Prices' }] },
    { text: 'Save 30% on all peels when you book two sessions.', name: 'a saving word before the figure', findings: [{ flagged: 'Save 30%' }] },
    { text: 'Buy 3 sessions, get the 4th free.', name: 'a bundle', findings: [{ flagged: 'Buy 3 sessions' }] },
    { text: 'Hurry, prices go up on January 1st.', name: 'a price rise as a deadline', findings: [{ flagged: 'prices' }] },
    { text: 'Book before Sunday and pay only $199.', name: '"pay" as a verb is a sale', findings: [{ flagged: '$199' }] },
    { text: 'Early bird pricing ends tonight.', name: 'an offer with an end', findings: [{ flagged: 'pricing ends' }] },
    { text: 'First 10 clients get a free skin booster.', name: 'scarcity by count', findings: [{ flagged: 'First 10 clients' }] },
    // Read for meaning: sales pressure in wording no phrase list holds.
    { text: 'Anti-wrinkle injections £99 for one area.', findings: [{ flagged: '£99' }] },
    { text: 'Three areas for the price of two!', findings: [{ flagged: 'price' }] },
    { text: 'New patients: claim your free consultation.', findings: [{ flagged: 'claim your free consultation' }] },
    { text: 'Lip filler offer valid until 31 March.', findings: [{ flagged: 'offer' }] },
    { text: 'Only 3 spaces left for Saturday.', findings: [{ flagged: 'Only 3 spaces left' }] },
    { text: 'Use my code GLOW10 at checkout.', findings: [{ flagged: 'my code GLOW10' }] },
    { text: 'Our skin booster leaves you glowing. DM for more details.', findings: [{ flagged: 'DM for more details' }] },
    { text: 'Summer special: 30% off peels. Secure your appointment today!', name: 'a phrase in one sentence, a call to book in the next', findings: [{ flagged: '30% off' }, { flagged: 'Secure your appointment today' }] },
    {
      text: 'Flu shots are here, book now!',
      findings: [{ flagged: 'book now', suggestionOutputs: ['Flu shots are here, book when it suits you!', 'Flu shots are here, appointments are available!', 'Flu shots are here,'] }],
    },
    { text: 'BOOK NOW for a skin check.', findings: [{ flagged: 'BOOK NOW', suggestionOutputs: ['BOOK WHEN IT SUITS YOU for a skin check.', 'APPOINTMENTS ARE AVAILABLE for a skin check.', 'for a skin check.'] }] },
    { text: 'Get 20% off your first facial.', findings: [{ flagged: '20% off' }] },
    { text: "Don't miss out! Limited time offer on whitening.", findings: [{ flagged: "Don't miss out" }, { flagged: 'Limited time offer' }] },
    { text: 'Dont miss out on spring check-ups.', name: 'apostrophe optional', findings: [{ flagged: 'Dont miss out' }] },
    { text: 'Our new vitamin pack is in:\ncall us\ntoday!', name: 'a phrase may wrap a line', findings: [{ flagged: 'call us\ntoday' }] },
    {
      text: 'Whitening is half price this week only! Today only: free consultations. Teeth cleaning this weekend only.',
      name: 'countdowns: "this week only", "today only", "this weekend only"',
      findings: [
        { flagged: 'this week only', suggestionOutputs: ['Whitening is half price this week! Today only: free consultations. Teeth cleaning this weekend only.'] },
        { flagged: 'Today only', suggestionOutputs: ['Whitening is half price this week only! Today: free consultations. Teeth cleaning this weekend only.'] },
        { flagged: 'this weekend only', suggestionOutputs: ['Whitening is half price this week only! Today only: free consultations. Teeth cleaning this weekend.'] },
      ],
    },
  ],
});
