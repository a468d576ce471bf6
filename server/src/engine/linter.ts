// The engine's entry point: `createLinter(config)` compiles the configuration once
// (rule settings, one phrase matcher for every phrase rule and the team's phrases), and
// `lint(text)` checks one post. Pure: no I/O, no globals changed.

import type { Audience, PostlintConfig, RuleSetting } from './config';
import { parsePost, type PostDocument } from './document';
import { measureBudgets, type Budget } from './length';
import { PhraseMatcher, type PhraseSource } from './phrases';
import type { Report, Rule, RuleContext } from './rule';
import { RULES, RULE_IDS } from './rules';
import { readSuppressions } from './suppressions';
import { SEVERITIES, type Finding, type PlatformId, type Severity } from './types';

export interface LintResult {
  findings: Finding[];
  /** Platforms the post was checked for. */
  platforms: PlatformId[];
  /** Length used against each platform's limit (for status bars and summaries). */
  budgets: Budget[];
  /** Rules that threw: reported here (never with post text) so the other rules still run. */
  internalErrors: { ruleId: string; error: string }[];
}

export interface ActiveRule {
  rule: Rule<any>;
  severity: Severity;
  options: Record<string, unknown>;
}

export interface Linter {
  readonly config: PostlintConfig;
  readonly rules: ReadonlyMap<string, ActiveRule>;
  lint(text: string): LintResult;
  /** Lints an already parsed document (the benchmark and server reuse parses). */
  lintDocument(doc: PostDocument): LintResult;
}

const TEAM_PHRASE_RULE = 'team-phrase';
const KNOWN_RULES = new Set(RULE_IDS);

/** Severity and options of every enabled rule, after the configuration. */
export function resolveRules(config: PostlintConfig): Map<string, ActiveRule> {
  const active = new Map<string, ActiveRule>();
  for (const rule of RULES) {
    const setting: RuleSetting | undefined = config.rules?.[rule.meta.id];
    let severity: Severity | 'off' = rule.meta.defaultSeverity;
    let options: Record<string, unknown> = { ...(rule.defaultOptions as Record<string, unknown> | undefined) };
    if (typeof setting === 'string') severity = setting;
    else if (Array.isArray(setting)) {
      severity = setting[0];
      options = { ...options, ...(setting[1] ?? {}) };
    }
    if (severity === 'off') continue;
    if (rule.meta.id === TEAM_PHRASE_RULE) {
      if (!config.phrases?.length) continue;
      options.phrases = config.phrases;
    }
    active.set(rule.meta.id, { rule, severity, options });
  }
  return active;
}

export function createLinter(config: PostlintConfig = {}): Linter {
  const rules = resolveRules(config);
  const sources: PhraseSource[] = [];
  for (const [id, { rule, options }] of rules) {
    if (rule.phrases) sources.push({ ruleId: id, entries: rule.phrases(options) });
  }
  const matcher = new PhraseMatcher(sources);
  const audience: Audience = config.audience ?? 'patients';

  function lintDocument(doc: PostDocument): LintResult {
    const platforms = doc.platforms.length ? doc.platforms : config.defaultPlatform ? [config.defaultPlatform] : [];
    const matches = matcher.scan(doc);
    const suppressions = readSuppressions(doc, KNOWN_RULES);
    const findings: Finding[] = [];
    const internalErrors: LintResult['internalErrors'] = [];

    for (const [id, { rule, severity, options }] of rules) {
      if (!rule.check) continue;
      const reports: Report[] = [];
      const context: RuleContext<any> = {
        doc,
        options,
        platforms,
        audience,
        severity,
        phraseMatches: matches.get(id) ?? [],
        directiveProblems: suppressions.problems,
        report: (r) => reports.push(r),
      };
      try {
        rule.check(context);
      } catch (error) {
        internalErrors.push({ ruleId: id, error: error instanceof Error ? `${error.name}: ${error.message.slice(0, 200)}` : 'unknown error' });
        continue;
      }
      for (const r of reports) {
        if (id !== 'inline-comment' && suppressions.isSuppressed(id, r.start)) continue;
        const finding: Finding = {
          ruleId: id,
          severity: r.severity && SEVERITIES.indexOf(r.severity) > SEVERITIES.indexOf(severity) ? r.severity : severity,
          message: r.message,
          start: r.start,
          end: Math.max(r.end, r.start),
          suggestions: r.suggestions ?? [],
        };
        if (r.fix) finding.fix = r.fix;
        if (r.redaction) finding.redaction = r.redaction;
        findings.push(finding);
      }
    }
    // Rule ids are ASCII: a plain comparison orders them as localeCompare did, without ICU.
    findings.sort((a, b) => a.start - b.start || a.end - b.end || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0));
    const lengthRule = rules.get('length-limit');
    return { findings, platforms, budgets: measureBudgets(doc, platforms, lengthRule?.options ?? {}), internalErrors };
  }

  return {
    config,
    rules,
    lint: (text) => lintDocument(parsePost(text)),
    lintDocument,
  };
}
