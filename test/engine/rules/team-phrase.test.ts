import * as assert from 'node:assert/strict';
import { createLinter, type PostlintConfig } from '../../../server/src/engine';
import { MAX_SPELLINGS, PhraseMatcher } from '../../../server/src/engine/phrases';
import { ruleTester } from '../../helpers/rule-tester';

const config: PostlintConfig = {
  phrases: [
    { phrase: 'Smile Studio', message: 'We renamed the practice to Bright Dental in 2026.', replacements: ['Bright Dental'] },
    { phrase: 'walk-in', message: 'We only see patients by appointment since March.', replacements: [''] },
    { phrase: 'cancer survivor', message: 'Our patients asked us to say "person living after cancer".', replacements: ['person living after cancer'] },
    { phrase: 'Dr. Smile', message: 'Use the dentist\'s full name.', replacements: ['Dr Ana Smile'] },
    { phrase: '24/7', message: 'We are not open around the clock.' },
  ],
};

ruleTester('team-phrase', {
  valid: [
    { text: 'Bright Dental is open on Saturdays.', config },
    { text: 'Our studio is open on Saturdays, come and smile.', config, name: 'one word of a phrase is not the phrase' },
    { text: 'Smile Studios across the country had a good year.', config, name: 'literal: no guessed plural' },
    { text: 'Walk-ins welcome.', config, name: 'literal: "walk-ins" is not "walk-in"' },
    { text: 'Support group for cancer survivors meets Monday.', config, name: 'literal: plural not guessed' },
    { text: 'Smile. Studio photos are up.', config, name: 'a sentence end between the words' },
    { text: 'Ask Dr Smile about it.', config, name: 'punctuated phrase needs its punctuation' },
    { text: 'Ask Dr. Smiles about it.', config, name: 'punctuated phrase: whole words' },
    { text: 'Call 124/7 for the office.', config, name: 'punctuated phrase: no match inside a number' },
    { text: 'Our handle is `Smile Studio` and `24/7`.', config, name: 'code spans are not prose' },
    { text: 'See https://smile-studio.example.com/smile-studio', config, name: 'links are not prose' },
    { text: 'Fine.\n<!-- old name: Smile Studio -->', config, name: 'HTML comments are not published' },
    { text: '---\nplatform: x\ntitle: Smile Studio news\n---\nOpen Saturdays.', config, name: 'front matter is not prose' },
    { text: 'Smile Studio is open on Saturdays.', name: 'no phrases configured: the rule is off' },
  ],
  invalid: [
    {
      text: 'Smile Studio is open on Saturdays.',
      config,
      findings: [{ flagged: 'Smile Studio', suggestionOutputs: ['Bright Dental is open on Saturdays.'] }],
    },
    {
      text: 'SMILE STUDIO turns ten!',
      config,
      name: 'case-insensitive, replacement keeps the capitals',
      findings: [{ flagged: 'SMILE STUDIO', suggestionOutputs: ['BRIGHT DENTAL turns ten!'] }],
    },
    { text: 'Come to smile studio today.', config, findings: [{ flagged: 'smile studio' }] },
    { text: 'Our new name: Smile\nStudio is gone.', config, name: 'a phrase may wrap a line', findings: [{ flagged: 'Smile\nStudio' }] },
    { text: 'New: walk-in hours.', config, name: 'an empty replacement offers removal', findings: [{ flagged: 'walk-in', suggestionOutputs: ['New: hours.'] }] },
    { text: 'Walk in any time.', config, name: 'a hyphenated phrase written with a space', findings: [{ flagged: 'Walk in' }] },
    {
      text: 'She is a cancer survivor and a runner.',
      config,
      findings: [{ flagged: 'cancer survivor', suggestionOutputs: ['She is a person living after cancer and a runner.'] }],
    },
    {
      text: 'Ask Dr. Smile today.',
      config,
      name: 'a phrase with punctuation matches literally',
      findings: [{ flagged: 'Dr. Smile', suggestionOutputs: ['Ask Dr Ana Smile today.'] }],
    },
    { text: 'We answer messages 24/7, and DR.  SMILE too.', config, findings: [{ flagged: '24/7' }, { flagged: 'DR.  SMILE' }] },
    { text: 'Smile Studio, Smile Studio, Smile Studio.', config, name: 'every occurrence', findings: [{ flagged: 'Smile Studio' }, { flagged: 'Smile Studio' }, { flagged: 'Smile Studio' }] },
  ],
});

describe('team-phrase details', () => {
  it('shows the team\'s message', () => {
    const [f] = createLinter(config).lint('Walk-in patients welcome!').findings.filter((x) => x.ruleId === 'team-phrase');
    assert.ok(f.message.includes('by appointment since March'));
  });

  it('is never an automatic fix', () => {
    const findings = createLinter(config).lint('Smile Studio is open.').findings.filter((x) => x.ruleId === 'team-phrase');
    assert.equal(findings.length, 1);
    assert.equal(findings[0].fix, undefined);
  });

  it('takes its severity from the configuration', () => {
    const [f] = createLinter({ ...config, rules: { 'team-phrase': 'error' } }).lint('Smile Studio is open.').findings.filter((x) => x.ruleId === 'team-phrase');
    assert.equal(f.severity, 'error');
    assert.deepEqual(createLinter({ ...config, rules: { 'team-phrase': 'off' } }).lint('Smile Studio is open.').findings.filter((x) => x.ruleId === 'team-phrase'), []);
  });

  it('a phrase the team lists that a built-in rule also flags is reported by both', () => {
    const ids = createLinter({ phrases: [{ phrase: 'book now', message: 'Legal asked us to drop it.' }] })
      .lint('Flu shots: book now.')
      .findings.map((f) => f.ruleId)
      .filter((id) => id === 'team-phrase' || id === 'hard-sell');
    assert.deepEqual(ids.sort(), ['hard-sell', 'team-phrase']);
  });

  it('a phrase with many hyphenated words or apostrophes is stored small and matches any mix of spellings', () => {
    // Each hyphen may be a space or nothing, each apostrophe left out: stored spelling by
    // spelling, 12 "x-y" made 531,441 spellings and 12 "x-y'z" ran out of memory.
    for (const [word, written] of [
      ['x-y', 'x-y x y xy x-y x-y X-Y x y xy x-y xy xy x\ny'],
      ["x-y'z", "x-y'z x y'z xy'z x-yz x-y’z xyz x yz x-y'z xy'z x yz x-y'z x-y'z"],
    ]) {
      const phrase = Array(12).fill(word).join(' ');
      const entry = { match: [phrase], replacements: [], examples: { incorrect: phrase, correct: '' }, inflect: false };
      assert.ok(new PhraseMatcher([{ ruleId: 'team-phrase', entries: [entry] }]).size <= MAX_SPELLINGS);
      const linter = createLinter({ phrases: [{ phrase, message: 'Say it shorter.' }] });
      const text = `Before ${written} after.`;
      const found = linter.lint(text).findings.filter((f) => f.ruleId === 'team-phrase');
      assert.deepEqual(found.map((f) => text.slice(f.start, f.end)), [written], word);
      const short = `Before ${Array(11).fill(word).join(' ')} after.`;
      assert.deepEqual(linter.lint(short).findings.filter((f) => f.ruleId === 'team-phrase'), [], `${word}: one word short`);
    }
  });

  it('stays fast on a huge post with a punctuated phrase', () => {
    const text = `Dr.${' '.repeat(2_000_000)}x ${'Dr. Smile '.repeat(1000)}`;
    const found = createLinter(config).lint(text).findings.filter((x) => x.ruleId === 'team-phrase');
    assert.equal(found.length, 1000);
  });
});
