// patient-identifier: anything in a post that can identify a patient, modelled on HIPAA's
// list of identifiers: names tied to a patient, replies that confirm someone is a patient,
// phone numbers, e-mail addresses, record and insurance numbers, dates of birth or of care,
// ages over 89, room and bed numbers, street addresses and social security numbers.
//
// Detection is structural: a capitalised word is only a name when the sentence ties it to a
// patient ("my patient John", "Mrs. Alvarez in bed 4", "John, who I treated"), and a number
// is only a phone number, a room or a date of care in the right shape and context. Numbers
// the writer introduces as the clinic's own ("call our office at …") are left alone.
//
// Every regular expression runs once per post over the prose mask, with bounded or
// deterministic repetition, so the cost stays linear in the length of the post.

import { analyse } from '../analysis';
import { hasLetter, tokenSentences } from '../derived';
import type { PostDocument, Token } from '../document';
import { matchCase } from '../edits';
import { defineRule, type Report } from '../rule';
import type { Suggestion, TextEdit } from '../types';
import * as D from './patient-identifier.data';
import { aboutColleague } from './patient-story.context';
import { readStories } from './patient-story.reading';

interface Options {
  /** The practice's own phone numbers, e-mail addresses or e-mail domains ("@clinic.com"). */
  ownContacts: string[];
}

type Kind =
  | 'name'
  | 'confirmation'
  | 'phone'
  | 'email'
  | 'record'
  | 'ssn'
  | 'birth-date'
  | 'care-date'
  | 'age'
  | 'room'
  | 'address';

interface Hit {
  start: number;
  end: number;
  kind: Kind;
  generalise?: Suggestion;
}

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

const REDACTED = '[redacted]';

const WHY =
  'Anything that can identify a patient breaks confidentiality (HIPAA in the US, GDPR in Europe, and every professional code), costs you the trust of everyone who reads it, and stays public even after you delete the post.';

const MESSAGES: Record<Kind, string> = {
  name: `This looks like a patient's name. ${WHY} Remove the name or speak of "a patient" in general terms; share a patient's story only with their written consent, and never confirm that someone is your patient.`,
  confirmation:
    'This names someone and confirms that they are your patient (a visit, a treatment or a recovery). Even if they posted about it first, confirming it in public breaks confidentiality (HIPAA, GDPR) and the trust patients place in you, and a reply is as public and permanent as a post. Remove the name and the details of their care, thank people in general terms, or answer in private.',
  phone: `This looks like a phone number, and nothing around it says it is your practice's. ${WHY} Remove it. If it is your clinic's own line, introduce it as yours ("call us at …") or add it to this rule's "ownContacts" option.`,
  email: `This looks like a personal e-mail address, and nothing around it says it is your practice's. ${WHY} Remove it. If it is your clinic's own address, introduce it as yours ("email us at …") or add it to this rule's "ownContacts" option.`,
  record: `This looks like a medical record, chart, account or insurance number: it points straight to one patient's file. ${WHY} Remove it; such numbers never belong in a post, even with consent.`,
  ssn: `This looks like a social security number. ${WHY} Remove it; it never belongs in a post.`,
  'birth-date': `This is a date of birth. With almost any other detail it identifies a person. ${WHY} Remove it, or get the patient's written consent before sharing anything about them.`,
  'care-date': `This dates a patient's care (an admission, a discharge, a procedure). People who know them can recognise the patient from the date. ${WHY} Remove the date or say "recently", and never confirm that someone is your patient.`,
  age: `This is an age over 89. So few people reach it that the exact age can point to one patient, which is why HIPAA groups every age over 89 as "90 or older". ${WHY} Say "an older patient" or "over 90" instead.`,
  room: `This is a room or bed number. With a name, a date or a condition it points to one patient. ${WHY} Remove it.`,
  address: `This looks like the street address of a patient or their family. ${WHY} Remove it; at most name the town or area, and only with consent.`,
};

const STORY_DETAIL_MESSAGES = {
  initial: `This initial stands for a patient in a story about their care. With the story around it, an initial is often enough for the patient, their family or colleagues to know who it is. ${WHY} Leave it out, and share the story only with the patient's written consent.`,
  age: `This gives the age of a patient in a story about their care. An age together with the condition, the place or the day can point to one person. ${WHY} Leave the age out or make it general ("a young child"), and share the story only with consent.`,
  when: `This gives the day or hour of a patient's care in a story about them. People who were there, or who know the patient, can recognise them from it. ${WHY} Leave the time out, and share the story only with consent.`,
  place: `This names where a patient in a story was cared for or found. With the story around it, a named place lets people who were there, or who know the patient, recognise them. ${WHY} Leave the place out, and share the story only with consent.`,
  photo: `This mentions a photo or video of a patient in a story about their care. A picture identifies a person far more surely than a name. ${WHY} Do not post pictures of patients without their written consent.`,
} as const;

export default defineRule<Options>({
  meta: {
    id: 'patient-identifier',
    guideline: 'professional',
    defaultSeverity: 'error',
    description:
      'Anything that can identify a patient: names tied to a patient, replies that confirm someone is a patient, phone numbers, e-mail addresses, record numbers, dates of birth or care, ages over 89, room numbers, addresses.',
    why: 'Patient confidentiality comes first. A name, a date of admission or even a reply saying "thanks for coming in" can identify a patient; posting it breaks HIPAA, GDPR and professional codes, and costs the trust of every patient who reads it. Social media is permanent, even with consent.',
    goodExample: 'A patient asked us this week how long a sprained ankle takes to heal. Here is what we tell everyone…',
    fixable: false,
    hasSuggestions: true,
    options: {
      ownContacts: {
        type: 'string[]',
        default: [],
        description:
          'The practice\'s own phone numbers, e-mail addresses or e-mail domains (such as "@clinic.com"), never flagged wherever they appear.',
      },
    },
  },
  check(context) {
    const scan = new Scan(context.doc, context.options.ownContacts ?? []);
    const analysis = analyse(context.doc);
    // In a memorial for a colleague, the date is of their death, not of a patient's care.
    const colleague = aboutColleague(analysis);
    const hits = scan.run().filter((h) => !(colleague && h.kind === 'care-date'));
    for (const hit of hits) context.report(scan.toReport(hit));
    // Inside a story about one patient, an initial, an age or the day and hour of their care
    // can point to them (read from the post's analysis, see patient-story.reading.ts).
    for (const story of readStories(analysis)) {
      const d = story.detail;
      if (!d || hits.some((h) => h.start < d.end && d.start < h.end)) continue;
      const redact: Suggestion = { title: `Redact: replace with "${REDACTED}"`, edits: [{ start: d.start, end: d.end, newText: REDACTED }] };
      context.report({ start: d.start, end: d.end, message: STORY_DETAIL_MESSAGES[d.kind], suggestions: [redact], redaction: redact });
    }
  },
});

// ---------------------------------------------------------------------------------------

const CAP_WORD = /^\p{Lu}[\p{L}'’\-]*$/u;
const LOWER_LETTER = /\p{Ll}/u;
const TITLE_GAP = /^\.?[ \t]{1,2}$/;
// Patterns of the word-by-word checks, compiled once.
const AGE_WORD = /-(?:old|young)$/i;
const AND = /^(?:and|&)$/;
const NAME_LEADS = /^(?:and|then|when|after|before|because|yesterday|today|baby|little|young|brave|sweet|tiny)$|(?:^|-)old$/;
const EVENT_VERBS = /^(?:underwent|presented|broke|fractured)$/;
const CARE_WORDS = /^(?:rushed|brought|taken|sent|recovering|diagnosed|treated|seen|operated|admitted|discharged|referred|transferred|birth|born)$/;
const CALL_WORDS = /^(?:call|text|dial|ring|reach|reached|called)$/;
const SPACE_GAP = /^[ \t]{1,2}$/;
const DATE_RANGE_WORDS = new Set(['between', 'after', 'before', 'from', 'since', 'until']);

/** The word without a possessive or a contraction: "john's" → "john", "i’m" → "i", "we've" → "we". */
function base(lower: string): string {
  // Most words have no apostrophe: no pattern is run on them.
  if (!lower.includes("'") && !lower.includes('’')) return lower;
  const m = /^(.+?)['’](?:s|m|ve|ll|d|re)$/.exec(lower);
  return m ? m[1] : lower;
}

function digitsOf(s: string): string {
  return s.replace(/\D/g, '');
}

// A phone-shaped run: optional "+", then groups of digits (a group may be in parentheses)
// joined by one or two of " .-". Each group must end at a separator, so a run of digits is
// never split two ways and the match stays linear.
const PHONE_CANDIDATE =
  /(?<![\p{L}\p{N}_+@.\-/#$£€%])(\+[ ]?)?(?:\(\d{1,5}\)[ .\-]?|\d{1,6}[ .\-]{1,2}){0,5}\d{1,15}(?![\p{L}\p{N}_@%]|[.\-,/]\d)/gu;

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

const ADDRESS = new RegExp(
  String.raw`(?<![\p{L}\p{N}.,\-/#])\d{1,5}[A-Za-z]?(?:[ \t]{1,3}\p{Lu}[\p{L}'’\-]{0,30}){1,3}?[ \t]{1,3}(?:${D.STREET_SUFFIXES.join('|')})(?![\p{L}\p{N}])\.?`,
  'gu',
);

const T_PATIENT = 1;
const T_RECORD = 2;
const T_ROOM = 4;
const T_DATE = 8;
const PERSON_NOUNS_NAMED = ['man', 'woman', 'lady', 'gentleman', 'gent', 'guy', 'boy', 'girl', 'child', 'kid', 'baby', 'teen', 'teenager', 'mum', 'mom', 'dad', 'mother', 'father'];
/** One lookup per token tells which patterns may start there. */
const TRIGGERS = new Map<string, number>();
const trigger = (words: Iterable<string>, flag: number) => {
  for (const w of words) TRIGGERS.set(w, (TRIGGERS.get(w) ?? 0) | flag);
};
trigger(D.PATIENT_NOUNS, T_PATIENT);
trigger(PERSON_NOUNS_NAMED, T_PATIENT);
trigger(D.RECORD_CUES_STRONG, T_RECORD);
trigger(D.RECORD_CUES_WEAK, T_RECORD);
trigger(D.ROOM_WORDS, T_ROOM);
trigger([...D.BIRTH_DATE_CUES, ...D.SERVICE_DATE_CUES, ...D.POSSESSIVE_DATE_CUES, 'b'], T_DATE);
/**
 * The first two characters of every trigger (0 for a one-letter word; 127 for any non-ASCII
 * one): most words of a post start with none of them and are passed over without a look-up.
 */
const TRIGGER_STARTS = new Uint8Array(128 * 128);
const startKey = (w: string) => Math.min(w.charCodeAt(0), 127) * 128 + (w.length > 1 ? Math.min(w.charCodeAt(1), 127) : 0);
for (const w of TRIGGERS.keys()) TRIGGER_STARTS[startKey(w)] = 1;

/** Words that may stand before an addressed name ("Grandma Rose", "little Emma"). */
const KIN_LEADS = new Set(['grandma', 'grandpa', 'granny', 'nana', 'nan', 'baby', 'little', 'young', 'sweet', 'brave', 'tiny', 'auntie', 'aunt', 'uncle']);

/** First words of the known institutions: a name starting with any other word is none of them. */
const INSTITUTION_FIRST_WORDS = new Set(D.KNOWN_INSTITUTIONS.map((name) => name.split(' ')[0]));

const DIGIT = /\d/;
/** DATE can match only where this does (the long s is an "s" to DATE's case-insensitive Unicode matching). */
const DATE_HINT = /\d[/.\-]\d|jan|feb|mar|apr|may|jun|jul|aug|[sſ]ep|oct|nov|dec/i;
/** The only way AGE matches without a digit (its letters have no other case-insensitive forms). */
const NINETY = /ninety/i;

const RECORD_ID = /^[a-z0-9][a-z0-9\-]*$/i;
const ROOM_ID = /^(?:\d{1,4}[a-z]?|[a-z]\d{1,4}[a-z]?)$/i;

class Scan {
  private readonly text: string;
  private readonly prose: string;
  private readonly toks: readonly Token[];
  /** Sentence index of each token (-1 outside any sentence). */
  private readonly sentOf: Int32Array;
  /** First and one-past-last token of each sentence. */
  private readonly sentFirst: Int32Array;
  private readonly sentLast: Int32Array;
  private readonly cueCache = new Map<number, boolean>();
  private readonly clinicalCache = new Map<number, boolean>();
  private readonly titleCache = new Map<number, boolean>();
  /** Per token: 0 not yet known, 1 capitalised word, 2 not. */
  private readonly capCache: Uint8Array;
  private readonly hits: Hit[] = [];
  private readonly ownPhones: string[];
  /** Tokens that start a pattern, found in one pass: patient nouns, record cues, room words. */
  private readonly patientAt: number[] = [];
  private readonly recordAt: number[] = [];
  private readonly roomAt: number[] = [];
  private hasDateCue = false;
  private readonly hasDigit: boolean;
  private readonly ownEmails: string[];

  constructor(
    private readonly doc: PostDocument,
    ownContacts: readonly string[],
  ) {
    this.text = doc.text;
    this.prose = doc.prose;
    this.toks = doc.tokens;
    const n = this.toks.length;
    const sentences = tokenSentences(doc);
    this.sentOf = sentences.sentOf;
    this.sentFirst = sentences.first;
    this.sentLast = sentences.last;
    this.capCache = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      const lower = this.toks[i].lower;
      if (TRIGGER_STARTS[startKey(lower)] === 0) continue;
      const trigger = TRIGGERS.get(lower);
      if (trigger) {
        if (trigger & T_PATIENT) this.patientAt.push(i);
        if (trigger & T_RECORD) this.recordAt.push(i);
        if (trigger & T_ROOM) this.roomAt.push(i);
        if (trigger & T_DATE) this.hasDateCue = true;
      }
    }
    // Phone numbers, dates, ages and addresses all need a digit ("ninety" aside): most posts
    // without one skip those patterns.
    this.hasDigit = DIGIT.test(this.prose);
    this.ownPhones = [];
    this.ownEmails = [];
    for (const c of ownContacts) {
      if (typeof c !== 'string') continue;
      if (c.includes('@') || /\.[a-z]{2,}$/i.test(c)) this.ownEmails.push(c.trim().toLowerCase());
      else if (digitsOf(c).length >= 6) this.ownPhones.push(digitsOf(c).slice(-10));
    }
  }

  run(): Hit[] {
    this.patientNouns();
    this.capitalisedNames();
    this.mentions();
    this.phonesAndSsns();
    this.emails();
    this.records();
    this.rooms();
    this.dates();
    this.ages();
    this.addresses();
    // One finding per stretch of text: the earliest, then the longest, then the first found.
    const order = this.hits.map((h, i) => ({ h, i }));
    order.sort((a, b) => a.h.start - b.h.start || b.h.end - a.h.end || a.i - b.i);
    const out: Hit[] = [];
    let reach = -1;
    for (const { h } of order) {
      if (h.start < reach || h.end <= h.start) continue;
      out.push(h);
      reach = h.end;
    }
    return out;
  }

  toReport(hit: Hit): Report {
    const redact: Suggestion = {
      title: `Redact: replace with "${REDACTED}"`,
      edits: [{ start: hit.start, end: hit.end, newText: REDACTED }],
    };
    return {
      start: hit.start,
      end: hit.end,
      message: MESSAGES[hit.kind],
      suggestions: hit.generalise ? [redact, hit.generalise] : [redact],
      redaction: redact,
    };
  }

  // -- small helpers ------------------------------------------------------------------

  private add(start: number, end: number, kind: Kind, generalise?: Suggestion): void {
    this.hits.push({ start, end, kind, generalise });
  }

  private word(i: number): string {
    const t = this.toks[i];
    return this.text.slice(t.start, t.end);
  }

  /** Text between token i-1 and token i, without Markdown emphasis ("**John**" reads as "John"). */
  private gap(i: number): string {
    const t = this.toks;
    if (i <= 0 || i >= t.length) return '';
    const g = this.prose.slice(t[i - 1].end, t[i].start);
    return g.length < 12 && /[*_~]/.test(g) ? g.replace(/[*_~]/g, '') : g;
  }

  /** The gap before token i is exactly one space: the common case, answered without slicing. */
  private oneSpace(i: number): boolean {
    const t = this.toks;
    return i > 0 && i < t.length && t[i].start === t[i - 1].end + 1 && this.prose.charCodeAt(t[i - 1].end) === 32;
  }

  /** SPACE_GAP.test(this.gap(i)), without building the gap. */
  private spaced(i: number): boolean {
    return this.blankGap(i, false);
  }

  /** TITLE_GAP.test(this.gap(i)), without building the gap. */
  private titleSpaced(i: number): boolean {
    return this.blankGap(i, true);
  }

  /**
   * Whether the gap before token i, read as gap() reads it (emphasis marks dropped from a
   * short gap), is one or two spaces or tabs, after an optional "." when `dot`.
   */
  private blankGap(i: number, dot: boolean): boolean {
    const t = this.toks;
    if (i <= 0 || i >= t.length) return false;
    const from = t[i - 1].end;
    const to = t[i].start;
    // A gap of 12 or more keeps its marks and is longer than any blank gap.
    if (to - from >= 12) return false;
    const prose = this.prose;
    let blanks = 0;
    let sawDot = false;
    for (let k = from; k < to; k++) {
      const c = prose.charCodeAt(k);
      if (c === 42 || c === 95 || c === 126) continue; // * _ ~
      if (c === 32 || c === 9) blanks++;
      else if (c === 46 && dot && !sawDot && blanks === 0) sawDot = true;
      else return false;
    }
    return blanks >= 1 && blanks <= 2;
  }

  private isCap(i: number): boolean {
    let v = this.capCache[i];
    if (v === 0) {
      const c = this.text.charCodeAt(this.toks[i].start);
      if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 35) return (this.capCache[i] = 2), false;
      const w = this.word(i);
      // "Ninety-three-year-old" is capitalised but is not a name.
      v = this.capCache[i] = CAP_WORD.test(w) && LOWER_LETTER.test(w) && !AGE_WORD.test(w) ? 1 : 2;
    }
    return v === 1;
  }

  private lower(i: number): string {
    return i >= 0 && i < this.toks.length ? this.toks[i].lower : '';
  }

  /** Index of the first token starting at or after `offset`. */
  private tokenAt(offset: number): number {
    let lo = 0;
    let hi = this.toks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.toks[mid].start < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private sameSentence(a: number, b: number): boolean {
    return a >= 0 && b >= 0 && a < this.toks.length && b < this.toks.length && this.sentOf[a] >= 0 && this.sentOf[a] === this.sentOf[b];
  }

  private isSentenceStart(i: number): boolean {
    const s = this.sentOf[i];
    return s >= 0 && this.sentFirst[s] === i;
  }

  /** A heading or title in Title Case: capitalised words there are not names. */
  private titleCase(s: number): boolean {
    if (s < 0) return false;
    let v = this.titleCache.get(s);
    if (v === undefined) this.titleCache.set(s, (v = this.computeTitleCase(s)));
    return v;
  }

  private computeTitleCase(s: number): boolean {
    let words = 0;
    let caps = 0;
    for (let i = this.sentFirst[s]; i < this.sentLast[s]; i++) {
      if (this.toks[i].lower.length < 4 || !hasLetter(this.toks[i].lower)) continue;
      words++;
      if (this.isCap(i)) caps++;
    }
    return caps >= 3 && caps / words >= 0.7;
  }

  /** The sentence speaks of clinical care (a bed, an admission, a diagnosis…). */
  private clinical(s: number): boolean {
    if (s < 0) return false;
    let v = this.clinicalCache.get(s);
    if (v === undefined) {
      v = false;
      for (let i = this.sentFirst[s]; i < this.sentLast[s] && !v; i++) v = D.CLINICAL_CUES.has(base(this.toks[i].lower));
      this.clinicalCache.set(s, v);
    }
    return v;
  }

  /** The sentence confirms a visit or treatment ("your surgery", "thanks for coming in", "hope the knee is healing"). */
  private confirms(s: number): boolean {
    if (s < 0 || s >= this.sentFirst.length || this.sentFirst[s] < 0) return false;
    let v = this.cueCache.get(s);
    if (v === undefined) {
      let wish = false;
      let recovery = false;
      let careNoun = false;
      v = false;
      const last = this.sentLast[s];
      for (let i = this.sentFirst[s]; i < last && !v; i++) {
        const w = this.toks[i].lower;
        if (D.WELL_WISHES.has(w)) wish = true;
        if (w === 'your') {
          for (let j = i + 1; j <= i + 3 && j < last; j++) if (D.YOUR_CLINICAL_NOUNS.has(this.toks[j].lower)) v = true;
        } else if (D.VISIT_VERBS.has(w)) {
          v = i + 1 < last && (this.lower(i + 1) === 'in' || this.lower(i + 1) === 'by');
        } else if (D.RECOVERY_WORDS.has(w)) {
          recovery = true;
        } else if (w === 'well' && this.lower(i - 1) === 'get') {
          v = true;
        } else if (w === 'better' && this.lower(i - 1).startsWith('feel')) {
          v = true;
        } else if (D.YOUR_CLINICAL_NOUNS.has(w) && (D.CARE_DETERMINERS.has(this.lower(i - 1)) || D.CARE_DETERMINERS.has(this.lower(i - 2)))) {
          careNoun = true;
        }
      }
      v = v || (wish && (recovery || careNoun));
      this.cueCache.set(s, v);
    }
    return v;
  }

  /**
   * A confirmation in the name's sentence, or next to it when that sentence is only a greeting
   * ("Sarah! Great to see you…") or a thank-you ("Thank you for your kind review, Jenny! We're
   * so glad your knee replacement went well.").
   */
  private confirmsAround(s: number): boolean {
    if (this.confirms(s)) return true;
    const short = s >= 0 && this.sentLast[s] - this.sentFirst[s] <= 4;
    if (short) return this.confirms(s - 1) || this.confirms(s + 1);
    return this.thanks(s) && this.confirms(s + 1);
  }

  private thanks(s: number): boolean {
    if (s < 0 || s >= this.sentFirst.length || this.sentFirst[s] < 0) return false;
    for (let i = this.sentFirst[s]; i < this.sentLast[s]; i++) if (this.toks[i].lower === 'thank' || this.toks[i].lower === 'thanks') return true;
    return false;
  }

  /**
   * Who a number, address or room belongs to, judged by the nearest telling word before it
   * in the same sentence (or in a short sentence just before, such as "Questions?").
   */
  private ownerBefore(tokenIndex: number, offset: number): 'clinic' | 'person' | undefined {
    const near = this.prose.slice(Math.max(0, offset - 4), offset);
    if (/[☎📞📱✉📧]/u.test(near)) return 'clinic';
    const t = this.toks;
    let i = tokenIndex - 1;
    let cur = tokenIndex < t.length ? this.sentOf[tokenIndex] : -1;
    if (cur < 0 && i >= 0) cur = this.sentOf[i];
    let crossed = false;
    let label = -1;
    for (let steps = 0; i >= 0 && steps < 10; i--, steps++) {
      if (this.sentOf[i] !== cur) {
        // A short lead-in sentence ("Questions?", "Appointments:") may speak for the number.
        const p = this.sentOf[i];
        if (crossed || p < 0 || this.sentLast[p] - this.sentFirst[p] > 4) break;
        crossed = true;
        cur = p;
      }
      const w = t[i].lower;
      if (D.PERSON_CUES.has(base(w)) || (w.endsWith("'s") && D.PATIENT_NOUNS.has(base(w)))) return 'person';
      if (D.CONTACT_LABELS.has(w)) label = i;
      else if (D.CLINIC_CUES.has(w)) return 'clinic';
      else if (this.isCap(i) && D.FIRST_NAMES.has(base(w)) && !this.afterClinicianTitle(i)) return 'person';
    }
    // "Phone: …" or "Tel …" at the start of a line or sentence is the practice's contact line.
    if (label >= 0 && (label === 0 || /\n/.test(this.gap(label)) || this.isSentenceStart(label))) return 'clinic';
    return undefined;
  }

  /** Like ownerBefore, for the words just after ("Room 4 is now our vaccination room"). */
  private ownerAfter(from: number): 'clinic' | 'person' | undefined {
    const s = from > 0 ? this.sentOf[from - 1] : -1;
    for (let i = from; i < this.toks.length && i < from + 6 && this.sentOf[i] === s; i++) {
      const w = this.toks[i].lower;
      if (D.PERSON_CUES.has(w) || (w.endsWith("'s") && D.PATIENT_NOUNS.has(base(w)))) return 'person';
      if (D.CLINIC_CUES.has(w) && !D.CONTACT_LABELS.has(w)) return 'clinic';
    }
    return undefined;
  }

  private afterClinicianTitle(i: number): boolean {
    return i > 0 && D.CLINICIAN_TITLES.has(this.toks[i - 1].lower) && this.titleSpaced(i);
  }

  /** The sentence names a clinician ("Dr. Lee") or a colleague ("our founder"). */
  private colleagueIn(s: number): boolean {
    if (s < 0) return false;
    for (let i = this.sentFirst[s]; i < this.sentLast[s]; i++) {
      const w = this.toks[i].lower;
      if (D.STAFF_NOUNS.has(w) || (D.CLINICIAN_TITLES.has(w) && i + 1 < this.sentLast[s] && this.isCap(i + 1))) return true;
    }
    return false;
  }

  private nearStaff(first: number, last: number): boolean {
    for (let j = Math.max(0, first - 3); j < Math.min(this.toks.length, last + 4); j++) {
      if ((j < first || j >= last) && this.sameSentence(j, first) && D.STAFF_NOUNS.has(base(this.toks[j].lower))) return true;
    }
    return false;
  }

  // -- names ----------------------------------------------------------------------------

  /** Reads a person's name starting at token i: an optional title, then one to three capitalised words. */
  private readName(i: number, allowStopWord = false): NameRead {
    const t = this.toks;
    if (i >= t.length || !this.isCap(i)) return undefined;
    if (D.CLINICIAN_TITLES.has(t[i].lower)) return undefined;
    let j = i;
    let titled = false;
    if (D.PERSON_TITLES.has(t[i].lower) && i + 1 < t.length && this.titleSpaced(i + 1) && this.isCap(i + 1)) {
      titled = true;
      j = i + 1;
    }
    let k = j;
    while (k < t.length && k - j < 3) {
      if (k > j && !this.spaced(k)) break;
      if (!this.isCap(k)) break;
      const b = base(t[k].lower);
      if (D.INSTITUTION_WORDS.has(b)) return { institution: k + 1 };
      if (D.CLINICIAN_TITLES.has(b) || D.PERSON_TITLES.has(b)) break;
      if (D.NON_NAMES.has(b) && !(allowStopWord && k === j && !D.PATIENT_NOUNS.has(b))) break;
      k++;
      if (t[k - 1].lower.endsWith("'s")) break;
    }
    if (k === j) return undefined;
    if (k < t.length && this.spaced(k) && this.isCap(k) && D.INSTITUTION_WORDS.has(t[k].lower)) return { institution: k + 1 };
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

  private asName(r: NameRead): NameSpan | undefined {
    return r && 'first' in r ? r : undefined;
  }

  /** "my patient John Smith", "patient Maria came in", "a patient named Tom", "the patient, Maria, …". */
  private patientNouns(): void {
    const t = this.toks;
    for (const i of this.patientAt) {
      const w = t[i].lower;
      const namedPerson = !D.PATIENT_NOUNS.has(w);
      if (namedPerson && !D.NAMING_WORDS.has(this.lower(i + 1))) continue;
      if (D.ADJECTIVE_PATIENT_LEADS.has(this.lower(i - 1)) && !D.PATIENT_DETERMINERS.has(this.lower(i - 1))) continue;
      const s = this.sentOf[i];
      const plural = w.endsWith('s');
      // "a patient named Tom", "a patient called Tom"
      if (D.NAMING_WORDS.has(this.lower(i + 1)) && this.spaced(i + 1)) {
        if (namedPerson && !this.clinical(s)) continue;
        const nm = this.asName(this.readName(i + 2, true));
        if (nm && this.spaced(i + 2)) {
          const edit: TextEdit = { start: t[i].end, end: nm.end, newText: '' };
          this.add(nm.start, nm.end, 'name', namedPerson ? undefined : { title: 'Generalise: remove the name', edits: [edit] });
          this.ageAfter(nm);
        }
        continue;
      }
      if (namedPerson || i + 1 >= t.length) continue;
      const g = this.gap(i + 1);
      const direct = SPACE_GAP.test(g);
      const appositive = /^,[ \t]{1,2}$/.test(g);
      if (!direct && !appositive && !/^:[ \t]{1,2}$/.test(g)) continue;
      if (this.titleCase(s)) continue;
      const nm = this.asName(this.readName(i + 1));
      if (!nm || this.sentOf[nm.first] !== s) continue;
      if (this.nearStaff(nm.first, nm.last)) continue;
      let generalise: Suggestion | undefined;
      if (!direct && !appositive) {
        // "Patient: Jane Doe" — a label, so the name must end the line or the clause.
        if (!/^[ \t]*(?:\r?\n|$|[,;(.])/.test(this.prose.slice(nm.end, nm.end + 3))) continue;
      } else if (appositive) {
        // Only "the patient, Maria, came in" or "…, Maria." — not "with each patient, Jane and I…".
        const after = this.prose.slice(nm.end, nm.end + 3);
        if (!/^(?:'s)?[ \t]*(?:[,.!?;:)…]|$|\r?\n)/.test(after)) continue;
        const trailing = this.prose[nm.end] === ',' ? 1 : 0;
        generalise = {
          title: 'Generalise: remove the name',
          edits: [{ start: t[i].end, end: nm.end + trailing, newText: '' }],
        };
      } else if (!plural) {
        const det = D.PATIENT_DETERMINERS.has(this.lower(i - 1)) && this.spaced(i) ? i - 1 : i;
        const start = t[det].start;
        // "my patient *Maria*": take the closing emphasis with the name.
        const marks = /[*_~]+/.exec(this.prose.slice(t[i].end, nm.start))?.[0];
        const end = marks && this.text.startsWith(marks, nm.end) ? nm.end + marks.length : nm.end;
        const original = this.text.slice(start, end);
        const replacement = this.isSentenceStart(det) ? matchCase(original, 'a patient') : 'a patient';
        generalise = { title: 'Generalise: "a patient"', edits: [{ start, end, newText: replacement }] };
      }
      this.add(nm.start, nm.end, 'name', generalise);
      this.ageAfter(nm);
      // "patients Maria and John"
      let last = nm;
      while (plural && AND.test(this.lower(last.last)) && this.spaced(last.last)) {
        const next = this.asName(this.readName(last.last + 1));
        if (!next || !this.spaced(last.last + 1)) break;
        this.add(next.start, next.end, 'name');
        last = next;
      }
    }
  }

  /** Capitalised names tied to a patient by the words around them. */
  private capitalisedNames(): void {
    const t = this.toks;
    let skip = 0;
    for (let i = 0; i < t.length; i++) {
      if (i < skip || !this.isCap(i)) continue;
      if (this.afterClinicianTitle(i)) continue;
      // A name begins a run of capitalised words: "Johns Hopkins" is never read from "Hopkins".
      if (i > 0 && this.spaced(i) && this.isCap(i - 1) && !D.GREETINGS.has(t[i - 1].lower) && !D.GREETING_FILLERS.has(t[i - 1].lower) && !D.NON_NAMES.has(base(t[i - 1].lower))) continue;
      const r = this.readName(i);
      if (r && 'institution' in r) {
        skip = r.institution;
        continue;
      }
      if (!r) continue;
      skip = r.last;
      this.judgeName(r);
    }
  }

  private judgeName(nm: NameSpan): void {
    const t = this.toks;
    const s = this.sentOf[nm.first];
    if (s < 0) return;
    const i = nm.first;
    const next = nm.last;
    const known = D.FIRST_NAMES.has(base(t[nm.nameFirst].lower));

    // 1. A reply addressed to the person that confirms their care: "Thanks for coming in, John!"
    if (this.vocative(nm.first, nm.end, known || nm.titled) && this.confirmsAround(s)) {
      if (!this.nearStaff(nm.first, nm.last)) this.flagName(nm, 'confirmation', this.removeName(nm.start, nm.end));
      return;
    }
    if (this.titleCase(s) || this.nearStaff(nm.first, nm.last)) return;

    // 2. "I treated John yesterday", "we operated on Mrs Alvarez".
    let v = i - 1;
    if ((this.lower(v) === 'on' || this.lower(v) === 'with') && this.sameSentence(v, i)) v--;
    if (v >= 0 && this.sameSentence(v, i) && D.TREATING_VERBS.has(t[v].lower) && (!D.WEAK_TREATING_VERBS.has(t[v].lower) || this.clinical(s))) {
      let subj = v - 1;
      while (subj >= 0 && D.ADVERB_FILLERS.has(t[subj].lower)) subj--;
      if (subj >= 0 && D.CLINICIAN_SUBJECTS.has(t[subj].lower) && this.sameSentence(subj, i)) {
        this.flagName(nm, 'name', this.asPatient(nm));
        return;
      }
    }

    // 3. "John, who I treated yesterday", "Maria, who was admitted", "Tom, whose knee surgery…".
    const comma = next < t.length && !this.oneSpace(next) && /^,[ \t]{1,2}$/.test(this.gap(next));
    if (next < t.length && (comma || this.spaced(next)) && this.sameSentence(next, i)) {
      const rel = t[next].lower;
      if (rel === 'who' || rel === 'whom' || rel === 'whose') {
        const a = next + 1;
        const first = this.lower(a);
        let patient = false;
        if (rel === 'whose') patient = this.clinicalWithin(a, 3, s);
        else if (rel === 'whom' || D.OBJECT_CLAUSE_SUBJECTS.has(first)) patient = this.clinicalWithin(a, 5, s);
        else if (!D.ACTIVE_CLINICIAN_VERBS.has(first)) patient = this.clinicalWithin(a, 5, s);
        if (patient) {
          this.flagName(nm, 'name', this.asPatient(nm));
          return;
        }
      }
      // 4. "Sarah, a patient of mine, …", "Tom, one of my patients, …"
      if (comma && this.patientWithin(next, 4, s)) {
        this.flagName(nm, 'name');
        return;
      }
    }
    // 4b. "John Smith is my patient", "Sarah has been a patient of ours"
    if (next < t.length && D.COPULAS.has(t[next].lower) && this.spaced(next) && this.patientWithin(next + 1, 4, s)) {
      this.flagName(nm, 'name');
      return;
    }

    // 5. "Maria came in with a broken wrist", "Mr Jones was admitted on Monday".
    if ((known || nm.titled) && next < t.length && this.spaced(next) && D.PREDICATE_STARTERS.has(t[next].lower)) {
      const prev = this.lower(i - 1);
      const lead = i === 0 || this.isSentenceStart(i) || NAME_LEADS.test(prev);
      if (lead && this.predicate(next + 1, s)) {
        this.flagName(nm, 'name', this.asPatient(nm));
        return;
      }
    }

    // 6. "Mrs. Alvarez in bed 4": a titled name in a sentence about clinical care.
    if (nm.titled && this.clinical(s)) this.flagName(nm, 'name', this.asPatient(nm));
  }

  /** "Generalise: a patient" for a name. */
  private asPatient(nm: NameSpan): Suggestion {
    const original = this.text.slice(nm.start, nm.end);
    const replacement = this.isSentenceStart(nm.first) ? matchCase(original, 'a patient') : 'a patient';
    return { title: 'Generalise: "a patient"', edits: [{ start: nm.start, end: nm.end, newText: replacement }] };
  }

  private flagName(nm: NameSpan, kind: Kind, generalise?: Suggestion): void {
    this.add(nm.start, nm.end, kind, generalise);
    this.ageAfter(nm);
  }

  /** Whether a clinical word appears within `span` tokens from `from` (same sentence). */
  private clinicalWithin(from: number, span: number, s: number): boolean {
    for (let j = from; j < from + span && j < this.toks.length && this.sentOf[j] === s; j++) {
      const w = base(this.toks[j].lower);
      if (D.CLINICAL_CUES.has(w) || (D.TREATING_VERBS.has(w) && !D.WEAK_TREATING_VERBS.has(w))) return true;
    }
    return false;
  }

  /** "a patient", "my patient", "one of my patients" within `span` tokens from `from`. */
  private patientWithin(from: number, span: number, s: number): boolean {
    let determiner = false;
    let of = false;
    for (let j = from; j < from + span && j < this.toks.length && this.sentOf[j] === s; j++) {
      const w = this.toks[j].lower;
      if (D.PATIENT_NOUNS.has(w)) return determiner && (!w.endsWith('s') || of);
      if (D.PATIENT_DETERMINERS.has(w)) determiner = true;
      else if (w === 'of') of = true;
      else if (!D.PATIENT_ADJECTIVES.has(w) && w !== 'been') return false;
    }
    return false;
  }

  /** After "Maria came"/"John was": "in", "admitted", "surgery"… within three words. */
  private predicate(from: number, s: number): boolean {
    for (let j = from - 1; j < from + 3 && j < this.toks.length && this.sentOf[j] === s; j++) {
      const w = this.toks[j].lower;
      if (j === from - 1) {
        if (w === 'came' || w === 'comes') {
          if (this.lower(from) === 'in') return true;
        }
        if (EVENT_VERBS.test(w)) return true;
        continue;
      }
      if (w !== 'in' && D.CLINICAL_CUES.has(base(w))) return true;
      if (CARE_WORDS.test(w)) return true;
    }
    return false;
  }

  /**
   * Whether a name (or @handle) is addressed to: at the start of a sentence followed by ","
   * or "!", after a greeting ("Hi John!", "Congrats to Amy on…"), or set off by a comma at
   * the end of a clause ("Thanks for coming in, John, …"). `first` is the name's first token
   * and `before` the text between the previous token and the name.
   */
  private vocative(first: number, end: number, startAllowed: boolean, givenBefore?: string): boolean {
    const after = this.prose.slice(end, end + 6);
    const s = this.sentOf[first];
    const sentenceEnd = s >= 0 && this.toks[this.sentLast[s] - 1].end <= end;
    const endsClause = sentenceEnd || /^(?:'s)?[ \t]*(?:[,!?.…;:)]|$|\r?\n|[^\p{L}\p{N}\s'’@#])/u.test(after);
    if (this.isSentenceStart(first)) return startAllowed && (/^[ \t]*[,!:]/.test(after) || sentenceEnd);
    const before = givenBefore ?? this.gap(first);
    if (/\n/.test(before)) return false;
    // "Get well soon, Grandma Rose!", "Hi little Emma!"
    if (SPACE_GAP.test(before) && KIN_LEADS.has(this.lower(first - 1))) return this.vocative(first - 1, end, true);
    if (/,[ \t]*$/.test(before)) return endsClause;
    if (!/^[ \t]{1,2}$/.test(before)) return false;
    const prev = this.lower(first - 1);
    const greeted =
      D.GREETINGS.has(prev) ||
      (D.GREETING_FILLERS.has(prev) && D.GREETINGS.has(this.lower(first - 2))) ||
      (prev === 'to' && D.GREETING_TO_LEADS.has(this.lower(first - 2)));
    return greeted && (endsClause || /^[ \t]+(?:for|on)\b/.test(after));
  }

  /** "Remove the name": drops the name with its comma, keeping the sentence readable. */
  private removeName(start: number, end: number): Suggestion {
    const text = this.text;
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

  /** "Mr Jones, 94, was admitted": an age over 89 right after a name. */
  private ageAfter(nm: NameSpan): void {
    const m = /^,[ \t]{1,2}(\d{2,3})(?=[,)])/.exec(this.prose.slice(nm.end, nm.end + 12));
    if (!m) return;
    const age = Number(m[1]);
    if (age < 90 || age > 125) return;
    const start = nm.end + m[0].length - m[1].length;
    const end = start + m[1].length;
    const trailing = this.text[end] === ',' ? 1 : 0;
    this.add(start, end, 'age', { title: 'Generalise: remove the age', edits: [{ start: nm.end, end: end + trailing, newText: '' }] });
  }

  private mentions(): void {
    for (const m of this.doc.mentions) {
      const i = this.tokenAt(m.start + 1);
      const s = i < this.toks.length ? this.sentOf[i] : -1;
      // The handle's word token starts after the "@".
      if (s < 0 || this.toks[i].start > m.end) continue;
      const prevTok = i - 1;
      if (prevTok >= 0 && D.PATIENT_NOUNS.has(this.toks[prevTok].lower) && SPACE_GAP.test(this.prose.slice(this.toks[prevTok].end, m.start))) {
        this.add(m.start, m.end, 'name', { title: 'Generalise: remove the name', edits: [{ start: this.toks[prevTok].end, end: m.end, newText: '' }] });
        continue;
      }
      const before = prevTok >= 0 ? this.prose.slice(this.toks[prevTok].end, m.start) : '';
      // "@markt …" opening the sentence, or "Replying to @markt".
      const atStart = this.doc.sentences[s].start >= m.start || /\breply(?:ing)? to\s*$/i.test(this.prose.slice(this.doc.sentences[s].start, m.start));
      const addressed = atStart || this.vocative(i, m.end, false, before);
      if (addressed && this.confirmsAround(s)) this.add(m.start, m.end, 'confirmation', this.removeName(m.start, m.end));
    }
  }

  // -- numbers, addresses and dates -----------------------------------------------------

  private phonesAndSsns(): void {
    if (!this.hasDigit) return;
    const prose = this.prose;
    PHONE_CANDIDATE.lastIndex = 0;
    for (let m; (m = PHONE_CANDIDATE.exec(prose)); ) {
      const raw = m[0];
      const start = m.index;
      const end = start + raw.length;
      const groups = raw.match(/\d+/g) ?? [];
      const digits = groups.join('');
      const plus = raw.startsWith('+');
      // Social security numbers: 123-45-6789.
      if (!plus && groups.length === 3 && groups[0].length === 3 && groups[1].length === 2 && groups[2].length === 4 && /^\d{3}([- ])\d{2}\1\d{4}$/.test(raw)) {
        if (groups[0] !== '000' && groups[0] !== '666') this.add(start, end, 'ssn');
        continue;
      }
      const shape = phoneShape(raw, groups, digits, plus);
      if (!shape) continue;
      const ti = this.tokenAt(start);
      if (shape === 'cued' && !this.phoneCueBefore(ti)) continue;
      if (this.ownPhones.includes(digits.slice(-10))) continue;
      if (this.ownerBefore(ti, start) === 'clinic') continue;
      this.add(start, end, 'phone');
    }
  }

  /** A phone word or a person just before an ambiguous number ("his cell 5551234567", "call 555-1234"). */
  private phoneCueBefore(ti: number): boolean {
    for (let j = ti - 1; j >= 0 && j >= ti - 3 && this.sameSentence(j, ti - 1); j--) {
      const w = this.toks[j].lower;
      if (D.CONTACT_LABELS.has(w) || CALL_WORDS.test(w)) return true;
    }
    return false;
  }

  private emails(): void {
    const text = this.text;
    const prose = this.prose;
    const urls = this.doc.urls;
    for (let at = text.indexOf('@', this.doc.body.start); at >= 0; at = text.indexOf('@', at + 1)) {
      if (prose[at] !== '@') continue; // code, front matter, inside a link
      let s = at;
      while (s > 0 && at - s < 64 && /[A-Za-z0-9._%+\-]/.test(text[s - 1])) s--;
      let e = at + 1;
      while (e < text.length && e - at < 254 && /[A-Za-z0-9.\-]/.test(text[e])) e++;
      while (e > at + 1 && /[.\-]/.test(text[e - 1])) e--;
      const local = text.slice(s, at);
      const domain = text.slice(at + 1, e).toLowerCase();
      if (!local || local.startsWith('.') || local.endsWith('.') || !/^[a-z0-9\-]+(?:\.[a-z0-9\-]+)*\.[a-z]{2,}$/.test(domain)) continue;
      const u = urlAtOrBefore(urls, s);
      if (u && u.start < s && s < u.end) continue; // part of a link
      if (prose[s] !== text[s] && u?.start !== s) continue; // code, front matter, or a link that starts the address

      if (D.ROLE_EMAIL_LOCAL_PARTS.has(local.toLowerCase())) continue;
      const address = `${local}@${domain}`.toLowerCase();
      if (this.ownEmails.some((o) => o === address || o === `@${domain}` || o === domain)) continue;
      if (this.ownerBefore(this.tokenAt(s), s) === 'clinic') continue;
      this.add(s, e, 'email');
    }
  }

  /** "MRN 4482913", "chart #5521", "member ID: XJ-443-221", "account number 12345678". */
  private records(): void {
    const t = this.toks;
    for (const i of this.recordAt) {
      const w = t[i].lower;
      const strong = D.RECORD_CUES_STRONG.has(w);
      if (!strong && !D.RECORD_CUES_WEAK.has(w)) continue;
      let hash = false;
      let colon = false;
      let connectors = 0;
      for (let j = i + 1; j < t.length && j <= i + 4; j++) {
        const g = this.gap(j);
        // Length first: the pattern backtracks cubically on a long run of blanks.
        if (g.length > 6 || !/^[ \t]*[:#.\-]?[ \t]*[:#]?[ \t]*$/.test(g)) break;
        if (g.includes('#')) hash = true;
        if (g.includes(':')) colon = true;
        let lw = t[j].lower;
        let start = t[j].start;
        if (lw.startsWith('#')) {
          hash = true;
          lw = lw.slice(1);
          start++;
        } else if (D.RECORD_CONNECTORS.has(lw) || D.RECORD_CUES_WEAK.has(lw) || D.RECORD_CUES_STRONG.has(lw)) {
          connectors++;
          continue;
        }
        if (!RECORD_ID.test(lw)) break;
        const marked = hash || (colon && (strong || connectors > 0 || w === 'id' || w === 'identifier'));
        if (digitsOf(lw).length < (hash ? (w === 'patient' ? 3 : 2) : 4)) break;
        if (!strong && !marked && connectors === 0) break;
        if (w === 'patient' && !hash && !connectors) break;
        if (/^(?:19|20)\d\d$/.test(lw) && !hash) break;
        if ((w === 'account' || w === 'acct') && this.ownerBefore(i, t[i].start) === 'clinic') break;
        if (/^\d{3}-\d{2}-\d{4}$/.test(lw)) this.add(start, t[j].end, 'ssn');
        else this.add(start, t[j].end, 'record');
        break;
      }
    }
  }

  /** "room 412", "bed 7", "rm 3B" — not "waiting room", "meeting room 2" or "stay in bed 7 days". */
  private rooms(): void {
    const t = this.toks;
    for (const i of this.roomAt) {
      if (i + 1 >= t.length) continue;
      let j = i + 1;
      if (!/^[ \t]{0,2}[#:]?[ \t]{0,2}$/.test(this.gap(j)) || (this.gap(j) === '' && !t[j].lower.startsWith('#'))) continue;
      if ((t[j].lower === 'no' || t[j].lower === 'number') && j + 1 < t.length) {
        j++;
        if (!/^\.?[ \t]{1,2}$/.test(this.gap(j))) continue;
      }
      let id = t[j].lower;
      let start = t[j].start;
      if (id.startsWith('#')) {
        id = id.slice(1);
        start++;
      }
      if (!ROOM_ID.test(id) || !/\d/.test(id)) continue;
      if (i > 0 && D.NON_PATIENT_ROOMS.has(t[i - 1].lower) && this.spaced(i)) continue;
      const after = this.prose.slice(t[j].end, t[j].end + 2);
      if (/^[/%:.,]\d|^[\-–]\d/.test(after)) continue;
      if (j + 1 < t.length && D.QUANTITY_NOUNS.has(t[j + 1].lower) && this.spaced(j + 1)) continue;
      const owner = this.ownerBefore(i, t[i].start) ?? this.ownerAfter(j + 1);
      if (owner === 'clinic') continue;
      this.add(start, t[j].end, 'room');
    }
  }

  private dates(): void {
    // Every date has a digit, and either a month name or a digit, a separator and a digit.
    if (!this.hasDateCue || !this.hasDigit || !DATE_HINT.test(this.prose)) return;
    const prose = this.prose;
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
      const ti = this.tokenAt(start);
      const kind = this.dateCue(ti, end);
      if (!kind) continue;
      let generalise: Suggestion | undefined;
      if (kind === 'care-date') {
        const on = ti > 0 && this.toks[ti - 1].lower === 'on' && this.spaced(ti) ? this.toks[ti - 1].start : start;
        if (year) generalise = { title: `Generalise: keep only the year`, edits: [{ start: on, end, newText: `in ${year}` }] };
        else if (on < start) generalise = { title: 'Generalise: "recently"', edits: [{ start: on, end, newText: matchCase(this.text.slice(on, end), 'recently') }] };
      }
      this.add(start, end, kind, generalise);
    }
  }

  /** The words before (or, for "On 3/14 she was admitted", after) a date that tie it to a person. */
  private dateCue(ti: number, dateEnd: number): 'birth-date' | 'care-date' | undefined {
    const t = this.toks;
    const s = ti < t.length ? this.sentOf[ti] : -1;
    for (let j = ti - 1; j >= 0 && j >= ti - 6 && this.sentOf[j] === s && s >= 0; j--) {
      const w = t[j].lower;
      // "children born between 1 September 2017 and 31 August 2019": who is eligible, not one person.
      if (D.BIRTH_DATE_CUES.has(w)) return this.rangeBetween(j + 1, ti) ? undefined : 'birth-date';
      if (w === 'b' && this.lower(j - 1) === 'o' && this.lower(j - 2) === 'd') return 'birth-date';
      if (D.SERVICE_DATE_CUES.has(w)) return 'care-date';
      if (D.POSSESSIVE_DATE_CUES.has(w) && j > 0) {
        const p = t[j - 1].lower;
        if (D.PERSON_POSSESSIVES.has(p) || (p.endsWith("'s") && this.isCap(j - 1))) return 'care-date';
      }
    }
    // "On 3/14 she was admitted"
    if (ti > 0 && t[ti - 1].lower === 'on' && s >= 0) {
      const k = this.tokenAt(dateEnd);
      for (let j = k; j < k + 6 && j < t.length && this.sentOf[j] === s; j++) {
        if (D.DATE_CUES_AFTER.has(t[j].lower)) return 'care-date';
      }
    }
    return undefined;
  }

  /** "between", "after", "before", "from", "since" among tokens [from, to): a range of dates. */
  private rangeBetween(from: number, to: number): boolean {
    for (let j = from; j < to; j++) if (DATE_RANGE_WORDS.has(this.toks[j].lower)) return true;
    return false;
  }

  private ages(): void {
    // "94 years old" needs a digit, "ninety years old" the word; "aged 94" a digit.
    if (this.hasDigit || NINETY.test(this.prose)) this.writtenAges();
    if (this.hasDigit) this.agesAfterWords();
  }

  /** "94-year-old", "94 yo", "94th birthday", "ninety-two years old". */
  private writtenAges(): void {
    const prose = this.prose;
    AGE.lastIndex = 0;
    for (let m; (m = AGE.exec(prose)); ) {
      const start = m.index;
      const end = start + m[0].length;
      const num = m[1] ?? m[3] ?? m[4];
      const age = num ? Number(num) : 90;
      if (age < 90 || age > 125) continue;
      const ti = this.tokenAt(start);
      if (D.AGE_QUALIFIERS.has(this.lower(ti - 1))) continue;
      const nextTok = this.tokenAt(end);
      if (nextTok < this.toks.length && D.AGE_NON_PERSON_NOUNS.has(this.toks[nextTok].lower) && /^[ \t]{1,2}$/.test(prose.slice(end, this.toks[nextTok].start))) continue;
      // "Happy 90th birthday to our founder, Dr. Lee!" celebrates a colleague, not a patient.
      if (m[4] && this.colleagueIn(this.sentOf[Math.min(ti, this.toks.length - 1)])) continue;
      const text = m[0].toLowerCase();
      let generalise: Suggestion;
      if (m[4]) {
        generalise = { title: 'Generalise: remove the age', edits: [{ start, end, newText: 'birthday' }] };
      } else if (/years?[ \t]+(?:old|young)$/.test(text) && !/[-‐–]/.test(text)) {
        generalise = { title: 'Generalise: "over 90"', edits: [{ start, end, newText: `over 90 ${text.replace(/^\S+\s+/, '').replace(/^(?:one|two|three|four|five|six|seven|eight|nine)\s+/, '')}` }] };
      } else {
        const article = /(?:^|[^\p{L}])(an?)[ \t]+$/iu.exec(prose.slice(Math.max(0, start - 4), start));
        const s = article ? start - article[0].length + article[0].indexOf(article[1]) : start;
        const original = this.text.slice(s, end);
        const replacement = article ? matchCase(original, 'an older') : 'older';
        generalise = { title: `Generalise: "${replacement}"`, edits: [{ start: s, end, newText: replacement }] };
      }
      this.add(start, end, 'age', generalise);
    }
  }

  /** "aged 94", "turned 101". */
  private agesAfterWords(): void {
    const prose = this.prose;
    AGED.lastIndex = 0;
    for (let m; (m = AGED.exec(prose)); ) {
      const age = Number(m[1]);
      if (age < 90 || age > 125) continue;
      const ti = this.tokenAt(m.index);
      if (D.AGE_QUALIFIERS.has(this.lower(ti - 1)) || (this.lower(ti - 1) === 'the' && D.AGE_QUALIFIERS.has(this.lower(ti - 2)))) continue;
      const start = m.index + m[0].length - m[1].length;
      const end = start + m[1].length;
      const nextTok = this.tokenAt(end);
      if (nextTok < this.toks.length && D.QUANTITY_NOUNS.has(this.toks[nextTok].lower) && /^[ \t]{1,2}$/.test(prose.slice(end, this.toks[nextTok].start))) continue;
      this.add(start, end, 'age', { title: 'Generalise: "over 90"', edits: [{ start, end, newText: 'over 90' }] });
    }
  }

  private addresses(): void {
    if (!this.hasDigit) return;
    ADDRESS.lastIndex = 0;
    for (let m; (m = ADDRESS.exec(this.prose)); ) {
      const start = m.index;
      const end = start + m[0].length - (m[0].endsWith('.') ? 1 : 0);
      const ti = this.tokenAt(start);
      const after = this.tokenAt(end);
      if (after < this.toks.length && SPACE_GAP.test(this.prose.slice(end, this.toks[after].start)) && this.isCap(after) && D.INSTITUTION_WORDS.has(this.toks[after].lower)) continue;
      if (this.ownerBefore(ti, start) !== 'person') continue;
      this.add(start, end, 'address');
    }
  }
}

/** The last link starting at or before `offset` (links are sorted by start). */
function urlAtOrBefore(urls: readonly { start: number; end: number }[], offset: number): { start: number; end: number } | undefined {
  let lo = 0;
  let hi = urls.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (urls[mid].start <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? urls[lo - 1] : undefined;
}

function validDay(month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

/**
 * Which phone shape a digit run has: 'yes' (a phone number), 'cued' (only with a phone
 * word before it: 5551234567, 555-1234), or undefined (a date, a range, a count…).
 */
function phoneShape(raw: string, groups: string[], digits: string, plus: boolean): 'yes' | 'cued' | undefined {
  const sizes = groups.map((g) => g.length).join(',');
  if (plus) {
    if (digits.length < 8 || digits.length > 15) return undefined;
    if (digits.startsWith('1') && digits.length === 11 && D.TOLL_FREE_AREA_CODES.has(digits.slice(1, 4))) return undefined;
    return groups.length >= 2 || digits.length >= 10 ? 'yes' : undefined;
  }
  if (groups.length === 1) {
    if (digits.length === 10 && /^[2-9]/.test(digits)) return D.TOLL_FREE_AREA_CODES.has(digits.slice(0, 3)) ? undefined : 'cued';
    if (digits.length === 11 && /^[01]/.test(digits)) return digits[0] === '1' && D.TOLL_FREE_AREA_CODES.has(digits.slice(1, 4)) ? undefined : 'cued';
    return undefined;
  }
  // North American: 555-123-4567, (555) 123-4567, 1-555-123-4567, 555.123.4567
  if (sizes === '3,3,4' || (sizes === '1,3,3,4' && groups[0] === '1')) {
    const area = groups[groups.length - 3];
    if (!/^[2-9]/.test(area) || D.TOLL_FREE_AREA_CODES.has(area)) return undefined;
    // The separators of a real number are consistent ("555-123-4567", not "555 123-4567 2").
    return 'yes';
  }
  // Local: 555-1234
  if (sizes === '3,4' && /^[2-9]\d{2}[.\-]\d{4}$/.test(raw)) return 'cued';
  // National numbers starting with 0 (UK, Europe, Australia): 020 7946 0958, 07700 900123
  if (groups[0].startsWith('0') && groups[0].length >= 2 && digits.length >= 10 && digits.length <= 11 && groups.every((g) => g.length >= 2)) {
    return 'yes';
  }
  return undefined;
}
