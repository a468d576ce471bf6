import * as assert from 'node:assert/strict';
import { lintFor, ruleTester } from '../../helpers/rule-tester';

const seven = '#flu #vaccine #health #winter #clinic #nurses #care';

ruleTester('hashtag-count', {
  valid: [
    { text: `Flu shots are here.\n\n${seven} #more #tags #here`, name: 'no platform: no platform limits' },
    { text: 'Flu shots are here.\n\n#flu #vaccine #health #winter #clinic', platform: 'instagram', name: 'five on Instagram' },
    {
      text: `Flu shots are here.\n\n${seven} #more #tags #here`,
      platform: 'instagram',
      config: { rules: { 'hashtag-count': ['error', { instagramMaxHashtags: 30 }] } },
      name: 'an account still on the old limit of 30',
    },
    { text: 'Flu shots are here. #flu #vaccine', platform: 'x', name: 'two on X' },
    {
      text: 'Flu shots are here. #flu #vaccine\n\nRun `git tag #one #two #three`, see https://example.com/page#section and #1 in care <!-- #draft #idea -->',
      platform: 'x',
      name: 'code, link fragments, numbers and HTML comments are not hashtags',
    },
    { text: '---\r\nplatform: instagram\r\n---\r\nFlu shots are here.\r\n\r\n#flu #vaccine #health #winter #clinic\r\n', name: 'CR LF' },
    { text: 'Flu shots are here. #flu', platform: 'threads', name: 'one topic tag on Threads' },
    { text: '---\nplatforms: [x, linkedin]\n---\nFlu shots are here. #flu #vaccine', name: 'cross-posted and within both' },
    { text: 'Email flu@clinic.com or call 555 0100 ext #2.', platform: 'x', name: 'e-mail addresses and numbers' },
  ],
  invalid: [
    {
      text: `Flu shots are here.\n\n${seven}`,
      platform: 'instagram',
      name: 'seven on Instagram: the last two are over the limit',
      findings: [{ flagged: '#nurses #care', suggestionOutputs: ['Flu shots are here.\n\n#flu #vaccine #health #winter #clinic'] }],
    },
    {
      text: 'We love our #nurses and #doctors. #health #care',
      platform: 'x',
      name: 'more than X recommends',
      findings: [{ flagged: '#health #care', suggestionOutputs: ['We love our #nurses and #doctors.'] }],
    },
    {
      text: 'Thanks #nurses, #doctors and #porters for #everything today.',
      platform: 'x',
      name: 'hashtags inside a sentence keep their word',
      findings: [{ flagged: '#porters for #everything', suggestionOutputs: ['Thanks #nurses, #doctors and porters for everything today.'] }],
    },
    {
      text: '#flu #vaccine #health #care\nFlu shots are here.',
      platform: 'x',
      name: 'a row of tags at the start of a line',
      findings: [{ flagged: '#health #care', suggestionOutputs: ['#flu #vaccine\nFlu shots are here.'] }],
    },
    {
      text: '---\nplatforms: [x, linkedin]\n---\nFlu shots are here. #flu #vaccine #health #care',
      name: 'cross-posted: over X\'s advice only',
      findings: [{ flagged: '#health #care' }],
    },
    { text: 'Flu shots are here. #flu #vaccine', platform: 'threads', name: 'Threads makes only one topic tag', findings: [{ flagged: '#vaccine' }] },
    {
      text: 'Flu shots are here.\n\n#flu #vaccine #health #winter',
      platform: 'instagram',
      config: { rules: { 'hashtag-count': ['error', { instagramMaxHashtags: 3 }] } },
      name: 'Instagram limit from options',
      findings: [{ flagged: '#winter', suggestionOutputs: ['Flu shots are here.\n\n#flu #vaccine #health'] }],
    },
    {
      text: '---\r\nplatform: instagram\r\n---\r\nFlu shots are here.\r\n\r\n#flu #vaccine #health #winter #clinic #nurses\r\n',
      name: 'CR LF post',
      findings: [{ flagged: '#nurses' }],
    },
    { text: 'Flu shots are here 💉 #flu #vaccine #health', platform: 'x', name: 'emoji before the tags', findings: [{ flagged: '#health' }] },
  ],
});

describe('hashtag-count severities', () => {
  const severities = (text: string, platform: string, setting?: 'warning' | 'hint') =>
    lintFor('hashtag-count', { text, platform, config: setting ? { rules: { 'hashtag-count': setting } } : {} }).findings.map((f) => f.severity);

  it('over a hard limit: the configured severity (error by default)', () => {
    assert.deepEqual(severities(`Flu shots.\n\n${seven}`, 'instagram'), ['error']);
    assert.deepEqual(severities(`Flu shots.\n\n${seven}`, 'instagram', 'warning'), ['warning']);
  });

  it('over a recommendation: info, never louder than configured', () => {
    assert.deepEqual(severities('Flu shots. #a #b #c', 'x'), ['info']);
    assert.deepEqual(severities('Flu shots. #a #b #c', 'x', 'warning'), ['info']);
    assert.deepEqual(severities('Flu shots. #a #b #c', 'x', 'hint'), ['hint']);
  });
});
