import { ruleTester } from '../../helpers/rule-tester';

ruleTester('shouting', {
  valid: [
    { text: 'Flu shots are here! Ask us if you have questions about the vaccine.' },
    { text: 'Learn CPR with the NHS and the CDC. The FDA, CDC and NIH agree on COVID and RSV vaccines.', name: 'acronyms are not shouting' },
    { text: 'Updates on COVID, RSV AND HPV from the NHS.', name: 'acronyms do not count towards a run' },
    { text: 'WHO GUIDANCE UPDATED today.', name: 'an acronym plus two capitalised words is not enough' },
    { text: 'Share your story. #CPRSAVESLIVES #FLUSHOTSAVAILABLENOW #BREASTCANCERAWARENESS', name: 'hashtags in capitals' },
    { text: 'Thanks @CDCGOV @NHSENGLAND @WHOCAMPAIGNS for the update.', name: '@mentions in capitals' },
    { text: 'Type `BOOK YOUR FLU SHOT TODAY!!!` in the app.', name: 'code spans are not prose' },
    { text: 'Details: https://example.com/BOOK-YOUR-FLU-SHOT-TODAY?go=!!!&x=1 for more.', name: 'URLs are not prose' },
    { text: '<!-- TODO FIX THIS LATER!!! -->\nFlu shots are here.', name: 'HTML comments are not published' },
    { text: 'FLU SHOTS are here. Really?! Yes.', name: 'two capitalised words, and "?!"' },
    { text: 'ACME CLINIC NEWS: flu shots are here.', config: { rules: { shouting: ['info', { acronyms: ['ACME'] }] } }, name: 'option acronyms' },
    { text: 'Open 9 AM to 5 PM, Mon to Fri. Call 555 0100.', name: 'times and numbers' },
  ],
  invalid: [
    { text: 'New year offers\nBRAZILIAN BUTT LIFT AND LIPOSUCTION\nMessage us to book', name: 'a whole line of ad copy in capitals', findings: [{ flagged: 'BRAZILIAN BUTT LIFT AND LIPOSUCTION', severity: 'warning' }] },
    {
      text: 'BOOK YOUR FLU SHOT TODAY.',
      findings: [{ flagged: 'BOOK YOUR FLU SHOT TODAY', suggestionOutputs: ['Book your flu shot today.'] }],
    },
    {
      text: 'Get your COVID SHOT NOW AT CVS.',
      name: 'acronyms inside a run stay in capitals; no capital mid-sentence',
      findings: [{ flagged: 'COVID SHOT NOW AT CVS', suggestionOutputs: ['Get your COVID shot now at CVS.'] }],
    },
    {
      text: "I'M SO TIRED OF VACCINE MYTHS. Here are the facts.",
      findings: [{ flagged: "I'M SO TIRED OF VACCINE MYTHS", suggestionOutputs: ["I'm so tired of vaccine myths. Here are the facts."] }],
    },
    {
      text: 'Before surgery: DO NOT EAT after midnight.',
      name: 'a run after a colon starts a sentence',
      findings: [{ flagged: 'DO NOT EAT', suggestionOutputs: ['Before surgery: Do not eat after midnight.'] }],
    },
    {
      text: '## IMPORTANT NOTICE FOR PATIENTS\n\nOur clinic moves on Monday.',
      name: 'a heading in capitals',
      findings: [{ flagged: 'IMPORTANT NOTICE FOR PATIENTS', suggestionOutputs: ['## Important notice for patients\n\nOur clinic moves on Monday.'] }],
    },
    {
      text: 'FLU SEASON IS HERE. GET YOUR SHOT TODAY.',
      name: 'one finding per sentence',
      findings: [{ flagged: 'FLU SEASON IS HERE' }, { flagged: 'GET YOUR SHOT TODAY' }],
    },
    {
      text: 'CALL US TODAY 555 0100 for an appointment.',
      name: 'numbers at the end are not part of the run',
      findings: [{ flagged: 'CALL US TODAY' }],
    },
    {
      text: 'Flu shots are here!!!',
      findings: [{ flagged: '!!!', suggestionOutputs: ['Flu shots are here!'] }],
      output: 'Flu shots are here!',
    },
    {
      text: 'Did you know?!! Most colds clear up in a week!!',
      findings: [{ flagged: '?!!', suggestionOutputs: ['Did you know? Most colds clear up in a week!!'] }, { flagged: '!!' }],
      output: 'Did you know? Most colds clear up in a week!',
    },
    {
      text: 'GREAT NEWS!!! FLU SHOTS ARE HERE!!!',
      name: 'capitals and exclamation marks together; only the marks are fixed automatically',
      findings: [{ flagged: '!!!' }, { flagged: 'FLU SHOTS ARE HERE' }, { flagged: '!!!' }],
      output: 'GREAT NEWS! FLU SHOTS ARE HERE!',
    },
    {
      text: 'FLU SHOTS are here.',
      config: { rules: { shouting: ['info', { minWords: 2 }] } },
      name: 'option minWords',
      findings: [{ flagged: 'FLU SHOTS' }],
    },
  ],
});
