// What `<!-- postlint-… -->` comments silence. Checked through the whole linter with the
// hard-sell rule ("book now", "call today") as the rule being silenced.
import * as assert from 'node:assert/strict';
import { createLinter, parsePost, RULE_IDS } from '../../server/src/engine';
import { readSuppressions } from '../../server/src/engine/suppressions';

const linter = createLinter({});
const flagged = (text: string, ruleId = 'hard-sell') =>
  linter
    .lint(text)
    .findings.filter((f) => f.ruleId === ruleId)
    .map((f) => text.slice(f.start, f.end));

describe('suppressions', () => {
  describe('disable-next-line', () => {
    it('silences the named rule on the next line only', () => {
      assert.deepEqual(flagged('<!-- postlint-disable-next-line hard-sell -->\nBook now!\nCall today!'), ['Call today']);
    });
    it('does not silence the line the comment is on', () => {
      assert.deepEqual(flagged('Book now! <!-- postlint-disable-next-line hard-sell -->\nCall today!'), ['Book now']);
    });
    it('does not silence other rules', () => {
      assert.deepEqual(flagged('<!-- postlint-disable-next-line self-praise -->\nBook now!'), ['Book now']);
    });
    it('without ids silences every rule on that line', () => {
      assert.deepEqual(flagged('<!-- postlint-disable-next-line -->\nBook now!\nCall today!'), ['Call today']);
    });
    it('takes several ids, with commas or spaces', () => {
      assert.deepEqual(flagged('<!-- postlint-disable-next-line self-praise,hard-sell -->\nBook now!'), []);
      assert.deepEqual(flagged('<!-- postlint-disable-next-line self-praise hard-sell -->\nBook now!'), []);
    });
    it('works with CRLF line ends', () => {
      assert.deepEqual(flagged('<!-- postlint-disable-next-line hard-sell -->\r\nBook now!\r\nCall today!'), ['Call today']);
    });
    it('at the end of the post silences nothing and does not fail', () => {
      assert.deepEqual(flagged('Book now!\n<!-- postlint-disable-next-line hard-sell -->'), ['Book now']);
    });
    it('a note after "--" is not read as rule ids', () => {
      const text = '<!-- postlint-disable-next-line hard-sell -- approved by the practice manager -->\nBook now!';
      assert.deepEqual(flagged(text), []);
      assert.deepEqual(flagged(text, 'inline-comment'), []);
    });
  });

  describe('disable-line', () => {
    it('silences the line the comment is on', () => {
      assert.deepEqual(flagged('Book now! <!-- postlint-disable-line hard-sell -->\nCall today!'), ['Call today']);
    });
  });

  describe('disable / enable', () => {
    it('silences from the comment to the matching enable', () => {
      assert.deepEqual(flagged('Call today!\n<!-- postlint-disable hard-sell -->\nBook now!\nBook now!\n<!-- postlint-enable hard-sell -->\nCall today!'), [
        'Call today',
        'Call today',
      ]);
    });
    it('an enable without ids ends every open disable', () => {
      assert.deepEqual(flagged('<!-- postlint-disable hard-sell, self-praise -->\nBook now!\n<!-- postlint-enable -->\nCall today!'), ['Call today']);
    });
    it('a disable without enable runs to the end of the post', () => {
      assert.deepEqual(flagged('Call today!\n<!-- postlint-disable hard-sell -->\nBook now!\n\nMore text.\nCall today!'), ['Call today']);
    });
    it('enabling another rule leaves this one silenced', () => {
      assert.deepEqual(flagged('<!-- postlint-disable hard-sell -->\nBook now!\n<!-- postlint-enable self-praise -->\nCall today!'), []);
    });
    it('a disable without ids silences every rule', () => {
      assert.deepEqual(flagged('<!-- postlint-disable -->\nBook now!\n<!-- postlint-enable -->\nCall today!'), ['Call today']);
    });
    it('an enable with nothing open does nothing', () => {
      assert.deepEqual(flagged('<!-- postlint-enable hard-sell -->\nBook now!'), ['Book now']);
    });
  });

  describe('unknown ids', () => {
    it('a comment whose ids are all unknown silences nothing (not everything)', () => {
      assert.deepEqual(flagged('<!-- postlint-disable-next-line hardsell -->\nBook now!'), ['Book now']);
      assert.deepEqual(flagged('<!-- postlint-disable hardsell -->\nBook now!'), ['Book now']);
    });
    it('known ids in the same comment still apply', () => {
      assert.deepEqual(flagged('<!-- postlint-disable-next-line hardsell, hard-sell -->\nBook now!'), []);
    });
    it('are reported with their exact place', () => {
      const doc = parsePost('Intro.\n<!-- postlint-disable-next-line  hard-sell ,  hardsel -->\nBook now!');
      const s = readSuppressions(doc, new Set(RULE_IDS));
      assert.deepEqual(
        s.problems.map((p) => doc.text.slice(p.start, p.end)),
        ['hardsel'],
      );
    });
    it('a repeated unknown id is reported at each place', () => {
      const doc = parsePost('<!-- postlint-disable foo, foo -->');
      const s = readSuppressions(doc, new Set(RULE_IDS));
      assert.deepEqual(s.problems.map((p) => p.start), [22, 27]);
    });
  });

  it('directives in code, links or front matter are not directives', () => {
    assert.deepEqual(flagged('`<!-- postlint-disable -->` Book now!'), ['Book now']);
    assert.deepEqual(flagged('---\nplatform: x\nnote: "<!-- postlint-disable -->"\n---\nBook now!'), ['Book now']);
  });

  it('isSuppressed answers by rule and offset', () => {
    const text = 'a\n<!-- postlint-disable-next-line hard-sell -->\nBook now!\nc';
    const doc = parsePost(text);
    const s = readSuppressions(doc, new Set(RULE_IDS));
    const at = text.indexOf('Book');
    assert.equal(s.isSuppressed('hard-sell', at), true);
    assert.equal(s.isSuppressed('self-praise', at), false);
    assert.equal(s.isSuppressed('hard-sell', text.indexOf('c', at)), false);
    assert.equal(s.isSuppressed('hard-sell', 0), false);
  });

  it('isSuppressed sees overlapping, touching and rule-wide regions among many', () => {
    const lines = ['<!-- postlint-disable hard-sell -->', 'Book now!', '<!-- postlint-disable-line hard-sell -->', '<!-- postlint-enable hard-sell -->', 'Book now!'];
    for (let k = 0; k < 200; k++) lines.push('<!-- postlint-disable-next-line self-praise -->', 'Book now!');
    lines.push('<!-- postlint-disable-next-line -->', 'Book now!', 'Book now!');
    const text = lines.join('\n');
    const s = readSuppressions(parsePost(text), new Set(RULE_IDS));
    const books = [...text.matchAll(/Book now!/g)].map((m) => m.index);
    assert.deepEqual(
      books.map((at) => s.isSuppressed('hard-sell', at)),
      books.map((_, i) => i === 0 || i === books.length - 2),
    );
    assert.equal(s.isSuppressed('self-praise', books[2]), true);
    assert.equal(s.isSuppressed('self-praise', books[books.length - 1]), false);
  });
});
