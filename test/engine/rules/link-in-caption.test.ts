import { ruleTester } from '../../helpers/rule-tester';

ruleTester('link-in-caption', {
  valid: [
    { text: 'Our flu guide: https://clinic.com/flu', name: 'no platform' },
    { text: 'Our flu guide: https://clinic.com/flu', platform: 'x', name: 'links work on X' },
    { text: 'Our flu guide: https://clinic.com/flu', platform: 'facebook' },
    { text: 'Our flu guide is at the link in our bio.', platform: 'instagram' },
    { text: 'Type `https://clinic.com/flu` into your browser.', platform: 'instagram', name: 'a URL in a code span is not a link' },
    { text: 'Flu shots are here. <!-- draft link: https://clinic.com/flu -->', platform: 'instagram', name: 'HTML comments are not published' },
    { text: 'Questions? Email flu@clinic.com and we will answer.', platform: 'instagram', name: 'an e-mail address is not a link' },
    { text: 'Flu shots are here. Ask us anything.', platform: 'instagram' },
  ],
  invalid: [
    {
      text: 'Read our flu guide at https://clinic.com/flu today.',
      platform: 'instagram',
      findings: [
        {
          flagged: 'https://clinic.com/flu',
          suggestionOutputs: ['Read our flu guide at the link in our bio today.', 'Read our flu guide at today.'],
        },
      ],
    },
    {
      text: 'Read [our flu guide](https://clinic.com/flu) before your visit.',
      platform: 'instagram',
      name: 'a Markdown link is published as written',
      findings: [
        {
          flagged: 'https://clinic.com/flu',
          suggestionOutputs: ['Read our flu guide (link in our bio) before your visit.', 'Read our flu guide before your visit.'],
        },
      ],
    },
    { text: 'More at clinic.com/flu', platform: 'instagram', name: 'a bare domain', findings: [{ flagged: 'clinic.com/flu' }] },
    {
      text: '---\nplatforms: [instagram, facebook]\n---\nGuide: https://clinic.com/flu and https://clinic.com/covid',
      name: 'cross-posted: one finding per link',
      findings: [{ flagged: 'https://clinic.com/flu' }, { flagged: 'https://clinic.com/covid' }],
    },
    {
      text: '---\r\nplatform: instagram\r\n---\r\nFlu guide:\r\nhttps://clinic.com/flu\r\n',
      name: 'CR LF',
      findings: [{ flagged: 'https://clinic.com/flu' }],
    },
    { text: 'Flu guide 💉 https://clinic.com/flu', platform: 'instagram', name: 'after an emoji', findings: [{ flagged: 'https://clinic.com/flu' }] },
  ],
});
