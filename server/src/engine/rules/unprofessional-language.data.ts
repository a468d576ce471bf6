// Language a clinician should not publish: swearing, slurs, derogatory labels for patients,
// venting about patients, and drinking tied to work. Each entry has a category (it chooses
// the message), rewordings where one makes sense (most of these need rewriting, not a
// swap, so many entries offer none), a before/after example, and the contexts in which
// the words are fine.
//
// The slur list is deliberately short: only words that are slurs in every context, so the
// rule never flags a clinical term ("spastic paraplegia", "growth retardation") or an
// everyday word. Teams can add their own words with the `phrases` setting.
//
// Masked swearing ("f*ck", "sh!t", "a**hole") is matched by the rule itself, not listed here.

import type { PhraseEntry } from '../phrases';

export type UnprofessionalCategory = 'profanity' | 'slur' | 'label' | 'venting' | 'drinking';

export interface UnprofessionalEntry extends PhraseEntry {
  category: UnprofessionalCategory;
  /** Flag only when a word of the same sentence is in this list (the phrase is about work or patients). */
  onlyInSentenceWith?: readonly string[];
  /** Words that, anywhere in the same sentence, give the phrase an innocent meaning. */
  fineInSentenceWith?: readonly string[];
  /** Words just before the phrase (up to two words back) that make it about someone else: "teens who get drunk". */
  fineAfter?: readonly string[];
}

const PATIENT_CONTEXT = [
  'patient', 'patients', 'pt', 'pts', 'bay', 'bed', 'room', 'admission', 'admissions', 'admit', 'admitted', 'case', 'cases',
  'ward', 'er', 'ed', 'a&e', 'icu', 'clinic', 'resident', 'residents', 'guy', 'lady', 'man', 'woman', 'shift',
];
const WORK_OR_SELF = [
  'i', "i'm", 'im', "i've", 'ive', "i'll", 'me', 'my', 'myself', 'shift', 'shifts', 'nights', 'night', 'work', 'workday', 'call',
  'clinic', 'ward', 'rota', 'tonight', 'time', "let's", 'lets', 'finally', 'weekend',
];
const TRAVEL = [
  'miles', 'points', 'airline', 'airlines', 'airways', 'flight', 'flights', 'airport', 'programme', 'program', 'lounge', 'status',
  'travel', 'trip', 'trips', 'plane', 'card', 'scheme', 'club', 'membership', 'rewards', 'holiday', 'vacation', 'airmiles',
];

export const UNPROFESSIONAL_PHRASES: readonly UnprofessionalEntry[] = [
  // --- swearing -------------------------------------------------------------------------
  {
    category: 'profanity',
    match: [
      'fuck', 'fucks', 'fucking', 'fuckin', 'fucked', 'fucked up', 'fucker', 'fuckers', 'motherfucker', 'motherfuckers',
      'motherfucking', 'clusterfuck', 'fck', 'fcking', 'fkn', 'fuk', 'fuking', 'effing', 'f-ing', 'stfu', 'fml', '#fml', 'ffs', 'omfg',
    ],
    inflect: false,
    replacements: [''],
    examples: { incorrect: 'Twelve hours on the ward and not one fucking break.', correct: 'Twelve hours on the ward and not one break.' },
  },
  {
    category: 'profanity',
    match: ['wtf', '#wtf', 'what the hell'],
    inflect: false,
    replacements: ['what on earth', ''],
    examples: { incorrect: 'WTF is in this new energy drink?', correct: 'What on earth is in this new energy drink?' },
  },
  {
    category: 'profanity',
    // "the hell" after a question word is the same swearing as "what the hell".
    match: ['how the hell', 'why the hell', 'who the hell', 'where the hell', 'when the hell'],
    inflect: false,
    replacements: [],
    examples: { incorrect: 'How the hell was I supposed to find a nursing job?', correct: 'How was I supposed to find a nursing job?' },
    note: 'Even mild swearing reads differently on a clinician\'s public account than among friends.',
  },
  {
    category: 'profanity',
    match: ['hell of a', 'helluva'],
    inflect: false,
    replacements: ['tough', 'long'],
    examples: { incorrect: 'That was a hell of a night shift.', correct: 'That was a long night shift.' },
    note: 'Even mild swearing reads differently on a clinician\'s public account than among friends.',
  },
  {
    category: 'profanity',
    match: ['from hell', 'bloody hell', 'hell yeah', 'hell no', 'go to hell', 'hell on earth'],
    inflect: false,
    replacements: [''],
    examples: { incorrect: 'Survived the night shift from hell.', correct: 'Survived a busy night shift.' },
    note: 'Even mild swearing reads differently on a clinician\'s public account than among friends.',
  },
  {
    category: 'profanity',
    match: ['shit', 'shits', 'shitting', 'holy shit', 'shite'],
    inflect: false,
    replacements: [''],
    examples: { incorrect: 'Holy shit, flu season is here early.', correct: 'Flu season is here early.' },
  },
  {
    category: 'profanity',
    match: ['shitshow', 'shit-show', 'shit-storm', 'shitstorm'],
    inflect: false,
    replacements: ['mess', 'chaos'],
    examples: { incorrect: 'Today in clinic was a shitshow.', correct: 'Today in clinic was busy.' },
  },
  {
    category: 'profanity',
    match: ['shitty', 'crappy'],
    inflect: false,
    replacements: ['rough', 'bad'],
    examples: { incorrect: 'Shitty weather means more falls in the car park.', correct: 'Icy weather means more falls in the car park.' },
  },
  {
    category: 'profanity',
    match: ['bullshit', 'horseshit'],
    inflect: false,
    replacements: ['nonsense', 'not true'],
    examples: { incorrect: 'The idea that vaccines cause autism is bullshit.', correct: 'The idea that vaccines cause autism is not true.' },
  },
  {
    category: 'profanity',
    match: ['crap'],
    replacements: [''],
    examples: { incorrect: 'Most detox teas are crap.', correct: 'Most detox teas do nothing for your liver.' },
    note: 'Even mild swearing reads differently on a clinician\'s public account than among friends.',
  },
  {
    category: 'profanity',
    match: ['damn', 'damned', 'dammit', 'damnit', 'goddamn', 'goddamned', 'goddammit', 'god damn'],
    inflect: false,
    replacements: [''],
    examples: { incorrect: 'Damn, what a busy week at the surgery.', correct: 'What a busy week at the surgery.' },
    note: 'Even mild swearing reads differently on a clinician\'s public account than among friends.',
  },
  {
    category: 'profanity',
    match: ['pissed off'],
    inflect: false,
    replacements: ['frustrated', 'annoyed'],
    examples: { incorrect: 'I am so pissed off about the new parking rules.', correct: 'I am frustrated about the new parking rules.' },
  },
  {
    category: 'profanity',
    match: [
      'piss off', 'pisses me off', 'pissing me off', 'pissed me off', 'ass', 'asses', 'arse', 'asshole', 'assholes', 'arsehole',
      'arseholes', 'jackass', 'smartass', 'half-assed', 'kiss my ass', 'pain in the ass', 'pain in the arse', 'bitch', 'bitches',
      'bitching', 'bitchy', 'son of a bitch', 'bastard', 'bastards', 'wanker', 'wankers', 'twat', 'twats', 'cunt', 'cunts',
      'bollocks', 'dickhead', 'dickheads', 'douchebag', 'douchebags', 'screw you', 'bugger off', 'sod off',
    ],
    inflect: false,
    replacements: [],
    examples: { incorrect: 'Whoever parked across the ambulance bay is an asshole.', correct: 'Please keep the ambulance bay clear: every minute counts.' },
  },
  // --- slurs (deliberately short: slurs in every context) -----------------------------------
  {
    category: 'slur',
    match: [
      'nigger', 'niggers', 'nigga', 'niggas', 'faggot', 'faggots', 'kike', 'kikes', 'wetback', 'wetbacks', 'tranny', 'trannies',
      'spaz', 'spazz', 'paki', 'pakis', 'gook', 'gooks', 'towelhead', 'towelheads', 'raghead', 'ragheads', 'a retard', 'you retard',
      'such a retard', 'like a retard', 'total retard', 'the retards', 'so retarded', "that's retarded", 'totally retarded',
    ],
    inflect: false,
    replacements: [],
    examples: { incorrect: 'I felt like a retard at the conference.', correct: 'I felt out of my depth at the conference.' },
  },
  // --- derogatory labels for patients ---------------------------------------------------
  {
    category: 'label',
    match: ['frequent flyer', 'frequent flier', 'frequent flyers', 'frequent fliers'],
    inflect: false,
    fineInSentenceWith: TRAVEL,
    replacements: [],
    unless: [
      'frequent flyer miles', 'frequent flyer programme', 'frequent flyer program', 'frequent flyer points', 'frequent flyer status',
      'frequent flyer card', 'frequent flyer number', 'frequent flyer club', 'frequent flier miles', 'frequent flier program',
    ],
    examples: { incorrect: 'Our favourite frequent flyer is back in bay 3 again.', correct: 'Some people need the emergency department often; here is how our care team supports them.' },
  },
  {
    category: 'label',
    match: ['drug seeker', 'drug-seeker', 'drug-seekers', 'attention seeker', 'attention-seeker', 'attention-seekers'],
    replacements: [],
    examples: { incorrect: 'Another drug seeker in the ED tonight.', correct: 'Pain and addiction often come together; we treat both with respect.' },
    note: 'Clinical notes may describe drug-seeking behaviour; as a label for a person it stigmatises patients in pain or with addiction.',
  },
  {
    category: 'label',
    match: ['gomer', 'gomers', 'train wreck', 'trainwreck', 'train wrecks', 'trainwrecks'],
    inflect: false,
    onlyInSentenceWith: PATIENT_CONTEXT,
    replacements: [],
    examples: { incorrect: 'The patient in bed 4 is a total train wreck.', correct: 'Caring for people with many conditions at once takes a whole team.' },
  },
  {
    category: 'label',
    match: [
      'crazy patient', 'crazy patients', 'crazy lady', 'crazy guy', 'psycho', 'psychos', 'psycho patient', 'nutjob', 'nut job',
      'nutcase', 'lunatic', 'lunatics', 'loony', 'looney', 'loonies', 'whack job', 'headcase', 'head case', 'schizo', 'schizos',
    ],
    inflect: false,
    replacements: [],
    unless: ['looney tunes', 'loony tunes'],
    examples: { incorrect: 'Had a psycho in the waiting room today.', correct: 'Mental health crises can happen anywhere; our team is trained to help.' },
    note: 'Words like this stigmatise mental illness and put people off asking for help.',
  },
  {
    category: 'label',
    match: [
      'idiot', 'idiots', 'moron', 'morons', 'imbecile', 'imbeciles', 'dumbass', 'dumbasses', 'noncompliant idiot', 'non-compliant idiot',
      'junkie', 'junkies', 'crackhead', 'crackheads', 'druggie', 'druggies', 'bed blocker', 'bed-blocker', 'bed-blockers', 'scumbag',
      'scumbags', 'dirtbag', 'dirtbags', 'beached whale', 'fatso',
      // General practice's label for a patient who makes the doctor's heart sink ("an appointment book full of heartsinks").
      'heartsink', 'heartsinks', 'heart-sink', 'heart-sinks', 'heartsink patient', 'heartsink patients', 'heart sink patient', 'heart sink patients',
    ],
    // "made an idiot of myself": about the writer, not anyone in their care.
    // "my heart sinks when…" is a feeling; "those heart sinks" are patients.
    unless: [
      'idiot of myself', 'idiot of ourselves', 'idiots of ourselves',
      // Someone who loves a thrill or a pastime, not a drug user.
      'adrenaline junkie', 'adrenaline junkies', 'adrenalin junkie', 'adrenalin junkies', 'fitness junkie', 'fitness junkies',
      'gym junkie', 'gym junkies', 'news junkie', 'news junkies', 'caffeine junkie', 'caffeine junkies',
      'my heart sinks', 'your heart sinks', 'his heart sinks', 'her heart sinks', 'their heart sinks', 'the heart sinks', "one's heart sinks",
      'my heart-sink', 'heart-sink moment', 'heart-sink moments', 'heart-sink feeling',
    ],
    inflect: false,
    replacements: [],
    examples: { incorrect: 'Another noncompliant idiot who stopped his meds.', correct: 'Stopping medicines is common; ask us before you stop, we can often find another option.' },
  },
  // --- venting about patients -----------------------------------------------------------
  {
    category: 'venting',
    match: [
      "can't follow simple instructions", 'cannot follow simple instructions', "can't follow basic instructions",
      'annoying patient', 'patients are so annoying', 'my patients are so annoying', 'patients are annoying', 'worst patient', 'worst patient ever', 'stupid patient',
      'dumb patient', 'lazy patient', 'entitled patient', 'whiny patient', 'whining patient', 'ungrateful patient', 'hate my patients',
      'hate patients', 'patients drive me crazy', 'my patients drive me crazy',
    ],
    replacements: [],
    unless: [
      'worst patient experience', 'worst patient experiences', 'worst patient outcomes', 'worst patient outcome', 'worst patient safety',
      'worst patient care', 'annoying patient portal',
    ],
    examples: {
      incorrect: 'Why do patients who can\'t follow simple instructions always come on a Friday?',
      correct: 'Instructions after surgery can be hard to take in; here is a one-page checklist to keep by the fridge.',
    },
  },
  // --- drinking tied to work ----------------------------------------------------------------
  {
    category: 'drinking',
    match: [
      'need a drink', 'need a stiff drink', 'need a glass of wine', 'need a drink after this shift', 'need a drink after my shift',
      'need a drink after that shift', 'get wasted', 'got wasted', 'time to get wasted', 'get drunk', 'got drunk', 'get hammered',
      'got hammered', 'get smashed', 'got smashed', 'get plastered', 'got plastered', 'get shitfaced', 'got shitfaced', 'drink myself',
      'hungover',
    ],
    onlyInSentenceWith: WORK_OR_SELF,
    fineAfter: ['you', 'they', 'people', 'who', 'someone', 'anyone', 'patients', 'teens', 'teenagers', 'students'],
    replacements: [],
    unless: ['need a drink of', 'needs a drink of', 'needed a drink of', 'needing a drink of'],
    examples: { incorrect: 'I need a drink after this shift!', correct: 'After a long shift I unwind with a walk and a good dinner.' },
  },
  {
    category: 'drinking',
    match: ["wine o'clock", "gin o'clock", "beer o'clock", "prosecco o'clock", 'wine-thirty', 'mommy juice', 'mummy juice'],
    inflect: false,
    replacements: [],
    examples: { incorrect: "Clinic's closed, it's wine o'clock!", correct: 'Clinic is closed for the weekend. See you Monday!' },
  },
];

/** How people are or fare, not a judgement of their worth ("sick patients", "they were scared"): never an insult. */
export const STATES_OF_PEOPLE: readonly string[] = ['sick', 'ill', 'unwell', 'poorly', 'injured', 'infected', 'vulnerable', 'frail', 'dying', 'dead', 'critical', 'disabled', 'sad', 'scared', 'worried', 'anxious', 'lonely', 'depressed', 'grieving', 'struggling', 'suffering', 'homeless', 'poor', 'abused', 'missing', 'hurt', 'wounded', 'unvaccinated', 'affected', 'difficult', 'angry', 'upset', 'fearful', 'isolated', 'bereaved', 'labouring', 'laboring', 'pregnant'];
/** Things of care that can be refused or rationed ("no more ventilators", "don't deserve a bed"). */
export const CARE_THINGS_BASE: readonly string[] = ['ventilator', 'ventilators', 'treatment', 'care', 'bed', 'beds', 'icu', 'oxygen'];

/** Laughing, as written in posts: "lol", "haha", "😂", "💀" (dead from laughing). */
export const LAUGHTER = /^(?:lol+|lmao+|lmfao|rofl|haha(?:ha)*|hehe+|😂|🤣|😆|😹|💀)$/iu;
