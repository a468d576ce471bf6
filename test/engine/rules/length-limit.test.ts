import * as assert from 'node:assert/strict';
import { createLinter } from '../../../server/src/engine';
import { lintFor, ruleTester } from '../../helpers/rule-tester';

const a = (n: number) => 'a'.repeat(n);
const b = (n: number) => 'b'.repeat(n);
const melting = '\u{1FAE0}';
const family = '\u{1F9D1}\u200D\u{1F9D1}\u200D\u{1F9D2}';

ruleTester('length-limit', {
  valid: [
    { text: a(600), name: 'no platform: no platform limits' },
    { text: a(280), platform: 'x', name: 'exactly 280 on X' },
    { text: `${a(250)} https://example.com/${'p'.repeat(100)}`, platform: 'x', name: 'a long link counts 23 on X' },
    { text: melting.repeat(140), platform: 'x', name: '140 emoji count 280 on X' },
    { text: `${a(272)}${family.repeat(4)}`, platform: 'x', name: 'ZWJ family emoji count 2 each' },
    { text: `---\r\nplatform: x\r\n---\r\n${a(139)}\r\n${b(140)}\r\n`, name: 'CR LF counts as one line break' },
    { text: `${a(270)}<!-- ${b(200)} -->`, platform: 'x', name: 'HTML comments are not published' },
    { text: `\n\n\n${a(280)}\n\n\n`, platform: 'x', name: 'outer blank lines are trimmed' },
    { text: `${'x'.repeat(279)}e\u0301`, platform: 'x', name: 'NFC: e + combining accent counts 1' },
    { text: `---\nplatforms: [x, linkedin]\n---\n${a(250)}`, name: 'cross-posted and under both limits' },
    { text: a(2999), platform: 'linkedin' },
    { text: `${a(470)} https://example.com/${'p'.repeat(100)}`, platform: 'mastodon', name: 'Mastodon: a link counts 23' },
    { text: a(800), platform: 'mastodon', config: { rules: { 'length-limit': ['error', { mastodonMaxLength: 1000 }] } }, name: 'Mastodon server limit from options' },
    { text: a(1000), platform: 'x', config: { rules: { 'length-limit': ['error', { xMaxLength: 25000 }] } }, name: 'X Premium limit from options' },
    { text: `${a(200)} https://example.com/a/very/long/path/that/the/app/shortens`, platform: 'bluesky', name: 'Bluesky shortens links before counting' },
  ],
  invalid: [
    { text: `${a(280)}${b(20)}`, platform: 'x', findings: [{ flagged: b(20) }] },
    { text: melting.repeat(141), platform: 'x', name: 'the 141st emoji is over on X', findings: [{ flagged: melting }] },
    {
      text: `---\nplatforms: [x, linkedin]\n---\n${a(280)}${b(20)}`,
      name: 'cross-posted: over on X only',
      findings: [{ flagged: b(20) }],
    },
    {
      text: `---\nplatforms: [x, bluesky]\n---\n${a(280)}${b(30)}`,
      name: 'over on two platforms: one finding each',
      findings: [{ flagged: b(30) }, { flagged: b(10) }],
    },
    { text: `${a(270)} https://example.com/page`, platform: 'x', name: 'a link that crosses the limit is flagged whole', findings: [{ flagged: 'https://example.com/page' }] },
    { text: `${a(200)}<!-- note -->${b(100)}`, platform: 'x', name: 'the overflow is mapped past an HTML comment', findings: [{ flagged: b(20) }] },
    { text: `---\r\nplatform: x\r\n---\r\n${a(139)}\r\n${b(142)}`, name: 'CR LF post over the limit', findings: [{ flagged: b(2) }] },
    { text: `${'x'.repeat(279)}e\u0301yz`, platform: 'x', name: 'NFC: counted after normalising, flagged in the original', findings: [{ flagged: 'yz' }] },
    { text: family.repeat(170), platform: 'bluesky', name: 'Bluesky: under 300 graphemes but over 3,000 bytes', findings: [{ flagged: family.repeat(4) }] },
    { text: `${a(300)}${b(5)}`, platform: 'bluesky', findings: [{ flagged: b(5) }] },
    { text: `${a(480)} https://example.com/${'p'.repeat(100)}`, platform: 'mastodon', name: 'Mastodon: the link takes it over', findings: [{ flagged: `https://example.com/${'p'.repeat(100)}` }] },
    {
      text: a(450),
      platform: 'mastodon',
      config: { rules: { 'length-limit': ['error', { mastodonMaxLength: 400 }] } },
      name: 'Mastodon server limit from options',
      findings: [{ flagged: a(50) }],
    },
    { text: `${a(500)}${melting}`, platform: 'threads', name: 'Threads: an emoji counts its UTF-8 size', findings: [{ flagged: melting }] },
    { text: `${a(2199)}${melting}`, platform: 'instagram', name: 'Instagram: an emoji counts 2', findings: [{ flagged: melting }] },
    { text: `${a(280)}!`, config: { defaultPlatform: 'x' }, name: 'the configured default platform', findings: [{ flagged: '!' }] },
  ],
});

describe('length-limit details', () => {
  it('reports at the configured severity, error by default', () => {
    const { findings } = lintFor('length-limit', { text: a(300), platform: 'x' });
    assert.deepEqual(findings.map((f) => f.severity), ['error']);
    const warned = lintFor('length-limit', { text: a(300), platform: 'x', config: { rules: { 'length-limit': 'warning' } } });
    assert.deepEqual(warned.findings.map((f) => f.severity), ['warning']);
  });

  it('gives the status bar one budget per platform', () => {
    const result = createLinter().lint(`---\nplatforms: [x, linkedin]\n---\n${a(243)}`);
    assert.deepEqual(
      result.budgets.map((budget) => `${budget.name} ${budget.used}/${budget.limit}`),
      ['X 243/280', 'LinkedIn 243/3000'],
    );
  });
});
