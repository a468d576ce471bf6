import { strict as assert } from 'node:assert';
import { applyEdits, matchCase } from '../../server/src/engine';

describe('edits', () => {
  describe('matchCase: a replacement keeps the style of the words it replaces', () => {
    const cases: [original: string, replacement: string, expected: string][] = [
      ['guaranteed', 'likely', 'likely'],
      ['Guaranteed', 'likely', 'Likely'],
      ['GUARANTEED', 'likely', 'LIKELY'],
      ['100% Guaranteed', 'likely', 'Likely'],
      ['I', 'we', 'We'], // one capital letter is a capitalised word, not shouting
      ['iPhone', 'phone', 'phone'],
      ['#1', 'a leading', 'a leading'],
      ['ÉNORME', 'big', 'BIG'],
      ['Über', 'very', 'Very'],
      ['über', 'very', 'very'],
      ['«Garanti»', 'likely', 'Likely'],
      ['診療', 'clinic', 'clinic'], // letters without case leave it as written
      ['GARANTIE 診療', 'likely', 'LIKELY'],
      ['anything', '', ''],
    ];
    for (const [original, replacement, expected] of cases) {
      it(`"${original}" → "${expected}"`, () => assert.equal(matchCase(original, replacement), expected));
    }
  });

  it('applyEdits applies edits in order and skips one that overlaps an earlier one', () => {
    const result = applyEdits('We cure pain fast.', [
      { start: 13, end: 17, newText: 'soon' },
      { start: 3, end: 7, newText: 'treat' },
      { start: 5, end: 9, newText: 'x' },
    ]);
    assert.deepEqual(result, { text: 'We treat pain soon.', applied: 2 });
  });
});
