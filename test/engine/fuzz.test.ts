// A slice of the fuzzer (scripts/fuzz.mjs runs 100,000): 2,000 random and mutated posts and
// configurations with a fixed seed. No throw, no failing rule, no range outside the post,
// no post over a time budget linear in its length, nothing logged.
import * as assert from 'node:assert/strict';
import { fuzz, leaks, makeInput } from '../helpers/fuzz';

describe('fuzzing the engine', function () {
  this.timeout(300_000);

  it('inputs are made from the seed and their index alone', () => {
    assert.deepEqual(makeInput(7, 123), makeInput(7, 123));
    assert.notDeepEqual(makeInput(7, 123), makeInput(7, 124));
  });

  it('2,000 inputs of up to 20,000 characters (seed 20261206): no crash, hang or log', () => {
    // Size is the growth test's concern; this slice keeps to posts of a real size.
    const result = fuzz(20261206, 2000, 0, undefined, 20_000);
    assert.deepEqual(result.failures, []);
  });

  it('a log line with a run of the post counts as a leak', () => {
    assert.equal(leaks('error near Johnathan Smithers', 'Our patient Johnathan Smithers'), false, 'words under 12 characters');
    assert.equal(leaks('error near ABCDEFGHIJKLMN', 'id ABCDEFGHIJKLMN here'), true);
  });
});
