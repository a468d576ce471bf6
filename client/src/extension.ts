// The Postlint VS Code extension, Node entry (package.json "main", bundled to dist/extension.js):
// starts the language server (dist/server.js) as a process over stdio. Everything else is the
// shared client (controller.ts), which the browser entry (web/extension.ts) uses too. The server
// reads the posts and .postlintrc.json files on disk itself; in a virtual workspace (such as
// GitHub Repositories' vscode-vfs folders) the client reads them and sends them, as in a browser.

import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node';
import { ConfigFiles } from './config-files';
import { Controller, type PostlintApi } from './controller';
import { findPosts } from './find-posts';

export type { PostlintApi } from './controller';

let controller: Controller | undefined;

const onDisk = (uri: vscode.Uri) => uri.scheme === 'file';

export async function activate(context: vscode.ExtensionContext): Promise<PostlintApi> {
  const serverModule = context.asAbsolutePath('dist/server.js');
  // The schemes of the workspace's folders that are not on disk (a virtual workspace).
  const virtual = [...new Set((vscode.workspace.workspaceFolders ?? []).map((f) => f.uri.scheme).filter((s) => s !== 'file' && s !== 'untitled'))];
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.stdio },
    debug: { module: serverModule, transport: TransportKind.stdio, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
  };
  controller = new Controller(context, {
    // The id 'postlint' makes the client honour the `postlint.trace.server` setting.
    createClient: (clientOptions) => new LanguageClient('postlint', 'Postlint', serverOptions, clientOptions),
    // The server reads posts' folders for .postlintrc.json and Check All Posts from disk; a
    // virtual workspace's folders are read here and sent.
    schemes: ['file', 'untitled', ...virtual],
    serverReads: onDisk,
    findPosts,
    configFiles: virtual.length ? new ConfigFiles((uri) => !onDisk(uri)) : undefined,
  });
  context.subscriptions.push(controller);
  controller.registerCommands();
  void controller.start();
  return controller.api;
}

export async function deactivate(): Promise<void> {
  await controller?.stopClient();
}
