import { ruleTester } from '../../helpers/rule-tester';

// 45 words, no question, no invitation.
const BROADCAST =
  'Flu season is here. The vaccine is the best way to protect yourself and the people you love. It takes about two weeks to work, so get it soon. You can get it at our clinic or at most pharmacies. Wash your hands often too.';
const LAST = 'Wash your hands often too.';
const CLOSING = [
  'What questions do you have about this? Let us know in the comments.',
  'Is there anything here you would like us to explain? Just ask below.',
  'What would you like us to cover next?',
];
const WITH = (question: string) => BROADCAST.replace(LAST, `${LAST}\n\n${question}`);

ruleTester('no-conversation', {
  valid: [
    { text: `${BROADCAST} Have you had yours yet?`, name: 'a question' },
    { text: `${BROADCAST} Let us know if anything is unclear.`, name: 'an invitation: let us know' },
    { text: `${BROADCAST} Share your tips for remembering in the comments.`, name: 'an invitation: share your' },
    { text: `${BROADCAST} We are happy to\nanswer anything, so drop your\nquestions below.`, name: 'an invitation wrapped across lines' },
    { text: `${BROADCAST} Lets talk about it at your next visit.`, name: 'apostrophe optional' },
    { text: `${BROADCAST} DM us anytime.`, name: 'an invitation: DM us' },
    { text: 'Flu season is here. Get your vaccine soon at our clinic or a pharmacy near you.', name: 'short posts are not checked' },
    { text: BROADCAST, config: { rules: { 'no-conversation': ['hint', { minWords: 100 }] } }, name: 'option minWords' },
    { text: `${BROADCAST} Tell us what you would like to read about next.`, name: 'an invitation: tell us' },
  ],
  invalid: [
    {
      text: BROADCAST,
      findings: [
        {
          flagged: LAST,
          suggestionOutputs: [
            WITH('What questions do you have about this? Let us know in the comments.'),
            WITH('Is there anything here you would like us to explain? Just ask below.'),
            WITH('What would you like us to cover next?'),
          ],
        },
      ],
    },
    {
      text: `${BROADCAST} More at https://example.com/flu?lang=en`,
      name: 'a question mark inside a link is not a question',
      findings: [
        {
          flagged: 'More at https://example.com/flu?lang=en',
          suggestionOutputs: CLOSING.map((q) => `${BROADCAST} More at https://example.com/flu?lang=en\n\n${q}`),
        },
      ],
    },
    { text: `${BROADCAST} Type \`why?\` in the app.`, name: 'a question mark in code is not a question', findings: [{ flagged: 'Type `why?` in the app.' }] },
    { text: `${BROADCAST}\n<!-- add a question? -->`, name: 'a question mark in a comment is not published', findings: [{ flagged: LAST }] },
    {
      text: `${BROADCAST} Ask your doctor about the vaccine.`,
      name: '"ask your doctor" is not an invitation to reply',
      findings: [{ flagged: 'Ask your doctor about the vaccine.' }],
    },
    {
      text: `${BROADCAST}\n\n#flu #vaccine #health @cdcgov`,
      name: 'hashtags and mentions at the end are skipped; the question goes before them',
      findings: [
        {
          flagged: LAST,
          suggestionOutputs: [
            `${WITH('What questions do you have about this? Let us know in the comments.')}\n\n#flu #vaccine #health @cdcgov`,
            `${WITH('Is there anything here you would like us to explain? Just ask below.')}\n\n#flu #vaccine #health @cdcgov`,
            `${WITH('What would you like us to cover next?')}\n\n#flu #vaccine #health @cdcgov`,
          ],
        },
      ],
    },
    {
      text: `${BROADCAST} #flu #vaccine`,
      name: 'hashtags on the same line follow the added question',
      findings: [{ flagged: LAST, suggestionOutputs: CLOSING.map((q) => `${WITH(q)} #flu #vaccine`) }],
    },
    {
      text: `${BROADCAST}\n\nWhere to get it:\n\n- our clinic, weekdays\n- most pharmacies`,
      name: 'a list at the end',
      findings: [{ flagged: 'most pharmacies' }],
    },
    { text: BROADCAST, platform: 'instagram', name: 'with front matter', findings: [{ flagged: LAST }] },
    {
      text: 'Flu season is here. Get your vaccine soon.',
      config: { rules: { 'no-conversation': ['hint', { minWords: 5 }] } },
      name: 'option minWords',
      findings: [{ flagged: 'Get your vaccine soon.' }],
    },
  ],
});
