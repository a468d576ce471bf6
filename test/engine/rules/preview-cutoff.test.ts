import { ruleTester } from '../../helpers/rule-tester';

const rest =
  'Winter is hard on older adults. Falls on icy paths are common, and most can be prevented. Wear boots with good grip, put grit on your steps, and keep a torch by the door.';
const greeting = 'Hello everyone! 👋✨ Happy Monday, friends! 🌞 #health #wellness #mondaymotivation #clinic #nurses #doctors #care #community';
const longFirst =
  'Every winter we see many older adults in our clinic with falls on icy paths, and most of those falls can be prevented with good footwear and grit.';
const mediumFirst = 'Every winter we see many older adults in our clinic with falls on icy paths, and most of them can be prevented with good boots and grit on steps.';

ruleTester('preview-cutoff', {
  valid: [
    { text: `${greeting}\n\n${rest}`, name: 'no platform' },
    { text: `${greeting}\n\n${rest}`, platform: 'x', name: 'X shows the whole post' },
    { text: 'Hello everyone! 👋 #monday', platform: 'instagram', name: 'a short post is shown whole' },
    { text: `Flu vaccines are in for the winter.\n\n${rest}`, platform: 'instagram', name: 'the first sentence carries the point' },
    { text: `What causes migraines? ${rest}`, platform: 'instagram', name: 'an opening question with content' },
    { text: `Hi all!\nFlu vaccines are in for the winter.\n\n${rest}`, platform: 'instagram', name: 'a greeting, then the point before the cut' },
    {
      text: `Flu clinic this Saturday\nBring your vaccination card and wear a short-sleeved top, and if you have any questions about which vaccine suits you, just ask the nurse on the day.\n\n${rest}`,
      platform: 'instagram',
      name: 'a title line is a sentence of its own',
    },
    { text: `${'Falls '.repeat(21)}end.\n\n${rest}`, platform: 'instagram', name: 'a first sentence ending just past the cut (130 characters) gets the benefit of the doubt' },
    { text: `${longFirst}\n\n${rest}`, platform: 'linkedin', name: 'the same sentence fits LinkedIn\'s longer preview' },
    {
      text: `Good morning everyone! 🌞 Happy Friday to all our colleagues! #Health #Wellness #Nursing\n\n${rest}`,
      platform: 'linkedin',
      name: 'LinkedIn: the greeting leaves room for a sentence that says something',
    },
    { text: `Flu shots are here: https://clinic.com/flu\n\n${rest}`, platform: 'linkedin', name: 'a link in the opening' },
  ],
  invalid: [
    { text: `${greeting}\n\n${rest}`, platform: 'instagram', name: 'only greetings and hashtags before the cut', findings: [{ flagged: greeting }] },
    { text: `${longFirst}\n\n${rest}`, platform: 'instagram', name: 'the first sentence runs past the cut', findings: [{ flagged: longFirst }] },
    {
      text: `Hi all! ${longFirst.replace(' and grit', '')}\n\n${rest}`,
      platform: 'instagram',
      name: 'a greeting, then a sentence cut off',
      findings: [{ flagged: longFirst.replace(' and grit', '') }],
    },
    {
      text: `Over the past year our practice has been looking closely at how older adults in our community are affected by falls during the winter months, and what we found surprised us: most of them happen on the short walk between the front door and the car.\n\n${rest}`,
      platform: 'linkedin',
      name: 'LinkedIn: a first sentence past 210 characters',
      findings: [
        {
          flagged:
            'Over the past year our practice has been looking closely at how older adults in our community are affected by falls during the winter months, and what we found surprised us: most of them happen on the short walk between the front door and the car.',
        },
      ],
    },
    {
      text: `---\r\nplatform: instagram\r\n---\r\n${longFirst}\r\n\r\n${rest}\r\n`,
      name: 'CR LF',
      findings: [{ flagged: longFirst }],
    },
    {
      text: `Hi @drsmith and @nurse.jones! 👋 #thankyou #team #nurses #doctors #care #health #community #love #grateful #wellness\n\n${rest}`,
      platform: 'instagram',
      name: 'mentions, emoji and hashtags push the message past the cut',
      findings: [{ flagged: 'Hi @drsmith and @nurse.jones! 👋 #thankyou #team #nurses #doctors #care #health #community #love #grateful #wellness\n\nWinter' }],
    },
    {
      text: `---\nplatforms: [instagram, linkedin]\n---\n${mediumFirst}\n\n${rest}`,
      name: 'cross-posted: cut on Instagram only',
      findings: [{ flagged: mediumFirst }],
    },
  ],
});
