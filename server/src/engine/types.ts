// Public types of the Postlint engine. The engine is pure: text and configuration in,
// findings out. Every offset is a UTF-16 code-unit index into the post's full text,
// which is what JavaScript strings, LSP and VS Code all use.

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info', 'hint'];

/** The three guidelines of the reference article, plus the product's own additions. */
export type Guideline =
  | 'promote-conversation'
  | 'reasonable-and-patient'
  | 'professional'
  | 'platform'
  | 'clarity'
  | 'document';

export const GUIDELINE_TITLES: Record<Guideline, string> = {
  'promote-conversation': 'Promote conversation, not yourself',
  'reasonable-and-patient': 'Be reasonable and patient',
  professional: 'Always be professional',
  platform: 'Platform limits and conventions',
  clarity: 'Clear language for patients',
  document: 'A well-formed post file',
};

export type PlatformId =
  | 'x'
  | 'instagram'
  | 'facebook'
  | 'linkedin'
  | 'threads'
  | 'bluesky'
  | 'mastodon'
  | 'tiktok';

export interface TextEdit {
  /** UTF-16 offset where the replaced text starts. */
  start: number;
  /** UTF-16 offset just after the replaced text. */
  end: number;
  newText: string;
}

export interface Suggestion {
  title: string;
  edits: TextEdit[];
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  /** What is wrong, why it matters for a clinician, what to do instead. */
  message: string;
  start: number;
  end: number;
  /** Rewordings the writer may pick from; the first is the most likely choice. */
  suggestions: Suggestion[];
  /** The one safe fix applied by "fix all" and `--fix` (fixable rules only). */
  fix?: Suggestion;
  /** Set for patient identifiers: the edit that replaces the identifier with a placeholder. */
  redaction?: Suggestion;
}

export interface RuleOptionMeta {
  type: 'number' | 'boolean' | 'string' | 'string[]' | 'object';
  default: unknown;
  description: string;
  /** Numbers: the allowed range (inclusive), and whether only whole numbers are allowed. */
  min?: number;
  max?: number;
  integer?: boolean;
}

export interface RuleMeta {
  id: string;
  guideline: Guideline;
  defaultSeverity: Severity;
  /** One line, shown in the README table and SARIF. */
  description: string;
  /** Why this matters for a clinician (hover text, docs). */
  why: string;
  /** A short example of copy that passes. */
  goodExample: string;
  /** A safe automatic fix exists ("fix all", --fix). */
  fixable: boolean;
  /** The rule offers rewordings as suggestions. */
  hasSuggestions: boolean;
  /** 'workspace' rules look at many posts at once (CLI run, Check All Posts). */
  scope?: 'post' | 'workspace';
  options?: Record<string, RuleOptionMeta>;
}
