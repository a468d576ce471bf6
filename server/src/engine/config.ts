// Team configuration (`.postlintrc.json`). Parsing and validating the file's text is pure
// and lives here; finding the file on disk is the adapters' job (server/src/node/).

import { findNodeAtLocation, parseTree, printParseErrorCode, type Node as JsonNode, type ParseError } from 'jsonc-parser';
import { knownPlatformNames, resolvePlatform } from './platforms';
import { SEVERITIES, type PlatformId, type RuleOptionMeta, type Severity } from './types';

export type RuleSetting = 'off' | Severity | [Severity | 'off', Record<string, unknown>?];

export interface TeamPhrase {
  /** The literal words to avoid (never a regular expression). */
  phrase: string;
  /** Why the team avoids it and what to write instead. */
  message: string;
  replacements?: string[];
}

export type Audience = 'patients' | 'professionals';

export interface PostlintConfig {
  rules?: Record<string, RuleSetting>;
  defaultPlatform?: PlatformId;
  audience?: Audience;
  phrases?: TeamPhrase[];
  ignore?: string[];
}

export interface ConfigProblem {
  /** Dotted path of the key at fault, e.g. "rules.hard-sel". Empty for the whole file. */
  key: string;
  message: string;
  /** UTF-16 offsets in the config text. */
  start: number;
  end: number;
}

export interface ParsedConfig {
  config: PostlintConfig;
  problems: ConfigProblem[];
}

const TOP_LEVEL_KEYS = ['rules', 'defaultPlatform', 'audience', 'phrases', 'ignore', '$schema'];

/**
 * Parses and validates the text of a `.postlintrc.json`. `knownRules` lists the rule ids
 * (passed in so this module does not depend on the rule registry).
 */
/** Option names and types per rule (from each rule's `meta.options`), to check `[severity, { options }]`. */
export type RuleOptionTypes = Readonly<Record<string, Readonly<Record<string, Pick<RuleOptionMeta, 'type' | 'min' | 'max' | 'integer'>>> | undefined>>;

/** Longest team phrase: a phrase is a few words to avoid, not a passage. */
export const MAX_PHRASE_LENGTH = 200;
const PHRASE_KEYS = ['phrase', 'message', 'replacements'];

export function parseConfigText(text: string, knownRules: readonly string[], ruleOptions?: RuleOptionTypes): ParsedConfig {
  const errors: ParseError[] = [];
  const root = parseTree(text.replace(/^\uFEFF/, ' '), errors, { allowTrailingComma: true, disallowComments: false });
  const problems: ConfigProblem[] = [];
  const span = (node: JsonNode | undefined) => ({ start: node?.offset ?? 0, end: (node?.offset ?? 0) + (node?.length ?? 1) });
  const problem = (key: string, node: JsonNode | undefined, message: string) => problems.push({ key, message, ...span(node) });

  if (errors.length || !root) {
    const e = errors[0];
    problems.push({
      key: '',
      message: e
        ? `This file is not valid JSON (${describeJsonError(printParseErrorCode(e.error))}). Postlint will not check posts with a half-read configuration; fix the file and save it.`
        : 'This file is empty. Write at least "{}" or delete the file.',
      start: e?.offset ?? 0,
      end: (e?.offset ?? 0) + Math.max(1, e?.length ?? 1),
    });
    return { config: {}, problems };
  }
  if (root.type !== 'object') {
    problem('', root, 'The configuration must be a JSON object, for example {"rules": {"hard-sell": "off"}}.');
    return { config: {}, problems };
  }
  const config: PostlintConfig = {};
  for (const prop of root.children ?? []) {
    const [keyNode, valueNode] = prop.children ?? [];
    const key = String(keyNode?.value);
    if (!TOP_LEVEL_KEYS.includes(key)) {
      problem(key, keyNode, `"${key}" is not a Postlint setting. Known settings: rules, defaultPlatform, audience, phrases, ignore.`);
    }
  }

  const rulesNode = findNodeAtLocation(root, ['rules']);
  if (rulesNode) {
    if (rulesNode.type !== 'object') problem('rules', rulesNode, '"rules" must be an object mapping rule ids to "off", a severity, or [severity, options].');
    else {
      config.rules = {}; // only ids of known rules are written to it
      for (const prop of rulesNode.children ?? []) {
        const [keyNode, valueNode] = prop.children ?? [];
        const id = String(keyNode?.value);
        const path = `rules.${id}`;
        if (!knownRules.includes(id)) {
          const close = closest(id, knownRules);
          problem(path, keyNode, `"${id}" is not a Postlint rule${close ? ` (did you mean "${close}"?)` : ''}. The README lists every rule id.`);
          continue;
        }
        const value = valueNode ? nodeValue(valueNode) : undefined;
        const setting = readRuleSetting(value);
        if (!setting) {
          problem(path, valueNode, `The setting for "${id}" must be "off", one of ${SEVERITIES.map((s) => `"${s}"`).join(', ')}, or ["warning", { options }].`);
          continue;
        }
        const optionTypes = ruleOptions && Object.hasOwn(ruleOptions, id) ? ruleOptions[id] : undefined;
        if (ruleOptions && Array.isArray(setting) && setting[1] && valueNode) {
          const optionsNode = valueNode.children?.[1];
          let bad = false;
          for (const [name, v] of Object.entries(setting[1])) {
            const optionNode = optionsNode ? findNodeAtLocation(optionsNode, [name]) : undefined;
            const keyNode = optionNode?.parent?.children?.[0];
            const known = optionTypes ? Object.keys(optionTypes) : [];
            const range = optionTypes && Object.hasOwn(optionTypes, name) ? outOfRange(v, optionTypes[name]) : undefined;
            if (!optionTypes || !Object.hasOwn(optionTypes, name)) {
              problem(
                `${path}.${name}`,
                keyNode ?? valueNode,
                known.length
                  ? `"${id}" has no option "${name}". Its options: ${known.join(', ')}.`
                  : `"${id}" has no options; write just the severity, for example "${setting[0]}".`,
              );
              bad = true;
            } else if (!hasType(v, optionTypes[name].type)) {
              problem(`${path}.${name}`, optionNode ?? valueNode, `The option "${name}" of "${id}" must be ${describeType(optionTypes[name].type)}.`);
              bad = true;
            } else if (range) {
              problem(
                `${path}.${name}`,
                optionNode ?? valueNode,
                `The option "${name}" of "${id}" must be ${range}; a value outside it would make the rule check nothing or flag every post. Change it, or remove it to use the default.`,
              );
              bad = true;
            }
          }
          if (bad) continue;
        }
        config.rules[id] = setting;
      }
    }
  }

  const platformNode = findNodeAtLocation(root, ['defaultPlatform']);
  if (platformNode) {
    const id = typeof platformNode.value === 'string' ? resolvePlatform(platformNode.value) : undefined;
    if (!id) problem('defaultPlatform', platformNode, `"defaultPlatform" must be one of: ${knownPlatformNames()}.`);
    else config.defaultPlatform = id;
  }

  const audienceNode = findNodeAtLocation(root, ['audience']);
  if (audienceNode) {
    if (audienceNode.value === 'patients' || audienceNode.value === 'professionals') config.audience = audienceNode.value;
    else problem('audience', audienceNode, '"audience" must be "patients" (plain-language checks on) or "professionals" (for posts to colleagues).');
  }

  const ignoreNode = findNodeAtLocation(root, ['ignore']);
  if (ignoreNode) {
    const value = nodeValue(ignoreNode);
    if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) problem('ignore', ignoreNode, '"ignore" must be a list of file patterns, for example ["drafts/**", "archive/*.post.md"].');
    else config.ignore = value as string[];
  }

  const phrasesNode = findNodeAtLocation(root, ['phrases']);
  if (phrasesNode) {
    if (phrasesNode.type !== 'array') problem('phrases', phrasesNode, '"phrases" must be a list of {"phrase": "...", "message": "...", "replacements": ["..."]}.');
    else {
      config.phrases = [];
      (phrasesNode.children ?? []).forEach((node, i) => {
        const v = nodeValue(node) as Record<string, unknown> | undefined;
        const path = `phrases[${i}]`;
        if (!v || typeof v !== 'object' || Array.isArray(v)) return problem(path, node, 'Each team phrase must be an object with "phrase" and "message".');
        const stray = Object.keys(v).find((k) => !PHRASE_KEYS.includes(k));
        if (stray !== undefined) {
          return problem(`${path}.${stray}`, node, `"${stray}" is not part of a team phrase, so this phrase is not used. A team phrase has "phrase", "message" and, if you like, "replacements".`);
        }
        if (typeof v.phrase !== 'string' || !/[\p{L}\p{N}]/u.test(v.phrase)) return problem(`${path}.phrase`, node, 'Each team phrase needs a "phrase": the literal words to avoid.');
        if (v.phrase.length > MAX_PHRASE_LENGTH) {
          return problem(
            `${path}.phrase`,
            node,
            `This team phrase is ${v.phrase.length} characters long; Postlint looks for phrases of at most ${MAX_PHRASE_LENGTH}. List the few words to avoid rather than a whole passage (split it into several phrases if needed).`,
          );
        }
        if (typeof v.message !== 'string' || !v.message.trim()) return problem(`${path}.message`, node, `The team phrase "${v.phrase}" needs a "message" telling colleagues why to avoid it and what to write instead.`);
        const replacements = v.replacements ?? [];
        if (!Array.isArray(replacements) || !replacements.every((r) => typeof r === 'string')) return problem(`${path}.replacements`, node, '"replacements" must be a list of strings.');
        config.phrases!.push({ phrase: v.phrase, message: v.message, replacements: replacements as string[] });
      });
    }
  }
  return { config, problems };
}

function nodeValue(node: JsonNode): unknown {
  switch (node.type) {
    case 'object': {
      // Without a prototype, so "__proto__" or "constructor" in the file is a key like any other
      // (reported as unknown), never the object's prototype or an inherited property.
      const o: Record<string, unknown> = Object.create(null);
      for (const p of node.children ?? []) {
        const [k, v] = p.children ?? [];
        if (k && v) o[String(k.value)] = nodeValue(v);
      }
      return o;
    }
    case 'array':
      return (node.children ?? []).map(nodeValue);
    default:
      return node.value;
  }
}

function hasType(value: unknown, type: RuleOptionMeta['type']): boolean {
  switch (type) {
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'string':
      return typeof value === 'string';
    case 'string[]':
      return Array.isArray(value) && value.every((v) => typeof v === 'string');
    case 'object':
      return typeof value === 'object' && value !== null && !Array.isArray(value);
  }
}

/** The allowed range in words when `value` is outside it (a number option with limits), else undefined. */
function outOfRange(value: unknown, meta: Pick<RuleOptionMeta, 'min' | 'max' | 'integer'>): string | undefined {
  if (typeof value !== 'number') return undefined;
  const fmt = (n: number) => n.toLocaleString('en-US');
  const kind = meta.integer ? 'a whole number' : 'a number';
  const allowed =
    meta.min !== undefined && meta.max !== undefined
      ? `${kind} from ${fmt(meta.min)} to ${fmt(meta.max)}`
      : meta.min !== undefined
        ? `${kind} of at least ${fmt(meta.min)}`
        : meta.max !== undefined
          ? `${kind} of at most ${fmt(meta.max)}`
          : kind;
  const ok = (!meta.integer || Number.isInteger(value)) && (meta.min === undefined || value >= meta.min) && (meta.max === undefined || value <= meta.max);
  return ok ? undefined : allowed;
}

function describeType(type: RuleOptionMeta['type']): string {
  return { number: 'a number (without quotes)', boolean: 'true or false', string: 'a text in quotes', 'string[]': 'a list of texts, like ["a", "b"]', object: 'an object { … }' }[type];
}

function readRuleSetting(value: unknown): RuleSetting | undefined {
  const isLevel = (v: unknown): v is Severity | 'off' => v === 'off' || SEVERITIES.includes(v as Severity);
  if (isLevel(value)) return value;
  if (Array.isArray(value) && value.length >= 1 && value.length <= 2 && isLevel(value[0])) {
    if (value.length === 2 && (typeof value[1] !== 'object' || value[1] === null || Array.isArray(value[1]))) return undefined;
    // The options as a plain object (nodeValue made it without a prototype); copying keeps a
    // "__proto__" key an own property, never the prototype.
    return value.length === 2 ? [value[0], { ...(value[1] as Record<string, unknown>) }] : (value as RuleSetting);
  }
  return undefined;
}

function describeJsonError(code: string): string {
  const words: Record<string, string> = {
    InvalidSymbol: 'an unexpected character',
    ValueExpected: 'a value is missing',
    PropertyNameExpected: 'a quoted key is missing',
    ColonExpected: 'a ":" is missing',
    CommaExpected: 'a "," is missing',
    CloseBraceExpected: 'a "}" is missing',
    CloseBracketExpected: 'a "]" is missing',
    EndOfFileExpected: 'there is text after the closing "}"',
    UnexpectedEndOfString: 'a string is not closed with a quote',
  };
  return words[code] ?? code;
}

function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const c of candidates) {
    const d = editDistance(word, c);
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length];
}

/** Merges configurations: later ones win per key, `rules` merged per rule. */
export function mergeConfigs(...configs: readonly PostlintConfig[]): PostlintConfig {
  const out: PostlintConfig = {};
  for (const c of configs) {
    if (c.rules) out.rules = { ...out.rules, ...c.rules };
    if (c.defaultPlatform) out.defaultPlatform = c.defaultPlatform;
    if (c.audience) out.audience = c.audience;
    if (c.phrases) out.phrases = [...(out.phrases ?? []), ...c.phrases];
    if (c.ignore) out.ignore = [...(out.ignore ?? []), ...c.ignore];
  }
  return out;
}
