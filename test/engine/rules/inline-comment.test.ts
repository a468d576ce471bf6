import { ruleTester } from '../../helpers/rule-tester';

ruleTester('inline-comment', {
  valid: [
    { text: '<!-- postlint-disable-next-line hard-sell -->\nBook now for a skin check.' },
    { text: '<!-- postlint-disable self-praise, hard-sell -->\nBook now!\n<!-- postlint-enable -->' },
    { text: '<!-- postlint-disable-next-line -->\nBook now!', name: 'no ids: every rule' },
    { text: 'Book now! <!-- postlint-disable-line hard-sell -->', name: 'disable-line' },
    { text: '<!-- postlint-disable-next-line hard-sell -- approved by the practice manager -->\nBook now!', name: 'a note after "--"' },
    { text: '<!--postlint-disable-next-line hard-sell-->\nBook now!', name: 'no spaces inside the comment' },
    { text: '<!-- reminder: ask Dr. Lee to review -->\nFlu shots are here.', name: 'ordinary comments are not directives' },
    { text: 'Write `<!-- postlint-disable hardsell -->` to silence a rule.', name: 'a directive in a code span is only text' },
    { text: '```\n<!-- postlint-disable nonsense -->\n```', name: 'a directive in a code block is only text' },
    { text: '---\nplatform: x\n# postlint-disable hardsell\n---\nHello.', name: 'front matter is not a directive' },
  ],
  invalid: [
    { text: '<!-- postlint-disable-next-line hardsell -->\nBook now for a skin check.', name: 'unknown id, reported where written', findings: [{ flagged: 'hardsell' }] },
    { text: '<!-- postlint-disable hard-sell, hardsel -->\nBook now!', name: 'one unknown id among known ones', findings: [{ flagged: 'hardsel' }] },
    { text: '<!-- postlint-disable-next-line disable -->\nBook now!', name: 'an id spelt like the directive is found after it', findings: [{ flagged: 'disable' }] },
    { text: '<!-- postlint-enable hard-sel -->', findings: [{ flagged: 'hard-sel' }] },
    {
      text: 'Hello.\n<!-- postlint-disable-next-line selfpraise, hardsell -->\nWe are the best. Book now!',
      name: 'each unknown id separately',
      findings: [{ flagged: 'selfpraise' }, { flagged: 'hardsell' }],
    },
    { text: '<!-- postlint-silence hard-sell -->\nBook now!', name: 'a directive that is not understood', findings: [{ flagged: '<!-- postlint-silence hard-sell -->' }] },
    { text: '<!-- postlint-disable-lines hard-sell -->', name: 'a near miss is not understood', findings: [{ flagged: '<!-- postlint-disable-lines hard-sell -->' }] },
    {
      text: '<!-- postlint-disable inline-comment -->\n<!-- postlint-disable foo -->',
      name: 'inline-comment cannot silence itself',
      findings: [{ flagged: 'foo' }],
    },
    { text: '---\r\nplatform: x\r\n---\r\n<!-- postlint-disable-next-line hardsell -->\r\nBook now!', name: 'CRLF', findings: [{ flagged: 'hardsell' }] },
  ],
});
