// patient-identifier, a reply to a review that confirms the reviewer's care: on Google, Yelp or
// Facebook the reply sits under the reviewer's name, so "we are sorry your mother's stay with us
// was disappointing" tells everyone that she was a resident, with no name in the reply itself.
// A post is read as such a reply when it speaks of the reader's review ("thank you for your
// feedback", "sorry to hear", "for taking the time to write"); the confirmation is the
// reader's own care ("your treatment", "your appointment") or a relative's ("your father's
// case", "your mother's room").

import * as D from './patient-identifier.data';
import type { PostContext } from './patient-identifier.context';
import { base } from './patient-identifier.words';
import { FAMILY } from './patient-story.family';

/** What a reader's review is called in a reply: "your kind review", "your comments". */
const REVIEW_WORDS = new Set(['review', 'reviews', 'feedback', 'comment', 'comments']);
const REVIEW_ADJECTIVES = new Set(['kind', 'lovely', 'recent', 'honest', 'positive', 'negative', 'thoughtful', 'detailed', 'generous']);
/** Nouns that make a care word a modifier: "your appointment letter", "your treatment plan". */
const PAPERWORK = new Set(['letter', 'letters', 'card', 'reminder', 'reminders', 'time', 'times', 'slot', 'booking', 'confirmation', 'fee', 'fees', 'plan', 'options', 'system']);
/** Words before "your review" that take it as received. */
const RECEIVING = new Set(['for', 'appreciate', 'appreciated', 'read', 'received', 'reading']);
/** "sorry to hear", "sorry to read", "sorry to learn". */
const LEARNING = new Set(['hear', 'read', 'learn']);
/** "for taking the time to write / leave / share / post …". */
const WRITING = new Set(['write', 'leave', 'share', 'post', 'review', 'tell', 'comment']);

/** The relative's care in the reply: "your father's case", "your mother's stay with us". */
const RELATIVES_CARE = new Set([
  'stay', 'case', 'care', 'room', 'arrival', 'admission', 'treatment', 'needs', 'health', 'condition', 'medication', 'medications',
  'discharge', 'appointment', 'surgery', 'operation', 'diagnosis', 'placement', 'residency', 'wound', 'fall',
]);

/** The post answers a review of the reader's. */
function repliesToReview(post: PostContext): boolean {
  const n = post.toks.length;
  for (let i = 0; i < n; i++) {
    const w = post.toks[i].lower;
    if (w === 'your') {
      // "thank you for your feedback", "we appreciate your comments": a review received, not
      // feedback invited ("We welcome your comments", "Your feedback helps shape our services").
      const noun = REVIEW_ADJECTIVES.has(post.lower(i + 1)) ? i + 2 : i + 1;
      if (REVIEW_WORDS.has(post.lower(noun)) && RECEIVING.has(post.lower(i - 1))) return true;
    } else if (w === 'sorry' && post.lower(i + 1) === 'to' && LEARNING.has(post.lower(i + 2))) {
      return true;
    } else if (w === 'taking' && post.lower(i + 1) === 'the' && post.lower(i + 2) === 'time' && post.lower(i + 3) === 'to' && WRITING.has(post.lower(i + 4))) {
      return true;
    }
  }
  return false;
}

/** A relative of the reader ("your mother", "your dad's"), and the common "mothers" for "mother's". */
function relative(lower: string): boolean {
  const word = base(lower);
  return FAMILY.has(word) || (word.endsWith('s') && FAMILY.has(word.slice(0, -1)));
}

/** Flags each "your … <care>" of a reply to a review as a confirmation of care. */
export function findReplyConfirmations(post: PostContext): void {
  // A reply that names the reader is already flagged on the name, whose message asks to drop the care too.
  if (post.hits.some((h) => h.kind === 'confirmation') || !repliesToReview(post)) return;
  const t = post.toks;
  for (let i = 0; i < t.length; i++) {
    if (t[i].lower !== 'your') continue;
    const s = post.sentOf[i];
    const last = s >= 0 ? post.sentLast[s] : t.length;
    if (i + 1 < last && relative(t[i + 1].lower)) {
      // "your mothers disappointing stay with us": up to three words between the relative and the care.
      for (let k = i + 2; k < last && k <= i + 5; k++) {
        const care = RELATIVES_CARE.has(t[k].lower) || (t[k].lower === 'with' && post.lower(k + 1) === 'us');
        if (care) {
          post.add(t[i].start, t[k].end, 'reply');
          break;
        }
      }
      continue;
    }
    // The reader's own care: "your treatment", "your new crown".
    // ("your appointment letter" is a letter.)
    for (let k = i + 1; k < last && k <= i + 3; k++) {
      if (D.YOUR_CLINICAL_NOUNS.has(t[k].lower) && !(k + 1 < last && PAPERWORK.has(t[k + 1].lower))) {
        post.add(t[i].start, t[k].end, 'reply');
        break;
      }
    }
  }
}
