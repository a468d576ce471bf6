// The rule registry: every rule, in the order the README and docs list them.
// Adding a rule: create rules/<id>.ts (and its data beside it), docs/rules/<id>.md,
// test/engine/rules/<id>.test.ts, then add it here.

import type { Rule } from '../rule';
import hardSell from './hard-sell';
import selfPraise from './self-praise';
import selfFocus from './self-focus';
import noConversation from './no-conversation';
import promotionShare from './promotion-share';
import overpromise from './overpromise';
import engagementBait from './engagement-bait';
import patientIdentifier from './patient-identifier';
import patientStory from './patient-story';
import unprofessionalLanguage from './unprofessional-language';
import individualAdvice from './individual-advice';
import undisclosedEndorsement from './undisclosed-endorsement';
import testimonial from './testimonial';
import lengthLimit from './length-limit';
import hashtagCount from './hashtag-count';
import linkInCaption from './link-in-caption';
import previewCutoff from './preview-cutoff';
import jargon from './jargon';
import readingLevel from './reading-level';
import shouting from './shouting';
import frontMatter from './front-matter';
import inlineComment from './inline-comment';
import teamPhrase from './team-phrase';

export const RULES: readonly Rule<any>[] = [
  hardSell,
  selfPraise,
  selfFocus,
  noConversation,
  promotionShare,
  overpromise,
  engagementBait,
  patientIdentifier,
  patientStory,
  unprofessionalLanguage,
  individualAdvice,
  undisclosedEndorsement,
  testimonial,
  lengthLimit,
  hashtagCount,
  linkInCaption,
  previewCutoff,
  jargon,
  readingLevel,
  shouting,
  frontMatter,
  inlineComment,
  teamPhrase,
];

export const RULE_IDS: readonly string[] = RULES.map((r) => r.meta.id);

export function getRule(id: string): Rule<any> | undefined {
  return RULES.find((r) => r.meta.id === id);
}
