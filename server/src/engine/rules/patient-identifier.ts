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

import { analyse, type Analysis } from '../analysis';
import type { PostDocument } from '../document';
import { defineRule, type Report } from '../rule';
import type { Suggestion } from '../types';
import { PostContext } from './patient-identifier.context';
import { findAges, findDates } from './patient-identifier.dates';
import { findNames } from './patient-identifier.names';
import { findAddresses, findEmails, findPhonesAndSsns, findRecords, findRooms } from './patient-identifier.numbers';
import { findReplyConfirmations } from './patient-identifier.replies';
import { findResidentBirthdays } from './patient-identifier.residents';
import type { Hit, Kind } from './patient-identifier.words';
import { aboutColleague } from './patient-story.context';
import { compositeStated, consentStated } from './patient-story.context';
import { ownRelativesDate } from './patient-story.family';
import type { StoryDetail } from './patient-story.details';
import { NAME_TITLES } from './patient-story.people';
import { readStories } from './patient-story.reading';

interface Options {
  /** The practice's own phone numbers, e-mail addresses or e-mail domains ("@clinic.com"). */
  ownContacts: string[];
}

const REDACTED = '[redacted]';

const WHY =
  'Anything that can identify a patient breaks confidentiality (HIPAA in the US, GDPR in Europe, and every professional code), costs you the trust of everyone who reads it, and stays public even after you delete the post.';

const MESSAGES: Record<Kind, string> = {
  name: `This looks like a patient's name. ${WHY} Remove the name or speak of "a patient" in general terms; share a patient's story only with their written consent, and never confirm that someone is your patient.`,
  confirmation:
    'This names someone and confirms that they are your patient (a visit, a treatment or a recovery). Even if they posted about it first, confirming it in public breaks confidentiality (HIPAA, GDPR) and the trust patients place in you, and a reply is as public and permanent as a post. Remove the name and the details of their care, thank people in general terms, or answer in private.',
  reply:
    'This reply confirms that the reviewer, or someone in their family, was in your care. A reply sits under the reviewer\'s name, so it tells everyone who reads it that they are your patient, and confirming that in public breaks confidentiality (HIPAA, GDPR) even if they posted first. Thank them without mentioning their care or their relative\'s, and offer to talk in private ("Please call the practice so we can look into this").',
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

/** What a patient can agree to have shared about their story; record numbers, phones and addresses never. */
const CONSENTABLE = new Set<Kind>(['name', 'confirmation', 'reply', 'age', 'care-date']);
const CONSENTED =
  'The post says the patient agreed to share their story. Check that their written consent covers this detail (a name, an age, a date), and that they know the post stays public even if deleted. If it does not, leave the detail out.';

const MADE_UP =
  'The post says this case is made up or a composite of several patients. Check that no detail of it (a name, an age, a date) comes from a real patient, and say clearly in the post that it is fictional.';

const STORY_DETAIL_MESSAGES = {
  initial: `This initial stands for a patient in a story about their care. With the story around it, an initial is often enough for the patient, their family or colleagues to know who it is. ${WHY} Leave it out, and share the story only with the patient's written consent.`,
  age: `This gives the age of a patient in a story about their care. An age together with the condition, the place or the day can point to one person. ${WHY} Leave the age out or make it general ("a young child"), and share the story only with consent.`,
  when: `This gives the day or hour of a patient's care in a story about them. People who were there, or who know the patient, can recognise them from it. ${WHY} Leave the time out, and share the story only with consent.`,
  place: `This names where a patient in a story was cared for or found. With the story around it, a named place lets people who were there, or who know the patient, recognise them. ${WHY} Leave the place out, and share the story only with consent.`,
  name: `This names a patient in a story about their care. A first name with the story around it is often enough for the patient, their family or colleagues to know who it is. ${WHY} Leave the name out or say "a patient", and share the story only with the patient's written consent.`,
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
    const found = scan(context.doc, context.options.ownContacts ?? []);
    const analysis = analyse(context.doc);
    // In a memorial for a colleague, the date is of their death, not of a patient's care.
    const colleague = aboutColleague(analysis);
    // "Our little girl was born on 14/03/2021": a parent's own child, not a patient.
    const hits = found.filter((h) => !(colleague && h.kind === 'care-date') && !(h.kind === 'birth-date' && ownRelativesDate(analysis, h.start)));
    // "She consented to my sharing her story": a name or a detail of the story the patient agreed
    // to share is a note to check what the consent covers, not an error; numbers never are.
    const consented = consentStated(analysis);
    // "the above vignette is fictional": a name or an age in a case the writer made up is a note to check, not an error.
    const madeUp = compositeStated(analysis);
    for (const hit of hits) {
      if (CONSENTABLE.has(hit.kind) && (consented || madeUp)) context.report({ ...toReport(hit), severity: 'info', message: consented ? CONSENTED : MADE_UP });
      else context.report(toReport(hit));
    }
    // Inside a story about one patient, an initial, an age or the day and hour of their care
    // can point to them (read from the post's analysis, see patient-story.reading.ts).
    const stories = readStories(analysis);
    const details = stories.flatMap((story) => (story.detail ? [story.detail] : []));
    // "New order for Mr. K.": once a post tells a patient's story with confidence, a title with
    // an initial names someone in it, wherever its sentence stands.
    if (!colleague && stories.some((story) => story.confidence === 'strong')) details.push(...titledInitials(analysis));
    const reported: { start: number; end: number }[] = [...hits];
    for (const d of details) {
      if (reported.some((h) => h.start < d.end && d.start < h.end)) continue;
      reported.push(d);
      const redact: Suggestion = { title: `Redact: replace with "${REDACTED}"`, edits: [{ start: d.start, end: d.end, newText: REDACTED }] };
      context.report({ start: d.start, end: d.end, message: STORY_DETAIL_MESSAGES[d.kind], suggestions: [redact], redaction: redact, ...(consented ? { severity: 'info' as const, message: CONSENTED } : {}) });
    }
  },
});

/** Every identifier the post shows, one per stretch of text. */
function scan(doc: PostDocument, ownContacts: readonly string[]): Hit[] {
  const post = new PostContext(doc, ownContacts);
  findNames(post);
  findReplyConfirmations(post);
  findResidentBirthdays(post);
  findPhonesAndSsns(post);
  findEmails(post);
  findRecords(post);
  findRooms(post);
  findDates(post);
  findAges(post);
  findAddresses(post);
  // One finding per stretch of text: the earliest, then the longest, then the first found.
  const order = post.hits.map((h, i) => ({ h, i }));
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

/** One capital letter, with or without a point: an initial. */
const INITIAL = /^[A-Z]\.?$/;

/** "Mr. K", "Mrs B": a title before a single capital letter (only the letter: a point after it may end the sentence). */
function titledInitials(a: Analysis): StoryDetail[] {
  const t = a.tokens;
  const out: StoryDetail[] = [];
  for (let i = 1; i < t.length; i++) {
    if (NAME_TITLES.has(t[i - 1].lower) && INITIAL.test(t[i].text) && t[i].text !== 'I') out.push({ start: t[i].start, end: t[i].start + 1, kind: 'initial' });
  }
  return out;
}

function toReport(hit: Hit): Report {
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
