// The JSON Schema of `.postlintrc.json`, built from the rules' metadata (scripts/build-config-schema.mjs
// writes it to schemas/postlintrc.schema.json at build time). Editors use it to complete and check the
// file while it is typed; config.ts stays the judge when posts are checked, and a test holds the two
// to the same answers for every rule option.

import { MAX_PHRASE_LENGTH } from './config';
import { PLATFORM_IDS } from './platforms';
import type { Rule } from './rule';
import { SEVERITIES, type RuleOptionMeta } from './types';

type Schema = Record<string, unknown>;

const LEVELS = ['off', ...SEVERITIES];

export function buildConfigSchema(rules: readonly Rule<any>[]): Schema {
  const names = [...PLATFORM_IDS, 'twitter'];
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'Postlint configuration (.postlintrc.json)',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string' },
      rules: {
        description: 'Rule id → "off", a severity, or [severity, options].',
        type: 'object',
        additionalProperties: false,
        properties: Object.fromEntries(rules.map((r) => [r.meta.id, ruleSchema(r)])),
      },
      defaultPlatform: {
        description: 'Used for posts without `platform:` in their front matter (without either, platform rules are skipped).',
        // The enum is what editors offer; the pattern accepts what config.ts accepts (any case, blanks around).
        anyOf: [{ enum: names }, { type: 'string', pattern: `^\\s*(?:${names.map(anyCase).join('|')})\\s*$` }],
      },
      audience: {
        description: '"patients" (default) or "professionals" (turns off jargon and reading-level).',
        enum: ['patients', 'professionals'],
      },
      phrases: {
        description: "Your team's own phrases to avoid: literal words, never regular expressions.",
        type: 'array',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['phrase', 'message'],
          properties: {
            phrase: { type: 'string', pattern: '[\\p{L}\\p{N}]', maxLength: MAX_PHRASE_LENGTH, description: 'The literal words to avoid.' },
            message: { type: 'string', pattern: '\\S', description: 'Why the team avoids it and what to write instead.' },
            replacements: { type: 'array', items: { type: 'string' }, description: 'Words to offer instead.' },
          },
        },
      },
      ignore: {
        description: 'File patterns, relative to this file, that are not checked.',
        type: 'array',
        items: { type: 'string' },
      },
    },
  };
}

function ruleSchema(rule: Rule<any>): Schema {
  const { meta } = rule;
  const options = Object.entries(meta.options ?? {});
  const level = { enum: LEVELS };
  return {
    description: `${meta.description} (default: ${meta.defaultSeverity})`,
    anyOf: [
      level,
      {
        type: 'array',
        minItems: 1,
        maxItems: 2,
        items: [
          level,
          {
            type: 'object',
            additionalProperties: false,
            properties: Object.fromEntries(options.map(([name, option]) => [name, optionSchema(option)])),
          },
        ],
        additionalItems: false,
      },
    ],
  };
}

function optionSchema(option: RuleOptionMeta): Schema {
  const out: Schema = { description: option.description, default: option.default };
  switch (option.type) {
    case 'number':
      out.type = option.integer ? 'integer' : 'number';
      if (option.min !== undefined) out.minimum = option.min;
      if (option.max !== undefined) out.maximum = option.max;
      break;
    case 'string[]':
      out.type = 'array';
      out.items = { type: 'string' };
      break;
    default:
      out.type = option.type;
  }
  return out;
}

/** A regex source matching `word` in any case ("x" → "[xX]"). */
function anyCase(word: string): string {
  return [...word].map((c) => (c.toLowerCase() === c.toUpperCase() ? c : `[${c.toLowerCase()}${c.toUpperCase()}]`)).join('');
}
