// The .postlintrc.json schema (schemas/postlintrc.schema.json, built from the rules' metadata) is
// up to date, is what the extension contributes, and gives the same verdict as the configuration
// validator (config.ts) that checks the file when posts are linted.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseConfigText, RULE_IDS, RULES } from '../../server/src/engine';
import { buildConfigSchema } from '../../server/src/engine/config-schema';
import type { RuleOptionMeta } from '../../server/src/engine/types';
import { RULE_OPTION_TYPES } from '../../server/src/node/config-loader';
import { schemaErrors } from '../helpers/json-schema';

const ROOT = join(__dirname, '../../..');
const SCHEMA_FILE = 'schemas/postlintrc.schema.json';
const schemaText = readFileSync(join(ROOT, SCHEMA_FILE), 'utf8');
const schema = JSON.parse(schemaText);

/** Whether the validator and the schema each accept the configuration. */
function verdicts(config: unknown): { validator: boolean; schema: boolean } {
  const { problems } = parseConfigText(JSON.stringify(config), RULE_IDS, RULE_OPTION_TYPES);
  return { validator: problems.length === 0, schema: schemaErrors(schema, config).length === 0 };
}

function agree(config: unknown, valid: boolean, label: string): void {
  assert.deepEqual(verdicts(config), { validator: valid, schema: valid }, `${label}: ${JSON.stringify(config)}`);
}

/** Values an option of this type takes, and values it must refuse (wrong type or out of range). */
function cases(option: RuleOptionMeta): { good: unknown[]; wrongType: unknown[]; outOfRange: unknown[] } {
  switch (option.type) {
    case 'number': {
      const outOfRange: unknown[] = [];
      if (option.min !== undefined) outOfRange.push(option.min - 1);
      if (option.max !== undefined) outOfRange.push(option.max + 1);
      if (option.integer) outOfRange.push((option.min ?? 0) + 0.5);
      const good = [option.default, option.min, option.max].filter((v) => v !== undefined);
      return { good, wrongType: [String(option.default), true, null, [1]], outOfRange };
    }
    case 'boolean':
      return { good: [true, false], wrongType: ['true', 1], outOfRange: [] };
    case 'string':
      return { good: ['text', ''], wrongType: [1, ['text']], outOfRange: [] };
    case 'string[]':
      return { good: [option.default, [], ['a', 'b']], wrongType: ['a', [1], [null]], outOfRange: [] };
    case 'object':
      return { good: [{}], wrongType: [[], 'x'], outOfRange: [] };
  }
}

describe('.postlintrc.json schema', () => {
  it('is the schema the rules\' metadata gives (run `npm run build` after changing a rule\'s options)', () => {
    assert.equal(schemaText, `${JSON.stringify(buildConfigSchema(RULES), null, 2)}\n`);
  });

  it('is contributed to VS Code for .postlintrc.json', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    assert.deepEqual(pkg.contributes.jsonValidation, [{ fileMatch: '.postlintrc.json', url: `./${SCHEMA_FILE}` }]);
  });

  it('declares every rule, and each rule\'s options with their defaults, descriptions and ranges', () => {
    const rules = schema.properties.rules.properties;
    assert.deepEqual(Object.keys(rules), RULE_IDS);
    const shouting = rules.shouting.anyOf[1].items[1].properties.minWords;
    assert.deepEqual({ ...shouting, description: undefined }, { type: 'integer', default: 3, minimum: 1, maximum: 100, description: undefined });
    assert.equal(rules['promotion-share'].anyOf[1].items[1].properties.maxShare.type, 'number');
  });

  describe('agrees with the configuration validator', () => {
    for (const rule of RULES) {
      const id = rule.meta.id;
      it(`on the options of ${id}`, () => {
        for (const [name, option] of Object.entries(rule.meta.options ?? {})) {
          const { good, wrongType, outOfRange } = cases(option);
          for (const v of good) agree({ rules: { [id]: ['warning', { [name]: v }] } }, true, `${name} valid`);
          for (const v of wrongType) agree({ rules: { [id]: ['warning', { [name]: v }] } }, false, `${name} wrong type`);
          for (const v of outOfRange) agree({ rules: { [id]: ['error', { [name]: v }] } }, false, `${name} out of range`);
        }
        agree({ rules: { [id]: ['warning', { notAnOption: 1 }] } }, false, 'unknown option');
        agree({ rules: { [id]: ['info', {}] } }, true, 'no options');
        agree({ rules: { [id]: ['off'] } }, true, 'severity alone in a list');
        for (const level of ['off', 'hint', 'info', 'warning', 'error']) agree({ rules: { [id]: level } }, true, level);
        for (const bad of ['loud', 'Error', 1, [], ['warning', {}, 1], ['warning', null], ['warning', []]]) agree({ rules: { [id]: bad } }, false, 'bad setting');
      });
    }

    it('on the other settings', () => {
      const phrase = { phrase: 'Smile Studio', message: 'We are Bright Dental now.', replacements: ['Bright Dental'] };
      const good = [
        {},
        { $schema: './schemas/postlintrc.schema.json', defaultPlatform: 'instagram', audience: 'patients', phrases: [phrase], ignore: ['archive/**'] },
        { defaultPlatform: 'twitter' },
        { defaultPlatform: ' LinkedIn ' },
        { audience: 'professionals' },
        { phrases: [{ phrase: 'cheap', message: 'Say "affordable".' }] },
      ];
      const bad = [
        { rulez: {} },
        { rules: { 'hard-sel': 'off' } },
        { rules: [] },
        { defaultPlatform: 'myspace' },
        { defaultPlatform: 1 },
        { audience: 'everyone' },
        { phrases: {} },
        { phrases: ['cheap'] },
        { phrases: [{ ...phrase, note: 'x' }] },
        { phrases: [{ phrase: 'cheap' }] },
        { phrases: [{ phrase: 'cheap', message: '  ' }] },
        { phrases: [{ phrase: '!!', message: 'No.' }] },
        { phrases: [{ phrase: 'a'.repeat(201), message: 'Too long.' }] },
        { phrases: [{ ...phrase, replacements: 'Bright Dental' }] },
        { ignore: 'archive/**' },
        { ignore: [1] },
      ];
      for (const c of good) agree(c, true, 'valid');
      for (const c of bad) agree(c, false, 'invalid');
    });
  });
});
