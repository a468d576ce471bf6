import type { PostDocument, Token } from '../document';
import { matchCase, replacementEdit } from '../edits';
import type { PhraseMatch } from '../phrases';
import { analyse } from '../analysis';
import { defineRule } from '../rule';
import type { Suggestion, TextEdit } from '../types';
import { SELF_PRAISE_PHRASES, type SelfPraiseEntry } from './self-praise.data';
import { isQuoted, plural, sentenceOf, tokenIndexAt, windowAfter, windowBefore, type SentenceTokens } from './shared/context';
import { sentenceAt } from './shared/meaning';
import { othersBefore, thanksOrLoad } from './self-praise.context';
import { canManage, readBoasts, type BoastFinding } from './self-praise.reading';

const SELF = new Set("we we're we've we'll we'd weve our ours ourselves us i i'm im i've ive i'll i'd my me myself mine".split(' '));
const POSSESSIVE = new Set(['our', 'my']);
// Words after which the praise is about someone else: "guidelines from renowned experts", "a study by world-class researchers".
const BLOCKERS = new Set('from by among amongst alongside about at like unlike than between versus vs'.split(' '));
// "with" is someone else after these verbs ("we partnered with world-class hospitals"), ours otherwise ("a clinic with world-class surgeons").
const COLLABORATE = new Set(
  'partner partners partnered partnering work works worked working collaborate collaborates collaborated collaborating train trained training teamed consulted spoke speak talk talked chatted met meet joined join studied learned learnt'.split(' '),
);
// "of" is ours after these nouns ("our team of award-winning dentists"), someone else's otherwise.
const GROUPS = new Set('team staff group crew family panel network practice clinic department unit'.split(' '));
// Praise that describes the practice itself: "the award-winning team at Smile Dental".
const PRACTICE_NOUNS = new Set('clinic clinics practice practices team teams staff'.split(' '));
// Helping readers choose is not self-praise: "how to find the best dentist in town".
const SEEKING = new Set('find finding choose choosing pick picking look looking search searching seek seeking compare comparing recommend recommending'.split(' '));
const PLACES = new Set(
  'town city area region state country county world neighbourhood neighborhood village suburb suburbs valley district borough nation business'.split(' '),
);

function selfReference(doc: PostDocument, match: PhraseMatch, sentence: SentenceTokens): boolean {
  const { tokens, text } = doc;
  const isSelf = (t: Token) => SELF.has(t.lower) && !(t.lower === 'us' && text.slice(t.start, t.end) === 'US');
  for (let k = match.firstToken - 1, from = windowBefore(sentence, match, 15); k >= from; k--) {
    const t = tokens[k];
    if (isSelf(t)) return true;
    if (BLOCKERS.has(t.lower)) return false;
    const before = tokens[k - 1]?.lower ?? '';
    if (t.lower === 'with' && COLLABORATE.has(before)) return false;
    if (t.lower === 'of' && !GROUPS.has(before)) return false;
  }
  const next = tokens[match.endToken];
  if (next && match.endToken < sentence.last && PRACTICE_NOUNS.has(next.lower)) return true;
  for (let k = match.endToken, to = windowAfter(sentence, match, 5); k < to; k++) if (POSSESSIVE.has(tokens[k].lower)) return true;
  return false;
}

/** Followed by a place: "in town", "in the city", "around", "in Leeds". */
function placeAfter(doc: PostDocument, match: PhraseMatch, sentence: SentenceTokens): boolean {
  const { tokens, text } = doc;
  const at = (k: number) => (k < sentence.last ? tokens[k] : undefined);
  const a = at(match.endToken);
  if (!a) return false;
  if (a.lower === 'around' || a.lower === 'nearby' || a.lower === 'locally') return true;
  if (a.lower !== 'in' && a.lower !== 'across') return false;
  let k = match.endToken + 1;
  if (at(k)?.lower === 'the' || at(k)?.lower === 'all') k++;
  const b = at(k);
  if (!b) return false;
  if (PLACES.has(b.lower)) return true;
  const initial = text[b.start];
  return b.lower !== 'i' && initial !== initial.toLowerCase();
}

function seeking(doc: PostDocument, match: PhraseMatch, sentence: SentenceTokens): boolean {
  for (let k = match.firstToken - 1, from = windowBefore(sentence, match, 3); k >= from; k--) if (SEEKING.has(doc.tokens[k].lower)) return true;
  return false;
}

function article(word: string): 'a' | 'an' {
  const w = word.toLowerCase();
  if (/^(?:hon|hour|heir)/.test(w)) return 'an';
  if (/^(?:uni|use|usu|eu|one|once|ur)/.test(w)) return 'a';
  return /^[aeiou]/.test(w) ? 'an' : 'a';
}

/** The rewording, with "a"/"an" in front of it fixed when the next word changes ("an award-winning team" → "a team"). */
function rewordEdit(doc: PostDocument, match: PhraseMatch, replacement: string): TextEdit {
  const { text, tokens } = doc;
  const base = replacementEdit(text, match.start, match.end, replacement);
  const prev = tokens[match.firstToken - 1];
  if (!prev || (prev.lower !== 'a' && prev.lower !== 'an') || !/^[ \t]+$/.test(text.slice(prev.end, match.start))) return base;
  const following = replacement !== '' ? base.newText : tokens[match.endToken] ? text.slice(tokens[match.endToken].start, tokens[match.endToken].end) : '';
  if (!following) return base;
  const wanted = article(following);
  if (wanted === prev.lower) return base;
  const fixed = matchCase(text.slice(prev.start, prev.end), wanted);
  return replacement !== ''
    ? { start: prev.start, end: base.end, newText: `${fixed}${text.slice(prev.end, match.start)}${base.newText}` }
    : { start: prev.start, end: base.end, newText: `${fixed} ` };
}

function suggestions(doc: PostDocument, match: PhraseMatch): Suggestion[] {
  const entry = match.entry as SelfPraiseEntry;
  const { tokens, text } = doc;
  const original = text.slice(match.start, match.end);
  const isPlural = /[^s]s$/.test(tokens[match.endToken - 1].lower);
  const startsWithThe = tokens[match.firstToken].lower === 'the';
  return entry.replacements.map((r) => {
    let wording = r;
    if (wording && entry.noun && isPlural) wording = wording.replace(entry.noun, entry.noun.replace(/\S+$/, (w) => plural(w)));
    if (wording && entry.article && startsWithThe && !isPlural) wording = `${article(wording)} ${wording}`;
    const edit = rewordEdit(doc, match, wording);
    return { title: r === '' ? `Remove "${original}"` : `Replace with "${matchCase(original, wording)}"`, edits: [edit] };
  });
}

export default defineRule({
  meta: {
    id: 'self-praise',
    guideline: 'promote-conversation',
    defaultSeverity: 'warning',
    description: 'Superlatives about yourself or your practice ("the best dentist in town", "#1-rated", "world-class", "award-winning").',
    why: 'Patients cannot check superlatives, every clinic uses them, and health-advertising rules often forbid them. Posts that praise the practice read as adverts; facts and useful information earn more trust.',
    goodExample: 'Our physios have helped people in this town recover from sports injuries for 15 years. What would you like to know about getting back to running?',
    fixable: false,
    hasSuggestions: true,
  },
  phrases: () => SELF_PRAISE_PHRASES,
  check(context) {
    const { doc } = context;
    const analysis = analyse(doc);
    const reported = new Set<number>();
    for (const match of context.phraseMatches) {
      const entry = match.entry as SelfPraiseEntry;
      if (isQuoted(doc.text, match.start, match.end)) continue;
      const sentence = sentenceOf(doc, match);
      if (entry.needs !== 'self' && seeking(doc, match, sentence)) continue;
      const praisesSelf =
        entry.needs === 'always' ||
        ((entry.needs === 'self' || entry.needs === 'self-or-place') && selfReference(doc, match, sentence)) ||
        ((entry.needs === 'place' || entry.needs === 'self-or-place') && placeAfter(doc, match, sentence));
      if (!praisesSelf) continue;
      // "Congratulations to our award-winning midwife": praise of colleagues, not of yourself.
      const sentenceIndex = sentenceAt(analysis, match.start);
      if (sentenceIndex >= 0 && thanksOrLoad(analysis, analysis.sentences[sentenceIndex])) continue;
      // "becoming the best GP I can be": an aim, not a claim.
      if (canManage(analysis.tokens, tokenIndexAt(analysis.tokens, match.end))) continue;
      // "Clinics that say they are the best in the country", "they are the best surgeons in the world": about someone else.
      if (entry.needs !== 'self' && othersBefore(analysis, tokenIndexAt(analysis.tokens, match.start))) continue;
      const original = doc.text.slice(match.start, match.end);
      context.report({
        start: match.start,
        end: match.end,
        message: `"${original}" praises your own practice. Patients cannot check superlatives like this, they read as advertising and they can breach advertising rules for health professionals. ${entry.note ?? 'Facts and helpful information earn more trust than praise.'} Remove it, or state something patients can verify, such as a qualification or years of experience.`,
        suggestions: suggestions(doc, match),
      });
      reported.add(sentenceIndex);
    }
    // What the phrase list does not know: ranks, superlatives, awards, volume and success-rate boasts in any wording.
    for (const f of readBoasts(analysis)) {
      if (reported.has(sentenceAt(analysis, f.start)) || isQuoted(doc.text, f.start, f.end)) continue;
      context.report({ start: f.start, end: f.end, message: BOAST_MESSAGES[f.kind] });
    }
  },
});


const CLOSING = 'Patients cannot check claims like this, they read as advertising, and health-advertising rules in many countries forbid them.';
const BOAST_MESSAGES: Record<BoastFinding['kind'], string> = {
  rank: `This ranks your practice or its people above others ("number one", "leading", "top"). ${CLOSING} Say what you do and for whom instead, or a fact patients can verify, such as a qualification.`,
  superlative: `This praises your practice with a superlative ("the best", "the most successful", "the most advanced"). ${CLOSING} Describe what you offer plainly, and let patients judge.`,
  superior: `This claims to be better than other clinics or clinicians. ${CLOSING} Explain what you offer and who it suits, without comparing yourself to others.`,
  award: `"Award-winning" used as a standing label reads as advertising. If an award matters, name it and the year once, as a fact; otherwise remove it.`,
  volume: `A large count of treatments, doctors or publications used as a selling point is a boast: it says nothing about whether a treatment suits the reader. ${CLOSING} Share useful information instead, or a fact that helps patients choose.`,
  success: `A success or satisfaction rate quoted for your own practice reads as a promise patients cannot check, and results differ from person to person. Remove it, or explain what affects results and invite questions.`,
};
