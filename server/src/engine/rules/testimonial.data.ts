// Testimonials: a patient's result or praise used as promotion. The phrase list covers the
// fixed wordings ("see what our patients say", "5-star review", "before and after photos");
// testimonial.ts adds the structural checks (a weight or size result such as "lost 40 lbs",
// quoted praise attributed to a patient) using the word sets below.

import type { NlpToken } from '../analysis';
import type { PhraseEntry } from '../phrases';
import { CLINICIAN_ROLES } from './shared/meaning';

export interface TestimonialEntry extends PhraseEntry {
  /**
   * "before and after" is also everyday instruction ("wash your hands before and after"):
   * it counts only next to photo words, after words such as "our"/"see", or as a caption.
   */
  needsPromoContext?: boolean;
}

export const TESTIMONIAL_PHRASES: readonly TestimonialEntry[] = [
  {
    match: [
      'see what our patients say', 'see what our patients are saying', 'what our patients say', 'what our patients are saying',
      'hear from our patients', 'hear it from our patients', 'what patients are saying about us', 'read our reviews',
      'check out our reviews', 'see our reviews', 'our reviews speak for themselves', 'read our patient reviews', 'our patient reviews',
    ],
    replacements: [],
    examples: {
      incorrect: 'New to the practice? See what our patients say about us!',
      correct: 'New to the practice? Here is what to expect at your first visit.',
    },
  },
  {
    match: ['patients love us', 'our patients love us', 'patients love our', 'our patients rave', 'patients rave about', 'patients are raving', "patients can't stop raving"],
    replacements: [],
    examples: {
      incorrect: 'Patients love our painless whitening!',
      correct: 'Curious about whitening? Here is how it works and who it suits.',
    },
  },
  {
    match: [
      '5-star review', 'five-star review', '5-star rating', 'five-star rating', '5 stars from',
      'rated us 5 stars', 'gave us 5 stars',
    ],
    replacements: [],
    examples: {
      incorrect: 'Another 5-star review for our hygiene team!',
      correct: 'Our hygiene team shares three tips for healthier gums.',
    },
  },
  {
    match: [
      'another happy patient', 'another satisfied patient', 'one happy patient', 'from a happy patient', 'from a satisfied patient',
      'from one happy patient', '#happypatient', '#happypatients', '#patientreview', '#patientreviews', '#testimonial', '#testimonials',
      '#patientlove', '#patienttestimonial', '#realresults', '#beforeandafter', '#beforeafter', '#transformationtuesday', '#transformation',
    ],
    replacements: [],
    examples: {
      incorrect: 'Six months of braces and one happy patient.',
      correct: 'Six months is a common time in braces; your orthodontist will give you your own estimate.',
    },
    inflect: false,
  },
  {
    match: [
      'patient testimonial', 'client testimonial', 'video testimonial', 'our testimonials', 'testimonial from', 'patient success story',
      'real patient results', 'real results from real patients', 'real patients real results',
    ],
    replacements: [],
    examples: {
      incorrect: 'Watch this video testimonial from our knee clinic.',
      correct: 'Watch our physio explain what recovery from knee surgery usually looks like.',
    },
  },
  {
    match: ['before and after'],
    needsPromoContext: true,
    replacements: [],
    examples: {
      incorrect: 'Before and after: three months of clear aligners for one of our patients.',
      correct: 'Wash your hands before and after each dressing change.',
    },
    note: 'Before-and-after pictures show one person\'s best result and invite others to expect the same.',
    unless: [
      'before and after your', 'before and after you', 'before and after surgery', 'before and after the', 'before and after each',
      'before and after every', 'before and after a', 'before and after an', 'before and after meals', 'before and after eating',
      'before and after exercise', 'before and after exercising', 'before and after workouts', 'before and after taking',
      'before and after using', 'before and after touching',
    ],
  },
];

/** After "before and after": words that make it a promotion ("before and after photos"). */
export const PROMO_AFTER: ReadonlySet<string> = new Set([
  'photo', 'photos', 'pic', 'pics', 'picture', 'pictures', 'shot', 'shots', 'result', 'results', 'image', 'images',
  'transformation', 'transformations', 'gallery', 'comparison', 'comparisons', 'snaps', 'video', 'videos', 'selfie', 'selfies',
]);
/** Before "before and after": words that make it a promotion ("our before and after", "see this before and after"). */
export const PROMO_BEFORE: ReadonlySet<string> = new Set([
  'our', 'this', 'these', 'see', 'amazing', 'incredible', 'stunning', 'real', 'patient', 'patients', 'check', 'latest',
  'another', 'actual', 'gorgeous', 'wow', 'dramatic', 'beautiful', 'more', 'her', 'his', "patient's",
]);

/** "lost 40 lbs", "dropped 3 dress sizes", "shed 20 pounds". */
export const RESULT_VERBS: ReadonlySet<string> = new Set(['lost', 'dropped', 'shed', 'melted']);
export const RESULT_UNITS: ReadonlySet<string> = new Set([
  'lbs', 'lb', 'pounds', 'pound', 'kg', 'kgs', 'kilos', 'kilo', 'kilograms', 'stone', 'stones', 'sizes', 'size', 'inches',
  'inch', 'cm', 'percent', '%',
]);
export const NUMBER_WORDS: ReadonlySet<string> = new Set([
  'a', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'fifteen', 'twenty',
  'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety', 'hundred', 'half',
]);
/** Words between the amount and the unit: "3 dress sizes", "a whole stone", "20 full pounds". */
export const UNIT_FILLERS: ReadonlySet<string> = new Set(['dress', 'jean', 'jeans', 'pant', 'pants', 'clothing', 'whole', 'full', 'more', 'extra']);
/** Research and general statements, not one patient's result ("in the study, patients lost 5%"). */
export const GENERIC_WORDS: ReadonlySet<string> = new Set([
  'study', 'studies', 'trial', 'trials', 'research', 'researchers', 'participants', 'average', 'cohort', 'data', 'evidence',
  'survey', 'meta-analysis', 'typically', 'typical', 'usually', 'most',
]);
/** "I lost 20 lbs", "you lost…", "people who lost…": the writer, the reader, or people in general. */
export const GENERIC_SUBJECTS: ReadonlySet<string> = new Set(['i', 'we', 'you', "i've", "we've", "you've", 'they', "they've"]);
export const GENERIC_GROUPS: ReadonlySet<string> = new Set([
  'patients', 'people', 'adults', 'those', 'anyone', 'everyone', 'women', 'men', 'participants', 'children', 'kids', 'others', 'many', 'some',
]);

/** Words after a quotation that attribute it to a patient: "— Maria, patient since 2019", "says one happy client". */
export const ATTRIBUTION_NOUNS: ReadonlySet<string> = new Set(['patient', 'client', 'customer', 'mom', 'mum', 'dad', 'parent']);
/** Praise in a quotation ("best dentist ever", "changed my life"). */
export const PRAISE_WORDS: ReadonlySet<string> = new Set([
  'best', 'amazing', 'love', 'loved', 'thank', 'thanks', 'recommend', 'recommended', 'grateful', 'wonderful', 'fantastic', 'excellent',
  'incredible', 'great', 'kind', 'caring', 'awesome', 'brilliant', 'perfect', 'outstanding', 'saved', 'changed', 'happier', 'painless',
]);
export const FIRST_PERSON: ReadonlySet<string> = new Set(['i', "i'm", "i've", "i'd", 'me', 'my', 'myself']);

/** The speaker: first person singular, contractions included ("I'm", "I’ve"). */
export const SPEAKER = new Set(['i', 'me', 'my', 'mine', 'myself', "i'm", "i've", "i'd", "i'll"]);
/** The people a practice serves. */
export const CUSTOMERS = new Set(['client', 'clients', 'patient', 'patients', 'customer', 'customers']);

export const isSpeaker = (t: NlpToken): boolean => SPEAKER.has(t.lower) || SPEAKER.has(t.lemma);

/** People other than the speaker: a sentence about them is not the speaker's result. */
export const OTHERS = new Set(['you', 'your', 'he', 'she', 'him', 'her', 'his', 'they', 'them', 'their', 'we', 'us', 'our', 'patient', 'patients', 'people', 'client', 'clients', 'participant', 'participants']);
/** Verbs and nouns of losing weight or size. */
export const LOSS = new Set(['lose', 'lost', 'loss', 'drop', 'shed', 'melt', 'down']);
/** Units of a weight or size result. */
export const WEIGHT_UNITS = new Set(['stone', 'stones', 'lb', 'lbs', 'pound', 'pounds', 'kg', 'kgs', 'kilo', 'kilos', 'kilogram', 'kilograms', 'size', 'sizes', 'inch', 'inches', 'cm']);
export const AMOUNT_WITH_UNIT = /^\d+(?:[.,]\d+)?(?:lbs?|kgs?|kilos?|st|cm)$/;
export const LESS = new Set(['down', 'smaller', 'lighter', 'less', 'off', 'lost']);
export const CLOTHES = new Set(['jean', 'jeans', 'dress', 'dresses', 'trousers', 'skirt', 'top', 'clothes', 'bikini', 'pair']);
/** Things a speaker can be "free" of that are not health ("sugar free", "fee free"). */
export const NOT_SYMPTOMS = new Set(['sugar', 'gluten', 'dairy', 'fat', 'caffeine', 'alcohol', 'fragrance', 'cruelty', 'paraben', 'tax', 'charge', 'cost', 'fee', 'hand', 'hands', 'commission', 'toll', 'duty', 'scent', 'hassle', 'interest']);
/** "feel free", "break free": verbs before "free" that are no symptom. */
export const NOT_FREE_VERBS = new Set(['feel', 'be', 'get', 'set', 'break', 'stay', 'go', 'come', 'walk', 'run', 'roam', 'ride', 'wheel']);
/** What a customer is pleased with: "I love my new smile", "so happy with my results". */
export const LOOKS = new Set(['smile', 'teeth', 'lip', 'lips', 'nose', 'skin', 'body', 'hair', 'result', 'results', 'face', 'breast', 'breasts', 'figure', 'look', 'jawline', 'brow', 'brows', 'bum', 'tummy', 'boob', 'boobs', 'confidence']);
export const PLEASED = new Set(['happy', 'thrilled', 'delighted', 'pleased', 'love', 'obsessed', 'ecstatic']);
/** Who a recommendation names: a provider, not an action ("I recommend that you…"). */
export const PROVIDER = new Set(['them', 'her', 'him', 'team', 'clinic', 'practice', 'dr', 'dr.', 'doctor', 'surgeon', 'dentist', 'place', 'salon']);
/** A complaint gone away: "my acne has gone", "my pain cleared up". */
export const GONE = new Set(['go', 'gone', 'clear', 'cleared', 'disappear', 'vanish', 'heal', 'healed']);
/** Where reviews are posted: "Google review", "Trustpilot feedback". */
export const REVIEW_SITES = new Set(['google', 'trustpilot', 'facebook', 'yelp', 'treatwell', 'doctify', 'iwantgreatcare', 'tripadvisor']);
/** Words of getting better. */
export const IMPROVE = new Set(['improve', 'improved', 'better', 'progress', 'transform', 'transformed']);
/** What a result is credited to: a treatment, product or provider. */
export const TREATMENTS = new Set([
  'treatment', 'programme', 'program', 'pen', 'jab', 'injection', 'app', 'medication', 'medicine', 'workshop', 'product', 'products',
  'supplement', 'supplements', 'tea', 'plan', 'clinic', 'course', 'drip', 'capsule', 'capsules', 'tablet', 'tablets', 'pill', 'pills',
  'shake', 'shakes', 'kit', 'coaching', 'session', 'sessions', 'therapy', 'procedure', 'surgery', 'jabs', 'injections',
]);
/** Products bought in a course ("my next pen", "my go-to shakes"), as opposed to care received ("my surgery"). */
export const PRODUCTS = new Set(['pen', 'pens', 'jab', 'jabs', 'app', 'supplement', 'supplements', 'tea', 'shake', 'shakes', 'capsule', 'capsules', 'kit', 'drip', 'product', 'products', 'programme', 'program', 'plan', 'coaching', 'box', 'order']);
export const CREDIT_PREPOSITIONS = new Set(['with', 'from', 'on', 'after', 'using', 'via', 'through', 'by', 'since']);
/** "since starting X", "after using X": the -ing verbs of taking a product, which do not end the credit. */
export const USE_VERBS = new Set(['start', 'use', 'take', 'try', 'begin', 'join', 'see', 'visit']);
/** Satisfaction that makes a customer an advert: "another happy client". */
export const SATISFIED = new Set(['happy', 'satisfied', 'delighted', 'thrilled', 'ecstatic', 'grateful']);
export const SHOWCASE_NOUNS = new Set(['result', 'transformation']);
export const FIVE_STARS = /(?:⭐\uFE0F?\s?){5}|★{5}/u;
/** A clinician naming their role: their own story is not a customer's testimonial. */
export const ROLES = CLINICIAN_ROLES;
/** Promotional words that make "results" a showcase. */
export const SHOWCASE = new Set([
  'these', 'this', 'such', 'amazing', 'magical', 'magic', 'incredible', 'stunning', 'fantastic', 'great', 'beautiful', 'brilliant', 'dramatic',
  'gorgeous', 'wow', 'lovely', 'unbelievable', 'phenomenal', 'outstanding', 'awesome', 'real', 'perfect', 'flawless', 'natural-looking',
]);
export const LOOK = new Set(['check', 'see', 'look', 'swipe', 'admire', 'watch', 'take']);
/** Research and general statements are not one person's result. */
export const GENERIC = new Set([
  'study', 'studies', 'trial', 'trials', 'research', 'researcher', 'data', 'evidence', 'survey', 'average', 'vary', 'typically', 'usually',
  'national', 'screening', 'rate', 'rates', 'uptake', 'coverage', 'audit', 'report', 'figures', 'statistics', 'published', 'election', 'exam', 'inspection',
]);
/** Carers a thank-you post is addressed to: thanks to a hospital is not a testimonial. */
export const CARERS = new Set(['team', 'teams', 'nurse', 'nurses', 'doctor', 'doctors', 'staff', 'hospital', 'nhs', 'ward', 'paramedic', 'paramedics', 'surgeon', 'surgeons', 'everyone', 'midwife', 'midwives', 'carer', 'carers', 'crew', 'icu', 'ambulance']);
export const THANKS = new Set(['thank', 'thanks', 'grateful', 'gratitude', 'indebted']);
export const HEAR = new Set(['hear', 'read', 'get', 'receive', 'see', 'hearing', 'reading', 'getting', 'receiving', 'seeing']);
export const FEEDBACK = new Set(['feedback', 'review', 'reviews', 'word', 'words', 'comment', 'comments', 'message', 'messages', 'testimonial']);
/** What a review site's name makes a review: "Google review", "Trustpilot feedback". */
export const REVIEWS = new Set(['review', 'reviews', 'feedback', 'testimonial', 'testimonials', 'rating', 'ratings']);
export const WARM = new Set(['star', 'stars', '5-star', 'five-star', 'kind', 'lovely', 'amazing', 'wonderful', 'glowing', 'great', 'fantastic', 'beautiful', 'sweet', 'brilliant']);

/** Verbs of publishing a review: denied, they make a policy against testimonials. */
export const PUBLISH = new Set(['publish', 'share', 're-share', 'reshare', 'post', 'repost', 'use', 'show', 'display', 'feature', 'edit', 'pay']);

/** Where a shared thing is shown: "See the results below". */
export const HERE = new Set(['below', 'above', 'here']);

export const SHARE = new Set(['share', 'post']);

export const SHARED_DETERMINERS = new Set(['these', 'this', 'her', 'his', 'their', 'some', 'a']);

export const PHOTOS = new Set(['photo', 'photos', 'picture', 'pictures', 'pic', 'pics', 'image', 'images']);

export const RESULT_CUES = new Set(['result', 'treatment', 'before', 'transformation']);
