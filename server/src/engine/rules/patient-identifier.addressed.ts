// patient-identifier, a name addressed: whether a reply speaks to the person it names ("Thanks
// for coming in, John!", "Hi little Emma!", "Congrats to Amy on…"), and the edit that drops the
// name and keeps the sentence readable. Read by the name and @handle finders
// (patient-identifier.names.ts).

import type { Suggestion } from '../types';
import * as D from './patient-identifier.data';
import type { PostContext } from './patient-identifier.context';
import { SPACE_GAP } from './patient-identifier.words';

/** Words that may stand before an addressed name ("Grandma Rose", "little Emma"). */
const KIN_LEADS = new Set(['grandma', 'grandpa', 'granny', 'nana', 'nan', 'baby', 'little', 'young', 'sweet', 'brave', 'tiny', 'auntie', 'aunt', 'uncle']);

/** Words that make the word after them part of a named thing, not a greeting. */
const OWNERS = new Set(['your', 'our', 'my', 'the', 'a', 'an', 'their', 'his', 'her', 'its', 'this']);

/**
 * Whether a name (or @handle) is addressed to: at the start of a sentence followed by ","
 * or "!", after a greeting ("Hi John!", "Congrats to Amy on…"), or set off by a comma at
 * the end of a clause ("Thanks for coming in, John, …"). `first` is the name's first token
 * and `before` the text between the previous token and the name.
 */
export function vocative(post: PostContext, first: number, end: number, startAllowed: boolean, givenBefore?: string): boolean {
  const after = post.prose.slice(end, end + 6);
  const s = post.sentOf[first];
  const sentenceEnd = s >= 0 && post.toks[post.sentLast[s] - 1].end <= end;
  const endsClause = sentenceEnd || /^(?:'s)?[ \t]*(?:[,!?.…;:)]|$|\r?\n|[^\p{L}\p{N}\s'’@#])/u.test(after);
  if (post.isSentenceStart(first)) return startAllowed && (/^[ \t]*[,!:]/.test(after) || sentenceEnd);
  const before = givenBefore ?? post.gap(first);
  if (/\n/.test(before)) return false;
  // "Get well soon, Grandma Rose!", "Hi little Emma!"
  if (SPACE_GAP.test(before) && KIN_LEADS.has(post.lower(first - 1))) return vocative(post, first - 1, end, true);
  if (/,[ \t]*$/.test(before)) return endsClause;
  if (!SPACE_GAP.test(before)) return false;
  const prev = post.lower(first - 1);
  // "your Welcome Consultation", "our Welcome Pack": a greeting word inside a named thing.
  const greeted =
    (D.GREETINGS.has(prev) && !OWNERS.has(post.lower(first - 2))) ||
    (D.GREETING_FILLERS.has(prev) && D.GREETINGS.has(post.lower(first - 2))) ||
    (prev === 'to' && D.GREETING_TO_LEADS.has(post.lower(first - 2)));
  return greeted && (endsClause || /^[ \t]+(?:for|on)\b/.test(after));
}

/** "Remove the name": drops the name with its comma, keeping the sentence readable. */
export function removeName(post: PostContext, start: number, end: number): Suggestion {
  const text = post.text;
  let s = start;
  let e = end;
  let ls = s;
  while (ls > 0 && (text[ls - 1] === ' ' || text[ls - 1] === '\t')) ls--;
  let newText = '';
  const startOfSentence = ls === 0 || /[.!?…\n]/.test(text[ls - 1]) || !/[\p{L}\p{N},]/u.test(text.slice(Math.max(0, ls - 2), ls));
  if (text[ls - 1] === ',') {
    // "Thanks for coming in, John, hope…" → "Thanks for coming in, hope…"
    s = ls - 1;
  } else if (startOfSentence) {
    // "John, thanks for coming in!" → "Thanks for coming in!"
    if (/[,:!.]/.test(text[e] ?? '')) e++;
    while (text[e] === ' ' || text[e] === '\t') e++;
    if (/\p{Ll}/u.test(text[e] ?? '')) {
      newText = text[e].toUpperCase();
      e++;
    }
  } else {
    // "Hi John!" → "Hi!"
    s = ls;
  }
  return { title: 'Generalise: remove the name', edits: [{ start: s, end: e, newText }] };
}
