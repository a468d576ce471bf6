// The shape of a rule: metadata plus a check. One rule per file in ./rules/, named by its id.

import type { Audience } from './config';
import type { PostDocument } from './document';
import { phraseSuggestions } from './edits';
import type { PhraseEntry, PhraseMatch } from './phrases';
import type { PlatformId, RuleMeta, Severity, Suggestion } from './types';

export interface Report {
  start: number;
  end: number;
  message: string;
  suggestions?: Suggestion[];
  /** The safe fix (fixable rules only). */
  fix?: Suggestion;
  /** For patient identifiers: replace with a placeholder. */
  redaction?: Suggestion;
  /**
   * A milder severity for this finding than the rule's configured one (e.g. 'info' for advice
   * beside a hard limit). Never raises it: the finding gets the milder of the two.
   */
  severity?: Severity;
}

export interface RuleContext<Options = Record<string, unknown>> {
  doc: PostDocument;
  /** The rule's options: its defaults overridden by the configuration. */
  options: Options;
  /** Platforms this post is for: the front matter's, else the configured default, else none. */
  platforms: PlatformId[];
  audience: Audience;
  severity: Severity;
  /** Matches of this rule's phrases (from the one shared scan), longest leftmost, exceptions removed. */
  phraseMatches: PhraseMatch[];
  /** Problems in the post's `<!-- postlint-… -->` comments (for the inline-comment rule). */
  directiveProblems: readonly { start: number; end: number; message: string }[];
  report(report: Report): void;
}

export interface Rule<Options = Record<string, unknown>> {
  meta: RuleMeta;
  /**
   * Default options, taken from each `meta.options[name].default` by `defineRule` (so a default
   * is written once); the configuration's `[severity, options]` is merged over them.
   */
  readonly defaultOptions: Options;
  /** Phrases this rule contributes to the shared matcher (compiled once per configuration). */
  phrases?(options: Options): readonly PhraseEntry[];
  /** Checks one post. Workspace rules (meta.scope 'workspace') have `checkWorkspace` instead. */
  check?(context: RuleContext<Options>): void;
  checkWorkspace?(posts: readonly WorkspacePost[], options: Options): WorkspaceReport | undefined;
}

export interface WorkspacePost {
  /** Rule ids of the post's findings (after configuration and suppressions). */
  ruleIds: readonly string[];
}

export interface WorkspaceReport {
  message: string;
  /** Figures the summary shows beside the message. */
  figures: Record<string, number>;
}

/** Declares a rule with typed options; its default options come from `meta.options`. */
export function defineRule<Options = Record<string, unknown>>(rule: Omit<Rule<Options>, 'defaultOptions'>): Rule<Options> {
  return { ...rule, defaultOptions: optionDefaults(rule.meta) as Options };
}

/** Each option's declared default, by option name (an empty object for a rule without options). */
export function optionDefaults(meta: Pick<RuleMeta, 'options'>): Record<string, unknown> {
  const defaults: Record<string, unknown> = {};
  for (const [name, option] of Object.entries(meta.options ?? {})) defaults[name] = option.default;
  return defaults;
}

/**
 * The common case for phrase rules: one finding per match, its replacements as
 * suggestions, and (for fixable rules) the first replacement as the safe fix.
 */
export function reportPhraseMatches(
  context: RuleContext<any>,
  message: (match: PhraseMatch, original: string) => string,
  options: { fixable?: boolean } = {},
): void {
  const { text } = context.doc;
  for (const match of context.phraseMatches) {
    const original = text.slice(match.start, match.end);
    const suggestions = phraseSuggestions(text, match);
    context.report({
      start: match.start,
      end: match.end,
      message: message(match, original),
      suggestions,
      fix: options.fixable && suggestions.length ? suggestions[0] : undefined,
    });
  }
}
