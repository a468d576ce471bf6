// Inline comments that silence rules:
//   <!-- postlint-disable rule-a, rule-b -->  …  <!-- postlint-enable -->
//   <!-- postlint-disable-next-line rule-a -->
//   Flu shots, book now! <!-- postlint-disable-line hard-sell -->
//   An optional note may follow the ids after "--": <!-- postlint-disable-next-line hard-sell -- approved by legal -->
// Without rule ids they apply to every rule.

import { positionAt, type PostDocument, type Span } from './document';

export interface SuppressionProblem extends Span {
  message: string;
}

export interface Suppressions {
  isSuppressed(ruleId: string, offset: number): boolean;
  problems: SuppressionProblem[];
}

const DIRECTIVE = /^postlint-(disable-next-line|disable-line|disable|enable)(?![\w-])(.*)$/s;
const ALL = '*';

export function readSuppressions(doc: PostDocument, knownRules: ReadonlySet<string>): Suppressions {
  const regions: { ruleId: string; start: number; end: number }[] = [];
  const open = new Map<string, number>();
  const problems: SuppressionProblem[] = [];
  const { lineStarts, text } = doc;
  const lineOf = (offset: number) => positionAt(lineStarts, offset).line;

  for (const comment of doc.htmlComments) {
    if (!comment.inner.startsWith('postlint')) continue;
    const m = DIRECTIVE.exec(comment.inner);
    if (!m) {
      problems.push({
        start: comment.start,
        end: comment.end,
        message:
          'This Postlint comment is not understood, so it silences nothing. Use "postlint-disable", "postlint-enable", "postlint-disable-line" or "postlint-disable-next-line", followed by rule ids separated by commas.',
      });
      continue;
    }
    const [, kind, rest] = m;
    // "-- why": an optional note after the ids, as in ESLint ("hard-sell -- reviewed with legal").
    const ids = rest
      .split(/(?:^|\s)--(?:\s|$)/)[0]
      .split(/[\s,]+/)
      .map((s) => s.trim())
      .filter(Boolean);
    // Report unknown ids where they are written, so the squiggle sits on the typo.
    const known: string[] = [];
    // Search after the directive itself, so an id such as "disable" is not found inside it.
    const keyword = `postlint-${kind}`;
    let searchFrom = text.indexOf(keyword, comment.start) + keyword.length;
    for (const id of ids) {
      const at = text.indexOf(id, searchFrom);
      searchFrom = at >= 0 ? at + id.length : searchFrom;
      if (knownRules.has(id)) known.push(id);
      else {
        problems.push({
          start: at >= 0 ? at : comment.start,
          end: at >= 0 ? at + id.length : comment.end,
          message: `"${id}" is not a Postlint rule, so this comment does not silence it. Check the spelling against the rule list in the README (rule ids are lower-case with hyphens, like "hard-sell").`,
        });
      }
    }
    // A comment whose ids are all unknown silences nothing (rather than everything).
    if (ids.length && !known.length) continue;
    const targets = ids.length ? known : [ALL];
    if (kind === 'disable-line') {
      const line = lineOf(comment.start);
      const start = lineStarts[line];
      const end = line + 1 < lineStarts.length ? lineStarts[line + 1] : text.length;
      for (const id of targets) regions.push({ ruleId: id, start, end });
    } else if (kind === 'disable-next-line') {
      const line = lineOf(comment.end) + 1;
      if (line < lineStarts.length) {
        const start = lineStarts[line];
        const end = line + 1 < lineStarts.length ? lineStarts[line + 1] : text.length;
        for (const id of targets) regions.push({ ruleId: id, start, end });
      }
    } else if (kind === 'disable') {
      for (const id of targets) if (!open.has(id)) open.set(id, comment.end);
    } else {
      const closing = ids.length ? known : [...open.keys()];
      for (const id of closing) {
        const start = open.get(id);
        if (start !== undefined) {
          regions.push({ ruleId: id, start, end: comment.start });
          open.delete(id);
        }
      }
    }
  }
  for (const [id, start] of open) regions.push({ ruleId: id, start, end: text.length });

  // Per rule, the regions merged and in order, for a binary search: a scan of every region
  // for every finding was quadratic in a post with many comments and many findings.
  const byRule = new Map<string, Span[]>();
  for (const r of regions) {
    let list = byRule.get(r.ruleId);
    if (!list) byRule.set(r.ruleId, (list = []));
    list.push({ start: r.start, end: r.end });
  }
  for (const [id, list] of byRule) byRule.set(id, merged(list));
  const within = (list: Span[] | undefined, offset: number) => {
    if (!list) return false;
    let lo = 0;
    let hi = list.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid].end <= offset) lo = mid + 1;
      else if (list[mid].start > offset) hi = mid - 1;
      else return true;
    }
    return false;
  };
  return {
    problems,
    isSuppressed: (ruleId, offset) => within(byRule.get(ruleId), offset) || within(byRule.get(ALL), offset),
  };
}

/** Spans sorted and merged where they overlap or touch. */
function merged(spans: Span[]): Span[] {
  spans.sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  for (const s of spans) {
    if (s.end <= s.start) continue;
    const last = out[out.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}
