// Check All Posts where the language server cannot read the folders (the browser's web worker,
// which has no file system; a virtual workspace in desktop VS Code): the client finds the posts
// through vscode.workspace.fs (any scheme: vscode-vfs on github.dev, the remote's on
// code-server) and sends their text with the request.
// The same names as the CLI's search (server/src/node/post-names.ts): `*.post.md` in any case,
// hidden files and folders and node_modules passed over; posts in path order. Folders that
// cannot be read are passed over, as the CLI does.

import * as vscode from 'vscode';
import { isPostFileName, isSkippedFolderName } from '../../server/src/node/post-names';

export interface SentPost {
  uri: string;
  text: string;
}

/** The posts under the folders, with their text (undefined when cancelled). */
export async function findPosts(folders: readonly vscode.Uri[], token: vscode.CancellationToken): Promise<SentPost[] | undefined> {
  const found: vscode.Uri[] = [];
  const seen = new Set<string>();
  for (const folder of folders) {
    const stack = [folder];
    while (stack.length) {
      if (token.isCancellationRequested) return undefined;
      const dir = stack.pop()!;
      let entries: [string, vscode.FileType][];
      try {
        entries = await vscode.workspace.fs.readDirectory(dir);
      } catch {
        continue;
      }
      for (const [name, type] of entries) {
        const uri = vscode.Uri.joinPath(dir, name);
        if (type & vscode.FileType.Directory) {
          if (!isSkippedFolderName(name)) stack.push(uri);
        } else if (type & vscode.FileType.File && isPostFileName(name) && !seen.has(uri.toString())) {
          seen.add(uri.toString());
          found.push(uri);
        }
      }
    }
  }
  found.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const decoder = new TextDecoder();
  const posts: SentPost[] = [];
  for (const uri of found) {
    if (token.isCancellationRequested) return undefined;
    try {
      posts.push({ uri: uri.toString(), text: decoder.decode(await vscode.workspace.fs.readFile(uri)) });
    } catch {
      // gone since the search, or unreadable: passed over
    }
  }
  return posts;
}
