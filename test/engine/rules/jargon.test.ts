import * as assert from 'node:assert/strict';
import { applyFixes, createLinter } from '../../../server/src/engine';
import { JARGON_TERMS } from '../../../server/src/engine/rules/jargon.data';
import { lintFor, ruleTester } from '../../helpers/rule-tester';

const professionals = { audience: 'professionals' as const };

ruleTester('jargon', {
  valid: [
    { text: 'High blood pressure often has no symptoms, so get yours checked once a year.' },
    { text: 'High blood pressure (hypertension) often has no symptoms.', name: 'term explained in brackets after the plain words' },
    { text: 'Hypertension (high blood pressure) often has no symptoms.', name: 'plain words in brackets after the term' },
    { text: 'Hypertension, or high blood pressure, often has no symptoms.', name: 'explained with "or"' },
    { text: 'High blood pressure, also called hypertension, often has no symptoms.', name: 'explained with "also called"' },
    { text: 'Stay NPO (nothing to eat or drink) after midnight.', name: 'abbreviation explained' },
    { text: 'New guidance on hypertension and hyperlipidemia in primary care.', config: professionals, name: 'posts for professionals are not checked' },
    { text: 'Set `hypertension: true` in the form.', name: 'code spans are not prose' },
    { text: 'Read more at https://example.com/hypertension-and-edema', name: 'URLs are not prose' },
    { text: 'Our ER and OR teams work around the clock.', name: 'ER and OR are left alone' },
    { text: 'Sharp pain at an acute angle? Chronic worry? Let us talk.', name: 'acute and chronic are everyday words' },
    { text: 'A benign neglect approach to the garden.', name: '"benign neglect" is not a diagnosis' },
    { text: 'Follow #hypertensionawareness for tips.', name: 'hashtags are single words, not the term' },
  ],
  invalid: [
    {
      text: 'Hypertension often has no symptoms, but high blood pressure still harms your heart.',
      name: 'the plain words far from the term do not explain it',
      findings: [{ flagged: 'Hypertension' }],
    },
    {
      text: 'Untreated hypertension raises your risk of stroke.',
      findings: [
        {
          flagged: 'hypertension',
          suggestionOutputs: ['Untreated high blood pressure raises your risk of stroke.', 'Untreated hypertension (high blood pressure) raises your risk of stroke.'],
        },
      ],
      output: 'Untreated high blood pressure raises your risk of stroke.',
    },
    {
      text: 'Hypertension often has no symptoms.',
      name: 'capitalisation is kept',
      findings: [{ flagged: 'Hypertension', suggestionOutputs: ['High blood pressure often has no symptoms.', 'Hypertension (high blood pressure) often has no symptoms.'] }],
      output: 'High blood pressure often has no symptoms.',
    },
    {
      text: 'Take an analgesic before the pain gets bad.',
      name: 'the article follows the replacement',
      findings: [{ flagged: 'analgesic', suggestionOutputs: ['Take a pain reliever before the pain gets bad.', 'Take an analgesic (pain reliever) before the pain gets bad.'] }],
      output: 'Take a pain reliever before the pain gets bad.',
    },
    {
      text: 'Watch for oedema or a haemorrhage after the fall.',
      name: 'UK spellings; "a" dropped before an -ing word',
      findings: [{ flagged: 'oedema' }, { flagged: 'haemorrhage', suggestionOutputs: ['Watch for oedema or bleeding after the fall.', 'Watch for oedema or a haemorrhage (bleeding) after the fall.'] }],
      output: 'Watch for swelling or bleeding after the fall.',
    },
    {
      text: 'NPO after midnight. Stay NPO until your surgery.',
      name: 'abbreviations become lower-case words, capitalised at a sentence start',
      findings: [
        { flagged: 'NPO', suggestionOutputs: ['Nothing to eat or drink after midnight. Stay NPO until your surgery.', 'NPO (nothing to eat or drink) after midnight. Stay NPO until your surgery.'] },
        { flagged: 'NPO', suggestionOutputs: ['NPO after midnight. Stay nothing to eat or drink until your surgery.', 'NPO after midnight. Stay NPO (nothing to eat or drink) until your surgery.'] },
      ],
      // No `output`: NPO has no automatic fix ("Stay nothing to eat or drink" is not a sentence), see below.
    },
    {
      text: 'Surgery tomorrow? Remember to stay NPO after midnight, and tell us about any edema.',
      name: 'fix all leaves "stay NPO" for the writer and still fixes the other terms',
      findings: [{ flagged: 'NPO' }, { flagged: 'edema' }],
      output: 'Surgery tomorrow? Remember to stay NPO after midnight, and tell us about any swelling.',
    },
    {
      text: 'Gentle exercise is not contraindicated in pregnancy. Drink plenty of water if you have cystitis.',
      name: 'no automatic fix where the plain words would break the sentence ("not not recommended", "have bladder infection")',
      findings: [
        { flagged: 'contraindicated', suggestionOutputs: ['Gentle exercise is not not recommended in pregnancy. Drink plenty of water if you have cystitis.', 'Gentle exercise is not contraindicated (not recommended) in pregnancy. Drink plenty of water if you have cystitis.'] },
        { flagged: 'cystitis' },
      ],
    },
    {
      text: 'Use the inhaler PRN.\n- PRN for wheezing',
      findings: [{ flagged: 'PRN' }, { flagged: 'PRN' }],
      output: 'Use the inhaler as needed.\n- As needed for wheezing',
    },
    {
      text: 'Chest pain can be a sign of a myocardial infarction or a cerebrovascular accident.',
      findings: [{ flagged: 'myocardial infarction' }, { flagged: 'cerebrovascular accident' }],
      output: 'Chest pain can be a sign of a heart attack or a stroke.',
    },
    {
      text: 'Good news: the lump was BENIGN.',
      name: 'all capitals stay all capitals',
      findings: [{ flagged: 'BENIGN', suggestionOutputs: ['Good news: the lump was NON-CANCEROUS.', 'Good news: the lump was BENIGN (NON-CANCEROUS).'] }],
      output: 'Good news: the lump was NON-CANCEROUS.',
    },
    {
      text: 'Calf pain after a flight can be a deep vein thrombosis.',
      name: 'a replacement with its own article replaces the article',
      findings: [{ flagged: 'deep vein thrombosis' }],
      output: 'Calf pain after a flight can be a blood clot in a deep vein.',
    },
    {
      text: 'Dyspnea, contusions and\nhyperlipidemia explained.',
      name: 'several terms, one wrapping a line',
      findings: [{ flagged: 'Dyspnea' }, { flagged: 'contusions' }, { flagged: 'hyperlipidemia' }],
      output: 'Shortness of breath, bruises and\nhigh cholesterol explained.',
    },
    {
      text: 'Hypertension is common in our community.',
      config: { audience: 'patients' },
      name: 'audience "patients" set explicitly',
      findings: [{ flagged: 'Hypertension' }],
    },
  ],
});

describe('jargon: no automatic fix where the plain words do not fit the sentence', () => {
  for (const text of [
    'NPO after midnight. Stay NPO until your surgery.',
    'Remember to stay NPO after midnight.',
    'Gentle exercise is not contraindicated in pregnancy. Drink plenty of water if you have cystitis.',
  ]) {
    it(text, () => {
      const { findings } = lintFor('jargon', { text });
      assert.ok(findings.length > 0, 'the terms are flagged');
      assert.ok(findings.every((f) => f.fix === undefined && f.suggestions.length === 2), 'suggestions only');
      assert.equal(applyFixes(text, findings).text, text, 'fix all leaves the sentence as written');
    });
  }
});

describe('jargon data', () => {
  const linter = createLinter({});
  const jargonIn = (text: string) => linter.lint(text).findings.filter((f) => f.ruleId === 'jargon');

  it('has at least 100 terms', () => {
    assert.ok(JARGON_TERMS.length >= 100, `${JARGON_TERMS.length} terms`);
  });

  it('every entry offers the plain words first, then the term explained', () => {
    for (const entry of JARGON_TERMS) {
      assert.equal(entry.replacements.length, 2, entry.match[0]);
      assert.equal(entry.replacements[1], `${entry.match[0]} (${entry.replacements[0]})`);
    }
  });

  it('the plain words and the explained form never contain another term (the fix re-lints clean)', () => {
    for (const entry of JARGON_TERMS) {
      for (const r of entry.replacements) {
        const text = `Note: ${r} matters.`;
        assert.deepEqual(jargonIn(text).map((f) => text.slice(f.start, f.end)), [], r);
      }
    }
  });

  it('fixing every incorrect example leaves no jargon (terms with a safe fix)', () => {
    for (const entry of JARGON_TERMS.filter((e) => e.safeFix !== false)) {
      const text = entry.examples.incorrect;
      const fixed = applyFixes(text, jargonIn(text)).text;
      assert.deepEqual(jargonIn(fixed).map((f) => fixed.slice(f.start, f.end)), [], fixed);
    }
  });

  it('a term marked safeFix: false gets both suggestions and no automatic fix; every other term gets its plain words as the fix', () => {
    const flagged = JARGON_TERMS.filter((e) => e.safeFix === false);
    assert.ok(flagged.some((e) => e.match.includes('NPO')), 'NPO has no safe fix');
    for (const entry of JARGON_TERMS) {
      const text = entry.examples.incorrect;
      const found = jargonIn(text);
      assert.equal(found.length, 1, text);
      assert.equal(found[0].suggestions.length, 2, text);
      if (entry.safeFix === false) {
        assert.equal(found[0].fix, undefined, text);
        assert.equal(applyFixes(text, found).text, text);
      } else {
        assert.deepEqual(found[0].fix, found[0].suggestions[0], text);
      }
    }
  });
});
