// What Check All Posts adds to its answer for the report view (client/src/reportView.ts): each
// post's date, whether it is promotional and where its most serious finding is, and the
// report's figures, computed by the module `postlint --format html` uses, so both agree.

import { getRule, SEVERITIES, type Finding } from '../engine';
import { PROMOTIONAL_RULES } from '../engine/rules/promotion-share';
import { buildReportSummary, postDate } from '../report/summary';
import type { OffsetMapper } from './convert';
import type { CheckedFile, CheckFilesResult } from './protocol';

/** The report's facts about one checked post. */
export function postFacts(fileName: string, text: string, findings: readonly Finding[], mapper: OffsetMapper): Pick<CheckedFile, 'date' | 'promotional' | 'first'> {
  const facts: Pick<CheckedFile, 'date' | 'promotional' | 'first'> = {};
  const date = postDate(text, fileName);
  if (date) facts.date = date;
  if (findings.some((f) => PROMOTIONAL_RULES.includes(f.ruleId))) facts.promotional = true;
  let first: Finding | undefined;
  const rank = (f: Finding) => SEVERITIES.indexOf(f.severity);
  for (const f of findings) if (!first || rank(f) < rank(first) || (rank(f) === rank(first) && f.start < first.start)) first = f;
  if (first) facts.first = mapper.position(first.start);
  return facts;
}

/** The result with the report's figures added. */
export function withReport(result: CheckFilesResult): CheckFilesResult {
  const report = buildReportSummary({
    posts: result.files,
    byRule: result.summary.byRule,
    calendarFindings: result.summary.workspaceFindings.map((w) => ({ ruleId: w.ruleId, severity: w.severity, message: w.message })),
    maxShare: result.summary.promotion.maxShare,
    guidelineOf: (id) => getRule(id)?.meta.guideline,
  });
  return { ...result, report };
}
