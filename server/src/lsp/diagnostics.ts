// Diagnostics the server pushes (textDocument/publishDiagnostics): those of posts (push mode,
// and posts checked from disk) and those of configuration files (in every mode). It keeps what
// the editor was sent, so that an older check never overwrites a newer one (the one place that
// decides it: isNewest), a post shown empty is not sent empty again, and a configuration file
// is sent its problems only when they changed.

import { DiagnosticSeverity, type Connection, type Diagnostic } from 'vscode-languageserver';
import type { ConfigState } from './configs';
import { SOURCE } from './convert';
import type { OpenDocuments } from './documents';
import { CONFIG_CODE } from './protocol';

export class Diagnostics {
  /** The newest version of each open post whose diagnostics were pushed. */
  private readonly pushedVersion = new Map<string, number>();
  /** Posts that currently have pushed, non-empty diagnostics. */
  private readonly pushedNonEmpty = new Set<string>();
  /** Configuration files whose diagnostics were pushed, with what was pushed. */
  private readonly configPushed = new Map<string, string>();

  constructor(
    private readonly connection: Connection,
    private readonly documents: OpenDocuments,
  ) {}

  /** Pushes a post's diagnostics; `version`, for an open post, is remembered for isNewest. */
  publish(uri: string, diagnostics: Diagnostic[], version?: number): void {
    if (version !== undefined) this.pushedVersion.set(uri, version);
    if (diagnostics.length) this.pushedNonEmpty.add(uri);
    else this.pushedNonEmpty.delete(uri);
    void this.connection.sendDiagnostics({ uri, version, diagnostics });
  }

  /** Whether the check of this version of an open post may be shown: nothing newer was. */
  isNewest(uri: string, version: number): boolean {
    return (this.pushedVersion.get(uri) ?? -Infinity) <= version;
  }

  hasPushed(uri: string): boolean {
    return this.pushedNonEmpty.has(uri);
  }

  /** Empties what was pushed for a post, if anything was. */
  clearPushed(uri: string): void {
    if (this.pushedNonEmpty.has(uri)) this.publish(uri, []);
  }

  /** A post was closed: its versions start again when it is opened again. */
  remove(uri: string): void {
    this.pushedVersion.delete(uri);
  }

  // ---- configuration files

  /** The problems of a configuration file, on the file itself (none when it is fine). */
  showConfigState(state: ConfigState): void {
    if (state.ok && !state.loaded.file) return;
    const file = state.ok ? state.loaded.file! : state.file;
    const uri = this.documents.uriOf(file);
    const diagnostics: Diagnostic[] = state.ok
      ? []
      : state.problems.map((p) => ({ range: p.range, severity: DiagnosticSeverity.Error, source: SOURCE, code: CONFIG_CODE, message: p.message }));
    const signature = JSON.stringify(diagnostics);
    if ((this.configPushed.get(uri) ?? '[]') === signature) return;
    this.configPushed.set(uri, signature);
    void this.connection.sendDiagnostics({ uri, version: this.documents.get(uri)?.version, diagnostics });
  }

  /** Configuration files that were sent problems. */
  configUris(): string[] {
    return [...this.configPushed.keys()];
  }

  /** A configuration file is gone: nothing left to underline. */
  forgetConfig(uri: string): void {
    if (this.configPushed.get(uri) !== '[]') void this.connection.sendDiagnostics({ uri, diagnostics: [] });
    this.configPushed.delete(uri);
  }
}
