// patient-story: the details in a story sentence that can point at its person, for
// patient-identifier to report: an initial, an age in clinical shorthand, a day and time of
// care; in a story told with confidence, also any age, a first name, a named day or place and a
// photo. Split from patient-story.people.ts, which finds the person.

import type { Analysis, NlpSentence, NlpToken } from '../analysis';
import { aboutWriter, ageAt, givenNameAt } from './patient-story.people';

/** An identifying detail in a story sentence (initial, age, day and time, place, photo), for patient-identifier. */
export interface StoryDetail {
  start: number;
  end: number;
  kind: 'initial' | 'age' | 'when' | 'place' | 'photo' | 'name';
}

/** "in her 80s", "the early thirties": a decade of life, a vague age. */
const DECADE = /^(?:(?:early|mid|late)[ -]?)?(?:\d0 ?'?s|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)$/i;

/** "… in another room. – Keri J.": a name after a dash signs the post; the initial is the writer's. */
function signedAt(t: readonly NlpToken[], i: number): boolean {
  return /^[A-Z]/.test(t[i - 1]?.text ?? '') && /^[-–—]$/.test(t[i - 2]?.text ?? '');
}

/** "a muscle that begins with 'S'": a letter in quotation marks is spelled out, not someone's initial. */
function quotedLetter(t: readonly NlpToken[], i: number): boolean {
  return QUOTES.test(t[i - 1]?.text ?? '') && QUOTES.test(t[i + 1]?.text ?? '');
}
const QUOTES = /^["'“”‘’]$/;

/**
 * A detail that, with the story, can point at the person: an initial, an age, a day and time of
 * care. In a story told with confidence, also any age, a named day ("on Mother's Day"), a named
 * place ("at Saint Francis") or a photo of them.
 */
export function identifyingDetail(a: Analysis, s: NlpSentence, strong: boolean): StoryDetail | undefined {
  const t = a.tokens;
  for (let i = s.first; i < s.last; i++) {
    const w: NlpToken = t[i];
    if (/^[A-Z]\.?$/.test(w.text) && w.text !== 'I' && w.text !== 'A' && w.pos === 'PROPN' && !signedAt(t, i) && !quotedLetter(t, i)) return { start: w.start, end: w.end, kind: 'initial' };
    // Ages in years are common and, under 90, rarely point to one person on their own; clinical
    // shorthand ("42M", "22yo") and weeks of pregnancy or of life ("35wk fetus") come with the case.
    const age = ageAt(a, i, s.last);
    if (age > i && !aboutWriter(a, i, s.first) && /\d\s*(?:yo|y\/o|wks?|weeks?|m|f)\b/i.test(a.tokens.slice(i, age).map((x) => x.text).join(' '))) {
      return { start: w.start, end: t[age - 1].end, kind: 'age' };
    }
  }
  for (const e of a.entities) {
    if (e.first < s.first || e.last > s.last || (e.type !== 'DATE' && e.type !== 'TIME')) continue;
    const said = a.tokens.slice(e.first, e.last).map((x) => x.text).join(' ');
    // "in her 80s", "a man in his thirties": a decade of life is a vague age, not a day of care.
    if (DECADE.test(said)) continue;
    if (/\d|monday|tuesday|wednesday|thursday|friday|saturday|sunday/i.test(said)) {
      return { start: e.start, end: e.end, kind: 'when' };
    }
  }
  return strong ? confidentDetail(a, s) : undefined;
}

/** Relative days say nothing about which day: "today", "last week", "this morning". */
const RELATIVE_DAYS = new Set(['winter', 'summer', 'spring', 'autumn', 'fall', 'season', 'today', 'tonight', 'yesterday', 'tomorrow', 'morning', 'evening', 'night', 'afternoon', 'week', 'month', 'year', 'weekend', 'day', 'days', 'weeks', 'months', 'years', 'ago', 'last', 'this', 'next', 'recently', 'now']);
const VAGUE_TIMES = new Set(['a', 'an', 'the', 'that', 'few', 'couple', 'of', 'several', 'many', 'some', 'other']);
const PAINTED = new Set(['paint']);
const PHOTO = new Set(['photo', 'picture', 'pic', 'selfie', 'video', 'image', 'x-ray', 'scan']);
/** Words that make a name a place people go: "St Mary's Hospital", "the Shop Rite". */
const INSTITUTIONS = new Set(['hospital', 'clinic', 'centre', 'center', 'infirmary', 'surgery', 'practice', 'home', 'school', 'college', 'university', 'prison', 'hospice', 'church', 'station', 'store', 'market', 'mall', 'park', 'hotel', 'pub', 'bar', 'unit', 'ward']);

/** Details that point at the person of a story told with confidence. */
function confidentDetail(a: Analysis, s: NlpSentence): StoryDetail | undefined {
  const t = a.tokens;
  for (let i = s.first; i < s.last; i++) {
    // "it's Doreen, a silvery-haired octogenarian": a first name in the story.
    const name = givenNameAt(a, s, i);
    if (name) return { start: t[name.first].start, end: t[name.last - 1].end, kind: 'name' };
    const age = ageAt(a, i, s.last);
    if (age > i && !aboutWriter(a, i, s.first)) return { start: t[i].start, end: t[age - 1].end, kind: 'age' };
    // "at Saint Francis", "the Shop Rite", "in St Mary's Hospital": a named place people go to
    // (a town or a country, "in New York", points at no one).
    if ((t[i].lower === 'at' || t[i].lower === 'the' || t[i].lower === 'in') && i + 1 < s.last) {
      const k = i + 1;
      let end = k;
      while (end < s.last && t[end].pos === 'PROPN' && /^[A-Z]/.test(t[end].text) && t[end].text !== 'I') end++;
      const acronym = end === k + 1 && t[k].text === t[k].text.toUpperCase();
      const venue = t[i].lower === 'at' || t[i].lower === 'the' || INSTITUTIONS.has(t[end - 1]?.lower ?? '');
      if (end > k && !acronym && venue) return { start: t[k].start, end: t[end - 1].end, kind: 'place' };
    }
    // ("paints a sorry picture of…" is a figure of speech.)
    if (PHOTO.has(t[i].lemma) && t[i].pos === 'NOUN' && !PAINTED.has(t[i - 2]?.lemma ?? '') && !PAINTED.has(t[i - 3]?.lemma ?? '')) return { start: t[i].start, end: t[i].end, kind: 'photo' };
  }
  for (const e of a.entities) {
    if (e.first < s.first || e.last > s.last || e.type !== 'DATE') continue;
    const words = a.tokens.slice(e.first, e.last);
    // "two years ago", "a few months ago", "that day": as vague as "5 years ago".
    if (!words.some((x) => x.type === 'word' && !RELATIVE_DAYS.has(x.lower) && !VAGUE_TIMES.has(x.lower) && x.pos !== 'NUM')) continue;
    if (DECADE.test(words.map((x) => x.text).join(' '))) continue;
    // "Christmas Eve": the name of the day may run past the entity.
    let last = e.last;
    while (last < s.last && a.tokens[last].pos === 'PROPN' && /^[A-Z]/.test(a.tokens[last].text)) last++;
    return { start: e.start, end: a.tokens[last - 1].end, kind: 'when' };
  }
  return undefined;
}
