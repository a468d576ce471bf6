// The custom messages between the client and the language server (see the editor contract).
// Types only plus the message type objects; no `vscode` import so the pure helpers can use it.

import { NotificationType, RequestType } from 'vscode-languageclient';
import type { WorkDoneProgressParams } from 'vscode-languageclient';
import type { Summary } from '../../server/src/engine/summary';
import type { Budget } from '../../server/src/engine/length';

export type { Summary };

export interface SeverityCounts {
  error: number;
  warning: number;
  info: number;
  hint: number;
}

export interface CheckFilesParams extends WorkDoneProgressParams {
  uris: string[];
}

export interface CheckedFile {
  uri: string;
  counts: SeverityCounts;
  /** Set when the file could not be read or checked. */
  error?: string;
}

export interface CheckFilesResult {
  files: CheckedFile[];
  summary: Summary;
  cancelled: boolean;
}

export const CheckFilesRequest = new RequestType<CheckFilesParams, CheckFilesResult, void>('postlint/checkFiles');

export type PlatformBudget = Pick<Budget, 'platform' | 'name' | 'used' | 'limit'>;

export interface BudgetsParams {
  uri: string;
  budgets: PlatformBudget[];
}

export const BudgetsNotification = new NotificationType<BudgetsParams>('postlint/budgets');
