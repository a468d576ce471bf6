// patient-identifier, what a sentence says around a word: a Title Case heading, clinical care,
// a confirmation that someone is a patient ("thanks for coming in"), who a number or room
// belongs to (the clinic or a person), a colleague or member of staff nearby, someone the post
// introduced by a job ("Ann-Marie Horan, Executive Committee member of…"). The finders of names,
// numbers and dates ask these questions; each answer per sentence is worked out once.

import { hasLetter } from '../derived';
import * as D from './patient-identifier.data';
import { base, COMMA_GAP, isFirstName, PostWords } from './patient-identifier.words';

/** The post's words with the questions the finders ask about their sentences. */
export class PostContext extends PostWords {
  private readonly cueCache = new Map<number, boolean>();
  private readonly clinicalCache = new Map<number, boolean>();
  private readonly titleCache = new Map<number, boolean>();

  /** A heading or title in Title Case: capitalised words there are not names. */
  titleCase(s: number): boolean {
    if (s < 0) return false;
    let v = this.titleCache.get(s);
    if (v === undefined) this.titleCache.set(s, (v = this.computeTitleCase(s)));
    return v;
  }

  private computeTitleCase(s: number): boolean {
    let words = 0;
    let caps = 0;
    for (let i = this.sentFirst[s]; i < this.sentLast[s]; i++) {
      if (this.toks[i].lower.length < 4 || !hasLetter(this.toks[i].lower)) continue;
      words++;
      if (this.isCap(i)) caps++;
    }
    // A heading: mostly capitals, or two or more words all capitalised ("Patient Presentation:").
    return (caps >= 3 && caps / words >= 0.7) || (caps >= 2 && caps === words);
  }

  /** The sentence speaks of clinical care (a bed, an admission, a diagnosis…). */
  clinical(s: number): boolean {
    if (s < 0) return false;
    let v = this.clinicalCache.get(s);
    if (v === undefined) {
      v = false;
      for (let i = this.sentFirst[s]; i < this.sentLast[s] && !v; i++) v = D.CLINICAL_CUES.has(base(this.toks[i].lower));
      this.clinicalCache.set(s, v);
    }
    return v;
  }

  /** The sentence confirms a visit or treatment ("your surgery", "thanks for coming in", "hope the knee is healing"). */
  confirms(s: number): boolean {
    if (s < 0 || s >= this.sentFirst.length || this.sentFirst[s] < 0) return false;
    let v = this.cueCache.get(s);
    if (v === undefined) {
      let wish = false;
      let recovery = false;
      let careNoun = false;
      v = false;
      const last = this.sentLast[s];
      for (let i = this.sentFirst[s]; i < last && !v; i++) {
        const w = this.toks[i].lower;
        if (D.WELL_WISHES.has(w)) wish = true;
        if (w === 'your') {
          for (let j = i + 1; j <= i + 3 && j < last; j++) if (D.YOUR_CLINICAL_NOUNS.has(this.toks[j].lower)) v = true;
        } else if (D.VISIT_VERBS.has(w)) {
          v = i + 1 < last && (this.lower(i + 1) === 'in' || this.lower(i + 1) === 'by');
        } else if (D.RECOVERY_WORDS.has(w)) {
          recovery = true;
        } else if (w === 'well' && this.lower(i - 1) === 'get') {
          v = true;
        } else if (w === 'better' && this.lower(i - 1).startsWith('feel')) {
          v = true;
        } else if (D.YOUR_CLINICAL_NOUNS.has(w) && (D.CARE_DETERMINERS.has(this.lower(i - 1)) || D.CARE_DETERMINERS.has(this.lower(i - 2)))) {
          careNoun = true;
        }
      }
      v = v || (wish && (recovery || careNoun));
      this.cueCache.set(s, v);
    }
    return v;
  }

  /**
   * A confirmation in the name's sentence, or next to it when that sentence is only a greeting
   * ("Sarah! Great to see you…") or a thank-you ("Thank you for your kind review, Jenny! We're
   * so glad your knee replacement went well.").
   */
  confirmsAround(s: number): boolean {
    if (this.confirms(s)) return true;
    const short = s >= 0 && this.sentLast[s] - this.sentFirst[s] <= 4;
    if (short) return this.confirms(s - 1) || this.confirms(s + 1);
    return this.thanks(s) && this.confirms(s + 1);
  }

  thanks(s: number): boolean {
    if (s < 0 || s >= this.sentFirst.length || this.sentFirst[s] < 0) return false;
    for (let i = this.sentFirst[s]; i < this.sentLast[s]; i++) if (this.toks[i].lower === 'thank' || this.toks[i].lower === 'thanks') return true;
    return false;
  }

  /**
   * Who a number, address or room belongs to, judged by the nearest telling word before it
   * in the same sentence (or in a short sentence just before, such as "Questions?").
   */
  ownerBefore(tokenIndex: number, offset: number): 'clinic' | 'person' | undefined {
    const near = this.prose.slice(Math.max(0, offset - 4), offset);
    if (/[☎📞📱✉📧]/u.test(near)) return 'clinic';
    const t = this.toks;
    let i = tokenIndex - 1;
    let cur = tokenIndex < t.length ? this.sentOf[tokenIndex] : -1;
    if (cur < 0 && i >= 0) cur = this.sentOf[i];
    let crossed = false;
    let label = -1;
    for (let steps = 0; i >= 0 && steps < 10; i--, steps++) {
      if (this.sentOf[i] !== cur) {
        // A short lead-in sentence ("Questions?", "Appointments:") may speak for the number.
        const p = this.sentOf[i];
        if (crossed || p < 0 || this.sentLast[p] - this.sentFirst[p] > 4) break;
        crossed = true;
        cur = p;
      }
      const w = t[i].lower;
      if (D.PERSON_CUES.has(base(w)) || (w.endsWith("'s") && D.PATIENT_NOUNS.has(base(w)))) return 'person';
      if (D.CONTACT_LABELS.has(w)) label = i;
      else if (D.CLINIC_CUES.has(w)) return 'clinic';
      else if (this.isCap(i) && isFirstName(base(w)) && !this.afterClinicianTitle(i)) return 'person';
    }
    // "Phone: …" or "Tel …" at the start of a line or sentence is the practice's contact line.
    if (label >= 0 && (label === 0 || /\n/.test(this.gap(label)) || this.isSentenceStart(label))) return 'clinic';
    return undefined;
  }

  /** Like ownerBefore, for the words just after ("Room 4 is now our vaccination room"). */
  ownerAfter(from: number): 'clinic' | 'person' | undefined {
    const s = from > 0 ? this.sentOf[from - 1] : -1;
    for (let i = from; i < this.toks.length && i < from + 6 && this.sentOf[i] === s; i++) {
      const w = this.toks[i].lower;
      if (D.PERSON_CUES.has(w) || (w.endsWith("'s") && D.PATIENT_NOUNS.has(base(w)))) return 'person';
      if (D.CLINIC_CUES.has(w) && !D.CONTACT_LABELS.has(w)) return 'clinic';
    }
    return undefined;
  }

  afterClinicianTitle(i: number): boolean {
    return i > 0 && D.CLINICIAN_TITLES.has(this.toks[i - 1].lower) && this.titleSpaced(i);
  }

  /** The sentence names a clinician ("Dr. Lee") or a colleague ("our founder"). */
  colleagueIn(s: number): boolean {
    if (s < 0) return false;
    for (let i = this.sentFirst[s]; i < this.sentLast[s]; i++) {
      const w = this.toks[i].lower;
      if (D.STAFF_NOUNS.has(w) || (D.CLINICIAN_TITLES.has(w) && i + 1 < this.sentLast[s] && this.isCap(i + 1))) return true;
    }
    return false;
  }

  nearStaff(first: number, last: number): boolean {
    for (let j = Math.max(0, first - 3); j < Math.min(this.toks.length, last + 4); j++) {
      if ((j < first || j >= last) && this.sameSentence(j, first) && D.STAFF_NOUNS.has(base(this.toks[j].lower))) return true;
    }
    return false;
  }

  private professionals?: Set<string>;
  /**
   * Names the post introduces by a job: "Ann-Marie Horan, Executive Committee member of the Irish
   * Pharmacy Union, …", or as one of the practice's own: "Julianne is our new Treatment
   * Coordinator", "Gail is a great nurse". A later "Ms Horan" in a sentence about symptoms is that spokesperson.
   */
  introducedByRole(lower: string): boolean {
    if (!this.professionals) {
      this.professionals = new Set();
      for (let i = 0; i + 1 < this.toks.length; i++) {
        if (!this.isCap(i)) continue;
        if (COMMA_GAP.test(this.gap(i + 1))) {
          for (let j = i + 1; j < Math.min(this.toks.length, i + 8) && this.sameSentence(i, j); j++) {
            if (D.ROLE_WORDS.has(base(this.toks[j].lower))) this.professionals.add(this.toks[i].lower);
          }
        } else if (D.COPULAS.has(this.toks[i + 1].lower) && this.roleFrom(i + 2)) this.professionals.add(this.toks[i].lower);
      }
    }
    return this.professionals.has(lower);
  }

  /** "our new Treatment Coordinator", "our practice manager", "a great nurse": a member of staff's role, starting at i. */
  private roleFrom(i: number): boolean {
    if (this.lower(i) !== 'our' && this.lower(i) !== 'a' && this.lower(i) !== 'an') return false;
    for (let j = i + 1; j < Math.min(this.toks.length, i + 5) && this.sameSentence(i, j); j++) {
      if (D.ROLE_WORDS.has(base(this.toks[j].lower))) return true;
    }
    return false;
  }
}
