// overpromise: a therapy with no good evidence behind it, claimed to treat, prevent or heal a
// serious disease: "Ozone helps eradicate bacterial, viral, and fungal infections", "stem cell
// therapy … repair joint cartilage", "acupuncture and herbal medicine can help reduce the risk
// of miscarriage". Whether a claim is true depends on the evidence for that therapy and that
// disease, which no wording shows; so this reading knows which therapies regulators and reviews
// (the ASA, the FTC, Cochrane) find unsupported for such diseases, and which diseases they are.
// "may", "might", "could" and a study's report ("research has shown…") leave the claim measured.

import type { Analysis, NlpSentence, NlpToken } from '../analysis';
import { denied, find, has, span, type PromiseFinding } from './overpromise.reading';
import { EFFECTS, RESEARCH } from './overpromise.data';
import { isPastVerb } from './shared/meaning';

/** Therapies without good evidence against serious disease. "stem" counts only as "stem cell(s)", not as a stem cell transplant (the proven treatment of blood cancers). */
export const UNPROVEN = new Set([
  'chiropractic', 'chiropractor', 'homeopathy', 'homoeopathy', 'homeopathic', 'homoeopathic', 'ozone', 'stem', 'hbot', 'hyperbaric',
  'naturopathy', 'naturopathic', 'acupuncture', 'reflexology', 'reiki', 'detox', 'cleanse', 'biofeedback', 'craniosacral', 'cupping',
  'colloidal', 'ayurveda', 'ayurvedic', 'tcm',
]);

/** Serious diseases and outcomes such therapies are sold against (pain and wellbeing are not among them). */
const SERIOUS = new Set([
  'cancer', 'tumour', 'tumor', 'autism', 'sclerosis', 'ms', 'diabetes', 'asthma', 'infertility', 'miscarriage', 'covid',
  'covid-19', 'coronavirus', 'virus', 'viral', 'bacterial', 'lyme', 'otitis', 'immune', 'immunity', 'alzheimer', "alzheimer's",
  'dementia', 'parkinson', "parkinson's", 'adhd', 'colic', 'bedwetting', 'reflux', 'hepatitis', 'hiv', 'stroke', 'paralysis',
  'blindness', 'epilepsy', 'infection', 'cartilage', 'candida',
]);

/** What the therapy is said to do to the disease: a cure's verbs, and those of help and prevention. */
const DOES = new Set([
  ...EFFECTS, 'treat', 'prevent', 'improve', 'help', 'boost', 'eradicate', 'fight', 'deactivate', 'reduce', 'increase', 'enhance',
  'strengthen', 'protect', 'stimulate', 'alleviate', 'combat', 'halt',
]);

/** Words that leave a claim open: "may help", "has the potential to", "research suggests". */
const MEASURED = new Set([...RESEARCH, 'may', 'might', 'could', 'potential', 'possibly', 'perhaps', 'evidence', 'studies']);

const isTherapy = (t: readonly NlpToken[], i: number): boolean =>
  has(UNPROVEN, t[i]) && (t[i].lower !== 'stem' || (/^cells?$/.test(t[i + 1]?.lower ?? '') && !/^transplant/.test(t[i + 2]?.lower ?? '')));

export function unprovenCure(a: Analysis, s: NlpSentence): PromiseFinding | undefined {
  const t = a.tokens;
  let therapy = -1;
  let disease = -1;
  let effect = -1;
  for (let i = s.first; i < s.last; i++) {
    if (therapy < 0 && isTherapy(t, i)) therapy = i;
    if (disease < 0 && has(SERIOUS, t[i])) disease = i;
    // The claim is about now: "was treated with stem cells in Grand Cayman" tells a story.
    if (effect < 0 && t[i].pos === 'VERB' && DOES.has(t[i].lemma) && !isPastVerb(t[i]) && !denied(a, s, i)) effect = i;
  }
  if (therapy < 0 || disease < 0 || effect < 0 || find(a, s, s.first, s.last, MEASURED) >= 0) return undefined;
  return span(a, Math.min(therapy, effect), Math.max(effect, disease), 'unproven');
}
