// Parsing and validating `.postlintrc.json` text (the engine part; finding the file is in server/src/node).
import * as assert from 'node:assert/strict';
import { mergeConfigs, parseConfigText, resolveRules, RULE_IDS, RULES } from '../../server/src/engine';

const OPTIONS = Object.fromEntries(RULES.map((r) => [r.meta.id, r.meta.options]));
const parse = (text: string) => parseConfigText(text, RULE_IDS, OPTIONS);
const keys = (text: string) => parse(text).problems.map((p) => p.key);
/** The text each problem points at. */
const at = (text: string) => parse(text).problems.map((p) => text.slice(p.start, p.end));

describe('parseConfigText', () => {
  it('reads a complete configuration', () => {
    const text = JSON.stringify({
      $schema: './schema.json',
      defaultPlatform: 'twitter',
      audience: 'professionals',
      rules: { 'hard-sell': 'error', 'promotion-share': ['warning', { maxShare: 0.3 }], 'front-matter': 'off' },
      phrases: [{ phrase: 'Smile Studio', message: 'We are Bright Dental now.', replacements: ['Bright Dental'] }],
      ignore: ['drafts/**'],
    });
    const { config, problems } = parse(text);
    assert.deepEqual(problems, []);
    assert.deepEqual(config, {
      defaultPlatform: 'x',
      audience: 'professionals',
      rules: { 'hard-sell': 'error', 'promotion-share': ['warning', { maxShare: 0.3 }], 'front-matter': 'off' },
      phrases: [{ phrase: 'Smile Studio', message: 'We are Bright Dental now.', replacements: ['Bright Dental'] }],
      ignore: ['drafts/**'],
    });
  });

  it('accepts comments, trailing commas and a byte-order mark', () => {
    const text = '\uFEFF{\n  // team settings\n  "rules": { "hard-sell": "info", },\n}\n';
    assert.deepEqual(parse(text), { config: { rules: { 'hard-sell': 'info' } }, problems: [] });
  });

  it('an empty object is the defaults', () => {
    assert.deepEqual(parse('{}'), { config: {}, problems: [] });
  });

  describe('problems name the key and point at it', () => {
    it('an unknown rule, with a did-you-mean', () => {
      const text = '{"rules": {"hard-sel": "warning"}}';
      assert.deepEqual(keys(text), ['rules.hard-sel']);
      assert.deepEqual(at(text), ['"hard-sel"']);
      assert.match(parse(text).problems[0].message, /hard-sell/);
    });
    it('a bad severity', () => {
      const text = '{"rules": {"hard-sell": "loud"}}';
      assert.deepEqual(keys(text), ['rules.hard-sell']);
      assert.deepEqual(at(text), ['"loud"']);
    });
    it('a setting that is not "off", a severity or [severity, options]', () => {
      for (const v of ['true', '1', '["warning", 3]', '["warning", {}, 1]', '[]', '{"level": "error"}']) {
        assert.deepEqual(keys(`{"rules": {"hard-sell": ${v}}}`), ['rules.hard-sell'], v);
      }
    });
    it('an unknown or mistyped rule option', () => {
      const unknown = '{"rules": {"promotion-share": ["warning", {"maxshare": 0.3}]}}';
      assert.deepEqual(keys(unknown), ['rules.promotion-share.maxshare']);
      assert.deepEqual(at(unknown), ['"maxshare"']);
      const mistyped = '{"rules": {"promotion-share": ["warning", {"maxShare": "30%"}]}}';
      assert.deepEqual(keys(mistyped), ['rules.promotion-share.maxShare']);
      assert.deepEqual(at(mistyped), ['"30%"']);
      assert.deepEqual(keys('{"rules": {"hard-sell": ["warning", {"strict": true}]}}'), ['rules.hard-sell.strict'], 'a rule without options');
      assert.equal(parse(mistyped).config.rules?.['promotion-share'], undefined, 'a rule with a bad option is not half-applied');
    });
    it('an unknown top-level setting', () => {
      assert.deepEqual(keys('{"rule": {}}'), ['rule']);
    });
    it('a bad platform, audience or ignore list', () => {
      assert.deepEqual(keys('{"defaultPlatform": "myspace"}'), ['defaultPlatform']);
      assert.deepEqual(keys('{"audience": "kids"}'), ['audience']);
      assert.deepEqual(keys('{"ignore": "drafts"}'), ['ignore']);
      assert.deepEqual(keys('{"ignore": ["drafts", 3]}'), ['ignore']);
      assert.deepEqual(keys('{"rules": []}'), ['rules']);
    });
    it('team phrases without words, message or with bad replacements', () => {
      const text = JSON.stringify({
        phrases: [
          { phrase: 'ok', message: 'fine' },
          { phrase: '!!', message: 'no words' },
          { phrase: 'walk-in' },
          { phrase: 'x', message: 'y', replacements: 'z' },
          'just text',
        ],
      });
      assert.deepEqual(keys(text), ['phrases[1].phrase', 'phrases[2].message', 'phrases[3].replacements', 'phrases[4]']);
      assert.deepEqual(parse(text).config.phrases?.map((p) => p.phrase), ['ok'], 'good entries are kept');
      assert.deepEqual(keys('{"phrases": {"phrase": "x"}}'), ['phrases']);
    });
    it('keys named like Object.prototype members are options and phrase keys like any other', () => {
      const ctor = '{"rules": {"hashtag-count": ["error", {"constructor": 1}]}}';
      assert.deepEqual(keys(ctor), ['rules.hashtag-count.constructor']);
      assert.match(parse(ctor).problems[0].message, /has no option "constructor"\. Its options: instagramMaxHashtags/);
      const proto = '{"rules": {"hashtag-count": ["error", {"__proto__": {"instagramMaxHashtags": 100}}]}}';
      assert.deepEqual(keys(proto), ['rules.hashtag-count.__proto__']);
      assert.deepEqual(parse(proto).config.rules, {});
      for (const entry of ['{"__proto__": {"phrase": "smile", "message": "m"}}', '{"phrase": "smile", "message": "m", "__proto__": {"replacements": ["x"]}}']) {
        const text = `{"phrases": [${entry}]}`;
        assert.deepEqual(keys(text), ['phrases[0].__proto__'], entry);
        assert.deepEqual(parse(text).config.phrases, [], `${entry}: not applied`);
      }
      assert.deepEqual(keys('{"rules": {"__proto__": "off", "toString": "off"}}'), ['rules.__proto__', 'rules.toString']);
    });
    it('number options outside their range, with the range in the message', () => {
      const cases: [string, string, RegExp][] = [
        ['hashtag-count', '{"instagramMaxHashtags": -5}', /whole number from 0 to 30/],
        ['hashtag-count', '{"instagramMaxHashtags": 2.5}', /whole number from 0 to 30/],
        ['length-limit', '{"xMaxLength": 0}', /whole number from 1 to 25,000/],
        ['promotion-share', '{"maxShare": 1.5}', /number from 0 to 1/],
        ['reading-level', '{"maxGrade": -1}', /number from 0 to 30/],
        ['shouting', '{"minWords": 0}', /whole number from 1 to 100/],
      ];
      for (const [rule, options, range] of cases) {
        const text = `{"rules": {"${rule}": ["warning", ${options}]}}`;
        const { config, problems } = parse(text);
        assert.equal(problems.length, 1, text);
        assert.match(problems[0].message, range, text);
        assert.equal(config.rules?.[rule], undefined, `${text}: not applied`);
      }
      assert.deepEqual(keys('{"rules": {"hashtag-count": ["error", {"instagramMaxHashtags": 30}], "promotion-share": ["warning", {"maxShare": 0}]}}'), []);
    });
    it('a team phrase over 200 characters', () => {
      const text = JSON.stringify({ phrases: [{ phrase: 'word '.repeat(41), message: 'm' }] });
      assert.deepEqual(keys(text), ['phrases[0].phrase']);
    });
    it('invalid JSON points at the error', () => {
      const text = '{\n  "rules": {\n    "hard-sell": "off"\n    "self-praise": "off"\n  }\n}';
      const [p] = parse(text).problems;
      assert.equal(p.key, '');
      assert.equal(text.slice(0, p.start).split('\n').length, 4, 'on the line missing its comma');
    });
    it('an empty file and a file that is not an object', () => {
      assert.deepEqual(keys(''), ['']);
      assert.deepEqual(keys('   '), ['']);
      assert.deepEqual(keys('[]'), ['']);
      assert.deepEqual(keys('"rules"'), ['']);
    });
  });

  it('without option types (older callers) options are not checked', () => {
    assert.deepEqual(parseConfigText('{"rules": {"promotion-share": ["warning", {"anything": 1}]}}', RULE_IDS).problems, []);
  });
});

describe('mergeConfigs', () => {
  it('later configurations win per key, rules merge per rule, lists add up', () => {
    const merged = mergeConfigs(
      { rules: { 'hard-sell': 'error', jargon: 'off' }, defaultPlatform: 'x', phrases: [{ phrase: 'a', message: 'm' }], ignore: ['a/**'] },
      { rules: { 'hard-sell': 'info' }, audience: 'professionals', phrases: [{ phrase: 'b', message: 'n' }], ignore: ['b/**'] },
    );
    assert.deepEqual(merged, {
      rules: { 'hard-sell': 'info', jargon: 'off' },
      defaultPlatform: 'x',
      audience: 'professionals',
      phrases: [
        { phrase: 'a', message: 'm' },
        { phrase: 'b', message: 'n' },
      ],
      ignore: ['a/**', 'b/**'],
    });
  });
});

describe('rule option defaults (declared once, in meta.options)', () => {
  it('each rule starts from the defaults its metadata declares, and configured options override only theirs', () => {
    const active = resolveRules({ rules: { 'reading-level': ['info', { maxGrade: 9 }] } });
    assert.deepEqual(active.get('hashtag-count')?.options, { instagramMaxHashtags: 5 });
    assert.deepEqual(active.get('shouting')?.options, { minWords: 3, acronyms: [] });
    assert.deepEqual(active.get('reading-level')?.options, { maxGrade: 9, minWords: 30, maxSentences: 3 });
    for (const rule of RULES) {
      const declared = Object.fromEntries(Object.entries(rule.meta.options ?? {}).map(([name, o]) => [name, o.default]));
      assert.deepEqual(rule.defaultOptions, declared, rule.meta.id);
    }
  });
});
