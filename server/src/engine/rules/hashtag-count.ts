// Too many hashtags for the platform. Two levels:
//   - a hard limit the platform enforces (Instagram: 5 since December 2025; option
//     `instagramMaxHashtags` for accounts still allowed more): reported at the rule's
//     configured severity (error by default);
//   - the handful the platform itself recommends (X: no more than 2, Threads: 1 topic
//     tag…): reported as 'info' (never louder than the configured severity).
// Hashtags are doc.hashtags: in prose only, so never in code, links or HTML comments.
// The flagged range runs from the first hashtag beyond the limit to the last hashtag; the
// suggestion removes those extra hashtags (or, for one used as a word inside a sentence,
// only its "#").

import type { Span } from '../document';
import { PLATFORMS } from '../platforms';
import { defineRule } from '../rule';
import type { PlatformId, TextEdit } from '../types';

interface Options {
  instagramMaxHashtags: number;
}

const NOTES: Partial<Record<PlatformId, string>> = {
  x: 'X advises no more than 2 hashtags; more looks like spam and is harder to read.',
  threads: 'Threads turns only one hashtag into a topic tag; the others show as plain text with a "#".',
  facebook: 'On Facebook a long row of hashtags reads as marketing and rarely helps people find the post.',
  linkedin: 'LinkedIn advises a few relevant hashtags; a long row reads as marketing.',
  bluesky: 'On Bluesky a long row of hashtags reads as spam.',
  mastodon: 'On Mastodon a long row of hashtags clutters the post; pick the ones people actually follow.',
  tiktok: 'On TikTok a few precise hashtags work better than a long row.',
};

export default defineRule<Options>({
  meta: {
    id: 'hashtag-count',
    guideline: 'platform',
    defaultSeverity: 'error',
    description: 'More hashtags than the platform allows (error) or recommends (info).',
    why: 'A post over the platform\'s hashtag limit can be refused or lose its hashtags, and a long row of hashtags makes a clinical post read like an advert instead of advice.',
    goodExample: 'Flu vaccines are in. Ask us which one suits you. #FluSeason #Vaccines',
    fixable: false,
    hasSuggestions: true,
    options: {
      instagramMaxHashtags: {
        type: 'number',
        default: 5,
        min: 0, max: 30, integer: true,
        description: 'Hashtags Instagram accepts on a post: 5 since December 2025. Set 30 for an account still on the old limit.',
      },
    },
  },
  check(context) {
    const { doc, options } = context;
    const tags = doc.hashtags;
    if (!tags.length) return;
    for (const platform of context.platforms) {
      const info = PLATFORMS[platform];
      const hard = platform === 'instagram' && isCount(options.instagramMaxHashtags) ? options.instagramMaxHashtags : info.hashtagHardLimit;
      const recommended = info.hashtagRecommended;
      if (hard !== undefined && tags.length > hard) {
        context.report({
          start: tags[hard].start,
          end: tags[tags.length - 1].end,
          message: `${info.name} accepts at most ${hard} hashtags on a post and this one has ${tags.length}. A post over the limit can be refused or lose its hashtags, and a row of hashtags makes clinical advice look like an advert. Keep the ${hard} that say most about the topic and remove the rest.`,
          suggestions: [removeSuggestion(doc.text, tags.slice(hard))],
        });
      } else if (recommended !== undefined && tags.length > recommended) {
        context.report({
          start: tags[recommended].start,
          end: tags[tags.length - 1].end,
          severity: 'info',
          message: `This post has ${tags.length} hashtags; ${info.name} works best with ${recommended === 1 ? 'one' : `${recommended} or fewer`}. ${NOTES[platform] ?? ''} Keep the most relevant and remove the rest.`.replace(/ {2,}/g, ' '),
          suggestions: [removeSuggestion(doc.text, tags.slice(recommended))],
        });
      }
    }
  },
});

function isCount(n: unknown): n is number {
  return typeof n === 'number' && Number.isInteger(n) && n >= 0;
}

function removeSuggestion(text: string, extra: readonly Span[]): { title: string; edits: TextEdit[] } {
  // Neighbouring removals may share a space: merge them so no edit overlaps another.
  const edits: TextEdit[] = [];
  for (const e of extra.map((tag) => removeHashtag(text, tag))) {
    const last = edits[edits.length - 1];
    if (last && last.newText === '' && e.newText === '' && e.start <= last.end) last.end = Math.max(last.end, e.end);
    else edits.push(e);
  }
  return {
    title: extra.length === 1 ? `Remove the extra hashtag ${text.slice(extra[0].start, extra[0].end)}` : `Remove the ${extra.length} extra hashtags`,
    edits,
  };
}

/**
 * Removes a hashtag. One used as a word inside a sentence ("get your #flu shot") keeps
 * the word and loses only its "#"; one in a row of tags goes with the space before it
 * (or after it, at the start of a line).
 */
function removeHashtag(text: string, tag: Span): TextEdit {
  // The nearest 60 characters on the same line are enough context. Only they are read: a
  // search for the line's ends made every tag reread its line (quadratic on a line of tags).
  let before = text.slice(Math.max(0, tag.start - 60), tag.start);
  before = before.slice(before.lastIndexOf('\n') + 1);
  let after = text.slice(tag.end, tag.end + 60);
  const lineEnd = after.indexOf('\n');
  if (lineEnd >= 0) after = after.slice(0, lineEnd);
  const wordAfter = /^[^\S\n]*[\p{L}\p{N}]/u.test(after);
  const wordBefore = /[\p{L}\p{N},;:][^\S\n]*$/u.test(before) && !/#[\p{L}\p{N}_]+[^\S\n]*$/u.test(before);
  if (wordAfter || wordBefore) return { start: tag.start, end: tag.start + 1, newText: '' };
  let s = tag.start;
  let e = tag.end;
  if (text[s - 1] === ' ') s--;
  else if (text[e] === ' ') e++;
  return { start: s, end: e, newText: '' };
}
