// The Postlint VS Code extension, browser entry (package.json "browser", bundled to
// dist/web/extension.js for vscode.dev, github.dev and other web workbenches): starts the same
// language server and engine in a web worker (dist/web/server.js) and uses the same client as
// the Node entry (../controller.ts). The worker has no file system: it checks the editor's open
// documents, whatever their scheme, and the posts Check All Posts finds and sends (../find-posts.ts),
// with the team's .postlintrc.json files that ../config-files.ts finds and sends.

/// <reference lib="dom" />
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser';
import { Controller, type PostlintApi } from '../controller';
import { ConfigFiles } from '../config-files';
import { findPosts } from '../find-posts';

export type { PostlintApi } from '../controller';

let controller: Controller | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<PostlintApi> {
  const serverUri = vscode.Uri.joinPath(context.extensionUri, 'dist', 'web', 'server.js');
  controller = new Controller(context, {
    // The id 'postlint' makes the client honour the `postlint.trace.server` setting. A new worker
    // for each start, so "Restart Server" restarts it.
    createClient: async (clientOptions) => new LanguageClient('postlint', 'Postlint', clientOptions, await startWorker(serverUri)),
    // The worker has no file system: Check All Posts sends the posts with their text, and the
    // team's .postlintrc.json files are sent when it starts and when they change.
    findPosts,
    configFiles: new ConfigFiles(),
    // The worker cannot find the rule pages beside itself: the findings link to the extension's.
    initializationOptions: (ctx) => ({ ruleDocsUri: vscode.Uri.joinPath(ctx.extensionUri, 'docs', 'rules').toString() }),
  });
  context.subscriptions.push(controller);
  controller.registerCommands();
  void controller.start();
  return controller.api;
}

/**
 * The server's worker. Where the extension is served from the workbench's own origin or a CDN
 * (vscode.dev) the script's URL starts it; a remote's extension (code-server) cannot start a
 * worker from its URL ("Creating workers from remote extensions is currently not supported"),
 * so the script is read through the editor's file system and started from a Blob.
 */
async function startWorker(script: vscode.Uri): Promise<Worker> {
  try {
    return new Worker(script.toString(true));
  } catch {
    const bytes = await vscode.workspace.fs.readFile(script);
    return new Worker(URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'text/javascript' })));
  }
}

export async function deactivate(): Promise<void> {
  await controller?.stopClient();
}
