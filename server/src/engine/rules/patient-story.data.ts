// Word lists for `patient-story`. This rule has no phrase list: a story about one patient
// is recognised by the shape of a sentence (a single person the writer met, plus a
// past-tense encounter or a time/place cue), so its data are small word sets read by
// patient-story.ts in one pass over each sentence's words. All words are lower case.

/** Words that point at one person: "a patient", "this man", "one patient". */
export const DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'this', 'that', 'one']);

/** Patients under their own name. With these, a strong time cue alone marks a story. */
export const PATIENT_NOUNS: ReadonlySet<string> = new Set(['patient', 'client']);

/** Other single people a clinician writes about when telling what happened at work. */
export const PERSON_NOUNS: ReadonlySet<string> = new Set([
  'patient', 'client', 'man', 'woman', 'lady', 'gentleman', 'gent', 'guy', 'girl', 'boy', 'kid', 'child',
  'toddler', 'baby', 'infant', 'newborn', 'teen', 'teenager', 'mom', 'mum', 'mother', 'dad', 'father',
  'grandma', 'grandpa', 'grandmother', 'grandfather', 'granny', 'couple', 'family', 'veteran', 'retiree',
]);

/** Nouns that "patient" merely describes: "patient portal", "a patient education leaflet". */
/** Nouns that the person word merely describes: "patient portal", "a family doctor", "a patient person". */
export const COMPOUND_HEADS: ReadonlySet<string> = new Set([
  'portal', 'education', 'educator', 'care', 'safety', 'experience', 'experiences', 'advocate', 'advocacy',
  'satisfaction', 'record', 'records', 'information', 'info', 'form', 'forms', 'journey', 'resource',
  'resources', 'handout', 'handouts', 'leaflet', 'leaflets', 'chart', 'charts', 'population', 'populations',
  'outcome', 'outcomes', 'data', 'privacy', 'confidentiality', 'consent', 'rights', 'right', 'relationship',
  'relationships', 'question', 'questions', 'feedback', 'survey', 'surveys', 'centered', 'centred', 'first',
  'focused', 'friendly', 'group', 'groups', 'account', 'accounts', 'app', 'guide', 'guides', 'materials',
  'volume', 'volumes', 'load', 'flow', 'navigator', 'navigators', 'coordinator', 'support', 'services',
  'service', 'voice', 'voices', 'engagement', 'access', 'number', 'numbers', 'id',
  'identifier', 'identifiers', 'details', 'list', 'lists', 'review', 'reviews', 'testimonial', 'testimonials',
  'food', 'formula', 'shower', 'seat', 'monitor', 'gate', 'proof', 'steps', 'step', 'doctor', 'doctors',
  'physician', 'history', 'member', 'members', 'medicine', 'planning', 'size', 'sizes', 'wipes', 'person',
  'people', 'listener', 'approach', 'attitude', 'manner', 'mindset', 'teacher', 'brain', 'body', 'bodies',
  'cold', 'flu',
]);

/**
 * Past-tense verbs a patient does in a story, right after the reference:
 * "a patient told me", "a man came in", "a lady asked". Present tense ("comes in")
 * describes the general case and is left alone.
 */
export const SUBJECT_VERBS: ReadonlySet<string> = new Set([
  'came', 'walked', 'rolled', 'showed', 'arrived', 'presented', 'told', 'asked', 'said', 'mentioned',
  'shared', 'confided', 'called', 'phoned', 'messaged', 'emailed', 'texted', 'thanked', 'hugged', 'cried',
  'brought', 'handed', 'gave', 'collapsed', 'fainted', 'laughed', 'insisted', 'refused', 'complained',
  'admitted', 'had', 'stopped', 'sent', 'looked', 'turned', 'needed', 'wanted', 'tried', 'returned',
  'visited', 'joked', 'explained', 'begged', 'burst', 'whispered', 'yelled', 'screamed', 'limped', 'waited',
  'smiled', 'wept', 'panicked', 'apologized', 'apologised', 'grabbed', 'squeezed',
]);

/** Participles after "was"/"got": "a man was brought in", "a baby was born". */
export const PASSIVE_PARTICIPLES: ReadonlySet<string> = new Set([
  'admitted', 'rushed', 'brought', 'wheeled', 'transferred', 'discharged', 'diagnosed', 'seen', 'airlifted',
  'sent', 'referred', 'born', 'found', 'intubated', 'resuscitated', 'stabilized', 'stabilised',
]);
export const PASSIVE_AUXILIARIES: ReadonlySet<string> = new Set(['was', 'got']);

/**
 * Past-tense verbs the writer does to a patient, right before the reference:
 * "I had a patient", "saw a patient", "we delivered a baby".
 */
export const OBJECT_VERBS: ReadonlySet<string> = new Set([
  'had', 'saw', 'seen', 'treated', 'met', 'delivered', 'examined', 'admitted', 'discharged', 'intubated',
  'diagnosed', 'helped', 'stitched', 'resuscitated', 'reassured', 'scoped', 'counseled', 'counselled',
  'visited', 'called', 'phoned', 'got', 'sutured', 'triaged', 'vaccinated', 'operated', 'assessed',
]);

/** Before an object verb, these make it a question or a general claim ("have you ever seen a patient…"). */
export const OBJECT_VERB_VETOES: ReadonlySet<string> = new Set([
  'you', "you've", "you'd", "you'll", 'ever', 'never', 'if', 'when', 'whenever', 'to', 'might', 'may',
  'could', 'would', 'should', 'will', 'can', 'unless',
]);

/** Small words that may sit between the reference and its verb: "a patient recently asked". */
export const FILLERS: ReadonlySet<string> = new Set([
  'just', 'recently', 'finally', 'actually', 'literally', 'once', 'then', 'also', 'even', 'today',
  'tonight', 'yesterday', 'suddenly', 'again', 'proudly', 'nervously', 'happily', 'tearfully', 'quietly',
]);

/**
 * Right before the reference, these make it general or about the reader:
 * "if you are a patient of our clinic", "as a patient", "when a patient comes in".
 */
export const REFERENCE_VETOES: ReadonlySet<string> = new Set([
  'are', 'is', 'am', 'be', 'become', 'becoming', 'being', 'was', 'were', "you're", "i'm", "we're", "they're",
  "he's", "she's", "it's", 'as', 'if', 'when', 'whenever', 'unless', 'suppose', 'imagine', 'say', 'every',
  'any', 'each', 'like', 'whether',
]);

/** Right after the reference: "a patient can…", "a child should…" describe the general case. */
export const MODALS: ReadonlySet<string> = new Set([
  'can', 'could', 'may', 'might', 'must', 'should', 'will', 'would', 'shall', 'needs', 'need', "can't",
  'cannot', "won't", "shouldn't", 'deserves', 'deserve',
]);

/** One-word times that place a story on a day: "yesterday", "tonight". */
export const STRONG_TIME_WORDS: ReadonlySet<string> = new Set(['yesterday', 'tonight', 'overnight', "o'clock", 'oclock']);

/** Two-word times: first word → second words ("this morning", "last night", "earlier today"). */
export const STRONG_TIME_PAIRS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['this', new Set(['morning', 'afternoon', 'evening'])],
  ['last', new Set(['night', 'shift', 'evening'])],
  ['earlier', new Set(['today', 'tonight'])],
  ['just', new Set(['now'])],
  ['my', new Set(['shift'])],
  ['night', new Set(['shift'])],
]);

/** Times that also mean "nowadays" ("today a patient can…"): they count only with a place cue. */
export const WEAK_TIME_WORDS: ReadonlySet<string> = new Set(['today']);
export const WEAK_TIME_PAIRS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['this', new Set(['week'])],
  ['last', new Set(['week', 'month'])],
]);

/** Workplaces after "in/at/on [the/my/our]": "in clinic", "in the ER", "on the ward". */
export const PLACE_WORDS: ReadonlySet<string> = new Set([
  'clinic', 'er', 'ed', 'icu', 'nicu', 'picu', 'triage', 'ward', 'rounds', 'call', 'shift', 'work', 'office',
  'surgery', 'theatre', 'theater', 'ambulance', 'hospital', 'resus', 'a&e', 'pharmacy', 'practice', 'unit',
  'emergency', 'clinics', 'consult', 'appointment', 'waiting', 'exam', 'examination', 'recovery', 'delivery',
  'labor', 'labour', 'theatres',
]);
/** Place words that only count after "the" ("in the OR", never "or"). */
export const PLACE_WORDS_AFTER_THE: ReadonlySet<string> = new Set(['or']);
export const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at', 'on']);
export const PLACE_ARTICLES: ReadonlySet<string> = new Set(['the', 'my', 'our']);

/** Between a determiner and the noun, anything but these may describe the person ("a sweet older lady"). */
export const NOT_DESCRIPTIVE: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'this', 'that', 'of', 'in', 'on', 'at', 'to', 'for', 'with', 'from', 'by', 'and', 'or',
  'but', 'is', 'are', 'was', 'were', 'be', 'who', 'which', 'whose', 'my', 'our', 'your', 'their', 'his', 'her',
  'its', 'it', 'not', 'no', 'lot', 'few', 'bit', 'as', 'than', 'if', 'when', 'while', 'so',
]);

/** Everyday words for a person who may be a colleague: "This guy has worked in the burn unit…". */
export const CASUAL_PEOPLE = new Set(['guy', 'man', 'woman', 'lady', 'girl', 'bloke']);

/** Words that open a conditional or general clause. */
export const CONDITIONS = new Set(['when', 'whenever', 'before', 'until', 'once']);
export const HYPOTHETICAL = new Set(['if', 'unless', 'imagine', 'suppose', 'say']);
/** Time cues that place a sentence on a real day. */
export const WHEN = new Set(['today', 'tonight', 'yesterday', 'morning', 'night', 'shift', 'afternoon', 'evening', 'weekend', 'ago']);
/** Words of care: places, teams and events that make a post a clinical story. */
export const CARE = new Set([
  'a&e', 'er', 'ed', 'icu', 'itu', 'nicu', 'picu', 'ward', 'bay', 'bed', 'bedside', 'theatre', 'theater', 'ambulance', 'resus', 'triage',
  'clinic', 'hospital', 'casualty', 'ems', 'paramedic', 'cpr', 'ventilator', 'trach', 'trached', 'intubate', 'intubated', 'coma', 'chemo',
  'mri', 'surgery', 'shift', 'admit', 'admitted', 'discharge', 'discharged', 'diagnose', 'diagnosed', 'dose', 'prescription', 'pharmacist',
  'nurse', 'doctor', 'physician', 'surgeon', 'medic', 'delivery', 'labour', 'labor', 'code', 'defibrillator', 'aed', 'pulse', 'oxygen', 'ox',
  'swab', 'swabbing', 'shaved', 'stitches', 'stitch', 'fracture', 'overdose', 'pill', 'physician', 'copay', 'prescribe', 'fetal', 'tumor', 'tumour',
  'unit', 'crew', '999', '911', 'dispatch', 'emt', 'resuscitate', 'resuscitation', 'intubation', 'sedation', 'scan', 'x-ray', 'ct',
  'ultrasound', 'biopsy', 'vaccinate', 'vaccinating', 'pharmacy', 'midwife', 'tablet', 'tablets', 'medication', 'gp', 'therapy', 'therapist', 'clinical', 'clinically', 'session',
  // Care outside hospitals: dental chairs, eye tests, physio and foot clinics.
  'dental', 'dentist', 'dentistry', 'hygienist', 'orthodontist', 'veneer', 'veneers', 'filling', 'extraction', 'optometrist', 'audiologist',
  'physio', 'physiotherapist', 'chiropractor', 'podiatrist',
]);
/** "It was the girl who…", "There was a man…": the person is new to the story. */
export const CLEFT = new Set(['it', 'there', 'this', 'that']);

export const REPORTING = new Set(['report', 'confirm', 'announce']);
export const IMAGINED = new Set(['imagine', 'picture', 'dream', 'fear', 'expect']);
export const WOULD = new Set(['would']);

export const CLAUSE_BREAKS = new Set([',', ';', ':', '–', '—', '-', 'while', 'so', 'because', 'but', 'although', 'though', 'whereas', 'since', 'until']);

export const RESULT_UNITS = new Set(['lb', 'lbs', 'pound', 'kg', 'kilo', 'stone', 'size', 'inch', 'dress']);

export const CLAUSE_OPENERS = new Set(['where', 'when', 'who', 'that', 'which', 'while', 'and', 'but']);

/** States of health said of a person: the one described is someone being cared for. */
export const HEALTH_STATES = new Set([
  'sick', 'ill', 'unwell', 'unresponsive', 'unconscious', 'choke', 'choking', 'suffer', 'injure', 'injured', 'bleed', 'bleeding', 'seize', 'seizure',
  'overdose', 'fever', 'pain', 'moan', 'vomit', 'collapse', 'arrest', 'coma', 'breathe', 'breathing', 'heartbeat', 'pulse', 'intoxicated', 'septic',
  'fracture', 'wound', 'labour', 'labor', 'contraction', 'dementia', 'delirious', 'confuse', 'confused', 'miserable', 'critical', 'stable', 'dying',
  'pregnant', 'cancer', 'tumour', 'tumor', 'stroke', 'sepsis', 'palliative',
]);

export const ARRIVAL = new Set(['come', 'arrive', 'present', 'wheel', 'roll', 'walk']);

export const PATIENT_WORDS = new Set(['patient', 'pt', 'admission', 'client']);

/** Care given to a person: the sentence is about someone in the writer's care. */
export const ENCOUNTER = new Set(['admit', 'treat', 'intubate', 'discharge', 'resuscitate', 'examine', 'operate', 'deliver', 'prescribe', 'triage', 'sedate', 'stitch', 'suture', 'swab', 'scan', 'diagnose', 'shave', 'nurse', 'bring', 'transfer', 'prevent', 'convince', 'calm', 'save']);

export const TIME_ENTITIES = new Set(['TIME', 'DATE']);

export const CARE_ROOMS = new Set(['room', 'bed', 'bay', 'cubicle', 'cube', 'side-room', 'resus', 'theatre', 'theater', 'trauma']);

export const QUOTE_MARKS = new Set(['"', '“', '”']);
