// Personal medical advice to one reader: stopping or changing a medicine, reading their
// results, diagnosing them, telling them they need no care. Each entry: the ways it is
// written, rewordings that give general information and point to the reader's own care
// team, and a before/after example. General advice to everyone ("drink water", "see a
// doctor if…", "talk to your doctor before stopping any medicine") is not listed.

import type { PhraseEntry } from '../phrases';

export interface AdviceEntry extends PhraseEntry {
  /**
   * Words that, within the four words before the match (same sentence), make it general
   * information rather than an instruction: "your doctor may increase your dose".
   */
  notAfter?: readonly string[];
  /**
   * Like notAfter, for words that open a clause ("if", "when", "before"): they count only
   * while that clause lasts, that is with no comma, colon, dash or "and"/"or"/"but"/"then"
   * between them and the match. "Before you increase your dose…" is general; in "stop it
   * before the test and double your dose", "double your dose" is an instruction of its own.
   */
  notAfterInClause?: readonly string[];
  /** The entry fires only when the sentence also has one of these words (outside the match). */
  onlyWith?: readonly string[];
  /** The entry does not fire when the sentence also has one of these words: "…when your doctor says so". */
  notWith?: readonly string[];
}

/** Every "<verb> <object>" combination, e.g. "dm me your" × "results". */
function combine(heads: readonly string[], tails: readonly string[]): string[] {
  return heads.flatMap((h) => tails.map((t) => `${h} ${t}`));
}

/** Contexts in which a phrase is a warning or general information: "don't double your dose", "before you stop taking your". */
function negated(
  phrases: readonly string[],
  prefixes: readonly string[] = ['not', "don't", 'never', 'you', 'you to', 'how to', 'whether to', 'safe to', 'dangerous to'],
): string[] {
  return combine(prefixes, phrases);
}

/** People whose decisions a post may describe ("your doctor may lower your dose"), and words of general information. */
const CLINICIANS_AND_MODALS = [
  'doctor', 'doctors', 'team', 'nurse', 'nurses', 'pharmacist', 'pharmacists', 'gp', 'provider', 'providers',
  'prescriber', 'clinician', 'specialist', 'cardiologist', 'endocrinologist', 'psychiatrist', 'midwife',
  'may', 'might', 'will', 'would', 'whether', 'why', 'how', 'safe', 'safely',
];
/** Naming the reader's own clinician routes the decision through them: "you can stop taking it when your doctor says". */
const OWN_CLINICIAN = [
  'doctor', 'doctors', "doctor's", 'gp', 'prescriber', "prescriber's", 'pharmacist', 'surgeon', "surgeon's", 'nurse', 'provider',
  'specialist', 'cardiologist', 'endocrinologist', 'psychiatrist', 'midwife', 'clinician', 'team', "team's",
];
/** For dose changes, "if you need to increase your dose…" and "before increasing your dose…" also describe the general case. */
const DOSE_CLAUSES = ['if', 'when', 'before'];

const MEDICINES = ['meds', 'medication', 'medicine', 'pills', 'tablets'];
const STOP_MEDS = [
  ...combine(['come off your', 'get off your', 'ditch your', 'quit your', 'stop your', 'throw away your', 'throw out your'], MEDICINES),
  'ditch the meds',
];

const DOSE_CHANGES = [
  'double your dose', 'double the dose', 'take a double dose', 'take double the dose', 'take twice the dose',
  'take an extra dose', 'increase your dose', 'up your dose', 'raise your dose', 'lower your dose', 'reduce your dose',
  'cut your dose', 'halve your dose', 'change your dose', 'adjust your dose', 'skip your dose', 'cut your pills in half',
  'cut your tablets in half',
];

const SEND_TO_ME = ['dm me your', 'message me your', 'send me your', 'email me your', 'inbox me your', 'text me your', 'dm us your', 'message us your', 'inbox us your'];
const RESULTS = [
  'results', 'lab results', 'labs', 'test results', 'blood work', 'bloodwork', 'blood test results', 'scan', 'scans',
  'x-ray', 'x-rays', 'mri', 'ecg', 'ekg', 'numbers', 'readings', 'report',
];
const PHOTO_TO_ME = ['dm me', 'message me', 'send me', 'email me', 'inbox me', 'text me', 'dm us', 'message us'];
const PHOTOS = ['a photo of your', 'a picture of your', 'a pic of your', 'photos of your', 'pictures of your', 'pics of your'];
const NOT_MEDICAL_PHOTOS = ['dog', 'dogs', 'cat', 'cats', 'pet', 'pets', 'garden', 'lunch', 'workout', 'smile', 'view', 'setup', 'dinner'];

export const INDIVIDUAL_ADVICE_PHRASES: readonly AdviceEntry[] = [
  {
    match: ['you should stop taking', 'you should quit taking', 'you need to stop taking', 'you can stop taking', 'you must stop taking'],
    replacements: ['talk with your care team before you stop taking'],
    examples: {
      incorrect: 'With those side effects, you should stop taking the statin.',
      correct: 'If a statin gives you side effects, talk with your care team before you stop taking it.',
    },
    note: 'Stopping some medicines suddenly (blood pressure tablets, antidepressants, steroids, blood thinners) can be dangerous, and only someone who knows the reader can weigh that.',
    unless: [
      ...combine(['whether', 'if', 'when'], ['you should stop taking', 'you need to stop taking', 'you can stop taking']),
      'before you can stop taking',
    ],
    notWith: OWN_CLINICIAN,
  },
  {
    match: ['stop taking your', 'quit taking your'],
    replacements: ['talk with your care team before you stop taking your'],
    examples: {
      incorrect: 'Stop taking your blood pressure pills if you feel dizzy.',
      correct: 'Feeling dizzy on blood pressure pills? Talk with your care team before you stop taking your medicine.',
    },
    note: 'Stopping some medicines suddenly (blood pressure tablets, antidepressants, steroids, blood thinners) can be dangerous, and only someone who knows the reader can weigh that.',
    unless: [
      ...negated(['stop taking your', 'quit taking your']),
      'stop taking your phone', 'stop taking your work', 'stop taking your stress', 'stop taking your laptop',
    ],
    notAfter: CLINICIANS_AND_MODALS,
    notWith: OWN_CLINICIAN,
  },
  {
    match: STOP_MEDS,
    replacements: ['talk with your care team before changing your medicine'],
    examples: {
      incorrect: 'Feeling better? Time to ditch your meds!',
      correct: 'Feeling better? Talk with your care team before changing your medicine.',
    },
    note: 'Stopping some medicines suddenly can be dangerous, and only someone who knows the reader can weigh that.',
    unless: negated(STOP_MEDS),
    notAfter: CLINICIANS_AND_MODALS,
    notWith: OWN_CLINICIAN,
  },
  {
    match: [...DOSE_CHANGES, ...combine(['you should', 'you need to', 'you can'], DOSE_CHANGES)],
    replacements: ['talk with your care team before you change your dose'],
    examples: {
      incorrect: 'Still in pain after a week? Double your dose of ibuprofen.',
      correct: 'Still in pain after a week? Talk with your care team before you change your dose.',
    },
    note: "The right dose depends on the person's weight, kidneys, other medicines and conditions.",
    unless: negated(DOSE_CHANGES),
    notAfter: CLINICIANS_AND_MODALS,
    notAfterInClause: DOSE_CLAUSES,
  },
  {
    match: combine(SEND_TO_ME, RESULTS),
    replacements: ['talk with your care team about your results'],
    examples: {
      incorrect: 'Worried about your cholesterol? DM me your lab results and I will take a look.',
      correct: 'Worried about your cholesterol? Talk with your care team about your results.',
    },
    note: "Results only make sense with the person's history, and direct messages are not a secure place for health information.",
  },
  {
    match: [...combine(SEND_TO_ME, ['symptoms']), 'comment your symptoms', 'tell me your symptoms', 'describe your symptoms in the comments', 'drop your symptoms in the comments'],
    replacements: ['talk with your care team about your symptoms'],
    examples: {
      incorrect: 'Not sure if it is a migraine? Send me your symptoms.',
      correct: 'Not sure if it is a migraine? Talk with your care team about your symptoms.',
    },
    note: 'Symptoms need a history and often an examination; comments and direct messages are not a safe or private place for them.',
  },
  {
    match: combine(PHOTO_TO_ME, PHOTOS),
    replacements: ['show your care team'],
    examples: {
      incorrect: 'Worried about a mole? Send me a photo of your mole.',
      correct: 'Worried about a mole? Show your care team, and check it against the ABCDE signs.',
    },
    note: 'A photo sent by message is not an examination, and direct messages are not a secure place for health information.',
    unless: combine(combine(PHOTO_TO_ME, PHOTOS), NOT_MEDICAL_PHOTOS),
  },
  {
    match: [
      ...combine(['dm me', 'message me', 'inbox me', 'dm us', 'message us'], ['for a diagnosis', 'for medical advice', 'for a second opinion', 'for a prescription']),
      'comment below for a diagnosis', 'i can diagnose you', "i'll diagnose you", 'i will diagnose you', 'let me diagnose you',
    ],
    replacements: ['talk with your care team'],
    examples: {
      incorrect: 'Rash that will not go away? DM me for a diagnosis.',
      correct: 'Rash that will not go away? Talk with your care team.',
    },
    note: 'A diagnosis needs a history and an examination, and offering one by message can create a doctor–patient relationship you cannot safely honour online.',
  },
  {
    match: ["i'll tell you what to do", 'i will tell you what to do', "i'll tell you what to take", 'i will tell you what to take', "i'll tell you how much to take", "i'll tell you what's wrong", 'i will tell you what is wrong'],
    replacements: ['your care team can tell you what to do'],
    examples: {
      incorrect: "Send me your symptoms and I'll tell you what to do.",
      correct: 'In this post I will explain what to do after a tick bite.',
    },
    note: 'Only someone who knows the reader and can examine them can tell them what to do.',
    onlyWith: ['me', 'dm', 'message', 'inbox', 'comment', 'comments', 'send', 'email', 'text', 'symptoms', 'results', 'labs'],
  },
  {
    match: [
      "you don't need to see a doctor", 'you do not need to see a doctor', "you don't need to see your doctor",
      'you do not need to see your doctor', "you don't need a doctor", "you don't need to go to the doctor",
      "you don't need to go to the er", "you don't need to go to the emergency room", 'no need to see a doctor',
      'no need to see your doctor', 'no need to go to the er', 'skip the doctor',
      "you don't need to get it checked", 'no need to get it checked', "don't bother seeing a doctor",
    ],
    replacements: ['check with your care team about whether you need to be seen'],
    examples: {
      incorrect: "That lump is probably nothing, you don't need to see a doctor.",
      correct: 'Most lumps are harmless, but any new lump is worth showing to your care team.',
    },
    note: 'Telling a reader they need no care can delay treatment for someone whose situation differs from what you imagine.',
    unless: [
      "you don't need to see a doctor unless", 'you do not need to see a doctor unless', "you don't need to see your doctor unless",
      'you do not need to see your doctor unless', 'no need to see a doctor unless', "you don't need to go to the er unless",
    ],
  },
  {
    match: ['sounds like you have', "sounds like you've got", 'it sounds like you have', "it sounds like you've got"],
    replacements: ["it's worth asking your care team whether you have"],
    examples: {
      incorrect: 'Burning when you pee? Sounds like you have a UTI.',
      correct: "Burning when you pee? It's worth asking your care team whether you have a UTI.",
    },
    note: 'Naming a condition for one reader is a diagnosis without a history or an examination.',
    unless: combine(['sounds like you have', 'it sounds like you have'], ['a lot', 'questions', 'been', 'had a', 'a busy']),
  },
];
