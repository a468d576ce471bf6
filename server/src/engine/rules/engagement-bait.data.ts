// Engagement bait: asking for likes, shares, tags or set replies instead of starting a real
// conversation. Each entry: the ways it is written, a genuine question to ask instead (an
// empty string removes the bait), and a before/after example.
//
// The rule flags these only where they are an instruction to the reader: at the start of a
// sentence or line, after a comma or dash, or after "please", "just", "to"… ("What it looks
// like if you…" passes). Inviting conversation is good: "comment below with your
// questions", "share your experience" and "tag us in your photos" are not bait.

import type { PhraseEntry } from '../phrases';

export interface EngagementBaitEntry extends PhraseEntry {
  /** Bait wherever it appears, not only as an instruction (hashtags such as #f4f). */
  anywhere?: boolean;
}

const ASK_OPINION = 'What do you think? Tell us in the comments.';

export const ENGAGEMENT_BAIT_PHRASES: readonly EngagementBaitEntry[] = [
  {
    match: [
      'like and share', 'share and like', 'like share', 'like share and comment', 'like comment and share', 'like comment share',
      'like and comment', 'comment and share', 'like share comment',
    ],
    inflect: false,
    replacements: [ASK_OPINION, ''],
    examples: {
      incorrect: 'Five ways to sleep better this winter. Like and share!',
      correct: 'Five ways to sleep better this winter. Which one will you try first?',
    },
  },
  {
    match: [
      'tag a friend', 'tag {number} friends', 'tag two friends', 'tag three friends', 'tag five friends', 'tag your friends',
      'tag your friend', 'tag someone', 'tag a mom', 'tag a mum', 'tag a dad', 'tag your mom', 'tag your mum', 'tag a nurse',
      'tag a colleague', 'tag a coworker', 'tag your bestie', 'tag your bff', 'tag your partner', 'tag a buddy',
    ],
    inflect: false,
    replacements: ['What questions do you have about this? Ask us in the comments.', ''],
    examples: {
      incorrect: 'Tag a friend who always skips breakfast!',
      correct: 'Do you skip breakfast? What makes mornings hard for you?',
    },
  },
  {
    match: [
      'comment yes', 'comment amen', 'type amen', 'type yes', 'say amen', 'reply yes', 'comment me', 'comment done',
      'comment a heart', 'drop a heart', 'comment an emoji', 'drop an emoji',
    ],
    inflect: false,
    replacements: ['What has helped you? Tell us in the comments.', ''],
    examples: {
      incorrect: 'Comment YES if you drink 8 glasses of water a day!',
      correct: 'How do you remember to drink enough water? Tell us in the comments.',
    },
  },
  {
    match: [
      'share if you agree', 'share this if you agree', "share if you've ever", 'share if you have ever', 'like if you agree',
      'like if you', 'like this if you', 'like this post if', 'hit like if', 'double tap if', 'double-tap if', 'retweet if',
      'rt if', 'repost if', 'react if',
    ],
    inflect: false,
    replacements: ['Do you agree? Tell us why in the comments.', ''],
    examples: {
      incorrect: 'Nurses are heroes. Share if you agree!',
      correct: 'Nurses kept our ward running all winter. What would you like to thank a nurse for?',
    },
  },
  {
    match: [
      'follow for follow', 'follow4follow', 'f4f', '#f4f', '#follow4follow', '#followforfollow', 'like4like', '#like4like',
      'l4l', '#l4l', '#likeforlike', 'followback', '#followback', 'sub4sub', '#sub4sub',
    ],
    inflect: false,
    anywhere: true,
    replacements: [''],
    examples: {
      incorrect: 'New tips every Monday! #f4f',
      correct: 'New tips every Monday! #HealthyHabits',
    },
    note: 'Follow-for-follow swaps fill your audience with accounts that have no interest in your health information, and platforms treat them as spam.',
  },
  {
    match: [
      'smash that like button', 'smash the like button', 'hit that like button', 'hit the like button', 'smash that like',
      'smash like', 'drop a like', 'leave a like', 'give this a like', 'give this post a like', 'give it a like', 'give us a like',
      'tap the heart', 'hit the heart',
    ],
    inflect: false,
    replacements: [ASK_OPINION, ''],
    examples: {
      incorrect: 'Three stretches for desk workers. Smash that like button!',
      correct: 'Three stretches for desk workers. Which one helps your back most?',
    },
  },
  {
    match: [
      'share to win', 'like to win', 'tag to win', 'comment to win', 'share for a chance to win', 'like for a chance to win',
      'tag for a chance to win', 'share to enter', 'like to enter', 'tag to enter',
    ],
    inflect: false,
    replacements: [''],
    examples: {
      incorrect: 'Win a free electric toothbrush: share to win!',
      correct: 'Ask us which toothbrush suits your teeth at your next check-up.',
    },
    note: 'Giveaways that require likes or shares break most platforms\' rules and, for clinicians, can count as inducements.',
  },
  {
    match: ["don't scroll past", 'do not scroll past', "don't scroll without", 'stop scrolling'],
    inflect: false,
    replacements: [''],
    examples: {
      incorrect: "Don't scroll past this if you have kids!",
      correct: 'If you have kids, here are three signs of dehydration to know.',
    },
  },
];
