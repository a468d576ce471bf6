import * as assert from 'node:assert/strict';
import { createLinter, PLATFORM_IDS } from '../../../server/src/engine';
import { ruleTester } from '../../helpers/rule-tester';

ruleTester('front-matter', {
  valid: [
    { text: 'No front matter at all: just the post.' },
    { text: '---\nplatform: instagram\n---\nFlu season is here.' },
    { text: '---\nplatform: Instagram\n---\nHello.', name: 'names are not case-sensitive' },
    { text: '---\nplatform: twitter\n---\nHello.', name: 'twitter is another name for x' },
    { text: '---\nplatforms: [x, linkedin]\n---\nHello.' },
    { text: '---\nplatforms:\n  - threads\n  - bluesky\n---\nHello.', name: 'a block list' },
    { text: '---\nplatforms: x, linkedin\n---\nHello.', name: 'a comma-separated list is accepted' },
    { text: '---\nplatform: [facebook, mastodon]\n---\nHello.', name: 'a list under "platform"' },
    { text: '---\nplatform: tiktok\ndate: 2026-12-01\ntitle: "Flu: what to know"\ntags: [flu, vaccine]\nauthor: Dr. Lee\n---\nHello.', name: 'other keys are the writer\'s' },
    { text: '---\n---\nHello.', name: 'empty front matter' },
    { text: '---\n# just a comment\n---\nHello.', name: 'front matter with only a comment' },
    { text: '\uFEFF---\nplatform: x\n---\nHello.', name: 'UTF-8 byte-order mark' },
    { text: '---\r\nplatform: linkedin\r\ndate: 2026-01-05\r\n---\r\nHello.', name: 'CRLF line ends' },
    { text: '---\nplatform: x\n...\nHello.', name: 'YAML end marker "..."' },
    { text: 'Hello.\n\n---\n\nplatform: nonsense is just text here', name: 'a horizontal rule later in the post is not front matter' },
    { text: '---\nplatform: x\n---\n---\nA rule right after the front matter.', name: 'a horizontal rule after the front matter' },
  ],
  invalid: [
    { text: '---\nplatform: instagarm\n---\nHello.', name: 'unknown platform', findings: [{ flagged: 'instagarm' }] },
    { text: '---\nplatforms: [x, myspace]\n---\nHello.', name: 'unknown platform in a list', findings: [{ flagged: 'myspace' }] },
    { text: '---\nplatforms: [myspace, x, orkut]\n---\nHello.', findings: [{ flagged: 'myspace' }, { flagged: 'orkut' }] },
    { text: '---\nplatforms: x, myspace\n---\nHello.', name: 'unknown platform in a comma list', findings: [{ flagged: 'myspace' }] },
    { text: '---\nplatform: 3\n---\nHello.', name: 'a number', findings: [{ flagged: '3' }] },
    { text: '---\nplatform: true\n---\nHello.', name: 'a yes/no value', findings: [{ flagged: 'true' }] },
    { text: '---\nplatform: {name: x}\n---\nHello.', name: 'a mapping', findings: [{ flagged: '{name: x}' }] },
    { text: '---\nplatforms: 3\n---\nHello.', name: '"platforms" that is not a list', findings: [{ flagged: '3' }] },
    { text: '---\nplatform:\ndate: 2026-12-01\n---\nHello.', name: 'an empty platform', findings: [{ flagged: 'platform' }] },
    { text: '---\nplatform: [instagram\n---\nHello.', name: 'broken YAML: an unclosed bracket, on its line', findings: [{ flagged: 'platform: [instagram' }] },
    {
      text: '---\nplatform: instagram\ntitle: "Flu shots\ndate: 2026-12-01\n---\nHello.',
      name: 'broken YAML: an unclosed quote, on the line where it opens',
      findings: [{ flagged: 'title: "Flu shots' }],
    },
    { text: '---\nplatform: instagram\ntitle: "Flu shots\n---\nHello.', name: 'broken YAML: an unclosed quote on the last line', findings: [{ flagged: 'title: "Flu shots' }] },
    { text: '---\nplatform: instagram\n  date: 2026-12-01\n---\nHello.', name: 'broken YAML: a stray indented line', findings: [{ flagged: 'date: 2026-12-01' }] },
    { text: '---\nplatform: x\nplatform: instagram\n---\nHello.', name: 'a setting written twice', findings: [{ flagged: 'platform: instagram' }] },
    { text: "---\nplatform: x\ntitle: 'It''s flu season\nauthor: Dr Lee\n---\nHello.", name: 'an unclosed single quote', findings: [{ flagged: "title: 'It''s flu season" }] },
    { text: '---\n- x\n- instagram\n---\nHello.', name: 'a list instead of settings', findings: [{ flagged: '- x\n- instagram\n' }] },
    { text: '---\nplatform: x\nHello, this post forgot the closing line.', name: 'unclosed front matter', findings: [{ flagged: '---' }] },
    { text: '\uFEFF---\nplatform: [x\n---\nHello.', name: 'byte-order mark: broken YAML still on its line', findings: [{ flagged: 'platform: [x' }] },
    { text: '\uFEFF---\nplatform: myspace\n---\nHello.', name: 'byte-order mark: unknown platform', findings: [{ flagged: 'myspace' }] },
    {
      text: '---\r\nplatform: linkedin\r\ntitle: "Flu\r\n---\r\nHello.',
      name: 'CRLF: broken YAML on its line, without the line break',
      findings: [{ flagged: 'title: "Flu' }],
    },
    { text: '---\r\nplatforms: [x, myspace]\r\n---\r\nHello.', name: 'CRLF: unknown platform', findings: [{ flagged: 'myspace' }] },
  ],
});

describe('front-matter details', () => {
  const linter = createLinter({});
  const findings = (text: string) => linter.lint(text).findings.filter((f) => f.ruleId === 'front-matter');

  it('an unknown platform lists the known ones', () => {
    const [f] = findings('---\nplatform: instagarm\n---\nHello.');
    for (const id of PLATFORM_IDS) assert.ok(f.message.includes(id), `names ${id}`);
    assert.ok(f.message.includes('twitter'), 'names the twitter alias');
  });

  it('reports only the first YAML error, not the ones that follow from it', () => {
    assert.equal(findings('---\nplatform: x\n  bad: : y\ntitle: "open\nmore: [\n---\nHello.').length, 1);
  });

  it('is an error by default', () => {
    assert.equal(findings('---\nplatform: 3\n---\nHello.')[0].severity, 'error');
  });

  it('a post whose front matter is broken is checked for no platform', () => {
    assert.deepEqual(linter.lint('---\nplatform: [x\n---\nHello.').platforms, []);
    assert.deepEqual(linter.lint('---\nplatforms: [x, myspace, twitter]\n---\nHello.').platforms, ['x']);
  });
});
