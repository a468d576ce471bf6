// patient-identifier, numbers and contact details: phone numbers, social security numbers,
// e-mail addresses, record and insurance numbers, room and bed numbers, and street addresses.
// Each needs the right shape and the right words around it, and numbers introduced as the
// practice's own ("call our office at …", the "ownContacts" option) are left alone.

import * as D from './patient-identifier.data';
import type { PostContext } from './patient-identifier.context';
import { digitsOf, SPACE_GAP } from './patient-identifier.words';
import { lastSpanStartingAtOrBefore, tokenIndexAt } from './shared/context';

const CALL_WORDS = /^(?:call|text|dial|ring|reach|reached|called)$/;

// A phone-shaped run: optional "+", then groups of digits (a group may be in parentheses)
// joined by one or two of " .-". Each group must end at a separator, so a run of digits is
// never split two ways and the match stays linear.
const PHONE_CANDIDATE =
  /(?<![\p{L}\p{N}_+@.\-/#$£€%])(\+[ ]?)?(?:\(\d{1,5}\)[ .\-]?|\d{1,6}[ .\-]{1,2}){0,5}\d{1,15}(?![\p{L}\p{N}_@%]|[.\-,/]\d)/gu;

const ADDRESS = new RegExp(
  String.raw`(?<![\p{L}\p{N}.,\-/#])\d{1,5}[A-Za-z]?(?:[ \t]{1,3}\p{Lu}[\p{L}'’\-]{0,30}){1,3}?[ \t]{1,3}(?:${D.STREET_SUFFIXES.join('|')})(?![\p{L}\p{N}])\.?`,
  'gu',
);

const RECORD_ID = /^[a-z0-9][a-z0-9\-]*$/i;
const ROOM_ID = /^(?:\d{1,4}[a-z]?|[a-z]\d{1,4}[a-z]?)$/i;

/** Phone numbers not introduced as the practice's own, and social security numbers ("123-45-6789"). */
export function findPhonesAndSsns(post: PostContext): void {
  if (!post.hasDigit) return;
  const prose = post.prose;
  PHONE_CANDIDATE.lastIndex = 0;
  for (let m; (m = PHONE_CANDIDATE.exec(prose)); ) {
    const raw = m[0];
    const start = m.index;
    const end = start + raw.length;
    const groups = raw.match(/\d+/g) ?? [];
    const digits = groups.join('');
    const plus = raw.startsWith('+');
    // Social security numbers: 123-45-6789.
    if (!plus && groups.length === 3 && groups[0].length === 3 && groups[1].length === 2 && groups[2].length === 4 && /^\d{3}([- ])\d{2}\1\d{4}$/.test(raw)) {
      if (groups[0] !== '000' && groups[0] !== '666') post.add(start, end, 'ssn');
      continue;
    }
    const shape = phoneShape(raw, groups, digits, plus);
    if (!shape) continue;
    const ti = tokenIndexAt(post.toks, start);
    if (shape === 'cued' && !phoneCueBefore(post, ti)) continue;
    if (post.ownPhones.includes(digits.slice(-10))) continue;
    if (post.ownerBefore(ti, start) === 'clinic') continue;
    post.add(start, end, 'phone');
  }
}

/** A phone word or a person just before an ambiguous number ("his cell 5551234567", "call 555-1234"). */
function phoneCueBefore(post: PostContext, ti: number): boolean {
  for (let j = ti - 1; j >= 0 && j >= ti - 3 && post.sameSentence(j, ti - 1); j--) {
    const w = post.toks[j].lower;
    if (D.CONTACT_LABELS.has(w) || CALL_WORDS.test(w)) return true;
  }
  return false;
}

/** E-mail addresses in the prose (not in code or a link) that are not the practice's own or a role address. */
export function findEmails(post: PostContext): void {
  const text = post.text;
  const prose = post.prose;
  const urls = post.doc.urls;
  for (let at = text.indexOf('@', post.doc.body.start); at >= 0; at = text.indexOf('@', at + 1)) {
    if (prose[at] !== '@') continue; // code, front matter, inside a link
    let s = at;
    while (s > 0 && at - s < 64 && /[A-Za-z0-9._%+\-]/.test(text[s - 1])) s--;
    let e = at + 1;
    while (e < text.length && e - at < 254 && /[A-Za-z0-9.\-]/.test(text[e])) e++;
    while (e > at + 1 && /[.\-]/.test(text[e - 1])) e--;
    const local = text.slice(s, at);
    const domain = text.slice(at + 1, e).toLowerCase();
    if (!local || local.startsWith('.') || local.endsWith('.') || !/^[a-z0-9\-]+(?:\.[a-z0-9\-]+)*\.[a-z]{2,}$/.test(domain)) continue;
    // The last link starting at or before the address.
    const link = lastSpanStartingAtOrBefore(urls, s);
    const u = link >= 0 ? urls[link] : undefined;
    if (u && u.start < s && s < u.end) continue; // part of a link
    if (prose[s] !== text[s] && u?.start !== s) continue; // code, front matter, or a link that starts the address

    if (D.ROLE_EMAIL_LOCAL_PARTS.has(local.toLowerCase())) continue;
    const address = `${local}@${domain}`.toLowerCase();
    if (post.ownEmails.some((o) => o === address || o === `@${domain}` || o === domain)) continue;
    if (post.ownerBefore(tokenIndexAt(post.toks, s), s) === 'clinic') continue;
    post.add(s, e, 'email');
  }
}

/** "MRN 4482913", "chart #5521", "member ID: XJ-443-221", "account number 12345678". */
export function findRecords(post: PostContext): void {
  const t = post.toks;
  for (const i of post.recordAt) {
    const w = t[i].lower;
    const strong = D.RECORD_CUES_STRONG.has(w);
    if (!strong && !D.RECORD_CUES_WEAK.has(w)) continue;
    let hash = false;
    let colon = false;
    let connectors = 0;
    for (let j = i + 1; j < t.length && j <= i + 4; j++) {
      const g = post.gap(j);
      // Length first: the pattern backtracks cubically on a long run of blanks.
      if (g.length > 6 || !/^[ \t]*[:#.\-]?[ \t]*[:#]?[ \t]*$/.test(g)) break;
      if (g.includes('#')) hash = true;
      if (g.includes(':')) colon = true;
      let lw = t[j].lower;
      let start = t[j].start;
      if (lw.startsWith('#')) {
        hash = true;
        lw = lw.slice(1);
        start++;
      } else if (D.RECORD_CONNECTORS.has(lw) || D.RECORD_CUES_WEAK.has(lw) || D.RECORD_CUES_STRONG.has(lw)) {
        connectors++;
        continue;
      }
      if (!RECORD_ID.test(lw)) break;
      const marked = hash || (colon && (strong || connectors > 0 || w === 'id' || w === 'identifier'));
      if (digitsOf(lw).length < (hash ? (w === 'patient' ? 3 : 2) : 4)) break;
      if (!strong && !marked && connectors === 0) break;
      if (w === 'patient' && !hash && !connectors) break;
      if (/^(?:19|20)\d\d$/.test(lw) && !hash) break;
      if ((w === 'account' || w === 'acct') && post.ownerBefore(i, t[i].start) === 'clinic') break;
      if (/^\d{3}-\d{2}-\d{4}$/.test(lw)) post.add(start, t[j].end, 'ssn');
      else post.add(start, t[j].end, 'record');
      break;
    }
  }
}

/** "room 412", "bed 7", "rm 3B" — not "waiting room", "meeting room 2" or "stay in bed 7 days". */
export function findRooms(post: PostContext): void {
  const t = post.toks;
  for (const i of post.roomAt) {
    if (i + 1 >= t.length) continue;
    let j = i + 1;
    if (!/^[ \t]{0,2}[#:]?[ \t]{0,2}$/.test(post.gap(j)) || (post.gap(j) === '' && !t[j].lower.startsWith('#'))) continue;
    if ((t[j].lower === 'no' || t[j].lower === 'number') && j + 1 < t.length) {
      j++;
      if (!/^\.?[ \t]{1,2}$/.test(post.gap(j))) continue;
    }
    let id = t[j].lower;
    let start = t[j].start;
    if (id.startsWith('#')) {
      id = id.slice(1);
      start++;
    }
    if (!ROOM_ID.test(id) || !/\d/.test(id)) continue;
    if (i > 0 && D.NON_PATIENT_ROOMS.has(t[i - 1].lower) && post.spaced(i)) continue;
    const after = post.prose.slice(t[j].end, t[j].end + 2);
    if (/^[/%:.,]\d|^[\-–]\d/.test(after)) continue;
    if (j + 1 < t.length && D.QUANTITY_NOUNS.has(t[j + 1].lower) && post.spaced(j + 1)) continue;
    const owner = post.ownerBefore(i, t[i].start) ?? post.ownerAfter(j + 1);
    if (owner === 'clinic') continue;
    post.add(start, t[j].end, 'room');
  }
}

/** Street addresses ("12 Elm Street") that the words before tie to a person. */
export function findAddresses(post: PostContext): void {
  if (!post.hasDigit) return;
  ADDRESS.lastIndex = 0;
  for (let m; (m = ADDRESS.exec(post.prose)); ) {
    const start = m.index;
    const end = start + m[0].length - (m[0].endsWith('.') ? 1 : 0);
    const ti = tokenIndexAt(post.toks, start);
    const after = tokenIndexAt(post.toks, end);
    if (after < post.toks.length && SPACE_GAP.test(post.prose.slice(end, post.toks[after].start)) && post.isCap(after) && D.INSTITUTION_WORDS.has(post.toks[after].lower)) continue;
    if (post.ownerBefore(ti, start) !== 'person') continue;
    post.add(start, end, 'address');
  }
}

/**
 * Which phone shape a digit run has: 'yes' (a phone number), 'cued' (only with a phone
 * word before it: 5551234567, 555-1234), or undefined (a date, a range, a count…).
 */
function phoneShape(raw: string, groups: string[], digits: string, plus: boolean): 'yes' | 'cued' | undefined {
  const sizes = groups.map((g) => g.length).join(',');
  if (plus) {
    if (digits.length < 8 || digits.length > 15) return undefined;
    if (digits.startsWith('1') && digits.length === 11 && D.TOLL_FREE_AREA_CODES.has(digits.slice(1, 4))) return undefined;
    return groups.length >= 2 || digits.length >= 10 ? 'yes' : undefined;
  }
  if (groups.length === 1) {
    if (digits.length === 10 && /^[2-9]/.test(digits)) return D.TOLL_FREE_AREA_CODES.has(digits.slice(0, 3)) ? undefined : 'cued';
    if (digits.length === 11 && /^[01]/.test(digits)) return digits[0] === '1' && D.TOLL_FREE_AREA_CODES.has(digits.slice(1, 4)) ? undefined : 'cued';
    return undefined;
  }
  // North American: 555-123-4567, (555) 123-4567, 1-555-123-4567, 555.123.4567
  if (sizes === '3,3,4' || (sizes === '1,3,3,4' && groups[0] === '1')) {
    const area = groups[groups.length - 3];
    if (!/^[2-9]/.test(area) || D.TOLL_FREE_AREA_CODES.has(area)) return undefined;
    // The separators of a real number are consistent ("555-123-4567", not "555 123-4567 2").
    return 'yes';
  }
  // Local: 555-1234
  if (sizes === '3,4' && /^[2-9]\d{2}[.\-]\d{4}$/.test(raw)) return 'cued';
  // National numbers starting with 0 (UK, Europe, Australia): 020 7946 0958, 07700 900123
  if (groups[0].startsWith('0') && groups[0].length >= 2 && digits.length >= 10 && digits.length <= 11 && groups.every((g) => g.length >= 2)) {
    return 'yes';
  }
  return undefined;
}
