// Figures over many posts (CLI run, "Check All Posts"), including workspace rules
// such as promotion-share. Pure: works on lint results, not on files.

import type { PostlintConfig } from './config';
import { resolveRules, type LintResult } from './linter';
import { PROMOTIONAL_RULES } from './rules/promotion-share';
import type { Finding, Severity } from './types';

export interface WorkspaceFinding {
  ruleId: string;
  severity: Severity;
  message: string;
  figures: Record<string, number>;
}

export interface Summary {
  posts: number;
  postsWithFindings: number;
  bySeverity: Record<Severity, number>;
  byRule: Record<string, number>;
  promotion: { promotionalPosts: number; share: number; maxShare: number };
  /** Findings about the set of posts as a whole (promotion-share). */
  workspaceFindings: WorkspaceFinding[];
}


const summaryFindings = new Map<string, SummaryFinding>();

export type SummaryFinding = Readonly<Pick<Finding, 'ruleId' | 'severity'>>;

/**
 * What summarize() reads of a finding, one shared object per rule and severity: a run over
 * 10,000 posts keeps references, not 40,000 objects that each collection has to copy.
 */
export function summaryFinding(ruleId: string, severity: Severity): SummaryFinding {
  const key = `${ruleId}\u0000${severity}`;
  let f = summaryFindings.get(key);
  if (!f) summaryFindings.set(key, (f = Object.freeze({ ruleId, severity })));
  return f;
}

/** Works on lint results, or on just the rule id and severity of each finding (what the CLI's threads send back). */
export function summarize(results: readonly { findings: readonly Pick<Finding, 'ruleId' | 'severity'>[] }[], config: PostlintConfig = {}): Summary {
  const bySeverity: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
  const byRule: Record<string, number> = {};
  let postsWithFindings = 0;
  for (const r of results) {
    if (r.findings.length) postsWithFindings++;
    for (const f of r.findings) {
      bySeverity[f.severity]++;
      byRule[f.ruleId] = (byRule[f.ruleId] ?? 0) + 1;
    }
  }
  const posts = results.map((r) => ({ ruleIds: r.findings.map((f) => f.ruleId) }));
  const workspaceFindings: WorkspaceFinding[] = [];
  let maxShare = 0.2;
  for (const [id, active] of resolveRules(config)) {
    if (!active.rule.checkWorkspace) continue;
    if (id === 'promotion-share') maxShare = Number(active.options.maxShare);
    const report = active.rule.checkWorkspace(posts, active.options);
    if (report) {
      workspaceFindings.push({ ruleId: id, severity: active.severity, message: report.message, figures: report.figures });
      bySeverity[active.severity]++;
      byRule[id] = (byRule[id] ?? 0) + 1;
    }
  }
  const promotionalPosts = posts.filter((p) => p.ruleIds.some((id) => PROMOTIONAL_RULES.includes(id))).length;
  return {
    posts: results.length,
    postsWithFindings,
    bySeverity,
    byRule,
    promotion: { promotionalPosts, share: results.length ? promotionalPosts / results.length : 0, maxShare },
    workspaceFindings,
  };
}
