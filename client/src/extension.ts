// The Postlint VS Code extension, Node entry (package.json "main", bundled to dist/extension.js):
// starts the language server (dist/server.js) as a process over stdio. Everything else is the
// shared client (controller.ts), which the browser entry (web/extension.ts) uses too.

import type * as vscode from 'vscode';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node';
import { Controller, type PostlintApi } from './controller';

export type { PostlintApi } from './controller';

let controller: Controller | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<PostlintApi> {
  const serverModule = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.stdio },
    debug: { module: serverModule, transport: TransportKind.stdio, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
  };
  controller = new Controller(context, {
    // The id 'postlint' makes the client honour the `postlint.trace.server` setting.
    createClient: (clientOptions) => new LanguageClient('postlint', 'Postlint', serverOptions, clientOptions),
    // The server reads posts' folders for .postlintrc.json and Check All Posts from disk.
    schemes: ['file', 'untitled'],
  });
  context.subscriptions.push(controller);
  controller.registerCommands();
  void controller.start();
  return controller.api;
}

export async function deactivate(): Promise<void> {
  await controller?.stopClient();
}
