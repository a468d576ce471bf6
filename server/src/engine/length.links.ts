// Finds the links a platform counts at a fixed or shortened length (twitter-text's URL extraction,
// within a budget), Mastodon's remote mentions, and the Bluesky app's short form of a link.

// twitter-text (X's reference implementation, Apache-2.0): only its URL extraction module is
// loaded here. Its URL indices are UTF-16 offsets.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const twitterExtractUrls = require('twitter-text/dist/extractUrlsWithIndices') as (
  text: string,
  options?: { extractUrlsWithoutProtocol: boolean },
) => { url: string; indices: [number, number] }[];

/** A link found in a text (or a Mastodon remote mention), by its UTF-16 indices in that text. */
export interface Link {
  start: number;
  end: number;
  url: string;
  /** Mastodon: a remote mention, counted as this text ("@name" of "@name@server"). */
  mention?: string;
}

// twitter-text's URL pattern takes time that grows with the square of a run of
// domain-like text ("a.b.c.d…" or "a-b-c-…" thousands of characters long). A link never
// contains whitespace, so the text is cut into whitespace-separated words and only words
// that could hold a link (a dot followed by something) are given to twitter-text, each at
// most MAX_WORD long and MAX_TOTAL in all per post. Longer words (and words past the budget)
// use a linear stand-in: a link starting with http(s):// whose host labels are valid.

const MAX_WORD = 1024;
const MAX_TOTAL = 8_000;

let lastLinks: { text: string; withoutProtocol: boolean; links: Link[] } | undefined;

export function extractLinks(text: string, withoutProtocol: boolean): Link[] {
  // X and Bluesky look for the same links in the same text: remember the last answer.
  if (lastLinks && lastLinks.withoutProtocol === withoutProtocol && lastLinks.text === text) return lastLinks.links;
  const links = findLinks(text, withoutProtocol);
  lastLinks = { text, withoutProtocol, links };
  return links;
}

/** The characters JavaScript's \s matches. */
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || (c >= 0x2000 && c <= 0x200a) || c === 0xa0 || c === 0x1680 || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

function findLinks(text: string, withoutProtocol: boolean): Link[] {
  const links: Link[] = [];
  let budget = MAX_TOTAL;
  // The words (runs without whitespace) that may hold a link have a dot before their last
  // character: found from the dots, in order, rather than by reading every word.
  for (let dot = text.indexOf('.'); dot >= 0; dot = text.indexOf('.', dot + 1)) {
    if (dot + 1 >= text.length || isSpace(text.charCodeAt(dot + 1))) continue;
    let start = dot;
    while (start > 0 && !isSpace(text.charCodeAt(start - 1))) start--;
    let end = dot + 2;
    while (end < text.length && !isSpace(text.charCodeAt(end))) end++;
    dot = end;
    const w = text.slice(start, end);
    if (!withoutProtocol && !/https?:\/\//i.test(w)) continue;
    if (w.length <= MAX_WORD && w.length <= budget) {
      budget -= w.length;
      for (const u of twitterExtractUrls(w, { extractUrlsWithoutProtocol: withoutProtocol })) {
        links.push({ start: start + u.indices[0], end: start + u.indices[1], url: u.url });
      }
    } else {
      for (const u of simpleLinks(w)) links.push({ start: start + u.start, end: start + u.end, url: u.url });
    }
  }
  return links;
}

// Mastodon counts "@name@server" as "@name" (its Account::MENTION_RE, in JavaScript).
const REMOTE_MENTION = /(?<![=\/\p{L}\p{N}_])@([a-z0-9_]+(?:[.-]+[a-z0-9_]+)*)@[\p{L}\p{N}_]+(?:[.-]+[\p{L}\p{N}_]+)*/giu;

export function withRemoteMentions(text: string, links: Link[]): Link[] {
  if (!text.includes('@')) return links;
  const mentions: Link[] = [];
  let k = 0;
  REMOTE_MENTION.lastIndex = 0;
  for (let m; (m = REMOTE_MENTION.exec(text)); ) {
    const start = m.index;
    const end = start + m[0].length;
    while (k < links.length && links[k].end <= start) k++;
    if (k < links.length && links[k].start < end) continue; // inside a link
    mentions.push({ start, end, url: m[0], mention: `@${m[1]}` });
  }
  return mentions.length ? [...links, ...mentions].sort((a, b) => a.start - b.start) : links;
}

function simpleLinks(word: string): Link[] {
  const out: Link[] = [];
  const re = /https?:\/\/[^\s<>"]+/gi;
  for (let m; (m = re.exec(word)); ) {
    let url = m[0];
    while (url.length && /[.,;:!?'")\]]/.test(url[url.length - 1])) url = url.slice(0, -1);
    const host = /^https?:\/\/([^/?#:]*)/i.exec(url)?.[1] ?? '';
    const labels = host.split('.');
    const valid =
      labels.length >= 2 &&
      host.length <= 253 &&
      labels.every((l) => l.length >= 1 && l.length <= 63 && /^[\p{L}\p{N}](?:[\p{L}\p{N}_-]*[\p{L}\p{N}])?$/u.test(l)) &&
      /^(?:\p{L}{2,}|xn--[a-z0-9-]+)$/iu.test(labels[labels.length - 1]);
    if (valid) out.push({ start: m.index, end: m.index + url.length, url });
  }
  return out;
}

/** The Bluesky app's display form of a link: host, then the path cut to 13 characters + "...". */
export function blueskyShortUrl(url: string): string {
  if (!/^https?:\/\//i.test(url)) return url;
  try {
    const u = new URL(url);
    const path = (u.pathname === '/' ? '' : u.pathname) + u.search + u.hash;
    return path.length > 15 ? `${u.host}${path.slice(0, 13)}...` : u.host + path;
  } catch {
    return url;
  }
}
