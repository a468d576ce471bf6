// Over a platform's length limit, counted the way the platform counts (see ../length.ts).
// One finding per platform that is over: a post for [x, linkedin] can be over on X only.
// The flagged range is the overflow: from where the count first goes over the limit to the
// end of the published text.

import { measurePlatform, publishedEnd, type Budget, type LengthOptions } from '../length';
import { defineRule } from '../rule';

interface Options extends LengthOptions {
  xMaxLength: number;
  mastodonMaxLength: number;
  mastodonUrlLength: number;
}

export default defineRule<Options>({
  meta: {
    id: 'length-limit',
    guideline: 'platform',
    defaultSeverity: 'error',
    description: 'The post is longer than the platform allows, counted the way the platform counts (X: links 23, emoji 2).',
    why: 'A platform refuses a post over its limit, or a scheduling tool cuts it short. Cutting in a hurry is how a health post loses the caveat, the "see your doctor if…" or the source that kept it safe.',
    goodExample: 'Flu vaccines are in for the winter. Who should get one, and when: https://example.org/flu',
    fixable: false,
    hasSuggestions: false,
    options: {
      xMaxLength: {
        type: 'number',
        default: 280,
        min: 1, max: 25_000, integer: true,
        description: 'Limit on X. Accounts with X Premium can post up to 25,000.',
      },
      mastodonMaxLength: {
        type: 'number',
        default: 500,
        min: 1, max: 1_000_000, integer: true,
        description: 'Limit on your Mastodon server (many servers allow more than 500).',
      },
      mastodonUrlLength: {
        type: 'number',
        default: 23,
        min: 1, max: 1000, integer: true,
        description: 'Characters a link counts on your Mastodon server, whatever its real length.',
      },
    },
  },
  check(context) {
    const { doc, options } = context;
    const end = publishedEnd(doc);
    for (const platform of context.platforms) {
      const b = measurePlatform(doc, platform, options);
      const over = b.overflowStart;
      const overBytes = b.bytes?.overflowStart;
      if (over === undefined && overBytes === undefined) continue;
      const start = over === undefined ? overBytes! : overBytes === undefined ? over : Math.min(over, overBytes);
      context.report({ start, end: Math.max(end, start + 1), message: message(b, options) });
    }
  },
});

// x.toLocaleString('en-US') with one formatter (toLocaleString sets one up on every call).
const NUMBER_FORMAT = new Intl.NumberFormat('en-US');
const n = (x: number) => NUMBER_FORMAT.format(x);

function message(b: Budget, options: Options): string {
  const parts: string[] = [];
  if (b.overflowStart !== undefined) {
    const over = b.used - b.limit;
    parts.push(`${b.name} counts this post as ${n(b.used)} of ${n(b.limit)} characters${howCounted(b, options)}, ${n(over)} too many.`);
  }
  if (b.bytes?.overflowStart !== undefined) {
    parts.push(
      `${b.name} also caps a post at ${n(b.bytes.limit)} bytes and this one takes ${n(b.bytes.used)} (accented letters, emoji and non-Latin scripts take 2 to 4 bytes each).`,
    );
  }
  parts.push(
    `${b.name} will refuse it or cut it short, and a shortened health post can lose the caveat or source that keeps it safe. The highlighted end is what does not fit: cut words from anywhere in the post, or move the detail to a linked page${b.platform === 'x' || b.platform === 'threads' || b.platform === 'bluesky' || b.platform === 'mastodon' ? ' or a thread' : ''}.`,
  );
  return parts.join(' ');
}

function howCounted(b: Budget, options: Options): string {
  switch (b.unit) {
    case 'x-weighted':
      return ' (links count 23, emoji 2)';
    case 'graphemes':
      return b.links ? ' (each emoji counts 1; links count as the app shortens them)' : '';
    case 'mastodon':
      return b.links ? ` (links count ${typeof options.mastodonUrlLength === 'number' && options.mastodonUrlLength > 0 ? options.mastodonUrlLength : 23})` : '';
    case 'threads':
      return b.emoji ? ' (emoji count 4 or more each)' : '';
    default:
      return b.emoji ? ' (emoji count 2)' : '';
  }
}
