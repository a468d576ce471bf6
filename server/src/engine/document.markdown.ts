// Finds what in a post's Markdown body is not prose: fenced code blocks, inline code spans and
// HTML comments (parsePost blanks them out of the prose mask). Each is found in one pass:
// a post full of unclosed backticks or fences stays linear.

import type { HtmlComment, Span } from './document';

/** Finds fenced code blocks, inline code spans and HTML comments in the body. */
export function scanMarkdown(text: string, body: Span, comments: HtmlComment[], code: Span[]): void {
  let i = body.start;
  let lineStart = true;
  // The next blank line and, per length, the next run of backticks: looked up once and
  // reused by every code span opened before them (a lookup per span rescanned the rest of
  // the post: quadratic on "`a` `b` `c`…" without a blank line).
  let para = -2;
  let noRunFrom = Infinity; // no run of at least this many backticks is left
  const nextRun = new Map<number, number>();
  while (i < body.end) {
    if (lineStart && startsFence(text, i)) {
      const fence = /^[ ]{0,3}(`{3,}|~{3,})[^\n]*(?:\n|$)/.exec(text.slice(i, Math.min(body.end, i + 400)));
      if (fence) {
        const marker = fence[1];
        const closeRe = new RegExp(`^[ ]{0,3}${marker[0] === '`' ? '`' : '~'}{${marker.length},}[ \\t]*\\r?$`, 'gm');
        closeRe.lastIndex = i + fence[0].length;
        let end = body.end;
        for (let m; (m = closeRe.exec(text)); ) {
          if (m.index >= i + fence[0].length) {
            end = m.index + m[0].length;
            break;
          }
        }
        code.push({ start: i, end });
        i = end;
        continue;
      }
    }
    const c = text.charCodeAt(i);
    if (c !== 60 /* < */ && c !== 96 /* ` */) {
      lineStart = c === 10;
      i++;
      continue;
    }
    if (c === 60 && text.startsWith('<!--', i)) {
      const close = text.indexOf('-->', i + 4);
      const end = close < 0 ? body.end : close + 3;
      comments.push({ start: i, end, inner: text.slice(i + 4, close < 0 ? body.end : close).trim() });
      lineStart = false;
      i = end;
      continue;
    }
    if (c === 96) {
      let n = 1;
      while (text[i + n] === '`') n++;
      let close = n >= noRunFrom ? -1 : (nextRun.get(n) ?? -1);
      if (n < noRunFrom && close < i + n) {
        close = text.indexOf('`'.repeat(n), i + n);
        if (close < 0) noRunFrom = n;
        else nextRun.set(n, close);
      }
      // A code span cannot cross a blank line; an unmatched backtick is just a character.
      if (para !== -1 && para < i) para = text.indexOf('\n\n', i);
      if (close >= 0 && (para < 0 || close < para)) {
        while (text[close + n] === '`') close++;
        code.push({ start: i, end: close + n });
        i = close + n;
        lineStart = false;
        continue;
      }
      i += n;
      lineStart = false;
      continue;
    }
    lineStart = false; // a '<' that opens no comment
    i++;
  }
}

/** Whether the line at `i` may open a code fence (up to 3 spaces, then ``` or ~~~): checked before the pattern. */
function startsFence(text: string, i: number): boolean {
  let k = i;
  while (k < i + 3 && text.charCodeAt(k) === 32) k++;
  const c = text.charCodeAt(k);
  return (c === 96 /* ` */ || c === 126) /* ~ */ && text.charCodeAt(k + 1) === c && text.charCodeAt(k + 2) === c;
}
