// A link in an Instagram caption cannot be tapped. Only platforms whose facts say so
// (PLATFORMS[p].linksNotClickable: Instagram). Links are doc.urls: in prose only, so a link
// in a code span or an HTML comment is not reported. One finding per link.

import { PLATFORMS } from '../platforms';
import { defineRule } from '../rule';
import type { Suggestion } from '../types';

const BIO = 'the link in our bio';

export default defineRule({
  meta: {
    id: 'link-in-caption',
    guideline: 'platform',
    defaultSeverity: 'info',
    description: 'A link in an Instagram caption, where links cannot be tapped.',
    why: 'Instagram shows links in captions as plain text. Patients would have to copy the address by hand, and most will not, so the page you meant to share is never read.',
    goodExample: 'Our guide to flu vaccines for over-65s is at the link in our bio.',
    fixable: false,
    hasSuggestions: true,
  },
  check(context) {
    const { doc } = context;
    const platform = context.platforms.find((p) => PLATFORMS[p].linksNotClickable);
    if (!platform || !doc.urls.length) return;
    const name = PLATFORMS[platform].name;
    const { text } = doc;
    for (const url of doc.urls) {
      // A Markdown link "[label](url)" is published as written: the whole of it is the problem.
      const md = markdownLink(text, url.start, url.end);
      const start = md ? md.start : url.start;
      const end = md ? md.end : url.end;
      const suggestions: Suggestion[] = [
        {
          title: `Replace with "${BIO}"`,
          edits: [{ start, end, newText: md ? `${md.label} (${BIO.replace(/^the /, '')})` : BIO }],
        },
        { title: 'Remove the link', edits: [removal(text, start, end, md?.label)] },
      ];
      context.report({
        start: url.start,
        end: url.end,
        message: `Links in ${name} captions cannot be tapped, so few people will visit this one. Put the link in your bio (or a story link) and write "link in bio" here, or remove it.`,
        suggestions,
      });
    }
  },
});

/** The Markdown link "[label](url)" around a URL, if the URL is its target. */
function markdownLink(text: string, start: number, end: number): { start: number; end: number; label: string } | undefined {
  if (text[start - 1] !== '(' || text[start - 2] !== ']' || text[end] !== ')') return undefined;
  const open = text.lastIndexOf('[', start - 2);
  if (open < 0) return undefined;
  const label = text.slice(open + 1, start - 2);
  if (label.includes('\n') || label.includes(']')) return undefined;
  return { start: open, end: end + 1, label };
}

function removal(text: string, start: number, end: number, label?: string) {
  if (label !== undefined) return { start, end, newText: label };
  let s = start;
  let e = end;
  if (s > 0 && text[s - 1] === ' ') s--;
  else if (text[e] === ' ') e++;
  return { start: s, end: e, newText: '' };
}
