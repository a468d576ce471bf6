// Promises no clinician can keep: guaranteed, instant or permanent results, miracle cures,
// "100% effective", "risk-free", "painless", "works for everyone", "no side effects".
// Each entry: the ways it is written, measured rewordings (best first), a before/after
// example, and the contexts in which the words are fine.
//
// Beyond `unless`, the rule itself never flags a phrase that is negated ("not a miracle
// cure", "no treatment works for everyone"), put in quotes, or in a sentence that warns
// about such claims ("beware of…", "myth", "too good to be true").

import type { PhraseEntry } from '../phrases';
import { SECOND_PERSON } from './shared/meaning';

export interface OverpromiseEntry extends PhraseEntry {
  /** A hedge before it in the sentence ("most people", "usually") makes the claim measured. */
  hedgeable?: boolean;
  /** Words that, anywhere in the same sentence, show the phrase describes a symptom or fact. */
  fineInSentenceWith?: readonly string[];
  /** Words right before the match that give it another meaning ("we work for everyone"). */
  fineAfter?: readonly string[];
  /** Flag only part of the match: skip this many leading words… */
  flagSkip?: number;
  /** …and flag this many words (default: the rest). Replacements apply to the flagged part. */
  flagTake?: number;
  /** A word of the replacements to put in the plural when the post's phrase is plural. */
  noun?: string;
}

const SYMPTOM_WORDS = [
  'lump', 'lumps', 'swelling', 'swollen', 'jaundice', 'bleeding', 'blood', 'sore', 'sores', 'ulcer', 'ulcers',
  'mass', 'masses', 'rash', 'symptom', 'symptoms', 'sign', 'signs', 'nodule', 'nodules', 'node', 'nodes', 'discharge',
  'bruise', 'bruising', 'mole', 'moles', 'growth', 'growths', 'patch', 'patches', 'spot', 'spots', 'lesion', 'lesions',
  'enlargement', 'cyst', 'cysts', 'heart', 'attack', 'attacks', 'stroke', 'cancer', 'cancers',
];

/** Why a promise of no pain misleads (said of every wording of it). */
const PAIN_NOTE = 'People feel pain differently; a promise that something will not hurt can feel like a broken promise in the chair.';

export const OVERPROMISE_PHRASES: readonly OverpromiseEntry[] = [
  {
    match: ['guaranteed results', 'guaranteed result', 'guaranteed outcome', 'guaranteed outcomes', 'guaranteed success'],
    inflect: false,
    replacements: ['results that vary from person to person', 'realistic results'],
    examples: {
      incorrect: 'Our knee program gives guaranteed results.',
      correct: 'Our knee program helps many people move more easily; results vary from person to person.',
    },
    note: 'No treatment works the same way for everyone, and a guarantee about health outcomes can mislead patients and breach advertising rules for health professionals.',
  },
  {
    match: ['guarantee results', 'guarantee result', 'guarantee the results', 'guarantee your results', 'guarantee success', 'guarantee a cure', 'guarantee an outcome', 'guarantee the outcome'],
    inflect: false,
    replacements: ['aim for the best possible results', 'work towards realistic results'],
    examples: {
      incorrect: 'We guarantee results or your money back.',
      correct: 'We aim for the best possible results and talk you through what to expect.',
    },
    note: 'No treatment works the same way for everyone, and a guarantee about health outcomes can mislead patients and breach advertising rules for health professionals.',
    unless: ["can't guarantee results", 'cannot guarantee results', "don't guarantee results"],
  },
  {
    match: ['guarantees results', 'guarantees the results', 'guarantees success', 'guarantees a cure'],
    inflect: false,
    replacements: ['can give good results', 'gives results that vary from person to person'],
    examples: {
      incorrect: 'Our new laser guarantees results after one session.',
      correct: 'Our new laser can give good results; most people need more than one session.',
    },
    note: 'No treatment works the same way for everyone, and a guarantee about health outcomes can mislead patients and breach advertising rules for health professionals.',
  },
  {
    match: [
      'guaranteed to work', 'guaranteed to help', 'guaranteed to fix', 'guaranteed to cure', 'guaranteed to heal',
      'guaranteed to clear', 'guaranteed to relieve', 'guaranteed to remove', 'guaranteed to improve', 'guaranteed to reduce',
      'guaranteed to stop', 'guaranteed to end', 'guaranteed to reverse', 'guaranteed to lose', 'guaranteed to get rid',
      'guaranteed to make you', 'guaranteed to give you', 'guaranteed to see',
    ],
    inflect: false,
    flagTake: 2,
    replacements: ['designed to', 'intended to'],
    examples: {
      incorrect: 'This cream is guaranteed to clear acne in a week.',
      correct: 'This cream is designed to clear acne; most people see a change within a few weeks.',
    },
    note: 'No treatment works the same way for everyone, and a guarantee about health outcomes can mislead patients and breach advertising rules for health professionals.',
  },
  {
    match: [
      'results guaranteed', 'result guaranteed', 'results are guaranteed', 'satisfaction guaranteed', 'guaranteed satisfaction',
      'success guaranteed', 'weight loss guaranteed', 'relief guaranteed', '100% guaranteed', '100 percent guaranteed',
    ],
    inflect: false,
    replacements: ['results vary from person to person', 'results vary'],
    examples: {
      incorrect: 'Laser hair removal: results guaranteed!',
      correct: 'Laser hair removal: results vary from person to person, so ask us what to expect.',
    },
    note: 'No treatment works the same way for everyone, and a guarantee about health outcomes can mislead patients and breach advertising rules for health professionals.',
  },
  {
    match: ['instant result', 'immediate result', 'overnight result', 'result overnight', 'instant transformation', 'overnight transformation'],
    replacements: ['results over time', 'gradual results'],
    examples: {
      incorrect: 'Try our skin peel for instant results!',
      correct: 'Our skin peel works gradually; most people see results over a few weeks.',
    },
    note: 'Most treatments take time, and people who expect change overnight may give up or feel misled.',
  },
  {
    match: ['instant relief', 'immediate relief', 'overnight relief', 'relief overnight', 'instant pain relief', 'immediate pain relief'],
    hedgeable: true,
    replacements: ['relief for many people', 'relief over time'],
    examples: {
      incorrect: 'Our massage therapy brings instant relief from back pain.',
      correct: 'Many people find our massage therapy eases back pain over a few sessions.',
    },
    note: 'Relief depends on the person and the cause, and people who expect it at once may give up or feel misled.',
  },
  {
    match: ['instant cure', 'overnight cure', 'instant fix', 'overnight fix', 'quick fix'],
    replacements: ['treatment option', 'first step'],
    examples: {
      incorrect: 'Physio is a quick fix for back pain.',
      correct: 'Physio can help back pain; it usually takes a few weeks of exercises.',
    },
    note: 'Most treatments take time, and people who expect change overnight may give up or feel misled.',
  },
  {
    match: ['miracle cure', 'miracle treatment', 'miracle remedy', 'miracle therapy'],
    noun: 'treatment',
    replacements: ['treatment', 'treatment that can help many people'],
    examples: {
      incorrect: 'This miracle cure for eczema is now in stock.',
      correct: 'This eczema treatment is now in stock; ask us whether it suits your skin.',
    },
    note: 'Calling a treatment a miracle promises more than any treatment can deliver and echoes the language of health scams.',
    unless: ['no such thing as a miracle cure', 'no such thing as miracle cures', 'so-called miracle cure', 'so-called miracle cures'],
  },
  ...['drug', 'pill', 'cream', 'diet', 'supplement', 'product', 'serum', 'injection', 'tea'].map(
    (noun): OverpromiseEntry => ({
      match: [`miracle ${noun}`],
      noun,
      replacements: [noun, `${noun} that can help some people`],
      examples: {
        incorrect: `Meet the miracle ${noun} everyone is talking about.`,
        correct: `Meet the ${noun} everyone is talking about, and ask us whether it suits you.`,
      },
      note: 'Calling a product a miracle promises more than any treatment can deliver and echoes the language of health scams.',
    }),
  ),
  {
    match: [
      'cure-all', 'cure-alls', 'panacea', 'panaceas', 'magic bullet', 'magic bullets', 'magic pill', 'magic pills',
      'wonder drug', 'wonder drugs', 'wonder pill', 'wonder pills', 'cure for everything',
    ],
    inflect: false,
    replacements: ['treatment option', 'option that can help some people'],
    examples: {
      incorrect: 'Turmeric is a cure-all for inflammation.',
      correct: 'Turmeric is a popular supplement; the evidence for inflammation is mixed, so ask us first.',
    },
    note: 'Nothing treats everything; claims like this mislead patients and echo the language of health scams.',
  },
  {
    match: ['cure everything', 'fix everything', 'heal everything'],
    replacements: ['may help with some conditions', 'can help some people'],
    examples: {
      incorrect: 'Our detox tea cures everything from acne to arthritis.',
      correct: 'Our herbal tea is caffeine-free; it is not a treatment for acne or arthritis.',
    },
    note: 'Nothing treats everything; claims like this mislead patients and echo the language of health scams.',
  },
  {
    match: ['treat everything'],
    replacements: ['may help with some conditions', 'can help some people'],
    examples: {
      incorrect: 'This oil treats everything from acne to arthritis.',
      correct: 'This oil soothes dry skin; it is not a treatment for acne or arthritis.',
    },
    // "Dermatologists … treat everything from minor rashes to chronic disease": the range of conditions clinicians see.
    fineAfter: ['they', 'we', 'who', 'doctors', 'dermatologists', 'specialists', 'surgeons', 'nurses', 'physicians', 'gps'],
    note: 'Nothing treats everything; claims like this mislead patients and echo the language of health scams.',
  },
  {
    match: ['100% effective', '100 percent effective', 'fully effective', 'always effective'],
    inflect: false,
    // "all vaccines require several weeks before they become fully effective": when a vaccine takes effect.
    fineInSentenceWith: ['vaccine', 'vaccines', 'vaccination', 'vaccinations', 'jab', 'jabs', 'immunisation', 'immunization'],
    replacements: ['effective for many people', 'highly effective'],
    examples: {
      incorrect: 'Our acne treatment is 100% effective.',
      correct: 'Our acne treatment is effective for many people; we check in after six weeks.',
    },
    note: 'No treatment works for every single person, and figures like this can mislead patients and breach advertising rules.',
  },
  {
    match: ['100% success rate', '100 percent success rate', '100% cure rate', '100 percent cure rate', 'perfect success rate'],
    inflect: false,
    replacements: ['high success rate', 'good success rate'],
    examples: {
      incorrect: 'Our IVF clinic has a 100% success rate.',
      correct: 'Our IVF clinic publishes its success rates each year; ask us what they mean for you.',
    },
    note: 'No treatment works for every single person, and figures like this can mislead patients and breach advertising rules.',
  },
  {
    match: ['completely safe', 'totally safe', '100% safe', '100 percent safe', 'perfectly safe', 'absolutely safe', 'entirely safe'],
    inflect: false,
    hedgeable: true,
    replacements: ['very safe', 'safe for most people'],
    examples: {
      incorrect: 'Botox is completely safe.',
      correct: 'Botox is very safe when given by a trained clinician; we talk through the rare side effects first.',
    },
    note: 'Every treatment carries some risk; saying otherwise can mislead patients and weakens informed consent.',
  },
  {
    match: ['risk-free', 'riskless', 'completely risk-free', 'totally risk-free', '100% risk-free'],
    inflect: false,
    replacements: ['low-risk', 'safe for most people'],
    examples: {
      incorrect: 'Laser eye surgery is risk-free.',
      correct: 'Laser eye surgery is low-risk for most people; we go through the risks at your consultation.',
    },
    note: 'Every treatment carries some risk; saying otherwise can mislead patients and weakens informed consent.',
  },
  {
    match: [
      'painless', 'completely painless', 'totally painless', '100% painless', 'pain-free', 'completely pain-free',
      'totally pain-free', '100% pain-free', 'no pain at all',
    ],
    inflect: false,
    hedgeable: true,
    fineInSentenceWith: SYMPTOM_WORDS,
    replacements: ['usually comfortable', 'gentle'],
    examples: {
      incorrect: 'Our laser treatment is completely painless.',
      correct: 'Most people find our laser treatment comfortable; we can numb the skin first.',
    },
    note: PAIN_NOTE,
    unless: [
      'painless lump', 'painless lumps', 'painless swelling', 'painless jaundice', 'painless bleeding', 'painless sore',
      'painless ulcer', 'painless mass', 'pain-free days', 'pain-free day', 'pain-free walking',
    ],
  },
  {
    match: ['painlessly', 'completely painlessly', 'totally painlessly'],
    inflect: false,
    replacements: ['gently', 'comfortably'],
    examples: {
      incorrect: 'Our podiatrist can safely and painlessly remove hard corns.',
      correct: 'Our podiatrist can remove hard corns gently; most people find it comfortable.',
    },
    note: PAIN_NOTE,
  },
  {
    match: [
      "you won't feel a thing", "won't feel a thing", 'will not feel a thing', "won't hurt a bit", 'will not hurt a bit',
      "won't feel any pain", 'will not feel any pain', 'will feel no pain', "won't feel any discomfort", 'will not feel any discomfort',
    ],
    inflect: false,
    hedgeable: true,
    replacements: ['most people find it comfortable', 'it is usually comfortable'],
    examples: {
      incorrect: "Nervous about injections? You won't feel a thing!",
      correct: 'Nervous about injections? Most people find it comfortable, and we go at your pace.',
    },
    note: PAIN_NOTE,
  },
  {
    match: ['permanent result', 'lifetime result', 'results that last forever', 'results last forever', 'results that last a lifetime'],
    hedgeable: true,
    replacements: ['long-lasting results', 'results that can last for years'],
    examples: {
      incorrect: 'Fillers with permanent results.',
      correct: 'Fillers with long-lasting results; most people come back after 6 to 12 months.',
    },
    note: 'Bodies change with age and health; promising that results will last forever sets patients up for disappointment.',
  },
  {
    match: ['permanent fix', 'permanent solution', 'permanent cure'],
    replacements: ['long-term option', 'lasting option for many people'],
    examples: {
      incorrect: 'Implants are a permanent solution for missing teeth.',
      correct: 'Implants are a long-term option for missing teeth; with good care many last for decades.',
    },
    note: 'Bodies change with age and health; promising that results will last forever sets patients up for disappointment.',
  },
  {
    match: ['permanent hair removal'],
    replacements: ['long-term hair reduction', 'hair reduction'],
    examples: {
      incorrect: 'Summer is coming: book permanent hair removal today.',
      correct: 'Laser gives long-term hair reduction; most people need a top-up now and then.',
    },
    note: 'Laser and similar treatments reduce hair growth; few people lose every hair for good.',
  },
  {
    match: ['work for everyone', 'work for everybody', 'work for anyone', 'work for every patient', 'work for all patients', 'work every time', 'result for everyone'],
    flagSkip: 1,
    fineAfter: ['we', 'i', 'they', 'you', 'team', 'staff', 'who', 'nurses', 'doctors'],
    replacements: ['for many people', 'for most people'],
    examples: {
      incorrect: 'This diet works for everyone.',
      correct: 'This diet works for many people; we help you find what suits you.',
    },
    note: 'Treatments help some people more than others, and a patient for whom it fails may blame themselves.',
  },
  {
    match: ['no side effects', 'no side effect', 'zero side effects', 'no negative side effects'],
    inflect: false,
    hedgeable: true,
    replacements: ['few side effects for most people', 'side effects that are usually mild'],
    examples: {
      incorrect: 'Our herbal sleep aid has no side effects.',
      correct: 'Our herbal sleep aid has few side effects for most people; tell us about other medicines you take.',
    },
    note: 'Every active treatment can have side effects; denying them undermines informed consent and the trust patients place in you.',
  },
  {
    match: ['without side effects', 'without any side effects', 'free of side effects', 'free from side effects'],
    inflect: false,
    hedgeable: true,
    replacements: ['with few side effects for most people', 'usually with only mild side effects'],
    examples: {
      incorrect: 'Lose weight without side effects.',
      correct: 'Lose weight safely with a plan we build together and review every month.',
    },
    note: 'Every active treatment can have side effects; denying them undermines informed consent and the trust patients place in you.',
  },
  {
    match: ['side-effect free', 'side-effect-free', 'side effect-free'],
    inflect: false,
    hedgeable: true,
    replacements: ['usually well tolerated', 'low in side effects'],
    examples: {
      incorrect: 'A side-effect free way to treat migraines.',
      correct: 'A usually well tolerated way to treat migraines; we review how it suits you.',
    },
    note: 'Every active treatment can have side effects; denying them undermines informed consent and the trust patients place in you.',
  },
];

/** Downsides a treatment is said to be free of: "no downtime", "zero side effects", "pain-free". */
export const DOWNSIDES = new Set(['downtime', 'damage', 'pain', 'discomfort', 'risk', 'risks', 'side', 'scarring', 'scar', 'scars', 'recovery', 'bruising', 'needles']);

/** What a treatment is said to do to a condition, stated as a fact: "removes", "cancels", "heals" (overpromise.claims.ts). */
export const EFFECTS = new Set([
  'relieve', 'eliminate', 'heal', 'cure', 'remove', 'cancel', 'erase', 'banish', 'reverse', 'repair', 'regenerate', 'rejuvenate',
  'correct', 'fix', 'melt', 'dissolve', 'destroy', 'kill', 'clear', 'stop', 'end', 'resolve', 'restore', 'detox', 'unblock', 'realign',
]);
/** Words that claim proof: "proven to", "shown to", "studies have confirmed". */
export const PROOF = new Set(['prove', 'proven', 'show', 'confirm', 'demonstrate']);
/** Verbs that open copy ending a condition: "Stop Trigeminal Neuralgia" (overpromise.conditions.ts). */
export const END_VERBS = new Set(['stop', 'end', 'beat', 'banish', 'cure', 'fix', 'conquer', 'defeat']);

/** Words that warn about such claims or report them as claims ("beware of miracle cures", "nonsense about…"). */
export const SKEPTIC_WORDS: ReadonlySet<string> = new Set([
  'beware', 'wary', 'skeptical', 'sceptical', 'suspicious', 'myth', 'myths', 'scam', 'scams', 'scammer', 'scammers', 'fake', 'fakes',
  'so-called', 'avoid', 'distrust', 'mistrust', 'hype', 'claim', 'claims', 'misleading', 'false', 'unproven', 'bogus', 'quack', 'quackery',
  'nonsense', 'rubbish', 'charlatan', 'charlatans', 'misinformation', 'disinformation', 'debunk', 'debunked', 'peddle', 'peddling', 'spouting',
  // "Patients have this expectation that… it's gone forever": someone's expectation, reported.
  'expectation', 'expectations', 'misconception', 'misconceptions', 'assumption', 'assumptions',
]);

// The word sets overpromise.reading.ts reads sentences with.

const SECOND_PERSON_LIST = [...SECOND_PERSON];

/** Verbs that promise a condition gone for good. */
export const WIPE_OUT = new Set(['eliminate', 'eradicate', 'banish', 'erase', 'reverse', 'abolish', 'vanquish']);
/** What a treatment is said to cure, reverse or wipe out: conditions, symptoms and signs of age. */
export const CONDITIONS = new Set([
  'pain', 'ache', 'aches', 'symptom', 'condition', 'disease', 'illness', 'disorder', 'wrinkle', 'line', 'cellulite', 'acne',
  'scar', 'fat', 'anxiety', 'depression', 'phobia', 'ptsd', 'migraine', 'headache', 'arthritis', 'diabetes', 'cancer',
  'eczema', 'psoriasis', 'fatigue', 'insomnia', 'ageing', 'aging', 'age', 'baldness', 'balding', 'fibromyalgia',
  'inflammation', 'infection', 'dementia', "alzheimer's", 'alzheimer', 'autism', 'osteoporosis', 'hypertension',
  'addiction', 'stress', 'allergy', 'allergies', 'asthma', 'obesity', 'clock', 'hair', 'loss', 'sign',
  'infertility', 'sciatica', 'tinnitus', 'ibs', 'pcos', 'incontinence', 'impotence', 'snoring', 'vertigo',
]);
/** Words of immunity, and words that claim to make it stronger. */
export const IMMUNE = new Set(['immune', 'immunity', 'immunities']);
export const DEFENCE = new Set(['defence', 'defense', 'defences', 'defenses']);
export const STRENGTHEN = new Set(['boost', 'booster', 'boosting', 'strengthen', 'strong', 'stronger', 'supercharge', 'enhance', 'improve', 'good', 'better', 'fortify', 'turbocharge', 'maximise', 'maximize', 'optimise', 'optimize', 'support', 'build', 'power', 'bolster', 'increase']);
/** Verbs of preventing or fighting off an illness, and the infections named. */
export const PREVENT = new Set(['prevent', 'protect', 'fight', 'ward', 'defend', 'shield', 'kill', 'beat', 'stop']);
export const INFECTIONS = new Set(['covid', 'covid-19', 'covid19', 'corona', 'coronavirus', 'virus', 'viral', 'infection', 'flu', 'influenza', 'cold', 'sars', 'omicron', 'pandemic']);
export const PREVENTED = new Set([...INFECTIONS, ...SECOND_PERSON_LIST, 'against', 'from', 'off', 'loved', 'family', 'body']);
/** Products and therapies sold for such claims. */
export const PRODUCTS = new Set([
  'supplement', 'drip', 'iv', 'ivs', 'vitamin', 'pack', 'product', 'capsule', 'tablet', 'tea', 'oil', 'remedy', 'formula',
  'tincture', 'adjustment', 'infusion', 'juice', 'spray', 'herb', 'herbal', 'homeopathic', 'nad', 'nad+', 'zinc', 'elderberry',
  'ozone', 'shot', 'treatment', 'therapy', 'session', 'acupuncture', 'cryotherapy', 'detox', 'cleanse', 'powder', 'gummy', 'gummies',
]);
/** Products sold "for immunity": never therapies such as immunotherapy. */
export const IMMUNITY_PRODUCTS = new Set(['supplement', 'drip', 'iv', 'shot', 'pack', 'booster', 'tea', 'juice', 'vitamin', 'gummy', 'gummies', 'capsule', 'tablet', 'powder', 'formula', 'cleanse', 'infusion', 'spray', 'blend', 'tonic', 'kit']);
/** Evidence-based measures: a claim about these is public health, not an overpromise. */
export const PUBLIC_HEALTH = new Set([
  'vaccine', 'vaccines', 'vaccinate', 'vaccinated', 'vaccination', 'jab', 'immunisation', 'immunization', 'immunise', 'immunize',
  'mask', 'wash', 'washing', 'soap', 'sanitiser', 'sanitizer', 'distance', 'distancing', 'isolate', 'sleep', 'exercise', 'diet',
  'fruit', 'vegetable', 'vegetables', 'breastfeeding', 'breastfeed', 'hydrate', 'handwashing', 'ppe', 'condom',
]);
/** Research and hope: "scientists hope to cure", "help us find a cure". */
export const RESEARCH = new Set(['research', 'researcher', 'scientist', 'study', 'trial', 'hope', 'search', 'someday', 'future']);
/** Quantifiers and conditions that make a claim measured. */
export const QUANTIFIERS = new Set(['most', 'many', 'some', 'often', 'usually', 'typically', 'majority', 'if', 'when', 'sometimes', 'several', 'help', 'helps', 'helping']);
export const SOFT_MODALS = new Set(['can', 'could', 'may', 'might', 'ca']);
export const NEGATORS = new Set(['no', 'not', "n't", 'never', 'without', 'nothing', 'none', 'cannot', 'neither', 'nor']);
/** Weight lost, and the units it is counted in. */
export const LOSE = new Set(['lose', 'drop', 'shed', 'burn', 'melt', 'slim']);
export const WEIGHT_UNITS = new Set(['lb', 'lbs', 'pound', 'pounds', 'kg', 'kgs', 'kilo', 'kilos', 'kilogram', 'kilograms', 'stone', 'st', 'inch', 'inches', 'size', 'sizes']);
/** Short spans: a promise of change "in just one day". */
export const SHORT_UNITS = new Set(['second', 'minute', 'min', 'mins', 'hour', 'hr', 'hrs', 'day', 'session', 'treatment', 'visit', 'appointment', 'night', 'week']);
export const ONE = new Set(['one', 'a', 'an', 'single', '1']);
/** What a post promises to change: the body, the looks, the condition. */
export const OUTCOMES = new Set(['result', 'hair', 'skin', 'smile', 'body', 'progress', 'transformation', 'transform', 'face', 'teeth', 'confidence', 'weight', 'relief', 'cure', 'fat', 'wrinkle', 'cellulite', 'younger', 'slimmer', 'figure', 'shape', 'look', 'glow']);
/** "instantaneous results", "immediate relief": a result said to come at once. */
export const IMMEDIATE = new Set(['instant', 'instantaneous', 'immediate', 'overnight']);
/** What is promised at once: results and relief, not "immediate care" or "an instant message". */
export const RESULTS_AT_ONCE = new Set(['result', 'relief', 'transformation', 'improvement', 'cure', 'fix', 'change', 'difference']);
/** Where a quick span is service, not a result: "test results in 24 hours", "in and out in minutes". */
export const SERVICE = new Set(['test', 'scan', 'report', 'reply', 'respond', 'answer', 'wait', 'delivery', 'deliver', 'ready', 'queue', 'out', 'call', 'book', 'appointment', 'lab', 'blood', 'swab', 'pcr']);
/** Rates that claim success. */
/** Whose something is: "your pain-free days", "his successful treatment". */
export const POSSESSIVES = new Set(['your', 'my', 'our', 'their', 'his', 'her']);
/** Whom a rate counts: "93% of infants", "94% of parents". */
export const COUNTED_PEOPLE = new Set(['patient', 'client', 'customer', 'people', 'person', 'infant', 'baby', 'child', 'children', 'kid', 'parent', 'adult', 'man', 'men', 'woman', 'women', 'user', 'participant', 'mother', 'father', 'teen', 'case']);
export const SUCCESS = new Set(['success', 'successful', 'successfully', 'result', 'cure', 'satisfaction', 'satisfied', 'improvement', 'recovery', 'effective', 'work', 'resolution', 'relief']);
/** Permanence promised for a result, not warned of for harm. */
export const PERMANENT = new Set(['permanent', 'permanently', 'forever', 'lifetime', 'lifelong']);
export const GOOD_CHANGE = new Set(['grow', 'growing', 'regrow', 'goodbye', 'bye', 'rid', 'free', 'remove', 'removal', 'result', 'results', 'solution', 'fix', 'cure', 'reduction', 'eliminate', 'clear', 'smooth', 'straighten', 'whiten', 'gone', 'restore', 'correct', 'banish', 'erase', 'transform', 'slim']);
export const HARM = new Set(['damage', 'harm', 'scar', 'scarring', 'loss', 'injury', 'disability', 'blind', 'blindness', 'risk', 'complication', 'side', 'disfigurement', 'deformity', 'nerve', 'makeup', 'tattoo', 'teeth', 'tooth', 'contraception', 'sterilisation', 'sterilization']);
/** Words of miracles, and what they are said of. */
export const MIRACLE = new Set(['magic', 'magical', 'miraculous', 'miracle', 'miraculously', 'magically']);
export const MIRACLE_OF = new Set(['result', 'effect', 'transformation', 'cure', 'fix', 'solution', 'formula', 'potion', 'pill', 'cream', 'serum', 'treatment', 'drip', 'injection', 'weight', 'recovery', 'change', 'difference', 'product', 'remedy', 'tea', 'supplement']);
/** Surgery called easy. */
export const EASY = new Set(['easy', 'effortless', 'hassle-free', 'stress-free', 'worry-free']);
export const PROCEDURE = new Set(['procedure', 'surgery', 'operation', 'process', 'recovery', 'treatment']);
export const SURGICAL = new Set(['surgery', 'surgical', 'augmentation', 'implant', 'lift', 'transplant', 'liposuction', 'lipo', 'procedure', 'tuck', 'rhinoplasty', 'bbl', 'operation', 'filler', 'botox', 'injectable', 'graft', 'reduction', 'enlargement']);
/** Guarantees of things that can be guaranteed: rights, access, appointments, pay. */
export const GUARANTEED_SERVICE = new Set(['right', 'access', 'appointment', 'funding', 'fund', 'pay', 'salary', 'place', 'seat', 'slot', 'law', 'legal', 'contract', 'delivery', 'price', 'job', 'staff', 'wait', 'bed', 'privacy', 'confidentiality', 'confidential', 'anonymity', 'refund', 'money', 'reply', 'response', 'laugh']);

export const CLIENTS = new Set(['patient', 'client', 'customer']);
export const IN = new Set(['in', 'within']);
export const LOST = new Set(['lost', 'dropped']);
export const THAN = new Set(['than']);
export const ONE_GO = new Set(['session', 'treatment', 'visit', 'appointment', 'injection', 'drip']);
export const ALL_GONE = new Set([...WIPE_OUT, 'cure', 'fix', 'remove', 'clear', 'transform', 'gone']);
/** "cured meats": food, not medicine. */
export const CURED_FOODS = new Set(['meat', 'meats', 'ham', 'bacon', 'salmon', 'sausage', 'fish', 'pork', 'salami']);
export const SHOTS = new Set(['shot', 'booster', 'dose', 'jab']);
export const TIME_SPANS = new Set(['DURATION', 'DATE', 'TIME']);
