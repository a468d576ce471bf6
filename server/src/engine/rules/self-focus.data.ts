// Words a post uses about its writer and about its reader. Lower-case, with straight
// apostrophes (the post parser folds typographic ones). These are counted, not flagged:
// the self-focus rule compares the two counts.

/** The writer and their practice: "I", "we", "our clinic"… */
export const FIRST_PERSON_WORDS: ReadonlySet<string> = new Set([
  'i', 'me', 'my', 'mine', 'myself',
  "i'm", "i've", "i'll", "i'd", 'im', 'ive',
  'we', 'us', 'our', 'ours', 'ourselves',
  "we're", "we've", "we'll", "we'd",
]);

/** The reader: "you", "your"… */
export const READER_WORDS: ReadonlySet<string> = new Set([
  'you', 'your', 'yours', 'yourself', 'yourselves',
  "you're", "you've", "you'll", "you'd", 'youre', 'youve', "y'all", 'yall',
]);

/** Words before a Roman numeral "I" that is not the pronoun: "type I diabetes", "stage I". */
export const NUMERAL_I_BEFORE: ReadonlySet<string> = new Set([
  'type', 'stage', 'grade', 'phase', 'class', 'category', 'level', 'schedule', 'part', 'chapter', 'tier', 'size',
]);
