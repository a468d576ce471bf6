// The engine's public API. Adapters (CLI, language server) import from here only.
export * from './types';
export { createLinter, resolveRules, type Linter, type LintResult, type ActiveRule } from './linter';
export { parsePost, positionAt, computeLineStarts, publishedText, type PostDocument, type Span } from './document';
export { parseConfigText, mergeConfigs, type PostlintConfig, type ConfigProblem, type RuleSetting, type TeamPhrase } from './config';
export { applyEdits, applyFixes, matchCase } from './edits';
export { RULES, RULE_IDS, getRule } from './rules';
export { PLATFORMS, PLATFORM_IDS, resolvePlatform } from './platforms';
export type { Budget } from './length';
export type { Rule, RuleContext } from './rule';
export type { PhraseEntry } from './phrases';
export { summarize, summaryFinding, type Summary, type SummaryFinding, type WorkspaceFinding } from './summary';
