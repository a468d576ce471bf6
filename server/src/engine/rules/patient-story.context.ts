// patient-story, what a whole post is: a patient's own public telling, a story shared with
// consent, a post about a colleague or the writer's family, thanks, an open letter to many, or
// something that happens again and again. The story reading (patient-story.reading.ts) uses
// these to leave general and colleague posts alone.

import type { Analysis, NlpSentence, NlpToken } from '../analysis';
import { FAMILY, ownRelativeAt } from './patient-story.family';
import { PERSON } from './patient-story.people';
import { isPastVerb, namedInFull, nearestBefore } from './shared/meaning';

const CONSENT = new Set(['consent', 'permission', 'consented']);

/** Roles of staff: a post that says "he was my supervisor" or "a caring physician" is about a colleague. */
export const STAFF_ROLES = new Set(['supervisor', 'colleague', 'physician', 'doctor', 'dr', 'nurse', 'paramedic', 'emt', 'provider', 'midwife', 'surgeon', 'consultant', 'assistant', 'porter', 'chaplain', 'manager', 'mentor', 'preceptor', 'medic', 'firefighter', 'officer', 'member', 'brother', 'sister',
  // "paired with a support worker who…": care and support workers, therapists and other staff.
  'worker', 'therapist', 'pharmacist', 'dentist', 'physiotherapist', 'radiographer', 'technician', 'receptionist', 'registrar']);

/** Words of a trade that may stand between "her" and what she has as staff: "her nursing license". */
export const TRADES = new Set(['nursing', 'medical', 'professional', 'clinical', 'teaching']);
/** What belongs to a member of staff: "her shift", "his residency", "her patients", "her license". */
export const STAFF_THINGS = new Set(['shift', 'residency', 'rotation', 'patient', 'colleague', 'coworker', 'career', 'preceptor', 'unit', 'training', 'internship', 'fellowship', 'placement', 'license', 'licence', 'registration']);

/** Words of mourning and remembrance. */
const MEMORIAL = new Set(['condolence', 'condolences', 'memorial', 'funeral', 'pacem', 'peace', 'rip', 'tribute', 'mourn', 'mourning', 'legacy']);

export const STAFF = new Set(['retire', 'retirement', 'retiring', 'colleague', 'colleagues', 'coworker', 'coworkers', 'co-worker', 'welcome', 'farewell', 'award', 'spotlight', 'joined', 'join', 'volunteer']);

export const THANKS = new Set(['thank', 'thanks', 'grateful', 'congratulations', 'congrats', 'welcome']);

/**
 * The post tells of a patient who spoke in public ("the talk she gave", "hearing the
 * perspective of a patient"): the story is theirs, told by them.
 */
export function patientSpokePublicly(a: Analysis): boolean {
  const t = a.tokens;
  for (let i = 0; i < t.length; i++) {
    if (toldOwnStory(t, i) || announcedOwnNews(t, i)) return true;
    if (!PUBLIC_TELLING.has(t[i].lemma) || t[i].pos === 'VERB') continue;
    // "gave a talk", "a talk given by…", in the same sentence ("speaking to you in baby talk.
    // Giving into your every demand" gives no talk).
    for (let k = Math.max(0, i - 4); k < Math.min(t.length, i + 4); k++) {
      if (t[k].sentence === t[i].sentence && (t[k].lemma === 'give' || t[k].lemma === 'hear' || t[k].lemma === 'deliver')) return true;
    }
  }
  return false;
}

const TELLING = new Set(['share', 'tell']);
const OWN_STORIES = new Set(['story', 'journey', 'experience']);
const THEIR = new Set(['her', 'his', 'their']);

/**
 * "Here, she shares her story of persistence", "Sarah told us her story": the person tells their
 * own story (not "I share her story", the writer telling it).
 */
function toldOwnStory(t: readonly NlpToken[], i: number): boolean {
  if (!TELLING.has(t[i].lemma) || t[i].pos !== 'VERB') return false;
  const subject = t[i - 1];
  if (!subject || !(subject.lower === 'she' || subject.lower === 'he' || subject.lower === 'they' || (subject.pos === 'PROPN' && /^[A-Z][a-z]/.test(subject.text)))) return false;
  const whose = t[i + 1]?.lower === 'us' || t[i + 1]?.lower === 'me' ? i + 2 : i + 1;
  if (!THEIR.has(t[whose]?.lower ?? '')) return false;
  const what = t[whose + 1]?.lower === 'own' ? whose + 2 : whose + 1;
  return OWN_STORIES.has(t[what]?.lemma ?? '') && t[what].sentence === t[i].sentence;
}

const ANNOUNCING = new Set(['announce', 'announcement', 'reveal', 'disclose', 'disclosure']);

/**
 * "Robin Roberts's announcement that she has been diagnosed with breast cancer", "Tom Hanks
 * revealed he has diabetes": someone named in full made their own health news public.
 */
function announcedOwnNews(t: readonly NlpToken[], i: number): boolean {
  if (!ANNOUNCING.has(t[i].lemma)) return false;
  const whose = t[i - 1]?.lower === "'s" || t[i - 1]?.lower === '’s' ? i - 2 : i - 1;
  if (whose < 1 || !namedInFull(t, whose)) return false;
  for (let k = i + 1; k <= i + 3 && k < t.length; k++) if (t[k].lower === 'she' || t[k].lower === 'he') return true;
  return false;
}

/**
 * A story shared with the patient's stated consent is theirs to share ("with permission",
 * "she consented"); "without consent" and "didn't ask permission" are no consent.
 */
export function consentAt(t: readonly NlpToken[], i: number): boolean {
  const w = t[i];
  if (!CONSENT.has(w.lemma) || w.pos === 'ADJ' || w.negated) return false;
  const before = t[i - 1]?.lower;
  if (before === 'without' || before === 'no' || before === 'any') return false;
  // "got the consent form out": a form for care, not consent to share the story.
  if (t[i + 1]?.pos === 'NOUN' && t[i + 1].sentence === w.sentence) return false;
  if (t[i + 1]?.lower === 'to' && SHARING.has(t[i + 2]?.lemma ?? '')) return true;
  // Consent to a procedure ("explanation was given, consent obtained and curtains drawn") is
  // not consent to the post: sharing is spoken of in this sentence or the one before.
  if (!sharingNear(t, i)) return false;
  // Consent given, not consent talked about ("do you think I need a consent for this?"):
  // "she consented", "with her permission", "gave (us) consent", "permission to share".
  if (w.pos === 'VERB') return true;
  for (let k = Math.max(0, i - 3); k < i; k++) if (t[k].lower === 'with' || GIVEN.has(t[k].lemma)) return true;
  return false;
}

/** Sharing, a post or a story spoken of in the sentence of token i or the one before it. */
function sharingNear(t: readonly NlpToken[], i: number): boolean {
  const sentence = t[i].sentence;
  for (let k = i; k >= 0 && t[k].sentence >= sentence - 1; k--) if (SHARED.has(t[k].lemma)) return true;
  for (let k = i + 1; k < t.length && t[k].sentence === sentence; k++) if (SHARED.has(t[k].lemma)) return true;
  return false;
}

/** What consent to the post speaks of: "permission to share", "consented to my sharing her story", "for this post". */
const SHARED = new Set(['share', 'sharing', 'post', 'publish', 'tell', 'story', 'photo', 'picture', 'video', 'film', 'blog', 'write', 'tweet', 'name', 'feature']);

const GIVEN = new Set(['give', 'grant', 'obtain', 'get', 'receive', 'have', 'ask']);

const SHARING = new Set(['share', 'post', 'publish', 'tell', 'use', 'film', 'photograph']);

/**
 * "Here's an example, which is a composite of several inquiries", "a composite patient": the
 * writer says the person is made up from many (or made up: "the above vignette is fictional"),
 * so the story is no one patient's.
 */
export function compositeAt(t: readonly NlpToken[], i: number): boolean {
  // "the above vignette is fictional", "a hypothetical patient": made up, so no one's story either.
  if (MADE_UP.has(t[i].lower)) return MADE_UP_CASES.has(t[i + 1]?.lemma ?? '') || (t[i - 1]?.lemma === 'be' && MADE_UP_CASES.has(t[i - 2]?.lemma ?? ''));
  if (t[i].lower !== 'composite' && t[i].lower !== 'composites') return false;
  const next = t[i + 1]?.lower ?? '';
  return next === 'of' || next === 'case' || next === 'patient' || next === 'story' || next === 'character' || next === 'sketch';
}
const MADE_UP = new Set(['fictional', 'fictitious', 'hypothetical', 'imaginary', 'invented']);
const MADE_UP_CASES = new Set(['vignette', 'case', 'patient', 'story', 'scenario', 'example', 'character']);

/** The post says its patient is a composite of many. */
export function compositeStated(a: Analysis): boolean {
  return a.tokens.some((_, i) => compositeAt(a.tokens, i));
}

/** The post says the patient agreed to it being shared. */
export function consentStated(a: Analysis): boolean {
  for (let i = 0; i < a.tokens.length; i++) if (consentAt(a.tokens, i)) return true;
  return false;
}

/** "a really sick baby" (noun) in a post about the writer's own family ("my son") may be theirs. */
export function ownFamilyNoun(a: Analysis, noun: string): boolean {
  return FAMILY.has(noun) && a.tokens.some((_, i) => ownRelativeAt(a.tokens, i));
}

/** A word of mourning; "rip" only as "RIP", not the verb ("rip it off"). */
export function isMemorial(w: NlpToken): boolean {
  return MEMORIAL.has(w.lower) && (w.lower !== 'rip' || w.text === 'RIP');
}

/** The post is about a colleague: a memorial, or "he was my supervisor". */
export function aboutColleague(a: Analysis): boolean {
  const t = a.tokens;
  for (let i = 0; i < t.length; i++) {
    const w = t[i];
    if (isMemorial(w) || w.lemma === 'colleague') return true;
    if ((w.lower === 'he' || w.lower === 'she') && t[i + 1]?.lemma === 'be' && hasRoleAfter(t, i + 2)) return true;
  }
  return false;
}

const GROUPS_ADDRESSED = new Set(['patients', 'clients', 'customers', 'readers', 'followers', 'families']);

/** The post opens as a letter to many: "Dear patient," / "Dear all," (not "Dear Jane,"), "To every…", "To all…". */
export function toMany(a: Analysis): boolean {
  const t = a.tokens;
  const first = t.findIndex((x) => x.type === 'word');
  if (first < 0) return false;
  const next = t[first + 1];
  // "Dear Angry Patient,": a letter to one patient, whose "you" is that patient.
  if (t[first].lower === 'dear' && toOnePatient(t, first + 1)) return false;
  // "Dear Disenchanted Family Member of My ICU Patient," opening a letter further down the post.
  for (const s of a.sentences) if (t[s.first]?.lower === 'dear' && addressesARole(t, s.first + 1)) return true;
  // "Dear patients,": a letter to a role, not to one person by name; "Dear Dr. Rob, Dr. Deb, Adrienne…": a letter to the clinicians, whose "you" is them.
  if (t[first].lower === 'dear') return !!next && (next.pos !== 'PROPN' || next.lower === 'dr' || next.lower === 'dr.');
  // "… enjoy working with you, our patients": the post speaks to all its patients.
  if (t.some((x, i) => x.lower === 'you' && t[i + 1]?.text === ',' && (t[i + 2]?.lower === 'our' || t[i + 2]?.lower === 'my') && GROUPS_ADDRESSED.has(t[i + 3]?.lower ?? ''))) return true;
  return t[first].lower === 'to' && !!next && (next.lower === 'every' || next.lower === 'all' || next.lower === 'everyone' || next.lower === 'anyone');
}

/** "Dear Angry Patient", "Dear Pediatric Patient": the salutation ends on one patient. */
function toOnePatient(t: readonly NlpToken[], from: number): boolean {
  for (let k = from; k < t.length && k < from + 3 && t[k].type === 'word'; k++) {
    if (t[k].lower === 'patient') return t[k + 1]?.text === ',' || t[k + 1]?.sentence !== t[k].sentence;
  }
  return false;
}

function addressesARole(t: readonly NlpToken[], from: number): boolean {
  for (let k = from; k < t.length && k < from + 4 && t[k].type === 'word'; k++) if (ADDRESSED_ROLES.has(t[k].lemma)) return true;
  return false;
}
const ADDRESSED_ROLES = new Set(['family', 'member', 'patient', 'parent', 'relative', 'visitor', 'reader', 'colleague', 'student', 'nurse', 'doctor', 'friend', 'stranger', 'neighbour', 'neighbor']);

/** Work only staff do, said of "he" or "she": "trained half the nurses", "ran our ward", "never missed a shift". */
export function doesStaffWork(t: readonly NlpToken[], from: number): boolean {
  let k = from;
  while (k < t.length && k < from + 3 && (t[k].pos === 'ADV' || t[k].pos === 'AUX')) k++;
  const verb = t[k];
  if (!verb || verb.pos !== 'VERB') return false;
  if (STAFF_WORK.has(verb.lemma)) return true;
  // "has worked in the burn unit for a while", "worked as a nurse": a job of their own.
  if (verb.lemma === 'work' && verb.lower !== 'work' && (t[k + 1]?.lower === 'in' || t[k + 1]?.lower === 'on' || t[k + 1]?.lower === 'as')) {
    for (let j = k + 2; j < t.length && j <= k + 5; j++) if (WORKPLACES.has(t[j].lemma) || STAFF_ROLES.has(t[j].lemma)) return true;
  }
  // "ran our ward", "never missed a shift" ("she ran to the door" and "he missed his mum" are anyone's).
  const object = t[k + 2];
  if (verb.lemma === 'run' && (t[k + 1]?.lower === 'our' || t[k + 1]?.lower === 'the') && object && WORKPLACES.has(object.lemma)) return true;
  return verb.lemma === 'miss' && t[k + 1]?.lower === 'a' && object?.lemma === 'shift';
}

const STAFF_WORK = new Set(['train', 'teach', 'mentor', 'supervise', 'precept', 'retire']);

const WORKPLACES = new Set(['ward', 'unit', 'department', 'team', 'clinic', 'service', 'practice', 'theatre', 'lab']);

/** A staff role within the next few words: "my supervisor", "a caring physician", "an EMS provider". */
export function hasRoleAfter(t: readonly NlpToken[], from: number): boolean {
  // "he's one of the flight medics"
  if (t[from]?.lower === 'one' && t[from + 1]?.lower === 'of') from += 2;
  for (let k = from; k < Math.min(t.length, from + 4); k++) if (STAFF_ROLES.has(t[k].lemma) || STAFF_ROLES.has(t[k].lower)) return true;
  return false;
}

/**
 * What happens again and again is general, not one patient's story: "Every winter it's the same
 * story: a man comes in…", "I still cry when a patient dies", "whenever a child is admitted".
 */
export function habitual(a: Analysis, s: NlpSentence): boolean {
  const t = a.tokens;
  for (let i = s.first; i < s.last; i++) {
    const w = t[i];
    if (HABIT.has(w.lower)) return true;
    if ((w.lower === 'every' || w.lower === 'each') && REPEATED_TIMES.has(t[i + 1]?.lemma ?? '')) return true;
    if (w.lower === 'same' && t[i + 1]?.lemma === 'story') return true;
    // "when a patient dies": a condition on someone indefinite, in the present.
    if ((w.lower === 'when' || w.lower === 'if') && (t[i + 1]?.lower === 'a' || t[i + 1]?.lower === 'an')) {
      for (let k = i + 2; k < Math.min(s.last, i + 6); k++) {
        if (t[k].pos !== 'VERB' && t[k].pos !== 'AUX') continue;
        if (!isPastVerb(t[k])) return true;
        break;
      }
    }
  }
  return false;
}

/**
 * A case put to the reader as a clinician, in the present: "You are reviewing a lipid panel on
 * John, a 50-year-old man…", "You see a 4-year-old with a rash". The person in it is a teaching
 * case, not someone the writer cared for.
 */
export function readerCase(a: Analysis, s: NlpSentence): boolean {
  const t = a.tokens;
  const first = t[s.first];
  if (first?.lower !== 'you') return false;
  const verb = t[s.first + 1]?.lower === 'are' || t[s.first + 1]?.lower === "'re" ? t[s.first + 2] : t[s.first + 1];
  if (!verb || verb.pos !== 'VERB') return false;
  return verb.lower.endsWith('ing') || (verb.lower === verb.lemma && t[s.first + 1] === verb);
}

const HABIT = new Set(['whenever', 'typically', 'typical', 'usually', 'always', 'routinely']);

const REPEATED_TIMES = new Set(['winter', 'summer', 'spring', 'autumn', 'time', 'day', 'week', 'shift', 'year', 'night', 'month', 'weekend', 'christmas']);

/** A patient telling their own story in public: a talk, a lecture, a campaign. */
export const PUBLIC_TELLING = new Set(['talk', 'lecture', 'perspective', 'honor', 'honour', 'campaign', 'presentation', 'speaker']);

/** "retiring last night", "retired to bed": going to bed, not leaving a job. */
export function goesToBed(t: readonly NlpToken[], i: number): boolean {
  const next = t[i + 1]?.lower;
  return next === 'to' ? t[i + 2]?.lower === 'bed' : (next === 'last' || next === 'for') && (t[i + 2]?.lower === 'night' || t[i + 3]?.lower === 'night');
}

/**
 * "Had a registrar on the ward… And she went…": the nearest person named before a pronoun, in
 * this sentence or the two before it, is a member of staff, so "she" is that colleague.
 */
export function staffAntecedent(a: Analysis, pronoun: number): boolean {
  const t = a.tokens;
  const k = nearestBefore(a, pronoun, 2, (j) => isStaffRole(t[j]) || PERSON.has(t[j].lemma) || namedInFull(t, j));
  // "Jeremy Hunt decided that he…": someone named in full is a public figure or a colleague; a
  // patient named in full is patient-identifier's to report.
  return k >= 0 && (isStaffRole(t[k]) || (!PERSON.has(t[k].lemma) && namedInFull(t, k)));
}

/** "Dear Family Member of My ICU Patient,": a salutation names whom a letter is for; it tells nothing. */
export function isSalutation(a: Analysis, s: NlpSentence): boolean {
  return a.tokens[s.first]?.lower === 'dear';
}

/** Grades and roles of staff met on a ward, beyond STAFF_ROLES. */
const COLLEAGUE_ROLES = new Set(['registrar', 'reg', 'sho', 'fy1', 'fy2', 'intern', 'attending', 'fellow', 'student', 'hca', 'physio', 'pharmacist', 'anaesthetist', 'anesthetist', 'matron', 'boss', 'locum', 'houseman', 'junior', 'senior']);

function isStaffRole(w: NlpToken): boolean {
  return STAFF_ROLES.has(w.lemma) || COLLEAGUE_ROLES.has(w.lemma);
}

/** A staff role anywhere in the sentence ("how I met Nancy, known to all as Nancy nurse"): a name in it is a colleague's. */
export function mentionsStaffRole(a: Analysis, s: NlpSentence): boolean {
  for (let k = s.first; k < s.last; k++) if (isStaffRole(a.tokens[k])) return true;
  return false;
}
