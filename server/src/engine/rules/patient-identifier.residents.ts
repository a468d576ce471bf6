// patient-identifier, a care home's news that names a resident: "We celebrated Deborah's
// birthday today", "a joint birthday party for Eddie (90 today), Susan and Peggy". In a post
// about the home's residents, a given name in a sentence about a birthday is a resident's
// (or a member of staff's, when a staff word stands beside it: "our carer Vicky's birthday").
// Residents are the home's patients: their names, with the home and the day, identify them.

import type { PostContext } from './patient-identifier.context';
import * as D from './patient-identifier.data';
import { base, isFirstName } from './patient-identifier.words';

const RESIDENTS = new Set(['resident', 'residents']);
const BIRTHDAY = new Set(['birthday', 'birthdays']);

export function findResidentBirthdays(post: PostContext): void {
  const t = post.toks;
  if (!t.some((w) => RESIDENTS.has(w.lower))) return;
  for (let s = 0; s < post.sentFirst.length; s++) {
    const first = post.sentFirst[s];
    const last = post.sentLast[s];
    if (first < 0 || post.titleCase(s)) continue;
    let birthday = false;
    for (let i = first; i < last && !birthday; i++) birthday = BIRTHDAY.has(base(t[i].lower));
    if (!birthday) continue;
    for (let i = first; i < last; i++) {
      const name = base(t[i].lower);
      // ("in June": a month is one of the capitalised words that are never names.)
      if (!post.isCap(i) || !isFirstName(name) || D.NON_NAMES.has(name) || post.nearStaff(i, i + 1) || post.introducedByRole(name)) continue;
      const end = t[i].lower.endsWith("'s") || t[i].lower.endsWith('’s') ? t[i].end - 2 : t[i].end;
      post.add(t[i].start, end, 'name');
    }
  }
}
