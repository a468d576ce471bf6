// `--format sarif`: SARIF 2.1.0, as GitHub code scanning and other dashboards read it.
// - tool.driver.rules: every rule, with its description, default level and its help
//   (`help.text` and `help.markdown`: guideline, why it matters, a post that passes, options),
//   built from the rule's metadata, which code scanning shows beside each alert. No links:
//   package.json declares no public home for the project (see PROJECT_LINKS).
// - results: one per finding, located in the file (URI relative to the folder Postlint ran
//   in, which should be the repository root) with a 1-based region in UTF-16 columns.
// - Findings about the calendar as a whole (promotion-share), files that were skipped or
//   could not be read have no place in a file, so they are reported as
//   invocations[0].toolExecutionNotifications (code scanning shows results only).

import { relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { GUIDELINE_TITLES, RULES, type RuleMeta, type Severity } from '../engine';
import { PROJECT_LINKS, TOOL_NAME, VERSION } from './constants';
import { hiddenNotice, type RunReport } from './report';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const BASE_ID = '%SRCROOT%';

export type SarifLevel = 'error' | 'warning' | 'note' | 'none';

export function sarifLevel(severity: Severity): SarifLevel {
  return severity === 'error' ? 'error' : severity === 'warning' ? 'warning' : 'note';
}

export function formatSarif(report: RunReport): string {
  const ruleIndex = new Map(RULES.map((r, i) => [r.meta.id, i]));
  const uri = (path: string) =>
    relative(report.cwd, path)
      .split(sep)
      .map((part) => encodeURIComponent(part))
      .join('/') || '.';
  const location = (path: string) => ({ physicalLocation: { artifactLocation: { uri: uri(path), uriBaseId: BASE_ID } } });

  const rules = RULES.map((r) => ({
    id: r.meta.id,
    name: toPascal(r.meta.id),
    shortDescription: { text: r.meta.description },
    fullDescription: { text: r.meta.why },
    help: ruleHelp(r.meta),
    ...(PROJECT_LINKS?.ruleHelp ? { helpUri: PROJECT_LINKS.ruleHelp(r.meta.id) } : {}),
    defaultConfiguration: { level: sarifLevel(r.meta.defaultSeverity) },
    properties: { tags: [GUIDELINE_TITLES[r.meta.guideline]], fixable: r.meta.fixable },
  }));

  const results = report.files.flatMap((f) =>
    f.findings.map((x) => ({
      ruleId: x.ruleId,
      ...(ruleIndex.has(x.ruleId) ? { ruleIndex: ruleIndex.get(x.ruleId) } : {}),
      level: sarifLevel(x.severity),
      message: { text: x.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: uri(f.path), uriBaseId: BASE_ID },
            region: { startLine: x.line, startColumn: x.column, endLine: x.endLine, endColumn: x.endColumn },
          },
        },
      ],
    })),
  );

  const notifications = [
    ...report.workspace.map((w) => ({
      level: sarifLevel(w.severity),
      message: { text: w.message },
      descriptor: { id: w.ruleId },
      locations: [location(w.path)],
      properties: { figures: w.figures },
    })),
    ...report.files
      .filter((f) => f.skipped || f.error)
      .map((f) => ({ level: f.error ? 'error' : 'note', message: { text: (f.error ?? f.skipped)! }, locations: [location(f.path)] })),
    ...(hiddenNotice(report.hidden) ? [{ level: 'note', message: { text: hiddenNotice(report.hidden) }, properties: { hidden: report.hidden } }] : []),
  ];

  const sarif = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: TOOL_NAME, version: VERSION, semanticVersion: VERSION, ...(PROJECT_LINKS ? { informationUri: PROJECT_LINKS.home } : {}), rules } },
        originalUriBaseIds: { [BASE_ID]: { uri: `${pathToFileURL(report.cwd).href.replace(/\/?$/, '/')}` } },
        columnKind: 'utf16CodeUnits',
        results,
        invocations: [{ executionSuccessful: report.internalErrors.length === 0, toolExecutionNotifications: notifications }],
        properties: { promotion: report.promotion.map((p) => ({ folder: uri(p.path), posts: p.posts, promotionalPosts: p.promotionalPosts, share: p.share, maxShare: p.maxShare })) },
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}

/** A rule's help (SARIF reportingDescriptor.help), from its metadata: what the rule's doc page says, in short. */
export function ruleHelp(meta: RuleMeta): { text: string; markdown: string } {
  const guideline = GUIDELINE_TITLES[meta.guideline];
  const options = Object.entries(meta.options ?? {});
  const text = [
    meta.description,
    `Guideline: ${guideline}. Default severity: ${meta.defaultSeverity}.`,
    `Why it matters for clinicians: ${meta.why}`,
    `A post that passes:\n${meta.goodExample}`,
    ...(options.length ? [`Options:\n${options.map(([name, o]) => `- ${name} (default ${JSON.stringify(o.default)}): ${o.description}`).join('\n')}`] : []),
    `Turn it off or change its severity in .postlintrc.json: {"rules": {"${meta.id}": "off"}}.`,
  ].join('\n\n');
  const fence = '`'.repeat(Math.max(3, ...[...meta.goodExample.matchAll(/`+/g)].map((m) => m[0].length + 1)));
  const markdown = [
    meta.description,
    `**Guideline:** ${guideline} · **Default severity:** ${meta.defaultSeverity}`,
    `## Why it matters for clinicians\n\n${meta.why}`,
    `## A post that passes\n\n${fence}markdown\n${meta.goodExample}\n${fence}`,
    ...(options.length ? [`## Options\n\n${options.map(([name, o]) => `- \`${name}\` (default \`${JSON.stringify(o.default)}\`): ${o.description}`).join('\n')}`] : []),
    `Turn it off or change its severity in \`.postlintrc.json\`: \`{"rules": {"${meta.id}": "off"}}\`.`,
  ].join('\n\n');
  return { text, markdown };
}

function toPascal(id: string): string {
  return id.replace(/(^|-)([a-z])/g, (_, __, c: string) => c.toUpperCase());
}
