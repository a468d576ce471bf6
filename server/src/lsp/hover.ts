// Hover on a flagged range: the rule, its guideline, why it matters, a good example and the link
// to the rule's page. Not the finding's message: the editor already shows the diagnostic's message
// in the same hover box, right above ours.

import { MarkupKind, type Hover } from 'vscode-languageserver-protocol';
import { getRule, GUIDELINE_TITLES, type Finding } from '../engine';
import { ruleDocUri, type OffsetMapper } from './convert';

const MAX_FINDINGS = 3;

export function hoverFor(findings: readonly Finding[], mapper: OffsetMapper, offset: number): Hover | undefined {
  const hits = findings.filter((f) => (f.start === f.end ? offset === f.start : offset >= f.start && offset <= f.end));
  if (!hits.length) return undefined;
  // One part per rule: two findings of the same rule here would give the same text twice.
  const ruleIds = [...new Set(hits.map((f) => f.ruleId))];
  const parts = ruleIds.slice(0, MAX_FINDINGS).map(describe);
  return {
    contents: { kind: MarkupKind.Markdown, value: parts.join('\n\n---\n\n') },
    range: mapper.range(hits[0].start, hits[0].end),
  };
}

function describe(ruleId: string): string {
  const meta = getRule(ruleId)?.meta;
  const lines = [`**Postlint: ${escapeMarkdown(ruleId)}**${meta ? ` · ${escapeMarkdown(GUIDELINE_TITLES[meta.guideline])}` : ''}`];
  if (meta?.why) lines.push('', `**Why it matters:** ${escapeMarkdown(meta.why)}`);
  if (meta?.goodExample) {
    lines.push('', '**A post that works:**', '', quote(meta.goodExample));
  }
  lines.push('', `[Read more about ${escapeMarkdown(ruleId)}](${ruleDocUri(ruleId)})`);
  return lines.join('\n');
}

export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}\[\]<>#|~]/g, '\\$&');
}

function quote(text: string): string {
  return text
    .split(/\r\n|\n|\r/)
    .map((line) => `> ${escapeMarkdown(line).replace(/^(\s*)([-+=>]|\d+[.)])/, '$1\\$2')}`)
    .join('  \n'); // two spaces: a hard line break, so multi-line examples keep their lines
}
