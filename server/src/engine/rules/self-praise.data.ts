// Superlatives about yourself or your practice: "the best dentist in town", "#1-rated",
// "world-class", "award-winning", "renowned", "second to none".
//
// The same words often praise someone else ("world-class research by the WHO") or mean
// something else ("best practice", "the leading cause of", "#1 cause of death"), so every
// entry says when it counts as SELF-praise (`needs`), and the rule checks that in context:
//   self          a self-reference in the sentence: we, our, us, I, my (not behind "from",
//                 "by", "at", "partnered with"…), or the words describe "the clinic/team/practice";
//   place         followed by a place: "in town", "in the city", "around", "in Leeds";
//   self-or-place either of the two;
//   always        the phrase is self-praise wherever it appears ("the best in town").
// Nobody is flagged for helping readers choose ("how to find the best dentist in town").

import type { PhraseEntry } from '../phrases';

export type SelfReference = 'self' | 'place' | 'self-or-place' | 'always';

export interface SelfPraiseEntry extends PhraseEntry {
  needs: SelfReference;
  /** A word of the replacements to put in the plural when the post's noun is plural ("the best nurses"). */
  noun?: string;
  /** When the match starts with "the", singular replacements take "a"/"an" ("the best GP" → "an experienced GP"). */
  article?: boolean;
}

// "best", "#1" and "most trusted" before a clinician or a practice are self-praise when followed by a
// place ("the best dentist in town"); "leading", "top" and "premier" also open news-style praise of
// others ("the top doctors in the country say…"), so they need a self-reference.
const STRONG = ['best', 'finest', 'greatest', '#1', 'number one', 'number 1', 'most trusted'];
const WEAK = ['leading', 'top', 'premier', 'foremost'];

/** "best doctor", "the best doctor", "the number one doctors"… for the given adjectives and nouns. */
function superlativeNoun(adjectives: readonly string[], nouns: readonly string[]): string[] {
  const out: string[] = [];
  for (const adjective of adjectives) {
    for (const noun of nouns) out.push(`${adjective} ${noun}`, `the ${adjective} ${noun}`);
  }
  return out;
}

function pluralOf(noun: string): string {
  const last = noun.split(' ').pop()!;
  let p = `${last}s`;
  if (last.endsWith('fe')) p = `${last.slice(0, -2)}ves`;
  else if (/(?:s|x|ch|sh)$/.test(last)) p = `${last}es`;
  else if (/[^aeiou]y$/.test(last)) p = `${last.slice(0, -1)}ies`;
  return noun.slice(0, noun.length - last.length) + p;
}

interface Family {
  nouns: readonly string[];
  /** The word of the replacements that follows the post into the plural. */
  noun?: string;
  article?: boolean;
  replacements: readonly string[];
  strong: { needs: SelfReference; incorrect: string; correct: string };
  /** Omitted when "leading/top …" makes no sense for the noun. */
  weak?: { incorrect: string; correct: string };
  note?: string;
}

/** Two entries for one group of nouns: the strong superlatives and the weak ones. */
function family(f: Family): SelfPraiseEntry[] {
  const nouns = f.nouns.flatMap((n) => (f.noun === undefined ? [n] : [n, pluralOf(n)]));
  const common = { inflect: false, noun: f.noun, article: f.article, replacements: f.replacements, note: f.note };
  const out: SelfPraiseEntry[] = [
    { ...common, match: superlativeNoun(STRONG, nouns), needs: f.strong.needs, examples: { incorrect: f.strong.incorrect, correct: f.strong.correct } },
  ];
  if (f.weak) out.push({ ...common, match: superlativeNoun(WEAK, nouns), needs: 'self', examples: f.weak });
  return out;
}

const CLINICIANS = [
  'doctor', 'dentist', 'surgeon', 'physician', 'GP', 'nurse', 'specialist', 'physio', 'physiotherapist', 'chiropractor',
  'dermatologist', 'orthodontist', 'pediatrician', 'paediatrician', 'optometrist', 'therapist', 'midwife', 'hygienist',
  'pharmacist', 'osteopath', 'podiatrist', 'psychologist',
];

const clinicianEntries: SelfPraiseEntry[] = CLINICIANS.flatMap((noun) =>
  family({
    nouns: [noun],
    noun,
    article: true,
    replacements: [`experienced ${noun}`, `board-certified ${noun}`],
    strong: {
      needs: 'self-or-place',
      incorrect: `Meet the best ${noun} in town.`,
      correct: `Meet our ${noun}, who has looked after families here for 15 years.`,
    },
    weak: {
      incorrect: `Our ${pluralOf(noun)} are the top ${pluralOf(noun)} in the region.`,
      correct: `Our ${pluralOf(noun)} have looked after families in the region for 15 years.`,
    },
  }),
);

const placeEntries: SelfPraiseEntry[] = ['clinic', 'hospital', 'pharmacy', 'provider', 'dental practice', 'medical practice', 'family practice'].flatMap(
  (noun) =>
    family({
      nouns: [noun],
      noun,
      article: true,
      replacements: [`experienced local ${noun}`, `local ${noun}`],
      strong: {
        needs: 'self-or-place',
        incorrect: `We are the best ${noun} in the city.`,
        correct: `We are a family-run ${noun} in the city, open six days a week.`,
      },
      weak: {
        incorrect: `We are the leading ${noun} in the city.`,
        correct: `We are a ${noun} in the city with 20 years of experience.`,
      },
    }),
);

export const SELF_PRAISE_PHRASES: readonly SelfPraiseEntry[] = [
  ...clinicianEntries,
  ...placeEntries,
  ...family({
    nouns: ['expert', 'authority'],
    noun: 'specialist',
    article: true,
    replacements: ['specialist', 'experienced specialist'],
    strong: { needs: 'self-or-place', incorrect: 'Our surgeons are the best experts in the country.', correct: 'Our surgeons have done more than 2,000 knee operations.' },
    weak: { incorrect: 'I am the leading expert on knee surgery in the region.', correct: 'I have specialised in knee surgery for 12 years.' },
  }),
  ...family({
    nouns: ['team'],
    noun: 'team',
    article: true,
    replacements: ['experienced team', 'local team'],
    strong: { needs: 'self-or-place', incorrect: 'We have the best team in town.', correct: 'Our team of nurses, GPs and a pharmacist works under one roof.' },
    weak: { incorrect: 'We have the top team in the region.', correct: 'Our team of nurses, GPs and a pharmacist works under one roof.' },
  }),
  ...family({
    nouns: ['staff'],
    replacements: ['experienced staff', 'qualified staff'],
    strong: { needs: 'self-or-place', incorrect: 'We have the best staff in the area.', correct: 'Our staff have looked after families here for 15 years.' },
    weak: { incorrect: 'Our clinic has the top staff in the area.', correct: 'Our staff have looked after families here for 15 years.' },
  }),
  ...family({
    nouns: ['care', 'patient care', 'healthcare', 'health care'],
    replacements: ['care from an experienced team', 'evidence-based care'],
    strong: { needs: 'place', incorrect: 'Get the best care in the city at our clinic.', correct: 'Get care from an experienced team at our clinic.' },
    note: 'Every clinic says it gives the best care, so the words carry no information; what you actually do says more.',
  }),
  {
    match: [
      'best in town', 'the best in town', 'best in the city', 'the best in the city', 'best in the area', 'the best in the area',
      'best around', 'the best around', 'best in the business', 'the best in the business', 'best in the region', 'the best in the region',
      'best in the country', 'the best in the country',
    ],
    inflect: false,
    needs: 'always',
    replacements: ['here for you', 'a local team'],
    examples: {
      incorrect: 'Our dental team is the best in town!',
      correct: 'Our dental team is here for you, six days a week.',
    },
  },
  {
    match: ['world-class', 'world-leading', 'industry-leading', 'market-leading', 'sector-leading'],
    needs: 'self',
    replacements: ['', 'experienced'],
    examples: {
      incorrect: 'Our world-class team is here to help.',
      correct: 'Our team of eight nurses is here to help.',
    },
  },
  {
    match: ['award-winning', 'multi-award-winning', 'multi award-winning'],
    needs: 'self',
    replacements: ['', 'experienced'],
    examples: {
      incorrect: 'Meet our award-winning dentists.',
      correct: 'Meet our dentists, who between them have 40 years of experience.',
    },
    note: 'If the award matters, name it and the year as a fact, once; as a standing adjective it reads as advertising.',
  },
  {
    match: ['renowned', 'world-renowned', 'internationally renowned', 'nationally renowned', 'world-famous', 'highly acclaimed', 'acclaimed'],
    needs: 'self',
    replacements: ['', 'experienced'],
    examples: {
      incorrect: 'Our clinic is renowned for its skin care.',
      correct: 'Our clinic has offered skin care for 20 years.',
    },
  },
  {
    match: ['top-rated', 'highest-rated', 'best-rated', '#1-rated', 'number one rated', 'number 1 rated', 'five-star rated', '5-star rated'],
    inflect: false,
    needs: 'self',
    replacements: ['', 'well-reviewed'],
    examples: {
      incorrect: 'We are the top-rated physio clinic in Leeds.',
      correct: 'We are a physio clinic in Leeds; read our reviews on our website.',
    },
  },
  {
    match: ['unmatched', 'unrivalled', 'unrivaled', 'unparalleled', 'unsurpassed', 'best-in-class'],
    inflect: false,
    needs: 'self',
    replacements: [''],
    examples: {
      incorrect: 'Our clinic offers unmatched expertise in sports injuries.',
      correct: 'Our clinic treats sports injuries, from sprains to ligament repair.',
    },
    unless: ['unmatched donor', 'unmatched donors', 'unmatched blood', 'unmatched transplant'],
  },
  {
    match: ['second to none', 'better than the rest', 'above the rest', 'cut above the rest'],
    inflect: false,
    needs: 'self',
    replacements: ['something we work hard at', ''],
    examples: {
      incorrect: 'Our care is second to none.',
      correct: 'Our care is something we work hard at, and we welcome your feedback.',
    },
  },
];

// Words the reading (self-praise.reading.ts) knows, one set per concept.

/** Who a practice is: the people and the business a boast can rank. */
export const WHO = new Set([
  'practice', 'clinic', 'company', 'provider', 'centre', 'center', 'hospital', 'pharmacy', 'brand', 'name', 'destination', 'choice',
  'team', 'staff', 'doctor', 'surgeon', 'dentist', 'physician', 'specialist', 'expert', 'clinician', 'practitioner', 'consultant',
  'therapist', 'dermatologist', 'orthodontist', 'nurse', 'injector', 'aesthetician', 'authority', 'group', 'network', 'chain', 'leader', 'pioneer',
  'medispa', 'medspa', 'spa', 'salon', 'studio', 'office',
]);
/** What a practice offers: the things a boast can praise. */
export const WHAT = new Set([
  'technology', 'equipment', 'laser', 'device', 'machine', 'technique', 'method', 'result', 'outcome', 'care', 'service', 'treatment',
  'facility', 'price', 'value', 'quality', 'expertise', 'experience', 'skill', 'product', 'procedure', 'surgery', 'standard', 'rate', 'rating',
]);
/** Ranking words: "No.1", "leading", "top", "premier". */
export const RANK = new Set(['leading', 'top', 'premier', 'foremost', 'preeminent', 'pre-eminent', 'topmost', 'pioneering']);
/** Adverbs of reach before a word of fame: "internationally recognised", "nationally respected". */
export const REACH = new Set(['internationally', 'nationally', 'globally', 'world', 'universally']);
export const FAME = new Set(['recognised', 'recognized', 'respected', 'known', 'acclaimed', 'renowned', 'famous', 'celebrated']);
/** Superlatives that praise. */
export const SUPERLATIVE = new Set(['best', 'finest', 'greatest', 'largest', 'biggest', 'foremost', 'highest', 'friendliest']);
/** Qualities that, after "most", praise the practice ("most successful", "most advanced"). */
export const QUALITY = new Set([
  'successful', 'effective', 'advanced', 'experienced', 'trusted', 'trust', 'popular', 'innovative', 'modern', 'qualified', 'respected', 'reputable',
  'skilled', 'skillful', 'renowned', 'recommended', 'recommend', 'awarded', 'award', 'prestigious', 'established', 'sophisticated',
  'sought-after', 'reliable', 'talented', 'accomplished', 'decorated', 'acclaimed', 'famous', 'celebrated', 'up-to-date', 'cutting-edge',
  'state-of-the-art', 'luxurious', 'exclusive', 'reviewed', 'rated',
]);
/** Adjectives of beating everyone else. */
export const SUPERIOR = new Set(['superior', 'unbeatable', 'unbeaten', 'unequalled', 'unequaled', 'incomparable', 'peerless', 'matchless', 'unrivalled', 'unrivaled', 'unmatched', 'unparalleled', 'unsurpassed']);
/** What a volume boast counts: work done, people on the team, places, publications. */
export const COUNTED = new Set([
  'treatment', 'procedure', 'operation', 'surgery', 'smile', 'patient', 'client', 'customer', 'doctor', 'surgeon', 'clinician',
  'practitioner', 'specialist', 'dentist', 'nurse', 'clinic', 'branch', 'location', 'publication', 'paper', 'review', 'implant',
  'injection', 'transplant', 'graft', 'follower', 'award', 'citation',
]);
/** People and cases counted only after work done for them: "we have helped thousands of people" (not "a city of 300,000 people"). */
export const SERVED = new Set(['people', 'person', 'call', 'case', 'baby', 'life', 'family']);
/** Work done for people, whose count is a boast: "I've coached over 500 patients". */
export const ACHIEVED = new Set(['help', 'treat', 'coach', 'perform', 'complete', 'transform', 'serve', 'deliver', 'carry', 'run', 'place', 'fit', 'save', 'care', 'train', 'teach', 'see']);
/** What a bare count standing alone boasts of: "226 publications." */
export const CREDENTIALS = new Set(['publication', 'paper', 'award', 'citation', 'article', 'book', 'patent']);
export const SUCCESS = new Set(['success', 'successful', 'satisfaction', 'satisfied']);
/** Verbs that put a boast on their subject: "we are…", "we use…", "we deliver…". */
export const BOAST_VERBS = new Set([
  'be', 'use', 'offer', 'provide', 'deliver', 'maintain', 'uphold', 'have', 'give', 'bring', 'boast', 'feature', 'achieve', 'produce', 'remain', 'become',
  'rank', 'stand', 'get', 'employ', 'run', 'operate', 'perform', 'complete', 'carry', 'do', 'treat', 'see', 'help', 'transform', 'publish', 'write', 'win',
  'pride', 'guarantee', 'promise', 'specialise', 'specialize', 'recognise', 'recognize', 'list', 'name', 'vote',
  'crown', 'award', 'choose', 'trust', 'rated', 'voted', 'named', 'ranked', 'recognised', 'recognized',
]);
/** Verbs of being ranked by others that open advertising copy: "Voted No.1 clinic", "Rated the best…". */
export const ACCOLADE = new Set(['voted', 'rated', 'named', 'ranked', 'crowned', 'awarded', 'chosen']);
export const SELF = new Set(['we', 'our', 'us', 'i', 'my', 'me', "i'm", 'im', "we're", "we've", 'ours', 'myself', 'ourselves']);
/** Someone else as the subject or the one served: the boast, if any, is not ours. */
export const OTHERS = new Set(['you', 'your', 'they', 'their', 'he', 'his', 'she', 'her', 'him', 'them', 'it', 'its', 'yours', "you're", "they're"]);
/** After these the praised are someone else: "guidelines from leading experts", "better care than…". */
export const BLOCKERS = new Set(['from', 'by', 'among', 'amongst', 'alongside', 'about', 'like', 'unlike', 'between', 'versus', 'vs', 'with', 'for', 'to']);
/** Choosing, seeking and wishing: "how to find the best surgeon", "we aim to give the best care". */
export const NOT_A_CLAIM = new Set([
  'find', 'choose', 'pick', 'look', 'search', 'seek', 'compare', 'want', 'aim', 'strive', 'try', 'hope', 'deserve', 'wish', 'need',
  'endeavour', 'endeavor', 'ensure', 'possible', 'ask', 'wonder', 'if', 'whether',
]);
/** How widely a treatment is used: "the most popular", "most commonly performed". */
export const POPULARITY = new Set(['popular', 'common', 'commonly', 'requested', 'performed', 'frequent', 'frequently', 'widely', 'used']);
/** What a treatment is called when it is ranked: "one of the most popular procedures" speaks of the treatment, not a practice. */
export const KINDS_OF_CARE = new Set(['treatment', 'procedure', 'surgery', 'operation', 'therapy', 'option', 'product', 'technique', 'method', 'intervention']);
/** Words of a practice's name: "Smile Dental", "Thérapie Clinic", "Bright Aesthetics". */
export const NAME_WORDS = new Set([
  'clinic', 'clinics', 'dental', 'dentistry', 'dentists', 'aesthetics', 'aesthetic', 'medical', 'health', 'healthcare', 'hospital', 'surgery',
  'centre', 'center', 'practice', 'pharmacy', 'skin', 'skincare', 'cosmetic', 'cosmetics', 'laser', 'wellness', 'medispa', 'spa',
  'physio', 'physiotherapy', 'chiropractic', 'orthodontics', 'ltd', 'inc', 'llc', 'group', 'institute',
  // Specialties a practice is named after: "Cape Fertility", "Harbour Audiology", "Northside Podiatry".
  'fertility', 'ivf', 'audiology', 'hearing', 'podiatry', 'optometry', 'opticians', 'optical', 'eyecare', 'dermatology',
  'orthopaedics', 'orthopedics', 'rehab', 'rehabilitation', 'hospice', 'osteopathy', 'implants',
]);
/** A service's load or a thank-you, not a boast. */
export const NOT_A_BOAST = new Set([
  'thank', 'thanks', 'congratulations', 'congratulation', 'congrats', 'wait', 'waiting', 'queue', 'pressure', 'demand', 'busy',
  'attend', 'admit', 'admitted', 'delay', 'trolley', 'corridor', 'shortage', 'die', 'death', 'outbreak',
]);
export const NEGATIONS = new Set(['not', "n't", 'never', 'nobody', 'neither', 'nor', 'hardly']);
/** Adverbs that make a participle an adjective: "most loved", "highly rated". */
export const DEGREE = new Set(['most', 'highly', 'very', 'well', 'widely', 'best', 'much', 'internationally', 'nationally']);
/** The practice as a business, the object of ad copy's "Visit Ireland's favourite clinic". */
export const BUSINESS = new Set(['practice', 'clinic', 'company', 'provider', 'centre', 'center', 'brand', 'destination', 'pharmacy', 'hospital', 'chain', 'group', 'network']);
/** Words before "leaders in": "market leaders", "world leaders". */
export const LEADER_FIELDS = new Set(['market', 'industry', 'world', 'global', 'sector', 'uk', 'european', 'national']);
/** Superlatives of place, time or number, not praise: "our nearest clinic", "our newest team member". */
export const NOT_PRAISE_SUPERLATIVES = new Set(['nearest', 'closest', 'latest', 'newest', 'oldest', 'earliest', 'youngest', 'least', 'fewest', 'busiest', 'longest', 'shortest', 'smallest', 'lowest', 'highest', 'largest', 'biggest']);
/** People pleased with the practice: "5,000 happy patients". */
export const PLEASED = new Set(['happy', 'satisfied', 'delighted', 'smiling', 'thrilled']);
/** Words of being liked most, after a place's name: "Ireland's favourite clinic". */
export const FAVOURITE = new Set(['favourite', 'favorite', 'best-loved', 'most-loved', 'top-rated']);
/** Adverbs that may stand inside "we are (simply) the best". */
export const HEDGES = new Set(['simply', 'truly', 'just', 'really', 'still', 'officially', 'proudly', 'now', 'always', 'quite']);

/** Words of pride that open copy spoken by the practice: "Proud to be…", "Delighted to be…". */
export const PRIDE = new Set(['proud', 'delighted', 'honoured', 'honored', 'thrilled']);

/** What no other practice can do, in a claim to beat them all: "comes close", "compares", "matches". */
export const OUTDONE = new Set(['come', 'compare', 'match', 'beat', 'rival', 'equal', 'touch', 'offer']);

/** Marks that end a clause inside a sentence: dashes, bullets, colons, ellipses, brackets. */
export const CLAUSE_BREAK = /^(?:[–—•|:;…()[\]]|-|\.\.\.|--)$/;
