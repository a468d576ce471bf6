// What the client can do (read once from `initialize`) and what the server offers in return.

import { CodeActionKind, TextDocumentSyncKind, type InitializeParams, type ServerCapabilities } from 'vscode-languageserver';
import { FIX_ALL_KIND } from './protocol';

/** Server-side command for editors other than VS Code (opens the rule's page with window/showDocument). */
export const SERVER_DOCS_COMMAND = 'postlint.server.showRuleDocumentation';

export interface ClientSupport {
  pull: boolean;
  pullRefresh: boolean;
  configuration: boolean;
  watchedFilesDynamic: boolean;
  configurationDynamic: boolean;
  documentChanges: boolean;
  workDoneProgress: boolean;
  showDocument: boolean;
  workspaceFolders: boolean;
  /** VS Code or one of its forks: it runs the extension's own postlint.showRuleDocumentation command. */
  isVsCode: boolean;
}

/** Before `initialize`: nothing is assumed. */
export const NO_SUPPORT: ClientSupport = {
  pull: false,
  pullRefresh: false,
  configuration: false,
  watchedFilesDynamic: false,
  configurationDynamic: false,
  documentChanges: false,
  workDoneProgress: false,
  showDocument: false,
  workspaceFolders: false,
  isVsCode: false,
};

export function clientSupport(params: InitializeParams): ClientSupport {
  const caps = params.capabilities;
  return {
    pull: !!caps.textDocument?.diagnostic,
    pullRefresh: !!caps.workspace?.diagnostics?.refreshSupport,
    configuration: !!caps.workspace?.configuration,
    watchedFilesDynamic: !!caps.workspace?.didChangeWatchedFiles?.dynamicRegistration,
    configurationDynamic: !!caps.workspace?.didChangeConfiguration?.dynamicRegistration,
    documentChanges: !!caps.workspace?.workspaceEdit?.documentChanges,
    workDoneProgress: !!caps.window?.workDoneProgress,
    showDocument: !!caps.window?.showDocument?.support,
    workspaceFolders: !!caps.workspace?.workspaceFolders,
    // VS Code and its forks and web builds (code-server, VSCodium, Code - OSS, Cursor…).
    isVsCode: /code|codium|cursor|windsurf|theia|positron/i.test(params.clientInfo?.name ?? ''),
  };
}

export function serverCapabilities(support: ClientSupport): ServerCapabilities {
  return {
    textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
    codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: false },
    hoverProvider: true,
    ...(support.pull ? { diagnosticProvider: { identifier: 'postlint', interFileDependencies: false, workspaceDiagnostics: false } } : {}),
    ...(!support.isVsCode && support.showDocument ? { executeCommandProvider: { commands: [SERVER_DOCS_COMMAND] } } : {}),
    workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
  };
}
