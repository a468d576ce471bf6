import { ruleTester } from '../../helpers/rule-tester';

ruleTester('engagement-bait', {
  valid: [
    { text: 'Start by following us on Instagram for clinic updates.', name: 'following alone, as a first step, is a fair ask' },
    { text: 'We started by following the national guidance on infection control.', name: 'a step the writer took is no request' },
    { text: 'I’m very “Type A.” I like when things on my to-do list get done quickly.', name: 'an initial with a full stop is no set reply' },
    { text: 'Like me before I became a nurse, you may never have stayed up all night.', name: '"Like me before…" compares, it asks nothing' },
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
    // Read for meaning: fair asks a health body makes, and engagement words that are not requests.
    { text: 'Please share this post with anyone who is eligible for the flu vaccine.', name: 'a plain "please share" of public-health information' },
    { text: 'Blood donors needed this week. Please help us get it out there: share with your friends and family.', name: 'an appeal to pass it on' },
    { text: 'Together we can win the fight against flu. Please share and retweet.', name: 'sharing and retweeting: passing a warning on ("win the fight" is no contest)' },
    { text: 'Share this post and follow us for updates on the outbreak.', name: 'sharing and following only' },
    { text: 'Follow us on Twitter for updates on the clinic.', name: 'a follow outside a contest' },
    { text: 'Follow the advice of your GP, and follow up if it gets worse.', name: '"follow the advice", "follow up"' },
    { text: 'Comment below with your questions and share your experience.', name: 'inviting conversation' },
    { text: 'Running our 5K this weekend? Tag us in your photos!', name: 'tag us in your photos' },
    { text: 'Like many parents, you may worry about fevers. Like us, many nurses felt it.', name: '"like" as a comparison' },
    { text: "We'd like to share some good news: we will share the winner of the staff awards on Friday.", name: 'the writer wanting and sharing' },
    { text: 'Win free botox for one year! Visit our office to enter.', name: 'a giveaway entered without engagement' },
    { text: 'Orthodontics deals with jaw irregularities, like overbites and underbites. Our pumpkin carving contest winner is in!', name: '"like overbites" in a contest post compares, it asks for no like' },
    { text: 'Likes and shares do not make a post true. Posts that get the most likes are often wrong.', name: 'talking about likes' },
    { text: "Say 'no' to smoking. Leave a comment with your questions 😊 Drop in to the clinic 😊", name: 'a quoted word, a comment and an emoji that are no set reply' },
    { text: 'Comment NHS services you use most.', name: 'an acronym inside a phrase' },
  ],
  invalid: [
    { text: 'Help us spread the word! If you are not already, start by following and liking us.', name: 'an instruction whose first step is the ask ("start by following and liking us")', findings: [{ flagged: 'following and liking us', severity: 'warning' }] },
    { text: 'Like me on Facebook for more tips!', name: '"Like me on Facebook" asks for a like', findings: [{ flagged: 'Like me', severity: 'warning' }] },
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
    // Read for meaning: requests for engagement in wording no phrase list holds.
    {
      text: 'Win a free syringe of filler in three simple steps. Follow our page. Like this post. Tag at least one friend.',
      name: 'each engagement act as the entry to a giveaway',
      findings: [{ flagged: 'Follow our page' }, { flagged: 'Like this post' }, { flagged: 'Tag at least one friend' }],
    },
    {
      text: 'Giveaway time! All you have to do to enter is repost this photo. Each winner must follow us and have liked and shared this post.',
      name: '"all you have to do is", "each winner must"',
      findings: [{ flagged: 'repost this photo' }, { flagged: 'follow us and have liked and shared this post' }],
    },
    {
      text: 'We are doing a giveaway! Whoever guesses the number of sweets in the jar wins a toothbrush.',
      name: 'a guessing contest',
      findings: [{ flagged: 'guesses the number' }],
    },
    { text: 'Amazing give away for you and a friend! Screenshot this picture and upload it to your feed.', findings: [{ flagged: 'Screenshot this picture and upload' }] },
    { text: 'Keep posting and tagging @ourclinic please', name: 'two engagement acts at once', findings: [{ flagged: 'posting and tagging @ourclinic' }] },
    { text: 'New weekly tips on our page. Go on, and LIKE us to follow us.', name: 'a like for the page', findings: [{ flagged: 'LIKE us' }] },
    { text: 'Like our page to stay up to date.', findings: [{ flagged: 'Like our page' }] },
    { text: 'Tag at least two of your mates.', name: 'tagging people', findings: [{ flagged: 'Tag at least two of your mates' }] },
    { text: 'Get liking and sharing, everyone!', findings: [{ flagged: 'liking and sharing' }] },
    { text: "Comment GLOW below and I'll send you the link.", name: 'a set word in capitals', findings: [{ flagged: 'Comment GLOW' }] },
    { text: 'Drop a 💙 if this helped you.', name: 'a set emoji', findings: [{ flagged: 'Drop a 💙' }] },
    { text: 'Write "ready" in the comments for our guide.', name: 'a quoted set word', findings: [{ flagged: 'Write "ready"' }] },
  ],
});
