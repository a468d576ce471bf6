import { ruleTester } from '../../helpers/rule-tester';

ruleTester('individual-advice', {
  valid: [
    { text: 'You should see a doctor if a fever lasts more than three days.', name: 'general: see a doctor if…' },
    { text: 'Talk to your doctor before stopping any medicine.', name: 'general: talk to your doctor first' },
    { text: 'You should drink water regularly when it is hot outside.', name: 'general advice to everyone' },
    { text: 'Never stop taking your blood thinner without talking to your care team.', name: 'a warning, not an instruction' },
    { text: "Don't double your dose if you miss one; take the next one at the usual time.", name: 'standard missed-dose advice' },
    { text: 'Do not take a double dose to make up for a forgotten tablet.', name: 'leaflet wording' },
    { text: 'Your doctor may increase your dose after four weeks.', name: 'describes what a clinician may do' },
    { text: 'If you stop taking your statin, your cholesterol will rise again within weeks.', name: 'general information with "if you"' },
    { text: 'Ask your pharmacist whether you should stop taking ibuprofen before surgery.', name: 'whether you should…' },
    { text: 'Stop taking your phone to bed: screens make it harder to fall asleep.', name: 'not a medicine' },
    { text: 'Most sore throats clear up on their own; you don\'t need to see a doctor unless you have trouble swallowing or a high fever.', name: 'general triage with red flags' },
    { text: "In this video I'll tell you what to do after a tick bite.", name: '"I\'ll tell you what to do" in a general explainer' },
    { text: 'Send us a photo of your smile for our staff wall!', name: 'not a medical photo' },
    { text: 'It sounds like you have a lot on your plate this week, so here are five quick, healthy lunches.', name: 'empathy, not diagnosis' },
    { text: 'Results are ready in the portal; talk with your care team about your results.', name: 'the suggested wording passes' },
    { text: 'Your doctor may tell you to stop taking your metformin before a scan with contrast.', name: 'describes a clinician\'s instruction' },
    { text: 'If you need to increase your dose, your care team will guide you.', name: 'dose change in general' },
    { text: 'You can stop taking the antibiotic when your doctor says the course is done.', name: 'the reader\'s own doctor decides' },
    { text: 'Skip the ER for minor cuts and sprains: our urgent care is open until 9 pm.', name: 'general triage for everyone' },
  ],
  invalid: [
    {
      text: 'With those side effects, you should stop taking the statin.',
      findings: [{ flagged: 'you should stop taking', suggestionOutputs: ['With those side effects, talk with your care team before you stop taking the statin.'] }],
    },
    {
      text: 'Stop taking your antidepressant once you feel better.',
      findings: [{ flagged: 'Stop taking your', suggestionOutputs: ['Talk with your care team before you stop taking your antidepressant once you feel better.'] }],
    },
    {
      text: 'Worried about your cholesterol? DM me your lab results and I will take a look.',
      findings: [{ flagged: 'DM me your lab results', suggestionOutputs: ['Worried about your cholesterol? Talk with your care team about your results and I will take a look.'] }],
    },
    { text: 'Send me your results, I read every one.', findings: [{ flagged: 'Send me your results' }] },
    {
      text: "Send me your symptoms and I'll tell you what to do.",
      name: 'two pieces of advice in one sentence',
      findings: [{ flagged: 'Send me your symptoms' }, { flagged: "I'll tell you what to do" }],
    },
    {
      text: "Honestly, you don't need to see a doctor for that.",
      findings: [{ flagged: "you don't need to see a doctor", suggestionOutputs: ['Honestly, check with your care team about whether you need to be seen for that.'] }],
    },
    { text: 'Still in pain? Double your dose of ibuprofen tonight.', findings: [{ flagged: 'Double your dose' }] },
    {
      text: 'YOU SHOULD DOUBLE YOUR DOSE if the pain comes back.',
      name: 'capitals',
      findings: [{ flagged: 'YOU SHOULD DOUBLE YOUR DOSE', suggestionOutputs: ['TALK WITH YOUR CARE TEAM BEFORE YOU CHANGE YOUR DOSE if the pain comes back.'] }],
    },
    { text: 'Message me for a diagnosis, first one is free!', findings: [{ flagged: 'Message me for a diagnosis' }] },
    { text: 'Dont stress about the spots. Sending me your bloodwork is the quickest way to know.', name: 'inflection: sending', findings: [{ flagged: 'Sending me your bloodwork' }] },
    { text: 'Worried about a mole? Send me a photo of your mole.', findings: [{ flagged: 'Send me a photo of your', suggestionOutputs: ['Worried about a mole? Show your care team mole.'] }] },
    { text: 'Burning when you pee? Sounds like you have a UTI.', findings: [{ flagged: 'Sounds like you have' }] },
    { text: 'Feeling better? Time to ditch your meds!', findings: [{ flagged: 'ditch your meds' }] },
    { text: 'You dont need to go to the ER for this, just rest.', name: 'apostrophe optional', findings: [{ flagged: 'You dont need to go to the ER' }] },
    { text: 'If you feel dizzy, stop taking your blood pressure pills.', name: 'a conditional instruction is still an instruction', findings: [{ flagged: 'stop taking your' }] },
  ],
});
