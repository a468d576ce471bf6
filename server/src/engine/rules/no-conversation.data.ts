// Invitations to reply. A post that contains one of these (or any question mark) invites
// conversation. Written in lower case, words separated by spaces; apostrophes are
// optional when matching ("let's" also matches "lets"). These are not flagged phrases:
// finding one makes the post pass, so they are not part of the shared phrase matcher.
// Leave out phrases aimed at someone else: "ask your doctor", "reach out to your GP".

export const INVITATIONS: readonly string[] = [
  // "tell us…"
  'let us know', 'let me know', 'lmk', 'tell us', 'tell me', 'let\'s talk', 'talk to us', 'talk with us',
  // sharing
  'share your', 'share with us', 'share in the comments', 'your thoughts',
  // comments and replies
  'comment below', 'comments below', 'in the comments', 'leave a comment', 'drop a comment', 'add a comment',
  'comment with', 'reply', 'replies', 'reply below', 'respond below',
  // questions
  'ask us', 'ask me', 'ask away', 'drop your questions', 'send us your questions', 'send your questions',
  'questions welcome', 'questions are welcome', 'happy to answer', 'glad to answer', 'any questions',
  // hearing from the reader
  'love to hear', 'like to hear', 'want to hear', 'hear from you',
  // direct contact
  'dm us', 'dm me', 'message us', 'message me', 'email us', 'email me', 'write to us', 'get in touch', 'reach out to us',
  'reach out to me',
  'join the conversation', 'join the discussion', 'chime in', 'weigh in',
];

/** Questions offered at the end of a post, best first. */
export const CLOSING_QUESTIONS: readonly string[] = [
  'What questions do you have about this? Let us know in the comments.',
  'Is there anything here you would like us to explain? Just ask below.',
  'What would you like us to cover next?',
];
