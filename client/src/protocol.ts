// The custom messages between the client and the language server (see the editor contract).
// They are defined once, in server/src/lsp/protocol.ts, which imports only
// 'vscode-languageserver-protocol' at run time (the engine types it names are erased), so the
// client bundle gains nothing from the server but these types and message objects.
// No `vscode` import here, so the pure helpers can use it.

import type { BudgetInfo } from '../../server/src/lsp/protocol';

export {
  BudgetsNotification,
  CheckFilesRequest,
  DidChangeConfigFilesNotification,
  type SentConfigFile,
  type BudgetsParams,
  type CheckedFile,
  type CheckFilesParams,
  type CheckFilesResult,
  type SeverityCounts,
} from '../../server/src/lsp/protocol';
export type { Summary } from '../../server/src/engine/summary';

/** One platform's character budget, as the server sends it in `postlint/budgets`. */
export type PlatformBudget = BudgetInfo;
