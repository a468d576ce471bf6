// testimonial, customers' words quoted as promotion: a quotation in the first person with an
// attribution to a customer. Split from testimonial.reading.ts, which calls it.

import { sentimentOfText, type Analysis } from '../analysis';
import { hasLemma } from './shared/meaning';
import { CUSTOMERS, isSpeaker } from './testimonial.data';
import type { TestimonialFinding } from './testimonial.reading';

const OPENING_QUOTES = new Set(['"', '“', '‘']);
const CLOSING_QUOTES = new Set(['"', '”', '’']);
const DASHES = new Set(['-', '–', '—', '~']);
/** Words that introduce a customer's words: "what Emma said", "sent us this message". */
/** Whose words they are: "one of our clients", "her treatment". */
const CUSTOMERS_OR_THEM = new Set([...CUSTOMERS, 'her', 'his', 'their']);
const INTRODUCERS = new Set(['say', 'said', 'says', 'write', 'wrote', 'message', 'review', 'feedback', 'words', 'comment', 'tell', 'told']);

/**
 * A customer's words quoted as promotion: a quotation in the first person ("I can finally smile
 * again!") attributed to a customer (– Sarah, – patient review, "what Emma said after her
 * treatment:"). A clinician quoting a colleague or a guideline has no first-person praise.
 */
export function quotedPraise(a: Analysis): TestimonialFinding[] {
  const t = a.tokens;
  const out: TestimonialFinding[] = [];
  for (let i = 0; i < t.length; i++) {
    if (!OPENING_QUOTES.has(t[i].text)) continue;
    let close = -1;
    for (let k = i + 1; k < t.length && k < i + 80; k++) {
      if (CLOSING_QUOTES.has(t[k].text)) {
        close = k;
        break;
      }
    }
    if (close < 0 || close - i < 4) continue;
    let speaker = false;
    for (let k = i + 1; k < close; k++) if (isSpeaker(t[k])) speaker = true;
    const quoted = () => ({ start: t[i].start, end: t[close].end, kind: 'result' as const });
    const attributedAfter = DASHES.has(t[close + 1]?.text ?? '') && (t[close + 2]?.pos === 'PROPN' || CUSTOMERS.has(t[close + 2]?.lower ?? '') || CUSTOMERS.has(t[close + 3]?.lower ?? '') || t[close + 2]?.lower === 'patient');
    const introduced = hasLemma(a, Math.max(0, i - 8), i, INTRODUCERS) >= 0 && hasLemma(a, Math.max(0, i - 12), i, CUSTOMERS_OR_THEM) >= 0;
    if (speaker && (attributedAfter || introduced) && sentimentOfText(a.tokens.slice(i + 1, close).map((x) => x.text).join(' ')) > 0) out.push(quoted());
    i = close;
  }
  return out;
}
