import * as assert from 'node:assert/strict';
import { parsePost } from '../../../server/src/engine';
import { countableWords } from '../../../server/src/engine/rules/reading-level';
import { countPerson } from '../../../server/src/engine/rules/self-focus';
import { ruleTester } from '../../helpers/rule-tester';

const PROUD =
  'We are so proud of our team! This month we opened our new wing, and I want to thank my colleagues. Our clinic has grown so much since we started, and we could not have done it without our amazing staff. We look forward to the future.';

// 6 words about the writer, 2 about the reader: exactly 3 to 1.
const THREE_TO_ONE =
  'We have news from our clinic this spring. We added two evening sessions each week, and we hired another nurse for our busy front desk. We hope these changes help you get seen sooner when you need care for a cold or a sprain.';

// 8 about the writer, 3 about the reader.
const BALANCED =
  'We know winter colds hit hard. Our nurses see many each week, and we want to help you feel better sooner. Rest, fluids and honey work well for most adults. We are here if you have questions, and our team will call back the same day. We also run a walk-in hour on Fridays for you.';

ruleTester('self-focus', {
  valid: [
    {
      text: "Worried about your child's cough this winter? Here are three signs that mean you should call us, and three that mean rest and fluids are enough. You know your child best, so trust your instincts and ask if you are unsure.",
      name: 'a post for the reader',
    },
    { text: 'We are closed Monday for the holiday. Our team will be back on Tuesday. We wish you a restful break!', name: 'short posts are not judged' },
    { text: BALANCED, name: 'about 3 to 1 but below it' },
    {
      text: 'A patient shared this with us: "I was so scared before my surgery, but I felt safe. My nurse held my hand and I will never forget it. I am grateful." Stories like this remind everyone why kindness matters in every clinic visit and every conversation.',
      name: 'words inside quotation marks are the patient\'s, not the writer\'s',
    },
    {
      text: 'Feedback this week:\n\n> I loved my visit. I felt heard and I got my answers. My kids loved it too and I will be back.\n\nThank you for trusting the clinic with your care and for taking the time to tell others about it.',
      name: 'blockquotes are quotations',
    },
    {
      text: 'Type I diabetes and type 2 diabetes are different. In type I diabetes the body makes no insulin. Stage I and grade I findings are early ones. We explain more in our guide, and we run a class each month for anyone newly diagnosed with diabetes.',
      name: 'Roman numeral "I" is not the pronoun',
    },
    {
      text: 'New US guidance on flu vaccines is out. Across the US, clinics are getting ready, and US pharmacies stock the shots too. We have the vaccine, our nurses can give it, and we will post updates as the season goes on for everyone here.',
      name: '"US" in capitals is the country',
    },
    {
      text: 'Winter is here and colds are everywhere.\n\n```\nI we me my our us we our I me\n```\n\nRest and drink plenty of fluids. Most colds clear up within a week or so, and honey helps a sore throat in adults and children over one.',
      name: 'code blocks are not prose',
    },
    { text: PROUD, config: { rules: { 'self-focus': ['info', { minFirstPerson: 20 }] } }, name: 'option minFirstPerson' },
    { text: PROUD, config: { rules: { 'self-focus': ['info', { minWords: 100 }] } }, name: 'option minWords' },
  ],
  invalid: [
    { text: PROUD, findings: [{ flagged: 'We are so proud of our team!' }] },
    { text: THREE_TO_ONE, name: 'exactly 3 to 1', findings: [{ flagged: 'We have news from our clinic this spring.' }] },
    { text: BALANCED, config: { rules: { 'self-focus': ['info', { minRatio: 2 }] } }, name: 'option minRatio', findings: [{ flagged: 'We know winter colds hit hard.' }] },
    { text: PROUD, platform: 'facebook', name: 'the opening sentence of the body, after front matter', findings: [{ flagged: 'We are so proud of our team!' }] },
    {
      text: `# Our big news\n\n${PROUD}`,
      name: 'a heading is the opening sentence',
      findings: [{ flagged: '# Our big news' }],
    },
    {
      text: "I'm thrilled to share that I've joined the practice. We're growing, we've moved, and I'll be seeing patients from May. I’d like to thank my mentors and my family for their support over the years of training and study.",
      name: 'contractions, with straight and typographic apostrophes',
      findings: [{ flagged: "I'm thrilled to share that I've joined the practice." }],
    },
    {
      text: 'A patient said "you are wonderful, you helped so much, you listened to you know who" and we are proud. Our team works hard, we train often, our nurses care, and we keep improving our service for the whole town every single year.',
      name: '"you" inside a quotation does not count for the reader',
      findings: [{ flagged: 'A patient said "you are wonderful, you helped so much, you listened to you know who" and we are proud.' }],
    },
    {
      text: '<!-- draft for Friday -->\nOur practice turns ten this year! We started in a tiny office and our team has grown to twenty. We thank our patients, and we will celebrate with our staff at a party next month in the park near the station.',
      name: 'comments are skipped when finding the opening sentence',
      findings: [{ flagged: 'Our practice turns ten this year!' }],
    },
  ],
});

describe('self-focus counts', () => {
  it('counts writer and reader words outside quotations', () => {
    const doc = parsePost('We and our team thank you. "I love my nurse," said one patient. Your health matters to us.');
    assert.deepEqual(countPerson(doc, countableWords(doc)), { writer: 3, reader: 2 });
  });
});
