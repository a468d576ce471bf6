// Grammar checks at the seams of an applied edit: where the new words meet the old ones.
// Narrow on purpose: each check is a mistake a replacement made in a real post, and none
// can fire on the surrounding text alone.

import type { TextEdit } from '../../server/src/engine';

const QUANTIFIED_TAIL = /^\s*(?:to|for|with|in)\s+(?:every|each|all|any|everyone|everybody|anyone|anybody)\b/i;
/** A replacement that says who it applies to already ("…from person to person", "for many people"). */
const SCOPED_ENDING = /\b(?:vary|varies|varying|person to person|for many people|for most people|for some people|over time)\s*$/i;
const VOWEL_SOUND = (word: string) => {
  const w = word.toLowerCase();
  if (/^(?:hour|honest|honou?r|heir)/.test(w)) return true;
  if (/^(?:uni|use|usu|uti|eu|ewe|one|once|u[bcdfgklnprst][aeiou])/.test(w) && !/^un[^i]/.test(w)) return false;
  return /^[aeiou]/.test(w);
};

/**
 * Problems at the seams of `edits` once applied (giving `after`): a doubled word, a
 * prepositional tail that doubles the one the replacement ends with, "a"/"an" that no longer
 * fits the next word, two spaces or a space before punctuation.
 */
export function checkSeams(after: string, edits: readonly TextEdit[]): string[] {
  const problems: string[] = [];
  let shift = 0;
  for (const e of [...edits].sort((a, b) => a.start - b.start)) {
    const start = e.start + shift;
    const end = start + e.newText.length;
    shift += e.newText.length - (e.end - e.start);
    const left = after.slice(Math.max(0, start - 40), start);
    const right = after.slice(end, end + 40);
    const context = `…${left}[${e.newText}]${right}…`.replace(/\n/g, '⏎');
    const lastNew = /([\p{L}']+)\W*$/u.exec(e.newText)?.[1]?.toLowerCase();
    const nextOld = /^\s+([\p{L}']+)/u.exec(right)?.[1]?.toLowerCase();
    if (e.newText && lastNew && lastNew === nextOld && !/[.!?,;:]\s*$/.test(e.newText)) problems.push(`doubled word "${lastNew}": ${context}`);
    const firstNew = /^\W*([\p{L}']+)/u.exec(e.newText)?.[1];
    const prevOld = /\b([\p{L}']+)\s+$/u.exec(left)?.[1]?.toLowerCase();
    if (e.newText && firstNew && !/^\W/.test(e.newText) && /^[a-z]/i.test(firstNew) && firstNew.toUpperCase() !== firstNew) {
      if (prevOld === 'a' && VOWEL_SOUND(firstNew)) problems.push(`"a" before "${firstNew}": ${context}`);
      if (prevOld === 'an' && !VOWEL_SOUND(firstNew)) problems.push(`"an" before "${firstNew}": ${context}`);
    }
    if (SCOPED_ENDING.test(e.newText) && QUANTIFIED_TAIL.test(right)) problems.push(`doubled prepositional tail: ${context}`);
    const seam = after.slice(Math.max(0, start - 1), end + 2);
    if (/ {2}/.test(seam.replace(/^\n|\n$/g, ''))) problems.push(`two spaces: ${context}`);
    if (/[\p{L}\d] [,.!?;:](?:\s|$)/u.test(seam)) problems.push(`space before punctuation: ${context}`);
  }
  return problems;
}
