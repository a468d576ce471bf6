import { defineRule } from '../rule';

interface Options {
  /** Largest acceptable share of promotional posts, as a fraction (0.2 = 20 %). */
  maxShare: number;
  /** Fewer posts than this say too little about a calendar's balance. */
  minPosts: number;
}

/** Rules whose findings make a post count as promotional. */
export const PROMOTIONAL_RULES: readonly string[] = ['hard-sell', 'self-praise'];

export default defineRule<Options>({
  meta: {
    id: 'promotion-share',
    guideline: 'promote-conversation',
    defaultSeverity: 'warning',
    scope: 'workspace',
    description: 'Too many posts of a content calendar carry sales pressure or self-praise (more than 20 % by default).',
    why: 'Promoting your practice "here and there" is fine; a feed that is mostly promotion stops being a place patients come to learn, and they stop listening.',
    goodExample: 'Out of 20 posts in December, 3 mention the clinic\'s services; the rest answer questions patients ask.',
    fixable: false,
    hasSuggestions: false,
    options: {
      maxShare: { type: 'number', default: 0.2, min: 0, max: 1, description: 'Largest acceptable share of promotional posts (0.2 = 20 %).' },
      minPosts: { type: 'number', default: 5, min: 1, max: 1_000_000, integer: true, description: 'Only judge the balance when at least this many posts are checked together.' },
    },
  },
  checkWorkspace(posts, options) {
    const promotional = posts.filter((p) => p.ruleIds.some((id) => PROMOTIONAL_RULES.includes(id))).length;
    const share = posts.length ? promotional / posts.length : 0;
    if (posts.length < options.minPosts || share <= options.maxShare) return undefined;
    const pct = (n: number) => `${Math.round(n * 100)} %`;
    return {
      message: `${promotional} of ${posts.length} posts (${pct(share)}) carry sales pressure or self-praise; the goal is at most ${pct(options.maxShare)}. A feed that mostly promotes the practice loses the patients it is meant to reach: turn some of these into posts that answer questions or start a conversation.`,
      figures: { promotional, posts: posts.length, share, maxShare: options.maxShare },
    };
  },
});
