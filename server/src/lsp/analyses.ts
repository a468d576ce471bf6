// What the server keeps of the checks of open posts. Whether a kept check still stands for a
// post is decided here only (isCurrent): for the same version of its text, with the
// configuration of the same generation. clear() forgets every check (an environment change).

import type { Diagnostic } from 'vscode-languageserver';
import type { Finding, Linter } from '../engine';
import type { OffsetMapper } from './convert';
import type { BudgetInfo } from './protocol';

/** One check of a post's text (also of posts checked from disk by check-files.ts). */
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

export class Analyses {
  /** The last check of each open post. */
  private readonly last = new Map<string, Analysis>();
  /** postlint.run "onSave" with pull diagnostics: the check of the version last opened or saved, which pulls answer while the user types. */
  private readonly saved = new Map<string, Analysis>();
  private readonly savedVersion = new Map<string, number>();

  constructor(private readonly generation: () => number) {}

  /** The one staleness rule: `analysis` stands for `version` of the text under today's configuration. */
  isCurrent(analysis: Analysis | undefined, version: number): analysis is Analysis {
    return !!analysis && analysis.version === version && analysis.generation === this.generation();
  }

  /** The last check of the post, if it is current for `version`. */
  current(uri: string, version: number): Analysis | undefined {
    const last = this.last.get(uri);
    return this.isCurrent(last, version) ? last : undefined;
  }

  /** The last check of the post, whether or not current. */
  latest(uri: string): Analysis | undefined {
    return this.last.get(uri);
  }

  remember(analysis: Analysis): void {
    this.last.set(analysis.uri, analysis);
  }

  /** The post was opened or saved at this version (onSave mode checks that version). */
  markSaved(uri: string, version: number): void {
    this.savedVersion.set(uri, version);
  }

  /**
   * onSave mode: the check to answer a pull with while the post is edited, or undefined when
   * the saved version must be checked (first pull, or after a save or an environment change).
   */
  savedCheck(uri: string, version: number): Analysis | undefined {
    const saved = this.saved.get(uri);
    if (!saved) return undefined;
    const target = this.savedVersion.get(uri);
    const fresh = target !== undefined && this.isCurrent(saved, target);
    return fresh || version !== target ? saved : undefined;
  }

  rememberSaved(analysis: Analysis): void {
    this.saved.set(analysis.uri, analysis);
  }

  /** The post was closed. */
  remove(uri: string): void {
    this.last.delete(uri);
    this.saved.delete(uri);
    this.savedVersion.delete(uri);
  }

  /** Settings or a configuration file changed: no kept check stands. */
  clear(): void {
    this.last.clear();
    this.saved.clear();
  }
}
