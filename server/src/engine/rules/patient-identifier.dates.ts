// patient-identifier, dates and ages: a date of birth or of care, told by the words before it
// ("DOB", "admitted on", "her surgery on"), and ages over 89 ("94-year-old", "aged 94"), which
// HIPAA counts as identifying. Each suggests a general wording ("in 2023", "recently", "over 90").

import { matchCase } from '../edits';
import type { Suggestion } from '../types';
import * as D from './patient-identifier.data';
import type { PostContext } from './patient-identifier.context';
import { SPACE_GAP } from './patient-identifier.words';
import { tokenIndexAt } from './shared/context';

const DATE_RANGE_WORDS = new Set(['between', 'after', 'before', 'from', 'since', 'until']);

const DATE = new RegExp(
  String.raw`(?<![\p{L}\p{N}/.\-])(?:` +
    String.raw`(\d{4})-(\d{1,2})-(\d{1,2})` +
    String.raw`|(\d{1,2})([/.\-])(\d{1,2})(?:\5(\d{4}|\d{2}))?` +
    String.raw`|(${D.MONTH_PATTERN})\.?[ \t]{1,3}(\d{1,2})(?:st|nd|rd|th)?(?:,?[ \t]{1,3}(\d{4}))?` +
    String.raw`|(\d{1,2})(?:st|nd|rd|th)?[ \t]{1,3}(?:of[ \t]{1,3})?(${D.MONTH_PATTERN})\.?(?:,?[ \t]{1,3}(\d{4}))?` +
    String.raw`)(?![\p{L}\p{N}]|[/\-]\d|\.\d)`,
  'giu',
);

const DASH = String.raw`(?:[ \t]?[-‐–][ \t]?|[ \t])`;
const AGE = new RegExp(
  String.raw`(?<![\p{L}\p{N}.,])(?:` +
    String.raw`(\d{2,3})${DASH}(?:years?|yrs?)${DASH}(old|young)` +
    String.raw`|(\d{2,3})[ \t]?(?:yo|y/o|y\.o\.?)` +
    String.raw`|(\d{2,3})(?:th|st|nd|rd)[ \t]{1,2}(?:birthday|bday)` +
    String.raw`|ninety(?:${DASH}(?:${D.NINETY_UNITS}))?${DASH}years?${DASH}(old|young)` +
    String.raw`)(?![\p{L}\p{N}])`,
  'giu',
);
const AGED = /(?<![\p{L}\p{N}])(?:aged?|age:|turned|turns|turning)[ \t]{1,3}(?:of[ \t]{1,3})?(\d{2,3})(?![\p{L}\p{N}%+]|[ \t]?[-–+]|[ \t]{1,3}(?:to|and|or|plus|through)\b)/giu;

/** DATE can match only where this does (the long s is an "s" to DATE's case-insensitive Unicode matching). */
const DATE_HINT = /\d[/.\-]\d|jan|feb|mar|apr|may|jun|jul|aug|[sſ]ep|oct|nov|dec/i;
/** The only way AGE matches without a digit (its letters have no other case-insensitive forms). */
const NINETY = /ninety/i;

/** Dates of birth and dates of care: "DOB 3/14/1950", "admitted on March 3", "her surgery on 12/01". */
export function findDates(post: PostContext): void {
  // Every date has a digit, and either a month name or a digit, a separator and a digit.
  if (!post.hasDateCue || !post.hasDigit || !DATE_HINT.test(post.prose)) return;
  const prose = post.prose;
  DATE.lastIndex = 0;
  for (let m; (m = DATE.exec(prose)); ) {
    const start = m.index;
    const end = start + m[0].length;
    let year: string | undefined;
    if (m[1]) {
      if (!validDay(+m[2], +m[3])) continue;
      year = m[1];
    } else if (m[4]) {
      const a = +m[4];
      const b = +m[6];
      if (!((validDay(a, b) || validDay(b, a)))) continue;
      if (!m[7] && m[5] !== '/') continue; // "3-4 times", "2.5 days"
      year = m[7]?.length === 4 ? m[7] : undefined;
    } else if (m[8]) {
      if (/^(?:may|mar|march)$/.test(m[8])) continue; // "may 3" is a verb, not May 3
      if (!validDay(1, +m[9])) continue;
      year = m[10];
    } else if (m[11]) {
      if (/^(?:may|mar|march)$/.test(m[12])) continue;
      if (!validDay(1, +m[11])) continue;
      year = m[13];
    } else continue;
    const ti = tokenIndexAt(post.toks, start);
    const kind = dateCue(post, ti, end);
    if (!kind) continue;
    let generalise: Suggestion | undefined;
    if (kind === 'care-date') {
      const on = ti > 0 && post.toks[ti - 1].lower === 'on' && post.spaced(ti) ? post.toks[ti - 1].start : start;
      if (year) generalise = { title: `Generalise: keep only the year`, edits: [{ start: on, end, newText: `in ${year}` }] };
      else if (on < start) generalise = { title: 'Generalise: "recently"', edits: [{ start: on, end, newText: matchCase(post.text.slice(on, end), 'recently') }] };
    }
    post.add(start, end, kind, generalise);
  }
}

/** The words before (or, for "On 3/14 she was admitted", after) a date that tie it to a person. */
function dateCue(post: PostContext, ti: number, dateEnd: number): 'birth-date' | 'care-date' | undefined {
  const t = post.toks;
  const s = ti < t.length ? post.sentOf[ti] : -1;
  for (let j = ti - 1; j >= 0 && j >= ti - 6 && post.sentOf[j] === s && s >= 0; j--) {
    const w = t[j].lower;
    // "children born between 1 September 2017 and 31 August 2019": who is eligible, not one person.
    if (D.BIRTH_DATE_CUES.has(w)) return rangeBetween(post, j + 1, ti) ? undefined : 'birth-date';
    if (w === 'b' && post.lower(j - 1) === 'o' && post.lower(j - 2) === 'd') return 'birth-date';
    if (D.SERVICE_DATE_CUES.has(w)) return 'care-date';
    if (D.POSSESSIVE_DATE_CUES.has(w) && j > 0) {
      const p = t[j - 1].lower;
      if (D.PERSON_POSSESSIVES.has(p) || (p.endsWith("'s") && post.isCap(j - 1))) return 'care-date';
    }
  }
  // "On 3/14 she was admitted"
  if (ti > 0 && t[ti - 1].lower === 'on' && s >= 0) {
    const k = tokenIndexAt(post.toks, dateEnd);
    for (let j = k; j < k + 6 && j < t.length && post.sentOf[j] === s; j++) {
      if (D.DATE_CUES_AFTER.has(t[j].lower)) return 'care-date';
    }
  }
  return undefined;
}

/** "between", "after", "before", "from", "since" among tokens [from, to): a range of dates. */
function rangeBetween(post: PostContext, from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (DATE_RANGE_WORDS.has(post.toks[j].lower)) return true;
  return false;
}

/** Ages over 89: "94-year-old", "94 yo", "94th birthday", "ninety years old", "aged 94". */
export function findAges(post: PostContext): void {
  // "94 years old" needs a digit, "ninety years old" the word; "aged 94" a digit.
  if (post.hasDigit || NINETY.test(post.prose)) writtenAges(post);
  if (post.hasDigit) agesAfterWords(post);
}

/** "94-year-old", "94 yo", "94th birthday", "ninety-two years old". */
function writtenAges(post: PostContext): void {
  const prose = post.prose;
  AGE.lastIndex = 0;
  for (let m; (m = AGE.exec(prose)); ) {
    const start = m.index;
    const end = start + m[0].length;
    const num = m[1] ?? m[3] ?? m[4];
    const age = num ? Number(num) : 90;
    if (age < 90 || age > 125) continue;
    const ti = tokenIndexAt(post.toks, start);
    if (D.AGE_QUALIFIERS.has(post.lower(ti - 1)) || saidOfMany(post, ti)) continue;
    const nextTok = tokenIndexAt(post.toks, end);
    if (nextTok < post.toks.length && D.AGE_NON_PERSON_NOUNS.has(post.toks[nextTok].lower) && SPACE_GAP.test(prose.slice(end, post.toks[nextTok].start))) continue;
    // "Happy 90th birthday to our founder, Dr. Lee!" celebrates a colleague, not a patient.
    if (m[4] && post.colleagueIn(post.sentOf[Math.min(ti, post.toks.length - 1)])) continue;
    const text = m[0].toLowerCase();
    let generalise: Suggestion;
    if (m[4]) {
      generalise = { title: 'Generalise: remove the age', edits: [{ start, end, newText: 'birthday' }] };
    } else if (/years?[ \t]+(?:old|young)$/.test(text) && !/[-‐–]/.test(text)) {
      generalise = { title: 'Generalise: "over 90"', edits: [{ start, end, newText: `over 90 ${text.replace(/^\S+\s+/, '').replace(/^(?:one|two|three|four|five|six|seven|eight|nine)\s+/, '')}` }] };
    } else {
      const article = /(?:^|[^\p{L}])(an?)[ \t]+$/iu.exec(prose.slice(Math.max(0, start - 4), start));
      const s = article ? start - article[0].length + article[0].indexOf(article[1]) : start;
      const original = post.text.slice(s, end);
      const replacement = article ? matchCase(original, 'an older') : 'older';
      generalise = { title: `Generalise: "${replacement}"`, edits: [{ start: s, end, newText: replacement }] };
    }
    post.add(start, end, 'age', generalise);
  }
}

/** "until they are 100 years old", "people are 90": an age said after "are" of people in general, not of one person. */
function saidOfMany(post: PostContext, ti: number): boolean {
  const be = post.lower(ti - 1);
  return (be === 'are' || be === "'re") && D.MANY_PEOPLE.has(post.lower(ti - 2));
}

/** "aged 94", "turned 101". */
function agesAfterWords(post: PostContext): void {
  const prose = post.prose;
  AGED.lastIndex = 0;
  for (let m; (m = AGED.exec(prose)); ) {
    const age = Number(m[1]);
    if (age < 90 || age > 125) continue;
    const ti = tokenIndexAt(post.toks, m.index);
    if (D.AGE_QUALIFIERS.has(post.lower(ti - 1)) || (post.lower(ti - 1) === 'the' && D.AGE_QUALIFIERS.has(post.lower(ti - 2)))) continue;
    const start = m.index + m[0].length - m[1].length;
    const end = start + m[1].length;
    const nextTok = tokenIndexAt(post.toks, end);
    if (nextTok < post.toks.length && D.QUANTITY_NOUNS.has(post.toks[nextTok].lower) && SPACE_GAP.test(prose.slice(end, post.toks[nextTok].start))) continue;
    post.add(start, end, 'age', { title: 'Generalise: "over 90"', edits: [{ start, end, newText: 'over 90' }] });
  }
}

function validDay(month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}
