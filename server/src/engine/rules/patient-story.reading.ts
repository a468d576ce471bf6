// patient-story, read for meaning: a sentence that tells what happened to one person the
// writer cared for, however it is worded. It needs three things:
// 1. WHO: one person — "a patient", "the kid", "this poor kid", "a 1 year old", "teenage
//    girl", an initial ("B"), or, once a post is telling a clinical story, "he"/"she", or "you"
//    addressed to a patient ("You were hit by a car right in front of me");
// 2. WHAT HAPPENED: a verb in the past tense or the perfect ("was brought in", "has come
//    into A&E", "Lost a patient today"), or "I have a patient who…";
// 3. WHERE IT COMES FROM: the writer was there (I, we, me, my), or the sentence places it in
//    care (a ward, A&E, an ambulance) or in time (today, this morning, last night).
// General talk stays clean: plural or generic people ("patients", "any patient", "an
// individual patient"), conditionals and modals ("if a patient…", "a patient may…"), the
// writer's own family ("my father"), and thanks. Who a sentence is about is read in
// patient-story.people.ts, the details that identify them in patient-story.details.ts, and what
// the whole post is (consent, a colleague, thanks, habit) in patient-story.context.ts.

import type { Analysis, NlpSentence, NlpToken } from '../analysis';
import { PUBLIC_TELLING, STAFF, STAFF_THINGS, THANKS, TRADES, compositeAt, consentAt, mentionsStaffRole, readerCase, doesStaffWork, goesToBed, isSalutation, staffAntecedent, habitual, hasRoleAfter, isMemorial, patientSpokePublicly, toMany } from './patient-story.context';
import { FAMILY, aboutOwnFamily } from './patient-story.family';
import { identifyingDetail, type StoryDetail } from './patient-story.details';
import { KNOWN, NAME_TITLES, aboutWriter, personReference, type Reference } from './patient-story.people';
import { isCondition } from './overpromise.conditions';
import { calledOut, narrativePresent, presentBeBefore, toldInPresent, transcriptWithPatient, writerActs, writerDoing } from './patient-story.present';
import { attributive, pastInClause, perfectAt, reducedRelative, supposedBeing } from './patient-story.tense';
import { careRoom, hasLemmaIn, hasPatientWho, hasResult, hasVerb, isAnchored, isDiaryLine, pronounActs, sentenceCare, tookCareOf } from './patient-story.cues';
import { FIRST_PERSON, FIRST_PERSON_PLURAL, MODALS, hasLemma, isPastVerb, isQuestion, questionMarkAt, reportedSpeech, supposed } from './shared/meaning';
import {
  ARRIVAL, CARE, CASUAL_PEOPLE, CLAUSE_OPENERS, CLEFT, CONDITIONS, ENCOUNTER,
  HEALTH_STATES, HYPOTHETICAL, IMAGINED, PATIENT_WORDS, QUOTE_MARKS, REPORTING,
  WHEN, WOULD,
} from './patient-story.data';

export interface StoryFinding {
  /** The words naming the person. */
  start: number;
  end: number;
  /**
   * 'strong': a named kind of person ("a patient", "the kid", an initial) in a first-person
   * account of care; 'weak': only a pronoun, "you" or an age carries it, or the writer is not in it.
   */
  confidence: 'strong' | 'weak';
  /** An identifying detail in the same sentence (initial, age, day and time), for patient-identifier. */
  detail?: StoryDetail;
}

let lastAnalysis: Analysis | undefined;
let lastStories: StoryFinding[] = [];

/** The stories of a post (patient-story and patient-identifier both ask: read once, shared). */
export function readStories(a: Analysis): StoryFinding[] {
  if (a !== lastAnalysis) {
    lastStories = readAllStories(a);
    lastAnalysis = a;
  }
  return lastStories;
}

function readAllStories(a: Analysis): StoryFinding[] {
  if (patientSpokePublicly(a)) return [];
  const out: StoryFinding[] = [];
  const t = a.tokens;
  let narrator = false;
  let care = false;
  const ownFamily = aboutOwnFamily(a);
  let aboutStaff = false;
  let colleague = false;
  let thanks = false;
  // "DR Jason Sykes … Jason went to California to study": a name the post gives a doctor's title is staff wherever it stands.
  const doctors = new Set<string>();
  for (let i = 0; i < t.length; i++) {
    const w = t[i];
    if ((w.lower === 'dr' || w.lower === 'dr.') && t[i + 1]?.pos === 'PROPN') doctors.add(t[i + 1].lower);
    if (consentAt(t, i) || compositeAt(t, i)) return [];
    // ("retiring last night", "retired to bed" is going to bed, not leaving a job.)
    // ("I would have seen as a volunteer": the writer's own capacity says nothing of who else is in the post.)
    if ((STAFF.has(w.lemma) || STAFF.has(w.lower)) && !(w.lemma === 'retire' && goesToBed(t, i)) && !writersCapacity(t, i) && !colleagueInCare(t, i)) aboutStaff = true;
    // "He was my supervisor", "Dr T was one of the best", "he was an EMS provider", a memorial.
    if ((w.lower === 'he' || w.lower === 'she' || (w.pos === 'PROPN' && t[i - 1]?.lower === 'dr')) && t[i + 1]?.lemma === 'be' && hasRoleAfter(t, i + 2)) colleague = true;
    // "She trained half the nurses", "he ran our ward for 30 years": someone doing staff work is staff.
    // ("Gail has worked as a Registered Nurse here for 20 years": a name, too.)
    if ((w.lower === 'he' || w.lower === 'she' || (w.pos === 'PROPN' && /^[A-Z][a-z]/.test(w.text)) || (CASUAL_PEOPLE.has(w.lemma) && KNOWN.has(t[i - 1]?.lower ?? ''))) && doesStaffWork(t, i + 1)) colleague = true;
    if (isMemorial(w)) colleague = true;
    // "her shift", "his residency", "her final placement": someone with a shift of their own is staff.
    // ("her nursing license": one word of the trade may stand between.)
    if ((w.lower === 'her' || w.lower === 'his') && STAFF_THINGS.has(t[t[i + 1]?.pos === 'ADJ' || TRADES.has(t[i + 1]?.lower ?? '') ? i + 2 : i + 1]?.lemma ?? '')) colleague = true;
    // A patient presenting their own story ("This patient story is presented by …").
    if (w.lemma === 'story' && (t[i + 1]?.lemma === 'be' || t[i + 1]?.lower === 'is') && (t[i + 2]?.lemma === 'present' || t[i + 2]?.lemma === 'tell' || t[i + 2]?.lemma === 'share') && t[i + 3]?.lower === 'by') return [];
    if (THANKS.has(w.lemma) || THANKS.has(w.lower)) thanks = true;
    if (isNarrator(w)) narrator = true;
    if (CARE.has(w.lower) || CARE.has(w.lemma) || HEALTH_STATES.has(w.lemma) || (ENCOUNTER.has(w.lemma) && w.pos === 'VERB') || isCondition(w) || (w.type === 'hashtag' && CARE.has(w.lower.slice(1)))) care = true;
  }
  // "…needs the support of a ventilator. 7/": a later post of a numbered thread carries on a
  // story begun in the posts before it, so "he" and "she" can carry it on from the start.
  // A post told in the present, the writer doing things to "him" or "her" line after line, is a story from its start.
  let storyPost = threadContinued(a) || toldInPresent(a);
  // Asked only for a story told by age or initial: most posts never need it.
  let anchoredPost: boolean | undefined;
  const postAnchored = () => (anchoredPost ??= narrator && care && a.sentences.some((s) => isAnchored(a, s)));
  const sentenceOf = new Map<StoryFinding, NlpSentence>();
  // Read once for the post: toMany walks every sentence, so asking it per sentence grew with the square of their number.
  const thanksOrLetter = thanks || toMany(a);
  for (const s of a.sentences) {
    const found = readSentence(a, s, { narrator, care, ownFamily, storyPost, aboutStaff: aboutStaff || colleague, colleague, thanks: thanksOrLetter, anchored: postAnchored, doctors });
    if (found) {
      out.push(found);
      sentenceOf.set(found, s);
      storyPost = true;
    }
  }
  // A transcript of the writer's exchange with a patient tells an encounter, line by line.
  const label = transcriptWithPatient(a);
  if (label >= 0 && !out.some((f) => f.start <= t[label].start && t[label].end <= f.end)) out.push({ start: t[label].start, end: t[label].end, confidence: 'strong' });
  // One sentence about "he" or "a man" near care words may be about a colleague; a story that
  // goes on about someone for several sentences is told with confidence, and the details that
  // point at someone in such a story ("on Mother's Day", "at Greenfield") are read as in any other.
  if (out.length >= 2) {
    for (const found of out) {
      if (found.confidence === 'weak' && !found.detail && !colleague) {
        const detail = identifyingDetail(a, sentenceOf.get(found)!, true);
        if (detail) found.detail = detail;
      }
      found.confidence = 'strong';
    }
  }
  return out;
}

/** The post ends with a later post's number in a thread: "4/", "(5/14)", "7/". */
function threadContinued(a: Analysis): boolean {
  const t = a.tokens;
  const n = t.length;
  let k = n - 1;
  if (t[k]?.text === ')') k--;
  const slash = t[k]?.text === '/' ? k : t[k - 1]?.text === '/' ? k - 1 : -1;
  if (slash < 1) return false;
  if (slash === k - 1 && t[k].type !== 'number') return false;
  const number = Number(t[slash - 1].text);
  return t[slash - 1].type === 'number' && number > 1 && number < 100;
}

/** "I … as a volunteer": a staff word naming the writer's own role in a sentence they tell. */
function writersCapacity(t: readonly NlpToken[], i: number): boolean {
  if (t[i - 1]?.lower !== 'a' || t[i - 2]?.lower !== 'as') return false;
  for (let k = i - 3; k >= 0 && t[k].sentence === t[i].sentence; k--) if (t[k].lower === 'i' || t[k].lower === "i'm" || t[k].lower === "i've") return true;
  return false;
}

/**
 * "to be performed by my endodontist colleague", "referred him to a colleague": a colleague
 * with a part in someone's care, not the person the post is about.
 */
function colleagueInCare(t: readonly NlpToken[], i: number): boolean {
  if (t[i].lemma !== 'colleague') return false;
  // One word may stand between the determiner and "colleague" ("my endodontist colleague").
  const det = COLLEAGUE_DETERMINERS.has(t[i - 1]?.lower ?? '') ? i - 1 : COLLEAGUE_DETERMINERS.has(t[i - 2]?.lower ?? '') ? i - 2 : -1;
  return det > 0 && (t[det - 1].lower === 'by' || t[det - 1].lower === 'to');
}
const COLLEAGUE_DETERMINERS = new Set(['my', 'a', 'our', 'another']);

/** I, me, my, we, us, our ("US" in capitals is the country). */
function isNarrator(w: NlpToken): boolean {
  if (w.text === 'US') return false;
  return FIRST_PERSON.has(w.lower) || FIRST_PERSON_PLURAL.has(w.lower) || w.lower === "i'm" || w.lower === "i've";
}

interface PostContext {
  narrator: boolean;
  care: boolean;
  ownFamily: boolean;
  /** An earlier sentence already told of one person: "he" and "she" can carry on the story. */
  storyPost: boolean;
  /** A first-person clinical post placed on a real day ("I saw measles this week"): its people are real. */
  anchored(): boolean;
  /** Retirements, welcomes, tributes and team news: "he" and "she" are colleagues. */
  aboutStaff: boolean;
  /** The post is about a colleague ("he was my supervisor", a memorial): its people are staff. */
  colleague: boolean;
  /** Thank-you posts and open letters to many ("Dear patients,", "To every nurse"): "you" is a group, not one patient. */
  thanks: boolean;
  /** Names the post gives a doctor's title ("Dr Jason Sykes"), lower-cased: staff, not patients. */
  doctors: ReadonlySet<string>;
}

function readSentence(a: Analysis, s: NlpSentence, post: PostContext): StoryFinding | undefined {
  const t = a.tokens;
  let past = false;
  let modal = false;
  let sentenceNarrator = false;
  let placed = false;
  for (let i = s.first; i < s.last; i++) {
    const w = t[i];
    // "are inspired", "is treated": a participle after a present "be" is the present passive.
    const passivePresent = presentBeBefore(t, s, i);
    if ((isPastVerb(w) && !passivePresent && !reducedRelative(a, s, i) && !attributive(t, i)) || perfectAt(t, i)) past = true;
    if (MODALS.has(w.lower) && w.pos === 'AUX') modal = true;
    if (isNarrator(w)) sentenceNarrator = true;
    if (WHEN.has(w.lemma) || CARE.has(w.lower) || CARE.has(w.lemma)) placed = true;
    if (THANKS.has(w.lemma) || THANKS.has(w.lower)) return undefined;
    // Public-health case reports: "a child in the county has died of flu, the department reported"
    // (the verb: "just after getting report" is a nurse's handover).
    if (REPORTING.has(w.lemma) && w.pos === 'VERB') return undefined;
  }
  if (habitual(a, s) || readerCase(a, s)) return undefined;
  // "And if I refuse, …": a conjunction before the sentence's own opening word.
  const first = LEADING_CONJUNCTIONS.has(t[s.first]?.lower ?? '') && s.first + 1 < s.last ? t[s.first + 1] : t[s.first];
  if (isSalutation(a, s)) return undefined;
  // "I imagined the patient would take one look at me": a fear, not an event.
  if (hasLemmaIn(a, s, IMAGINED) && hasLemmaIn(a, s, WOULD)) return undefined;
  // "If a patient…" is general; "When I first met B, he'd been…" is a story.
  if (first && (HYPOTHETICAL.has(first.lower) || (CONDITIONS.has(first.lower) && !past))) return undefined;
  // "I have a patient who…": a story told in the present. A clinical note with no verb
  // ("35wk fetus with paraspinal tumor") in a first-person clinical post is one too.
  const fragment = post.narrator && post.care && !hasVerb(a, s);
  // "I'm helping one lady when another lady comes up": the writer's own doing, told as it happens.
  const doing = writerDoing(a, s);
  const present = hasPatientWho(a, s) || fragment || doing || narrativePresent(a, s);
  // Told as it happens ("the patient is on the floor", "he's choking"): a state of health in the
  // present, in a first-person clinical post, said of someone already in the story (see below).
  const happening = !past && !present && post.narrator && post.care && (hasLemmaIn(a, s, HEALTH_STATES) || writerActs(a, s, true)) && !isQuestion(a, s);
  if (!past && !present && !happening) return undefined;
  if (isDiaryLine(a, s)) sentenceNarrator = true;
  if (modal && !past && !hasPatientWho(a, s)) return undefined;
  if (!(post.narrator || placed || sentenceNarrator)) return undefined;

  const ref = personReference(a, s);
  if (!ref) return undefined;
  // "But I think if this patient were to read the post…": someone only supposed.
  if (supposed(a, s, ref.first, 3)) return undefined;
  // "It could be the gratitude of a patient whose life they've impacted": a supposition, whatever
  // the person's own clause tells.
  if (supposedBeing(a, s, ref.first)) return undefined;
  // The past must be the person's own clause: in "I've had friends ask me…, so I'll explain while
  // I'm waiting for a patient to show", nothing has happened to the patient.
  if (past && !present && !happening && ref.kind === 'noun' && !pastInClause(a, s, ref)) return undefined;
  // In the present only someone already known counts: "the patient", "our man", or "he" once the post tells a story.
  if (happening && !(ref.kind === 'noun' && KNOWN.has(t[ref.first].lower)) && !(ref.kind === 'pronoun' && post.storyPost)) return undefined;
  // A note with no verb is a story only when it describes someone by age ("35wk fetus with…").
  if (fragment && !past && ref.kind !== 'age') return undefined;
  // Told as it happens, the person must be named by a noun ("one lady"): "I'm helping him" may be anyone.
  if (doing && !past && !hasPatientWho(a, s) && ref.kind !== 'noun') return undefined;
  // "Our patient lost 40 lbs": a result used as promotion is the testimonial rule's to report.
  if (hasResult(a, s)) return undefined;
  if (ref.kind === 'pronoun' || ref.kind === 'you' || ref.kind === 'name') {
    // A pronoun or a first name is someone the writer cared for only inside a clinical story of
    // their own, told as it happened (not asked about).
    if (!post.care || !post.narrator || isQuestion(a, s)) return undefined;
    if (ref.kind === 'you' && (post.thanks || !sentenceCare(a, s) && !post.storyPost)) return undefined;
    // "he", "she" or a name: the third person.
    const third = ref.kind !== 'you';
    if (ref.kind === 'name' && (mentionsStaffRole(a, s) || post.doctors.has(t[ref.first].lower))) return undefined;
    if (third && post.aboutStaff && !post.storyPost) return undefined;
    // ("Mr. Johnson" is no relative of the writer's.)
    if (third && post.ownFamily && !(ref.kind === 'name' && NAME_TITLES.has(t[ref.first].lower))) return undefined;
    if (ref.kind === 'pronoun' && !post.storyPost && staffAntecedent(a, ref.first)) return undefined;
    // ("Jim came to me as a new patient": the sentence itself says who they are.)
    if (third && !post.storyPost && !sentenceCare(a, s) && !hasLemmaIn(a, s, PATIENT_WORDS) && !pronounActs(a, ref.first)) return undefined;
  } else if (post.ownFamily && FAMILY.has(t[ref.last - 1].lemma)) {
    // "I had a really sick baby" in a post about the writer's own son.
    return undefined;
  } else if (!post.care && !placed && !sentenceNarrator) {
    return undefined;
  } else if (post.colleague && !(ref.kind === 'noun' && t[ref.last - 1].lemma === 'patient')) {
    // In a post about a colleague, "a great man" is the colleague.
    return undefined;
  }
  if (ref.kind === 'age' && aboutWriter(a, ref.first, s.first)) return undefined;
  // "He was a good man": a noun after "be" describes someone already named, it is not a new person.
  if (ref.kind === 'noun' && t[ref.first - 1]?.lemma === 'be' && !CLEFT.has(t[ref.first - 2]?.lower ?? '')) return undefined;
  // "being both the patient and a care provider": so with "both", "just" or "only" between.
  if (ref.kind === 'noun' && BETWEEN_BE.has(t[ref.first - 1]?.lower ?? '') && (t[ref.first - 2]?.lemma === 'be' || t[ref.first - 2]?.lower === 'being')) return undefined;
  // "Our own Florence Nightingale was called "the lady with the lamp"": a name given, not a person met.
  if (ref.kind === 'noun' && (NAMING.has(t[ref.first - 1]?.lower ?? '') || (QUOTE_MARKS.has(t[ref.first - 1]?.text ?? '') && NAMING.has(t[ref.first - 2]?.lower ?? '')))) return undefined;
  // "You cannot judge the patient if he is making an unwise decision": advice to any reader.
  if (t[s.first]?.lower === 'you' && MODALS.has(t[s.first + 1]?.lower ?? '') && !hasPatientWho(a, s)) return undefined;
  // "Have you ever worked with a nurse who can tell something is off with the patient?": asked, not told.
  if (ref.kind === 'noun' && isQuestion(a, s) && hasLemma(a, s.first, s.last, YOU) >= 0) return undefined;
  // "he said 'what would you tell a patient of yours that was coughing?'": someone in a question another person asks.
  if (questionMarkAt(a, s) > ref.first && reportedSpeech(a, ref.first)) return undefined;
  // "a patient gave a talk" is theirs to tell; "wanted to talk" is not a talk.
  const publicTelling = hasLemma(a, s.first, s.last, PUBLIC_TELLING);
  const strong = isStrong(a, s, ref, post) && !(publicTelling >= 0 && a.tokens[publicTelling].pos !== 'VERB');
  const finding: StoryFinding = { start: t[ref.first].start, end: t[ref.last - 1].end, confidence: strong ? 'strong' : 'weak' };
  // In a post about a colleague or the writer's own family, the dates and ages are theirs.
  // A name in a story told with confidence is itself what identifies the person.
  const named: StoryDetail | undefined = ref.kind === 'name' && strong ? { start: finding.start, end: finding.end, kind: 'name' } : undefined;
  const detail = post.colleague || post.ownFamily ? undefined : named ?? identifyingDetail(a, s, strong);
  if (detail) finding.detail = detail;
  return finding;
}

const YOU = new Set(['you']);
const NAMING = new Set(['called', 'named', 'nicknamed', 'dubbed']);
const BETWEEN_BE = new Set(['both', 'just', 'only', 'also', 'still']);
const LEADING_CONJUNCTIONS = new Set(['and', 'but', 'so', 'or']);

/**
 * A story is told with confidence (a warning, not a note) when the person is someone in care
 * and the telling is anchored in a real encounter, each read in the sentence or the ones on
 * either side of it ("Teenage girl was in a coma for 6 weeks. I convinced her mother…"):
 * - in care: named as a patient, by an age or an initial, or by any word for a person ("an old
 *   man", "he", "you") where the telling speaks of care (a ward, ICU, a shift, "took care of");
 * - anchored: a time ("this morning", "3 a.m."), a numbered bed or room, a diary line ("Lost a
 *   patient"), the writer doing something to them ("I placed…", "we got her back") or having
 *   them ("I have a patient who…").
 * "He", "she" and "you" need the writer to be telling it, and the post not to be about
 * colleagues, the writer's own family or thanks.
 */
function isStrong(a: Analysis, s: NlpSentence, ref: Reference, post: PostContext): boolean {
  const index = a.tokens[s.first].sentence;
  const around = a.sentences.slice(Math.max(0, index - 1), index + 2);
  const any = (test: (x: NlpSentence) => boolean) => around.some(test);
  const careWords = any((x) => sentenceCare(a, x) || hasLemmaIn(a, x, ENCOUNTER) || careRoom(a, x) || tookCareOf(a, x));
  // Someone brought in, admitted or treated is anchored by that event.
  // Someone arriving in a place of care ("a man has come into A&E") is an event like being brought in.
  const anchored = any((x) => isAnchored(a, x)) || hasLemmaIn(a, s, ENCOUNTER) || writerActs(a, s, true) || (hasLemmaIn(a, s, ARRIVAL) && sentenceCare(a, s));
  // In a post about the writer's own child or parent, "a sick baby" or "8 years old" may be theirs.
  // ("an eleven-year-old girl. She is a braces patient of mine": the next words make her a patient.)
  const saidToBePatient = a.sentences.slice(index, index + 2).some((x) => patientOfMine(a, x));
  if (post.ownFamily && (ref.kind === 'age' || FAMILY.has(a.tokens[ref.last - 1].lemma)) && !saidToBePatient) return false;
  switch (ref.kind) {
    case 'age':
    case 'initial':
      return anchored || post.anchored();
    case 'noun':
      // Named as a patient ("a patient", "my 3 a.m. admission") or given care in the sentence
      // itself ("an elderly man who was brought in"); a person merely near care words ("the
      // woman", "a man" in a post about a ward) is too often a colleague or a relative.
      // "the patient was awake and alert" in a post the writer tells: a patient already in the story.
      if (PATIENT_WORDS.has(a.tokens[ref.last - 1].lemma) && KNOWN.has(a.tokens[ref.first].lower) && post.narrator) return true;
      return anchored && (PATIENT_WORDS.has(a.tokens[ref.last - 1].lemma) || hasLemmaIn(a, s, ENCOUNTER) || careRoom(a, s) || inCare(a, s, ref) || hasPatientWho(a, s));
    default:
      // "He", "she" and "you": only in the writer's own account of care, and not in a post about
      // colleagues, the writer's family or thanks.
      return anchored && careWords && post.narrator && !post.aboutStaff && !post.ownFamily && !post.thanks && !post.colleague;
  }
}

/** "a patient of mine", "my patient", "one of my patients": the writer's own patient named in the sentence. */
function patientOfMine(a: Analysis, s: NlpSentence): boolean {
  const t = a.tokens;
  for (let i = s.first; i < s.last; i++) {
    if (!PATIENT_WORDS.has(t[i].lemma)) continue;
    if ((t[i + 1]?.lower === 'of' && t[i + 2]?.lower === 'mine') || t[i - 1]?.lower === 'my') return true;
  }
  return false;
}

/**
 * The person in the sentence is someone in care: described by a state of health ("the kid was
 * super sick", "a male who was suffering"), arriving in a place of care ("has come into A&E"),
 * or met by the writer at work ("we hauled the guy out", "wrote on a clipboard to me").
 */
function inCare(a: Analysis, s: NlpSentence, ref: Reference): boolean {
  if (hasLemmaIn(a, s, HEALTH_STATES) || diaryObject(a, s, ref.first) || calledOut(a, s) || roomOf(a, ref)) return true;
  if (hasLemmaIn(a, s, ARRIVAL) && sentenceCare(a, s)) return true;
  return writerActsOn(a, s, ref.first) || towardWriter(a, s) || writerDoing(a, s);
}

/** "go into this guy's room", "at the lady's bedside": someone with a room or a bed of their own is in care. */
function roomOf(a: Analysis, ref: Reference): boolean {
  const t = a.tokens;
  const owner = t[ref.last]?.lower === "'s" || t[ref.last]?.lower === '’s';
  return owner && PATIENTS_PLACES.has(t[ref.last + 1]?.lemma ?? '');
}
const PATIENTS_PLACES = new Set(['room', 'bed', 'bedside', 'cubicle', 'bay', 'chart', 'notes', 'history', 'diagnosis', 'iv', 'drip']);

/** "Sitting with a gentleman…", "Made a gummy for a child": the person is the object of a diary line's verb. */
function diaryObject(a: Analysis, s: NlpSentence, person: number): boolean {
  if (!isDiaryLine(a, s) || person - s.first > 5) return false;
  for (let k = s.first + 1; k < person; k++) if (CLAUSE_OPENERS.has(a.tokens[k].lower)) return false;
  return true;
}

/** "we hauled the guy", "I found a man": the writer did something to the person (a verb in the past between them). */
function writerActsOn(a: Analysis, s: NlpSentence, person: number): boolean {
  const t = a.tokens;
  let verb = false;
  for (let k = person - 1; k >= s.first && k >= person - 8; k--) {
    if (isPastVerb(t[k]) && t[k].pos === 'VERB') verb = true;
    if (verb && (t[k].lower === 'i' || t[k].lower === 'we')) return true;
  }
  return false;
}

/** "she told me", "wrote on a clipboard to me": the person spoke or acted toward the writer. */
function towardWriter(a: Analysis, s: NlpSentence): boolean {
  const t = a.tokens;
  let verb = false;
  for (let i = s.first; i < s.last; i++) {
    if (t[i].lower === 'i' || t[i].lower === 'we') return false;
    if (isPastVerb(t[i]) && t[i].pos === 'VERB') verb = true;
    if (verb && t[i].lower === 'me') return true;
  }
  return false;
}
