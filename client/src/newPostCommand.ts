// "Postlint: New Post": asks for the platform and a file name, writes the skeleton and opens it.
// The name checks and the skeleton are pure (newPost.ts); this is the part that needs VS Code.

import * as vscode from 'vscode';
import { checkPostFileName, platformChoices, postSkeleton, suggestedFileName } from './newPost';

export interface NewPostArgs {
  platform?: string;
  /** A file name relative to the first workspace folder (skips the input box). */
  fileName?: string;
  /** Create an untitled post instead of a file. */
  untitled?: boolean;
}

/** `arg` is a folder when run from the Explorer's context menu, options when run by tests or other extensions. */
export async function newPost(arg: NewPostArgs | vscode.Uri | undefined, language: string): Promise<vscode.Uri | undefined> {
  const args: NewPostArgs | undefined = arg instanceof vscode.Uri ? undefined : arg;
  const targetFolder = arg instanceof vscode.Uri ? arg : vscode.workspace.workspaceFolders?.[0]?.uri;
  const defaultPlatform = vscode.workspace.getConfiguration('postlint').get<string | null>('defaultPlatform', null);
  const choices = platformChoices(defaultPlatform);
  let choice = args?.platform ? choices.find((c) => c.id === args.platform) : undefined;
  if (!choice) {
    const picked = await vscode.window.showQuickPick(
      choices.map((c) => ({ label: c.label, description: c.description, choice: c })),
      { title: 'New post', placeHolder: 'Where will this post be published?' },
    );
    if (!picked) return undefined;
    choice = picked.choice;
  }
  const now = new Date();
  const folder = targetFolder;

  if (!folder || args?.untitled) {
    const doc = await vscode.workspace.openTextDocument({ language: language, content: postSkeleton(choice.id, now) });
    await showAtEnd(doc);
    return doc.uri;
  }

  const suggested = suggestedFileName(choice.id, now);
  const fileName =
    args?.fileName ??
    (await vscode.window.showInputBox({
      title: 'New post',
      prompt: `File name, inside the folder "${folderLabel(folder)}"`,
      value: suggested,
      valueSelection: [0, suggested.length - '.post.md'.length],
      validateInput: (value) => {
        const check = checkPostFileName(value);
        return check.ok ? undefined : check.message;
      },
    }));
  if (fileName === undefined) return undefined;
  const check = checkPostFileName(fileName);
  if (!check.ok) {
    void vscode.window.showWarningMessage(check.message);
    return undefined;
  }
  const uri = vscode.Uri.joinPath(folder, ...check.segments);
  if (await exists(uri)) {
    const open = await vscode.window.showWarningMessage(`${check.segments.join('/')} already exists. Pick another name, or open the existing post.`, 'Open it');
    if (open) await vscode.window.showTextDocument(uri);
    return undefined;
  }
  await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(uri, '..'));
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(postSkeleton(choice.id, now)));
  const doc = await vscode.workspace.openTextDocument(uri);
  await showAtEnd(doc);
  return uri;
}

async function showAtEnd(doc: vscode.TextDocument): Promise<void> {
  const editor = await vscode.window.showTextDocument(doc);
  const end = doc.lineAt(doc.lineCount - 1).range.end;
  editor.selection = new vscode.Selection(end, end);
}

function folderLabel(folder: vscode.Uri): string {
  const root = vscode.workspace.getWorkspaceFolder(folder);
  if (root && root.uri.toString() === folder.toString()) return root.name;
  return vscode.workspace.asRelativePath(folder, true);
}

export async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}
