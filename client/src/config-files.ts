// The team's `.postlintrc.json` files for a language server that cannot read the workspace (the
// web extension's worker; the Node server in a virtual workspace): found in the workspace
// folders (vscode.workspace.findFiles) and in the folders above them (the Node server looks up
// to the root too), read through vscode.workspace.fs (any scheme), and sent again when one is
// saved, created or deleted. The server resolves which one
// applies to a post and validates it as on disk (server/src/lsp/sent-configs.ts). As in the
// desktop host, a file applies as it is saved: the text of an unsaved editor does not.
// The bytes are sent as they are (base64), so the server decodes them as it decodes a file.

import * as vscode from 'vscode';
import type { SentConfigFile } from './protocol';

const CONFIG_FILE_NAME = '.postlintrc.json';

export class ConfigFiles implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<SentConfigFile[]>();
  private readonly disposables: vscode.Disposable[] = [this.changed];
  /** What was last read of each file (undefined: gone), so one save seen twice is sent once. */
  private readonly last = new Map<string, string | undefined>();
  /** Fires with the files that changed, created or deleted (no content). */
  readonly onDidChange = this.changed.event;

  /** `sent`: the files the server cannot read itself (default: all). */
  constructor(private readonly sent: (uri: vscode.Uri) => boolean = () => true) {
    const watch = (watcher: vscode.FileSystemWatcher) => {
      this.disposables.push(
        watcher,
        watcher.onDidCreate((uri) => void this.reread(uri)),
        watcher.onDidChange((uri) => void this.reread(uri)),
        watcher.onDidDelete((uri) => void this.reread(uri)),
      );
    };
    watch(vscode.workspace.createFileSystemWatcher(`**/${CONFIG_FILE_NAME}`));
    for (const dir of foldersAbove().filter(sent)) watch(vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(dir, CONFIG_FILE_NAME)));
    // A file system whose watcher is silent about the editor's own saves still tells of those.
    this.disposables.push(
      vscode.workspace.onDidSaveTextDocument((doc) => {
        if (isConfigFile(doc.uri)) void this.reread(doc.uri);
      }),
      vscode.workspace.onDidDeleteFiles((e) => e.files.forEach((uri) => isConfigFile(uri) && void this.reread(uri))),
      vscode.workspace.onDidRenameFiles((e) => e.files.forEach(({ oldUri, newUri }) => [oldUri, newUri].forEach((uri) => isConfigFile(uri) && void this.reread(uri)))),
    );
  }

  /** Every configuration file the server may need, with its content. */
  async all(): Promise<SentConfigFile[]> {
    const found = new Map<string, vscode.Uri>();
    // The folders' own files and those above them are read whether or not the file system can be searched.
    for (const dir of [...(vscode.workspace.workspaceFolders ?? []).map((f) => f.uri), ...foldersAbove()]) {
      const uri = vscode.Uri.joinPath(dir, CONFIG_FILE_NAME);
      found.set(uri.toString(), uri);
    }
    try {
      for (const uri of await vscode.workspace.findFiles(`**/${CONFIG_FILE_NAME}`, '**/node_modules/**')) found.set(uri.toString(), uri);
    } catch {
      // A file system that cannot be searched: only those files then.
    }
    const files: SentConfigFile[] = [];
    for (const uri of found.values()) {
      if (!this.sent(uri)) continue;
      const content = await read(uri);
      this.last.set(uri.toString(), content);
      if (content !== undefined) files.push({ uri: uri.toString(), content });
    }
    return files;
  }

  private async reread(uri: vscode.Uri): Promise<void> {
    if (!this.sent(uri)) return;
    const key = uri.toString();
    const content = await read(uri);
    if (this.last.has(key) && this.last.get(key) === content) return;
    this.last.set(key, content);
    this.changed.fire([{ uri: key, ...(content !== undefined ? { content } : {}) }]);
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

function isConfigFile(uri: vscode.Uri): boolean {
  return uri.path.endsWith(`/${CONFIG_FILE_NAME}`);
}

/** The folders above the workspace folders, up to the root of their file system. */
function foldersAbove(): vscode.Uri[] {
  const seen = new Set<string>();
  const inside = new Set((vscode.workspace.workspaceFolders ?? []).map((f) => f.uri.toString()));
  const above: vscode.Uri[] = [];
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    for (let dir = folder.uri; dir.path !== '/' && dir.path !== ''; ) {
      dir = vscode.Uri.joinPath(dir, '..');
      const key = dir.toString();
      if (seen.has(key) || inside.has(key)) break;
      seen.add(key);
      above.push(dir);
    }
  }
  return above;
}

/** The file's bytes in base64; undefined when it is not there or cannot be read. */
async function read(uri: vscode.Uri): Promise<string | undefined> {
  try {
    return toBase64(await vscode.workspace.fs.readFile(uri));
  } catch {
    return undefined;
  }
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
