// What the server keeps of one check of a post (shared by server.ts and check-files.ts).

import type { Diagnostic } from 'vscode-languageserver/node';
import type { Finding, Linter } from '../engine';
import type { OffsetMapper } from './convert';
import type { BudgetInfo } from './protocol';

export interface Analysis {
  uri: string;
  version: number | null;
  /** ServerConfigs.generation the analysis was made with. */
  generation: number;
  mapper: OffsetMapper;
  /** Every finding (hover and quick fixes read these). */
  findings: Finding[];
  /** What is sent to the editor: the findings, capped per file (convert.ts, toDiagnostics), or a notice. */
  diagnostics: Diagnostic[];
  budgets: BudgetInfo[];
  /** Why the post was not checked (too large, binary, broken configuration): the status bar says so. */
  notChecked?: string;
  /** The linter used (undefined when the post was not linted: disabled, ignored, broken config, too large). */
  linter?: Linter;
}
