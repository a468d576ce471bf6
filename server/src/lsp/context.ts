// The parts of a running server that its handlers share: each holds its own state (see its file).

import type { Connection } from 'vscode-languageserver';
import type { Analyses } from './analyses';
import type { ClientSupport } from './capabilities';
import type { CheckFiles } from './check-files';
import type { Checker } from './checker';
import type { ServerConfigs } from './configs';
import type { Diagnostics } from './diagnostics';
import type { OpenDocuments } from './documents';
import type { Log } from './log';
import type { PushChecks } from './push';
import type { Settings } from './settings';

export interface ServerContext {
  readonly connection: Connection;
  readonly log: Log;
  /** What the client can do: set by `initialize`. */
  support: ClientSupport;
  /** Delay between the last keystroke and the check (push mode). */
  debounceMs: number;
  readonly documents: OpenDocuments;
  readonly settings: Settings;
  readonly configs: ServerConfigs;
  readonly analyses: Analyses;
  readonly diagnostics: Diagnostics;
  readonly checker: Checker;
  readonly pushes: PushChecks;
  readonly checkFiles: CheckFiles;
}
