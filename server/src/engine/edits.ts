// Building and applying text edits. Replacements keep the capitalisation of what they replace.

import type { PhraseMatch } from './phrases';
import type { Finding, Suggestion, TextEdit } from './types';

/** Gives `replacement` the capitalisation style of `original` (ALL CAPS, Capitalised, or as written). */
export function matchCase(original: string, replacement: string): string {
  if (!replacement) return replacement;
  const style = /^[\x00-\x7f]*$/.test(original) ? asciiCaseStyle(original) : caseStyle(original);
  if (style === 'upper') return replacement.toUpperCase();
  if (style === 'capitalised') return replacement.charAt(0).toUpperCase() + replacement.slice(1);
  return replacement;
}

type CaseStyle = 'upper' | 'capitalised' | 'as-written';

function caseStyle(original: string): CaseStyle {
  const letters = original.replace(/[^\p{L}]/gu, '');
  if (letters.length > 1 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()) return 'upper';
  const first = original.match(/\p{L}/u)?.[0];
  return first && first === first.toUpperCase() && first !== first.toLowerCase() ? 'capitalised' : 'as-written';
}

/** `caseStyle` for plain ASCII (nearly every call), without building strings. */
function asciiCaseStyle(original: string): CaseStyle {
  let letters = 0;
  let lower = 0;
  let firstIsUpper: boolean | undefined;
  for (let i = 0; i < original.length; i++) {
    const c = original.charCodeAt(i);
    const isUpper = c >= 65 && c <= 90;
    if (!isUpper && !(c >= 97 && c <= 122)) continue;
    letters++;
    if (!isUpper) lower++;
    firstIsUpper ??= isUpper;
  }
  if (letters > 1 && lower === 0) return 'upper';
  return firstIsUpper ? 'capitalised' : 'as-written';
}

/**
 * An edit that replaces [start, end) with `replacement` (case-matched). An empty
 * replacement removes the words and one neighbouring space, so no double space is left.
 */
export function replacementEdit(text: string, start: number, end: number, replacement: string): TextEdit {
  if (replacement !== '') return { start, end, newText: matchCase(text.slice(start, end), replacement) };
  let s = start;
  let e = end;
  // Take trailing punctuation that only belonged to the removed words ("Book now! Call").
  while (e < text.length && /[!]/.test(text[e])) e++;
  if (text[e] === ' ') e++;
  else if (s > 0 && text[s - 1] === ' ') s--;
  return { start: s, end: e, newText: '' };
}

/** One suggestion per replacement of a phrase match, best first. */
export function phraseSuggestions(text: string, match: PhraseMatch): Suggestion[] {
  return match.entry.replacements.map((r) => rewordingSuggestion(text, match.start, match.end, r));
}

/**
 * The suggestion that puts `replacement` in place of [start, end), fitted to the words
 * around it so the sentence still reads: "a"/"an" before it agrees with its first word, and a
 * replacement that already says whom it applies to ("…vary from person to person") takes the
 * tail that said the opposite with it ("…to every patient"), rather than leaving
 * "results that vary from person to person to every patient".
 */
export function rewordingSuggestion(text: string, start: number, end: number, replacement: string): Suggestion {
  const original = text.slice(start, end);
  const edit = replacementEdit(text, start, end, replacement);
  if (replacement === '') return { title: `Remove "${original}"`, edits: [edit] };
  const tail = SCOPED_REPLACEMENT.test(replacement) ? QUANTIFIED_TAIL.exec(text.slice(end, end + 60)) : null;
  if (tail) edit.end = end + tail[0].length;
  const before = /\b([Aa]n?)([ \t]+)$/.exec(text.slice(Math.max(0, start - 6), start));
  if (before) {
    const wanted = matchCase(before[1], indefiniteArticle(edit.newText));
    if (wanted !== before[1]) {
      edit.start = start - before[0].length;
      edit.newText = `${wanted}${before[2]}${edit.newText}`;
    }
  }
  const title = tail ? `Replace "${original}${tail[0]}" with "${edit.newText}"` : `Replace with "${edit.newText}"`;
  return { title, edits: [edit] };
}

/** A rewording that ends by saying whom it applies to, or that results differ. */
const SCOPED_REPLACEMENT = /\b(?:vary|varies|person to person|for many people|for most people|for some people|over time)$/i;
/** "to every patient", "for all our clients", "for everyone": a promise to all, right after the phrase. */
const QUANTIFIED_TAIL = /^[ \t]+(?:to|for|with|in)[ \t]+(?:(?:every|each|any)(?:[ \t]+single)?[ \t]+[\p{L}-]+|all(?:[ \t]+(?:of[ \t]+)?(?:our|your|the|my))?[ \t]+[\p{L}-]+|everyone|everybody|anyone|anybody)(?=[\s.,!?;:)]|$)/iu;

/** "a" or "an" for the word that follows it (by the usual exceptions of English spelling). */
export function indefiniteArticle(next: string): 'a' | 'an' {
  const w = next.trimStart().toLowerCase();
  if (/^(?:hour|honest|honou?r|heir)/.test(w)) return 'an';
  if (/^(?:uni|use|usu|uti|eu|ewe|one|once|u[bcdfgklmnprst][aeiouy])/.test(w) && !/^un[^i]/.test(w)) return 'a';
  return /^[aeiou]/.test(w) ? 'an' : 'a';
}

/**
 * Applies edits to text. Edits must not overlap; overlapping ones after the first are
 * skipped (their finding stays, and the next run will offer it again).
 */
export function applyEdits(text: string, edits: readonly TextEdit[]): { text: string; applied: number } {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let at = 0;
  let applied = 0;
  for (const e of sorted) {
    if (e.start < at) continue;
    out += text.slice(at, e.start) + e.newText;
    at = e.end;
    applied++;
  }
  return { text: out + text.slice(at), applied };
}

/** Applies the safe fix of every fixable finding (what "fix all" and `--fix` do). */
export function applyFixes(text: string, findings: readonly Finding[]): { text: string; fixed: number } {
  const edits: TextEdit[] = [];
  let fixed = 0;
  let reach = -1;
  const withFix = findings.filter((f) => f.fix).sort((a, b) => a.start - b.start);
  for (const f of withFix) {
    const fixEdits = f.fix!.edits;
    const first = Math.min(...fixEdits.map((e) => e.start));
    if (first < reach) continue; // overlaps an earlier fix: leave it for the next pass
    edits.push(...fixEdits);
    reach = Math.max(...fixEdits.map((e) => e.end));
    fixed++;
  }
  return { text: applyEdits(text, edits).text, fixed };
}
