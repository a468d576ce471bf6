// overpromise: what a post says of a condition by name: copy that opens by ending one ("Stop
// Trigeminal Neuralgia"), a condition promised gone ("anxiety free") or turned into its opposite
// ("From infertility to conception"). Split from overpromise.reading.ts, which calls these in
// its order of readings; conditions are known by name or by the endings medicine names them with.

import type { Analysis, NlpSentence, NlpToken } from '../analysis';
import { CONDITIONS, END_VERBS } from './overpromise.data';
import { denied, find, has, span, type PromiseFinding } from './overpromise.reading';

/** "Stop Trigeminal Neuralgia", "Beat back pain": advertising copy that opens by ending a condition. */
export function endsCondition(a: Analysis, s: NlpSentence, publicHealth: boolean): PromiseFinding | undefined {
  const t = a.tokens;
  if (publicHealth || !has(END_VERBS, t[s.first]) || t[s.first].pos !== 'VERB') return undefined;
  for (let k = s.first + 1; k < s.last && k <= s.first + 4; k++) {
    if (isCondition(t[k])) return span(a, s.first, k, 'cure');
    if (t[k].pos !== 'ADJ' && t[k].pos !== 'PROPN' && t[k].pos !== 'NOUN' && t[k].pos !== 'DET') return undefined;
  }
  return undefined;
}
const REPORTED = new Set(['been', 'was', 'were', 'stayed', 'remained', 'until', 'till', 'am', "'m"]);

/** "anxiety free", "acne-free skin": a condition promised gone. */
export function conditionFree(a: Analysis, s: NlpSentence, publicHealth: boolean): PromiseFinding | undefined {
  const t = a.tokens;
  if (publicHealth) return undefined;
  for (let i = s.first + 1; i < s.last; i++) {
    const free = t[i].lower === 'free' ? i : t[i].text === '-' && t[i + 1]?.lower === 'free' ? i + 1 : -1;
    // "pain-free" is the phrase list's, with its exceptions ("pain-free days").
    if (free < 0 || !isCondition(t[i - 1]) || t[i - 1].lemma === 'pain' || denied(a, s, i - 1)) continue;
    // "I have been migraine free for a year", "my mammogram showed that I am cancer free": someone's report of their own health, not a promise;
    // "stay home until you are 24 hours symptom free": an instruction.
    if (find(a, s, i - 7, i - 1, REPORTED) >= 0) continue;
    return span(a, i - 1, free, 'cure');
  }
  return undefined;
}

/** "From infertility to conception", "from chronic pain to running again": a condition turned into its opposite. */
export function fromConditionTo(a: Analysis, s: NlpSentence, publicHealth: boolean): PromiseFinding | undefined {
  const t = a.tokens;
  if (publicHealth) return undefined;
  for (let i = s.first; i + 3 < s.last; i++) {
    if (t[i].lower !== 'from') continue;
    const condition = isCondition(t[i + 1]) ? i + 1 : t[i + 1].pos === 'ADJ' && isCondition(t[i + 2]) ? i + 2 : -1;
    if (condition >= 0 && t[condition + 1]?.lower === 'to' && t[condition + 2] && t[condition + 2].type === 'word') return span(a, i, condition + 2, 'cure');
  }
  return undefined;
}

/** A condition by name ("migraine", "eczema") or by the endings medicine names them with ("neuralgia", "arthritis", "psoriasis"). */
export function isCondition(t: NlpToken | undefined): boolean {
  if (!t || t.type !== 'word') return false;
  return (CONDITIONS.has(t.lemma) && !NOT_ALONE.has(t.lemma)) || CONDITION_ENDINGS.test(t.lower);
}
const CONDITION_ENDINGS = /(?:itis|algia|osis|aemia|emia|oma|pathy|plegia|phobia|rrhoea|rrhea)$/;
/** In CONDITIONS for "reverse the signs of ageing", but no condition on their own. */
const NOT_ALONE = new Set(['clock', 'hair', 'loss', 'sign', 'line', 'age', 'fat', 'stress']);
