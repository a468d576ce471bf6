import * as assert from 'node:assert/strict';
import { parsePost } from '../../../server/src/engine';
import { fleschKincaid, measureSentences, syllableCount } from '../../../server/src/engine/rules/reading-level';
import { ruleTester } from '../../helpers/rule-tester';

const SIMPLE =
  'Flu season is here. The vaccine is the best way to protect yourself and the people you love. It takes about two weeks to work, so get it soon. You can get it at our clinic or at most pharmacies. Ask us if you have questions.';

const HARD_1 =
  'Individuals experiencing persistent gastrointestinal symptoms, particularly abdominal discomfort accompanied by unintentional weight reduction, should arrange a comprehensive evaluation with their healthcare provider.';
const HARD_2 = 'Additionally, comprehensive screening recommendations vary considerably depending on individual risk factors and family history.';
const HARD_3 = 'Preventative colonoscopy examinations substantially decrease colorectal cancer mortality among eligible populations.';
const HARD_4 = 'Unfortunately, considerable misinformation regarding preparation requirements discourages participation.';
const EASY = 'Book a visit if you are worried. We are here to help.';

ruleTester('reading-level', {
  valid: [
    { text: SIMPLE, name: 'a plain post' },
    { text: `${SIMPLE}\n\n${SIMPLE}`, name: 'a longer plain post' },
    { text: HARD_1, name: 'too short to judge (fewer than 30 words)' },
    { text: `${HARD_1} ${HARD_2} ${EASY}`, config: { audience: 'professionals' }, name: 'posts for professionals are not checked' },
    { text: `${SIMPLE}\n\n\`\`\`\n${HARD_1} ${HARD_2}\n\`\`\``, name: 'code blocks are not prose' },
    {
      text: `${SIMPLE} #HypercholesterolemiaAwareness #CardiovascularPrevention #GastroenterologyCommunity #ComprehensiveScreening`,
      name: 'hashtags are not words',
    },
    { text: `${SIMPLE} Read https://example.org/comprehensive-gastrointestinal-evaluation-recommendations-for-individuals`, name: 'URLs are not words' },
    { text: `${HARD_1} ${HARD_2} ${EASY}`, config: { rules: { 'reading-level': ['info', { maxGrade: 30 }] } }, name: 'option maxGrade' },
    { text: 'Clinic hours: 9 to 5, Monday to Friday. Call 555 0100. Flu shots 12, 13, 14 and 15 October, 2 to 6 pm. Free parking. See you soon. Bring your card.', name: 'numbers are not words' },
  ],
  invalid: [
    {
      text: `${HARD_1} ${HARD_2} ${EASY}`,
      name: 'the hard sentences are marked, not the easy ones',
      findings: [{ flagged: HARD_1 }, { flagged: HARD_2 }],
    },
    {
      text: `${HARD_1} ${HARD_2} ${HARD_3} ${HARD_4} ${EASY}`,
      name: 'at most three sentences, the hardest',
      findings: [{ flagged: HARD_1 }, { flagged: HARD_3 }, { flagged: HARD_4 }],
    },
    {
      text: `${HARD_1} ${HARD_2} ${HARD_3} ${HARD_4} ${EASY}`,
      config: { rules: { 'reading-level': ['info', { maxSentences: 1 }] } },
      name: 'option maxSentences',
      findings: [{ flagged: HARD_4 }],
    },
    {
      text: HARD_1,
      config: { rules: { 'reading-level': ['info', { minWords: 10 }] } },
      name: 'option minWords',
      findings: [{ flagged: HARD_1 }],
    },
    {
      text: SIMPLE,
      config: { rules: { 'reading-level': ['info', { maxGrade: 1 }] } },
      name: 'option maxGrade (the plain post reads at about grade 2)',
      findings: [
        { flagged: 'The vaccine is the best way to protect yourself and the people you love.' },
        { flagged: 'It takes about two weeks to work, so get it soon.' },
        { flagged: 'You can get it at our clinic or at most pharmacies.' },
      ],
    },
    {
      text: `${HARD_3} Unbelievably.`,
      config: { rules: { 'reading-level': ['info', { minWords: 5 }] } },
      name: 'a one-word sentence is never the hardest sentence',
      findings: [{ flagged: HARD_3 }],
    },
    {
      text: `---\nplatform: facebook\n---\n${HARD_1}\n\n${HARD_2}\n\n${EASY}`,
      name: 'front matter is not prose; paragraphs',
      findings: [{ flagged: HARD_1 }, { flagged: HARD_2 }],
    },
    {
      text: `Important information:\n\n- ${HARD_2.slice(0, -1)}\n- ${HARD_4.slice(0, -1)}\n- ${EASY}`,
      name: 'list items are sentences',
      findings: [{ flagged: HARD_2.slice(0, -1) }, { flagged: HARD_4.slice(0, -1) }],
    },
    {
      text: `${HARD_1} ${HARD_2} ${EASY}`,
      config: { audience: 'patients' },
      name: 'audience "patients" set explicitly',
      findings: [{ flagged: HARD_1 }, { flagged: HARD_2 }],
    },
  ],
});

describe('reading-level: syllables', () => {
  const words: Record<string, number> = {
    the: 1, make: 1, table: 2, people: 2, health: 1, healthcare: 2, vaccine: 2, vaccination: 4, medicine: 3,
    patient: 2, information: 4, radio: 3, media: 3, bacteria: 4, pneumonia: 4, diabetes: 4, hypertension: 4,
    walked: 1, wanted: 2, changes: 2, makes: 1, studies: 2, beyond: 2, you: 1, being: 2, easier: 3, lately: 2,
    management: 3, safety: 2, serious: 3, usual: 3, quality: 3, language: 2, video: 3, osteoporosis: 6,
    continuous: 4, everyone: 3, 'follow-up': 3, "don't": 1, 'COVID-19': 2, CDC: 3, nausea: 3, anaemia: 4,
    experience: 4, physician: 3, calcium: 3, million: 2, able: 2, cardiovascular: 6, individual: 5, Café: 2,
  };
  for (const [word, count] of Object.entries(words)) {
    it(`${word}: ${count}`, () => assert.equal(syllableCount(word), count));
  }
});

describe('reading-level: grade', () => {
  it('follows the Flesch–Kincaid formula', () => {
    // 100 words, 5 sentences, 150 syllables: 0.39 × 20 + 11.8 × 1.5 − 15.59 = 9.91
    assert.ok(Math.abs(fleschKincaid(100, 5, 150) - 9.91) < 1e-9);
  });
  it('counts words per sentence without hashtags, mentions or numbers', () => {
    const doc = parsePost('Call @clinic on 555 0100 today. #flu #health\n\nThanks!');
    assert.deepEqual(
      measureSentences(doc).map((s) => s.words),
      [3, 1],
    );
  });
});
