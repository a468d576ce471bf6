// undisclosed-endorsement: gifts, sponsorships, paid partnerships and affiliate deals
// without a clear disclosure that followers actually see. One finding per post at most.
//
// A post is an endorsement when it has a cue ("use my code", "#gifted", "PR package",
// "#spon"…), a partnership cue together with words about buying or products, or a paid-post
// tag such as "#ad". It is disclosed when at least one clear disclosure ("#ad", "#sponsored",
// "paid partnership", "sponsored by", "I was paid", a leading "Ad:") is visible:
//   - not buried in a run of `hashtagBlock` (3) or more hashtags, unless it opens the post;
//   - ending within the preview the feed shows before "…more": the smallest previewCutoff of
//     the post's platforms (Instagram 125, LinkedIn 210); for a post with platforms that have no
//     cut-off (X, Facebook…) only the hashtag rule applies; for a post with no platform at all,
//     `defaultPreviewCutoff` (125, the strictest known cut-off; 0 turns it off).
// Positions are counted in characters (code points) of the published text: the body without
// front matter and HTML comments, outer whitespace trimmed.

import { analyse } from '../analysis';
import type { PostDocument, Span } from '../document';
import type { PhraseMatch } from '../phrases';
import { PLATFORMS } from '../platforms';
import { defineRule } from '../rule';
import type { PlatformId, Suggestion } from '../types';
import { COMMERCE_WORDS, ENDORSEMENT_PHRASES, type EndorsementEntry } from './undisclosed-endorsement.data';
import { readEndorsements, type EndorsementFinding } from './undisclosed-endorsement.reading';

interface Options {
  defaultPreviewCutoff: number;
  hashtagBlock: number;
}

type Burial = 'block' | 'cutoff';

export default defineRule<Options>({
  meta: {
    id: 'undisclosed-endorsement',
    guideline: 'professional',
    defaultSeverity: 'warning',
    description: 'Gifts, sponsorships and affiliate deals without a clear, visible disclosure ("#ad" at the start).',
    why: 'Followers trust a clinician\'s recommendation more than an advert. When you were paid, gifted a product or earn a commission, they need to know before they act on it; advertising law and professional codes require a clear disclosure, and a hidden one can look like deception.',
    goodExample: '#ad Paid partnership with GlowSkin: this is the SPF I wear on clinic days. Whatever brand you choose, use SPF 30 or higher.',
    fixable: false,
    hasSuggestions: true,
    options: {
      defaultPreviewCutoff: {
        type: 'number',
        default: 125,
        min: 0, max: 100_000, integer: true,
        description: 'For posts without a platform: characters shown before "…more". A disclosure must end within them. 0 turns the check off for such posts.',
      },
      hashtagBlock: {
        type: 'number',
        default: 3,
        min: 1, max: 100, integer: true,
        description: 'A disclosure inside a run of this many hashtags or more is buried (unless it opens the post).',
      },
    },
  },
  phrases: () => ENDORSEMENT_PHRASES,
  check(context) {
    const { doc, options } = context;
    const first = doc.published[0];
    if (!first) return;
    if (opensWithAdLabel(doc.text.slice(first.start, first.start + 24))) return;

    const cues: PhraseMatch[] = [];
    const contextCues: PhraseMatch[] = [];
    const disclosures: PhraseMatch[] = [];
    let paidTag = false;
    for (const m of context.phraseMatches) {
      const kind = (m.entry as EndorsementEntry).kind;
      if (kind === 'cue') cues.push(m);
      else if (kind === 'context-cue') contextCues.push(m);
      else {
        disclosures.push(m);
        if (kind === 'disclosure') paidTag = true;
      }
    }
    const commerce = contextCues.length > 0 && doc.tokens.some((t) => COMMERCE_WORDS.has(t.lower));
    const activeCues = [...cues, ...(commerce ? contextCues : [])].sort((a, b) => a.start - b.start);
    // What the phrase list does not know: codes, an @brand used or praised, partnerships, where to buy.
    const reading: EndorsementFinding | undefined = activeCues.length ? undefined : readEndorsements(analyse(doc))[0];
    if (!activeCues.length && !paidTag && !reading) return;

    const cutoff = previewCutoff(context.platforms, options.defaultPreviewCutoff);
    const blockStarts = hashtagBlocks(doc, Math.max(2, options.hashtagBlock || 3));
    let firstBuried: { match: PhraseMatch; burial: Burial } | undefined;
    for (const m of disclosures) {
      const burial = buried(doc, first, m, cutoff, blockStarts);
      if (!burial) return; // a visible disclosure: nothing to say
      firstBuried ??= { match: m, burial };
    }

    const suggestions = insertAtStart(doc, first);
    const { text } = doc;
    if (firstBuried) {
      const { match, burial } = firstBuried;
      const shown = text.slice(match.start, match.end);
      const where =
        burial === 'block'
          ? 'it sits in a block of hashtags, where followers skim past it'
          : `it comes after the first ${cutoff!.value} characters, where ${cutoff!.platform ? `${cutoff!.platform} hides the rest of the post behind "…more"` : 'feeds such as Instagram hide the rest of the post behind "…more"'}, so most followers never see it`;
      context.report({
        start: match.start,
        end: match.end,
        message: `"${shown}" discloses a paid or gifted post, but ${where}. Followers need to know about a sponsorship, gift or commission before they act on your recommendation, and advertising rules require the disclosure to be clear. Put "#ad" or "Paid partnership with …" at the start of the post.`,
        suggestions,
      });
      return;
    }
    if (!activeCues.length) {
      if (reading) context.report({ start: reading.start, end: reading.end, message: `${READING_MESSAGES[reading.kind]} Put "#ad" or "Paid partnership with …" at the start of the post, where followers see it before "…more". If nothing was given, paid or earned, you can ignore this.`, suggestions });
      return;
    }
    const cue = activeCues[0];
    const entry = cue.entry as EndorsementEntry;
    context.report({
      start: cue.start,
      end: cue.end,
      message: `"${text.slice(cue.start, cue.end)}" points to a gift, sponsorship or affiliate deal, but the post has no clear disclosure. ${entry.note ?? ''} Put "#ad" or "Paid partnership with …" at the start of the post, where followers see it before "…more". If nothing was given, paid or earned, you can ignore this.`.replace('  ', ' '),
      suggestions,
    });
  },
});

const READING_MESSAGES: Record<EndorsementFinding['kind'], string> = {
  code: 'A discount code for a brand usually means a commission or a deal, but the post has no clear disclosure. Followers need to know before they buy on your word.',
  brand: 'You use or praise a brand by name in a post with no clear disclosure. If you were paid, gifted the product or earn from it, followers need to know before they act on your recommendation.',
  partnership: 'Teaming up with a brand is a partnership, but the post has no clear disclosure. Followers trust a clinician more than an advert, so they need to know about it first.',
  seller: 'Saying where to buy a product and that it works for you reads as an endorsement, but the post has no clear disclosure. If you were paid or gifted it, followers need to know.',
};

/** "Ad: …", "AD | …", "[ad] …", "(Ad) …" at the very start is a clear label. */
function opensWithAdLabel(start: string): boolean {
  return /^(?:\*\*|__)?(?:\[(?:ad|advert)\]|\((?:ad|advert)\)|(?:ad|advert|advertisement)(?:\*\*|__)?\s*[:|–—-])/i.test(start);
}

function previewCutoff(platforms: readonly PlatformId[], fallback: number): { value: number; platform?: string } | undefined {
  if (!platforms.length) return fallback > 0 ? { value: fallback } : undefined;
  let best: { value: number; platform?: string } | undefined;
  for (const p of platforms) {
    const info = PLATFORMS[p];
    if (info.previewCutoff !== undefined && (!best || info.previewCutoff < best.value)) best = { value: info.previewCutoff, platform: info.name };
  }
  return best;
}

/** Start offsets of hashtags that belong to a run of at least `size` hashtags. */
function hashtagBlocks(doc: PostDocument, size: number): Set<number> {
  const inBlock = new Set<number>();
  const tags = doc.hashtags;
  let runStart = 0;
  for (let i = 1; i <= tags.length; i++) {
    const joined = i < tags.length && tags[i].start - tags[i - 1].end <= 12 && /^[\s,.·|]*$/.test(doc.text.slice(tags[i - 1].end, tags[i].start));
    if (joined) continue;
    if (i - runStart >= size) for (let k = runStart; k < i; k++) inBlock.add(tags[k].start);
    runStart = i;
  }
  return inBlock;
}

/** Why a disclosure is not seen, or undefined when it is. */
function buried(doc: PostDocument, first: Span, m: PhraseMatch, cutoff: { value: number } | undefined, blockStarts: Set<number>): Burial | undefined {
  const opensPost = !/[\p{L}\p{N}]/u.test(doc.text.slice(first.start, m.start));
  if (opensPost) return undefined;
  if (blockStarts.has(m.start)) return 'block';
  if (cutoff && beyond(doc, m.end, cutoff.value)) return 'cutoff';
  return undefined;
}

/** Whether the published text up to `offset` is longer than `limit` characters (code points). Stops counting at the limit. */
function beyond(doc: PostDocument, offset: number, limit: number): boolean {
  let count = 0;
  for (const span of doc.published) {
    if (span.start >= offset) break;
    const end = Math.min(span.end, offset);
    for (let i = span.start; i < end; i++) {
      const c = doc.text.charCodeAt(i);
      if (c >= 0xdc00 && c <= 0xdfff) continue; // second half of a surrogate pair
      if (++count > limit) return true;
    }
  }
  return false;
}

/** Edits that add a disclosure at the start of the post (after a heading, list or quote marker). */
function insertAtStart(doc: PostDocument, first: Span): Suggestion[] {
  const marker = /^(?:#{1,6}|>|[-*+]|\d+[.)])[ \t]+/.exec(doc.text.slice(first.start, first.start + 12));
  const at = first.start + (marker ? marker[0].length : 0);
  return [
    { title: 'Add "#ad" at the start of the post', edits: [{ start: at, end: at, newText: '#ad ' }] },
    { title: 'Add "Paid partnership: " at the start of the post', edits: [{ start: at, end: at, newText: 'Paid partnership: ' }] },
  ];
}
