import { ruleTester } from '../../helpers/rule-tester';

ruleTester('engagement-bait', {
  valid: [
    { text: "We'd like to share some good news: our new baby clinic opens Monday.", name: "we'd like to share" },
    { text: 'Share your experience of long COVID with us in the comments.', name: 'share your experience' },
    { text: 'Check the price tag before you buy sunscreen: SPF matters more than the brand.', name: 'price tag' },
    { text: 'Running our 5K this weekend? Tag us in your photos!', name: 'tag us in your photos' },
    { text: 'Comment below with your questions about the flu vaccine.', name: 'an invitation to conversation' },
    { text: 'This is what recovery can look like if you keep moving after surgery.', name: '"like if you" inside a sentence' },
    { text: 'Patients tell us what they like and share ideas for the waiting room.', name: '"like and share" as plain verbs' },
    { text: 'The flu can hit like a freight train. Rest and drink fluids.', name: 'hit like' },
    { text: 'Type 1 diabetes is not caused by sugar.', name: 'type 1' },
    { text: 'Posts that say "like and share" get fewer views.', name: 'quoted mention' },
    { text: 'Say yes to your second dose.', name: 'say yes' },
  ],
  invalid: [
    {
      text: 'Five ways to sleep better this winter. Like and share!',
      findings: [
        {
          flagged: 'Like and share',
          suggestionOutputs: [
            'Five ways to sleep better this winter. What do you think? Tell us in the comments.',
            'Five ways to sleep better this winter.',
          ],
        },
      ],
    },
    {
      text: 'Great tips for flu season, like and share!',
      name: 'after a comma: the sentence before stays',
      findings: [
        {
          flagged: 'like and share',
          suggestionOutputs: ['Great tips for flu season! What do you think? Tell us in the comments.', 'Great tips for flu season!'],
        },
      ],
    },
    { text: 'LIKE & SHARE to spread the word!', name: 'ampersand, caps, rest of the clause', findings: [{ flagged: 'LIKE & SHARE to spread the word' }] },
    {
      text: 'Tag a friend who always skips breakfast! Breakfast helps you focus.',
      name: 'the bait takes its clause',
      findings: [
        {
          flagged: 'Tag a friend who always skips breakfast',
          suggestionOutputs: [
            'What questions do you have about this? Ask us in the comments. Breakfast helps you focus.',
            'Breakfast helps you focus.',
          ],
        },
      ],
    },
    { text: 'Like, comment and share!', name: 'comma list', findings: [{ flagged: 'Like, comment and share' }] },
    { text: 'Tag 3 friends who need this reminder.', findings: [{ flagged: 'Tag 3 friends who need this reminder' }] },
    { text: 'Comment YES if you drink 8 glasses of water a day!', findings: [{ flagged: 'Comment YES if you drink 8 glasses of water a day' }] },
    { text: 'Type "AMEN" for a healthy week!', name: 'quoted set reply', findings: [{ flagged: 'Type "AMEN" for a healthy week' }] },
    { text: 'Nurses are heroes. Share if you agree!', findings: [{ flagged: 'Share if you agree' }] },
    { text: 'Like if you have ever had a migraine.', findings: [{ flagged: 'Like if you have ever had a migraine' }] },
    { text: 'New tips every Monday! #f4f #follow4follow', name: 'hashtags anywhere', findings: [{ flagged: '#f4f' }, { flagged: '#follow4follow' }] },
    { text: 'Follow for follow, fellow nurses!', findings: [{ flagged: 'Follow for follow' }] },
    { text: 'Three stretches for desk workers. Smash that like button!', findings: [{ flagged: 'Smash that like button' }] },
    { text: "Please don't forget to like and share.", name: 'after "please … to"', findings: [{ flagged: 'like and share' }] },
    { text: 'Win a free electric toothbrush: share to win!', findings: [{ flagged: 'share to win' }] },
    { text: "Don't scroll past this if you have kids!", findings: [{ flagged: "Don't scroll past this if you have kids" }] },
  ],
});
