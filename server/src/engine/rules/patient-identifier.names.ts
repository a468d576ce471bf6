// patient-identifier, names: a capitalised name (or @handle) is a patient's only when the
// words around it say so: "my patient John", "a patient named Tom", "John, who I treated",
// "Mrs. Alvarez in bed 4", or a reply to the person that confirms their care ("Thanks for
// coming in, Sarah!"). Also an age over 89 right after such a name ("Mr Jones, 94, …").

import { isEverydayWord } from '../analysis';
import { matchCase } from '../edits';
import type { Suggestion, TextEdit } from '../types';
import * as D from './patient-identifier.data';
import type { PostContext } from './patient-identifier.context';
import { removeName, vocative } from './patient-identifier.addressed';
import { base, COMMA_GAP, SPACE_GAP, type Kind } from './patient-identifier.words';
import { tokenIndexAt } from './shared/context';
import { isGivenName } from './shared/given-names';

interface NameSpan {
  /** Token index of the first word (the title, if any). */
  first: number;
  /** Token index of the first word after the title. */
  nameFirst: number;
  /** One past the last token of the name. */
  last: number;
  start: number;
  /** End of the name, without a possessive "'s". */
  end: number;
  titled: boolean;
}

type NameRead = NameSpan | { institution: number } | undefined;

const AND = /^(?:and|&)$/;
const TIME_WORDS = new Set(['today', 'yesterday', 'tonight', 'recently', 'once']);
const NAME_LEADS = /^(?:and|then|when|after|before|because|yesterday|today|baby|little|young|brave|sweet|tiny)$|(?:^|-)old$/;
const EVENT_VERBS = /^(?:underwent|presented|broke|fractured)$/;
const CARE_WORDS = /^(?:rushed|brought|taken|sent|recovering|diagnosed|treated|seen|operated|admitted|discharged|referred|transferred|birth|born)$/;


/** First words of the known institutions: a name starting with any other word is none of them. */
const INSTITUTION_FIRST_WORDS = new Set(D.KNOWN_INSTITUTIONS.map((name) => name.split(' ')[0]));

/** Names tied to a patient: after a patient noun, by the words around a capitalised name, and in @mentions. */
export function findNames(post: PostContext): void {
  patientNouns(post);
  capitalisedNames(post);
  mentions(post);
}

/** Reads a person's name starting at token i: an optional title, then one to three capitalised words. */
function readName(post: PostContext, i: number, allowStopWord = false): NameRead {
  const t = post.toks;
  if (i >= t.length || !post.isCap(i)) return undefined;
  if (D.CLINICIAN_TITLES.has(t[i].lower)) return undefined;
  let j = i;
  let titled = false;
  if (D.PERSON_TITLES.has(t[i].lower) && i + 1 < t.length && post.titleSpaced(i + 1) && post.isCap(i + 1)) {
    titled = true;
    j = i + 1;
  }
  let k = j;
  while (k < t.length && k - j < 3) {
    if (k > j && !post.spaced(k)) break;
    if (!post.isCap(k)) break;
    const b = base(t[k].lower);
    if (D.INSTITUTION_WORDS.has(b)) return { institution: k + 1 };
    if (D.CLINICIAN_TITLES.has(b) || D.PERSON_TITLES.has(b)) break;
    if (D.NON_NAMES.has(b) && !(allowStopWord && k === j && !D.PATIENT_NOUNS.has(b))) break;
    k++;
    if (t[k - 1].lower.endsWith("'s")) break;
  }
  if (k === j) return undefined;
  if (k < t.length && post.spaced(k) && post.isCap(k) && D.INSTITUTION_WORDS.has(t[k].lower)) return { institution: k + 1 };
  if (INSTITUTION_FIRST_WORDS.has(base(t[j].lower))) {
    const joined = t
      .slice(j, k)
      .map((x) => base(x.lower))
      .join(' ');
    if (D.KNOWN_INSTITUTIONS.some((name) => joined === name || joined.startsWith(`${name} `))) return { institution: k };
  }
  let end = t[k - 1].end;
  if (t[k - 1].lower.endsWith("'s")) end -= 2;
  return { first: i, nameFirst: j, last: k, start: t[i].start, end, titled };
}

/** "Sarah M.": a surname's initial after the name belongs to it (one capital letter, then a point). */
function withInitial(post: PostContext, nm: NameSpan): NameSpan {
  const initial = /^[ \t][A-Z]\.(?=[ \t]*[,.!?;:)…]|[ \t]+[a-z])/.exec(post.prose.slice(nm.end, nm.end + 8));
  return initial && nm.last < post.toks.length ? { ...nm, last: nm.last + 1, end: nm.end + initial[0].length } : nm;
}

function asName(r: NameRead): NameSpan | undefined {
  return r && 'first' in r ? r : undefined;
}

/** The words after a capitalised "Patient" inside a sentence: names of things ("joined Patient Opinion"). */
function namesOfThings(post: PostContext): Set<string> {
  const things = new Set<string>();
  for (const i of post.patientAt) if (post.isCap(i) && post.isCap(i + 1) && !post.isSentenceStart(i)) things.add(post.lower(i + 1));
  return things;
}

/** "my patient John Smith", "patient Maria came in", "a patient named Tom", "the patient, Maria, …". */
function patientNouns(post: PostContext): void {
  const t = post.toks;
  const things = namesOfThings(post);
  for (const i of post.patientAt) {
    const w = t[i].lower;
    const namedPerson = !D.PATIENT_NOUNS.has(w);
    // "a patient today called Margaret": a time word may come before the naming word.
    const naming = D.NAMING_WORDS.has(post.lower(i + 1)) ? i + 1 : TIME_WORDS.has(post.lower(i + 1)) && D.NAMING_WORDS.has(post.lower(i + 2)) && post.spaced(i + 1) ? i + 2 : -1;
    if (namedPerson && naming < 0) continue;
    if (D.ADJECTIVE_PATIENT_LEADS.has(post.lower(i - 1)) && !D.PATIENT_DETERMINERS.has(post.lower(i - 1))) continue;
    const s = post.sentOf[i];
    const plural = w.endsWith('s');
    // "a patient named Tom", "a patient called Tom"
    if (naming > 0 && post.spaced(naming)) {
      if (namedPerson && !post.clinical(s)) continue;
      const nm = asName(readName(post, naming + 1, true));
      if (nm && post.spaced(naming + 1)) {
        const edit: TextEdit = { start: t[naming - 1].end, end: nm.end, newText: '' };
        post.add(nm.start, nm.end, 'name', namedPerson ? undefined : { title: 'Generalise: remove the name', edits: [edit] });
        ageAfter(post, nm);
      }
      continue;
    }
    if (namedPerson || i + 1 >= t.length) continue;
    const g = post.gap(i + 1);
    const direct = SPACE_GAP.test(g);
    const appositive = COMMA_GAP.test(g);
    if (!direct && !appositive && !/^:[ \t]{1,2}$/.test(g)) continue;
    if (post.titleCase(s)) continue;
    // "Guidelines for Patient Consent", "their Patient Rewards Card": a capitalised "Patient"
    // inside a sentence opens the name of a thing, not a patient's name, and so it does
    // wherever that name comes back ("• Patient Opinion sends your story…").
    if (post.isCap(i) && post.isCap(i + 1) && (!post.isSentenceStart(i) || things.has(post.lower(i + 1)))) continue;
    const read = asName(readName(post, i + 1));
    if (!read || post.sentOf[read.first] !== s) continue;
    if (post.nearStaff(read.first, read.last)) continue;
    const nm = withInitial(post, read);
    let generalise: Suggestion | undefined;
    if (!direct && !appositive) {
      // "Patient: Jane Doe" — a label, so the name must end the line or the clause.
      if (!/^[ \t]*(?:\r?\n|$|[,;(.])/.test(post.prose.slice(nm.end, nm.end + 3))) continue;
    } else if (appositive) {
      // Only "the patient, Maria, came in" or "…, Maria." — not "with each patient, Jane and I…".
      const after = post.prose.slice(nm.end, nm.end + 3);
      if (!/^(?:'s)?[ \t]*(?:[,.!?;:)…]|$|\r?\n)/.test(after)) continue;
      const trailing = post.prose[nm.end] === ',' ? 1 : 0;
      generalise = {
        title: 'Generalise: remove the name',
        edits: [{ start: t[i].end, end: nm.end + trailing, newText: '' }],
      };
    } else if (!plural) {
      const det = D.PATIENT_DETERMINERS.has(post.lower(i - 1)) && post.spaced(i) ? i - 1 : i;
      const start = t[det].start;
      // "my patient *Maria*": take the closing emphasis with the name.
      const marks = /[*_~]+/.exec(post.prose.slice(t[i].end, nm.start))?.[0];
      const end = marks && post.text.startsWith(marks, nm.end) ? nm.end + marks.length : nm.end;
      const original = post.text.slice(start, end);
      const replacement = post.isSentenceStart(det) ? matchCase(original, 'a patient') : 'a patient';
      generalise = { title: 'Generalise: "a patient"', edits: [{ start, end, newText: replacement }] };
    }
    post.add(nm.start, nm.end, 'name', generalise);
    ageAfter(post, nm);
    // "patients Maria and John"
    let last = nm;
    while (plural && AND.test(post.lower(last.last)) && post.spaced(last.last)) {
      const next = asName(readName(post, last.last + 1));
      if (!next || !post.spaced(last.last + 1)) break;
      post.add(next.start, next.end, 'name');
      last = next;
    }
  }
}

/** Capitalised names tied to a patient by the words around them. */
function capitalisedNames(post: PostContext): void {
  const t = post.toks;
  let skip = 0;
  for (let i = 0; i < t.length; i++) {
    if (i < skip || !post.isCap(i)) continue;
    if (post.afterClinicianTitle(i)) continue;
    // "People who have surgery…", "Doctors say…": a capital that only opens the sentence, on an everyday word.
    if (post.isSentenceStart(i) && everydayWord(t[i].lower)) continue;
    // A name begins a run of capitalised words: "Johns Hopkins" is never read from "Hopkins".
    if (i > 0 && post.spaced(i) && post.isCap(i - 1) && !D.GREETINGS.has(t[i - 1].lower) && !D.GREETING_FILLERS.has(t[i - 1].lower) && !D.NON_NAMES.has(base(t[i - 1].lower))) continue;
    const r = readName(post, i);
    if (r && 'institution' in r) {
      skip = r.institution;
      continue;
    }
    if (!r) continue;
    skip = r.last;
    judgeName(post, r);
  }
}

/** A word of the English lexicon that is not a first name or a title: "people", "doctors", "surgery". */
function everydayWord(lower: string): boolean {
  const b = base(lower);
  return !isGivenName(b) && !D.PERSON_TITLES.has(b) && isEverydayWord(b);
}

function judgeName(post: PostContext, nm: NameSpan): void {
  const t = post.toks;
  const s = post.sentOf[nm.first];
  if (s < 0) return;
  const i = nm.first;
  const next = nm.last;
  // The readings below need a person's part in care around the name ("came in with", "thanks for
  // coming in"), so any given name counts, even one that is also a word ("Grace came in…").
  const known = isGivenName(base(t[nm.nameFirst].lower));

  // 1. A reply addressed to the person that confirms their care: "Thanks for coming in, John!"
  if (vocative(post, nm.first, nm.end, known || nm.titled) && post.confirmsAround(s)) {
    if (!post.nearStaff(nm.first, nm.last)) flagName(post, nm, 'confirmation', removeName(post, nm.start, nm.end));
    return;
  }
  if (post.titleCase(s) || post.nearStaff(nm.first, nm.last) || post.introducedByRole(t[nm.last - 1].lower)) return;

  // 2. "I treated John yesterday", "we operated on Mrs Alvarez".
  let v = i - 1;
  if ((post.lower(v) === 'on' || post.lower(v) === 'with') && post.sameSentence(v, i)) v--;
  if (v >= 0 && post.sameSentence(v, i) && D.TREATING_VERBS.has(t[v].lower) && (!D.WEAK_TREATING_VERBS.has(t[v].lower) || post.clinical(s))) {
    let subj = v - 1;
    while (subj >= 0 && D.ADVERB_FILLERS.has(t[subj].lower)) subj--;
    if (subj >= 0 && D.CLINICIAN_SUBJECTS.has(t[subj].lower) && post.sameSentence(subj, i)) {
      flagName(post, nm, 'name', asPatient(post, nm));
      return;
    }
  }

  // 3. "John, who I treated yesterday", "Maria, who was admitted", "Tom, whose knee surgery…".
  const comma = next < t.length && !post.oneSpace(next) && COMMA_GAP.test(post.gap(next));
  if (next < t.length && (comma || post.spaced(next)) && post.sameSentence(next, i)) {
    const rel = t[next].lower;
    if (rel === 'who' || rel === 'whom' || rel === 'whose') {
      const a = next + 1;
      const first = post.lower(a);
      let patient = false;
      if (rel === 'whose') patient = clinicalWithin(post, a, 3, s);
      else if (rel === 'whom' || D.OBJECT_CLAUSE_SUBJECTS.has(first)) patient = clinicalWithin(post, a, 5, s);
      else if (!D.ACTIVE_CLINICIAN_VERBS.has(first)) patient = clinicalWithin(post, a, 5, s);
      if (patient) {
        flagName(post, nm, 'name', asPatient(post, nm));
        return;
      }
    }
    // 4. "Sarah, a patient of mine, …", "Tom, one of my patients, …"
    if (comma && patientWithin(post, next, 4, s)) {
      flagName(post, nm, 'name');
      return;
    }
  }
  // 4b. "John Smith is my patient", "Sarah has been a patient of ours"
  if (next < t.length && D.COPULAS.has(t[next].lower) && post.spaced(next) && patientWithin(post, next + 1, 4, s)) {
    flagName(post, nm, 'name');
    return;
  }

  // 5. "Maria came in with a broken wrist", "Mr Jones was admitted on Monday".
  if ((known || nm.titled) && next < t.length && post.spaced(next) && D.PREDICATE_STARTERS.has(t[next].lower)) {
    const prev = post.lower(i - 1);
    const lead = i === 0 || post.isSentenceStart(i) || NAME_LEADS.test(prev);
    if (lead && predicate(post, next + 1, s)) {
      flagName(post, nm, 'name', asPatient(post, nm));
      return;
    }
  }

  // 6. "Mrs. Alvarez in bed 4": a titled name in a sentence about clinical care, unless the
  // post introduced that person by a job ("Ann-Marie Horan, Executive Committee member of…").
  if (nm.titled && post.clinical(s) && !post.introducedByRole(t[nm.last - 1].lower)) flagName(post, nm, 'name', asPatient(post, nm));
}

/** "Generalise: a patient" for a name. */
function asPatient(post: PostContext, nm: NameSpan): Suggestion {
  const original = post.text.slice(nm.start, nm.end);
  const replacement = post.isSentenceStart(nm.first) ? matchCase(original, 'a patient') : 'a patient';
  return { title: 'Generalise: "a patient"', edits: [{ start: nm.start, end: nm.end, newText: replacement }] };
}

function flagName(post: PostContext, nm: NameSpan, kind: Kind, generalise?: Suggestion): void {
  post.add(nm.start, nm.end, kind, generalise);
  ageAfter(post, nm);
}

/** Whether a clinical word appears within `span` tokens from `from` (same sentence). */
function clinicalWithin(post: PostContext, from: number, span: number, s: number): boolean {
  for (let j = from; j < from + span && j < post.toks.length && post.sentOf[j] === s; j++) {
    const w = base(post.toks[j].lower);
    if (D.CLINICAL_CUES.has(w) || (D.TREATING_VERBS.has(w) && !D.WEAK_TREATING_VERBS.has(w))) return true;
  }
  return false;
}

/** "a patient", "my patient", "one of my patients" within `span` tokens from `from`. */
function patientWithin(post: PostContext, from: number, span: number, s: number): boolean {
  let determiner = false;
  let of = false;
  for (let j = from; j < from + span && j < post.toks.length && post.sentOf[j] === s; j++) {
    const w = post.toks[j].lower;
    if (D.PATIENT_NOUNS.has(w)) return determiner && (!w.endsWith('s') || of);
    if (D.PATIENT_DETERMINERS.has(w)) determiner = true;
    else if (w === 'of') of = true;
    else if (!D.PATIENT_ADJECTIVES.has(w) && w !== 'been') return false;
  }
  return false;
}

/** After "Maria came"/"John was": "in", "admitted", "surgery"… within three words. */
function predicate(post: PostContext, from: number, s: number): boolean {
  for (let j = from - 1; j < from + 3 && j < post.toks.length && post.sentOf[j] === s; j++) {
    const w = post.toks[j].lower;
    if (j === from - 1) {
      if (w === 'came' || w === 'comes') {
        if (post.lower(from) === 'in') return true;
      }
      if (EVENT_VERBS.test(w)) return true;
      continue;
    }
    if (w !== 'in' && D.CLINICAL_CUES.has(base(w))) return true;
    if (CARE_WORDS.test(w)) return true;
  }
  return false;
}

/** "Mr Jones, 94, was admitted": an age over 89 right after a name. */
function ageAfter(post: PostContext, nm: NameSpan): void {
  const m = /^,[ \t]{1,2}(\d{2,3})(?=[,)])/.exec(post.prose.slice(nm.end, nm.end + 12));
  if (!m) return;
  const age = Number(m[1]);
  if (age < 90 || age > 125) return;
  const start = nm.end + m[0].length - m[1].length;
  const end = start + m[1].length;
  const trailing = post.text[end] === ',' ? 1 : 0;
  post.add(start, end, 'age', { title: 'Generalise: remove the age', edits: [{ start: nm.end, end: end + trailing, newText: '' }] });
}

/** @handles: after a patient noun ("my patient @markt"), or addressed in a reply that confirms their care. */
function mentions(post: PostContext): void {
  for (const m of post.doc.mentions) {
    const i = tokenIndexAt(post.toks, m.start + 1);
    const s = i < post.toks.length ? post.sentOf[i] : -1;
    // The handle's word token starts after the "@".
    if (s < 0 || post.toks[i].start > m.end) continue;
    const prevTok = i - 1;
    if (prevTok >= 0 && D.PATIENT_NOUNS.has(post.toks[prevTok].lower) && SPACE_GAP.test(post.prose.slice(post.toks[prevTok].end, m.start))) {
      post.add(m.start, m.end, 'name', { title: 'Generalise: remove the name', edits: [{ start: post.toks[prevTok].end, end: m.end, newText: '' }] });
      continue;
    }
    const before = prevTok >= 0 ? post.prose.slice(post.toks[prevTok].end, m.start) : '';
    // "@markt …" opening the sentence, or "Replying to @markt".
    const atStart = post.doc.sentences[s].start >= m.start || /\breply(?:ing)? to\s*$/i.test(post.prose.slice(post.doc.sentences[s].start, m.start));
    const addressed = atStart || vocative(post, i, m.end, false, before);
    if (addressed && post.confirmsAround(s)) post.add(m.start, m.end, 'confirmation', removeName(post, m.start, m.end));
  }
}
