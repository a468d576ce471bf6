import type { PostDocument } from '../document';
import type { PhraseMatch } from '../phrases';
import { analyse } from '../analysis';
import { defineRule } from '../rule';
import type { Suggestion, TextEdit } from '../types';
import { ENGAGEMENT_BAIT_PHRASES, type EngagementBaitEntry } from './engagement-bait.data';
import { readBait, type BaitFinding } from './engagement-bait.reading';
import { isQuoted, sentenceOf, tokenIndexAt, type SentenceTokens } from './shared/context';
import { sentenceAt } from './shared/meaning';

// Words after which the bait is still an instruction to the reader: "please like and share",
// "don't forget to tag a friend".
const LEADS = new Set('please pls plz just so now and then to also go remember'.split(' '));

// Written with punctuation the word matcher does not join: "like & share", "like, share",
// "comment "YES"". One pass over the prose, linear (no nested quantifiers).
const PUNCTUATED =
  /(?<![\p{L}\p{N}])(?:(like[ \t]*[,&+/][ \t]*(?:share|comment)|share[ \t]*[,&+/][ \t]*like)|((?:comment|type|reply|say)[ \t]+["'“‘«][ \t]?(?:yes|amen|me|done)[ \t]?["'”’»]))(?![\p{L}\p{N}])/giu;
const LIKE_SHARE = ENGAGEMENT_BAIT_PHRASES.find((e) => e.match.includes('like and share'))!;
const SET_REPLY = ENGAGEMENT_BAIT_PHRASES.find((e) => e.match.includes('comment yes'))!;

type Bait = Pick<PhraseMatch, 'start' | 'end' | 'firstToken' | 'endToken'> & { entry: EngagementBaitEntry };

/**
 * Whether `word` (lower-case ASCII) ends just before `end`, compared the way PUNCTUATED's
 * case-insensitive Unicode matching does (the Kelvin sign is a "k", the long s an "s").
 */
function wordBefore(prose: string, end: number, word: string): boolean {
  const start = end - word.length;
  if (start < 0) return false;
  for (let i = 0; i < word.length; i++) {
    let c = prose.charCodeAt(start + i);
    if (c >= 65 && c <= 90) c += 32;
    else if (c === 0x212a) c = 107;
    else if (c === 0x17f) c = 115;
    if (c !== word.charCodeAt(i)) return false;
  }
  return true;
}

/** Where the run of spaces and tabs ending just before `at` starts. */
function blanksBefore(prose: string, at: number): number {
  while (at > 0 && (prose.charCodeAt(at - 1) === 32 || prose.charCodeAt(at - 1) === 9)) at--;
  return at;
}

/**
 * Whether PUNCTUATED can match, without running it: "like" or "share" before one of , & + /
 * ("like, share"), or "comment", "type", "reply" or "say" and a space before a quote
 * ("comment "YES""). Most posts have commas, few after those words.
 */
function mayHavePunctuatedBait(prose: string): boolean {
  for (const mark of ',&+/') {
    for (let p = prose.indexOf(mark); p >= 0; p = prose.indexOf(mark, p + 1)) {
      const end = blanksBefore(prose, p);
      if (wordBefore(prose, end, 'like') || wordBefore(prose, end, 'share')) return true;
    }
  }
  for (const quote of '"\'“‘«') {
    for (let p = prose.indexOf(quote); p >= 0; p = prose.indexOf(quote, p + 1)) {
      const end = blanksBefore(prose, p);
      if (end === p) continue;
      if (wordBefore(prose, end, 'comment') || wordBefore(prose, end, 'type') || wordBefore(prose, end, 'reply') || wordBefore(prose, end, 'say')) return true;
    }
  }
  return false;
}

function punctuatedBait(doc: PostDocument): Bait[] {
  const out: Bait[] = [];
  if (!mayHavePunctuatedBait(doc.prose)) return out;
  PUNCTUATED.lastIndex = 0;
  for (let m; (m = PUNCTUATED.exec(doc.prose)); ) {
    const start = m.index;
    const end = start + m[0].length;
    out.push({ start, end, firstToken: tokenIndexAt(doc.tokens, start), endToken: tokenIndexAt(doc.tokens, end), entry: m[1] ? LIKE_SHARE : SET_REPLY });
  }
  return out;
}

/** At the start of a sentence or line, after punctuation or an emoji, or after "please", "to"… */
function instruction(doc: PostDocument, bait: Bait, sentence: SentenceTokens): boolean {
  const prev = bait.firstToken - 1;
  if (prev < sentence.first) return true;
  if (/[^ \t]/.test(doc.prose.slice(doc.tokens[prev].end, bait.start))) return true;
  return LEADS.has(doc.tokens[prev].lower) || doc.tokens[prev].lower === "don't";
}

/** The bait and the rest of its clause: "Tag a friend who always skips breakfast". */
function baitRange(doc: PostDocument, bait: Bait, sentence: SentenceTokens): { start: number; end: number } {
  const { tokens, prose } = doc;
  const next = bait.endToken;
  if (!bait.entry.anywhere && next < sentence.last && /^[ \t]+$/.test(prose.slice(bait.end, tokens[next].start))) {
    return { start: bait.start, end: tokens[sentence.last - 1].end };
  }
  return { start: bait.start, end: bait.end };
}

/**
 * Replaces the bait with `question`, or removes it (empty `question`), keeping the sentence around it
 * readable: "Great tips, like and share!" → "Great tips!" or "Great tips! What do you think?…".
 */
function baitEdit(text: string, range: { start: number; end: number }, opensSentence: boolean, sentenceStart: number, question: string): TextEdit {
  let end = range.end;
  while (end < text.length && '!?.…'.includes(text[end])) end++;
  const punctuation = text.slice(range.end, end);
  if (opensSentence) {
    if (question) return { start: range.start, end, newText: question };
    let start = range.start;
    while (end < text.length && (text[end] === ' ' || text[end] === '\t')) end++;
    if (end >= text.length || text[end] === '\n' || text[end] === '\r') {
      while (start > 0 && (text[start - 1] === ' ' || text[start - 1] === '\t')) start--;
    }
    return { start, end, newText: '' };
  }
  let start = range.start;
  while (start > sentenceStart && /[\s,;:–—-]/.test(text[start - 1])) start--;
  return { start, end, newText: question ? `${punctuation || '.'} ${question}` : punctuation };
}

export default defineRule({
  meta: {
    id: 'engagement-bait',
    guideline: 'reasonable-and-patient',
    defaultSeverity: 'warning',
    description: 'Asking for likes, shares, tags, follows or set replies, above all as the price of a giveaway ("like and share", "tag 3 friends", "follow our page to win", "#f4f").',
    why: 'Trust and a real audience take time. Bait buys shallow clicks, platforms demote it, and followers see it as a trick rather than care from their clinician. A genuine question starts the conversation the bait pretends to.',
    goodExample: 'Five ways to sleep better this winter. Which one will you try first? Tell us in the comments.',
    fixable: false,
    hasSuggestions: true,
  },
  phrases: () => ENGAGEMENT_BAIT_PHRASES,
  check(context) {
    const { doc } = context;
    const { text } = doc;
    const baits: Bait[] = [...(context.phraseMatches as Bait[]), ...punctuatedBait(doc)].sort((a, b) => a.start - b.start);
    let reach = -1;
    const reported: { start: number; end: number }[] = [];
    for (const bait of baits) {
      if (bait.start < reach || isQuoted(text, bait.start, bait.end)) continue;
      const sentence = sentenceOf(doc, bait);
      if (!bait.entry.anywhere && !instruction(doc, bait, sentence)) continue;
      const range = baitRange(doc, bait, sentence);
      reach = range.end;
      const original = text.slice(range.start, range.end);
      const opensSentence = bait.firstToken <= sentence.first;
      const suggestions: Suggestion[] = bait.entry.replacements.map((question) => ({
        title: question ? `Replace with "${question}"` : `Remove "${original.length > 40 ? `${original.slice(0, 37)}…` : original}"`,
        edits: [baitEdit(text, range, opensSentence, sentence.start, question)],
      }));
      const quoted = original.length > 40 ? `${original.slice(0, 37)}…` : original;
      context.report({
        start: range.start,
        end: range.end,
        message: `"${quoted}" is engagement bait. ${bait.entry.note ?? 'Platforms demote posts that ask for likes, shares, tags or set replies, and followers read it as a trick rather than care from their clinician.'} Ask a genuine question about the topic instead, or remove it.`,
        suggestions,
      });
      reported.push(range);
    }
    // What the phrase list does not know: requests for likes, tags, follows and shares in any
    // wording, and any of them as the way to enter a giveaway.
    const analysis = analyse(doc);
    const covered = new Set(reported.map((r) => sentenceAt(analysis, r.start)));
    for (const f of readBait(analysis)) {
      if (covered.has(sentenceAt(analysis, f.start)) || reported.some((r) => f.start < r.end && r.start < f.end) || isQuoted(text, f.start, f.end)) continue;
      context.report({ start: f.start, end: f.end, message: BAIT_MESSAGES[f.kind] });
    }
  },
});

const BAIT_MESSAGES: Record<BaitFinding['kind'], string> = {
  contest:
    'This makes liking, sharing, tagging, following or commenting the price of entering a giveaway. Platforms restrict such contests, and for a clinician a prize for engagement can count as an inducement. Let people enter without engaging (for example at the practice), or drop the giveaway and share useful information.',
  like: 'This asks readers to like the post or page. Platforms demote posts that ask for likes, and followers read it as a trick rather than care from their clinician. Ask a genuine question about the topic instead.',
  tag: 'This asks readers to tag other people. Tag requests are treated as engagement bait by platforms and pull in people who never chose to follow a clinician. Ask a genuine question about the topic instead.',
  reply: 'This asks readers to comment a set word or emoji. Platforms treat set replies as engagement bait and demote the post, and followers read it as a trick rather than care from their clinician. Ask a genuine question people can answer in their own words.',
  combo:
    'This asks readers for several kinds of engagement at once (liking, sharing, tagging, posting or following). Platforms demote it, and followers read it as a trick rather than care from their clinician. Ask a genuine question about the topic instead.',
};
