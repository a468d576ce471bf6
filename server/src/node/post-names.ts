// Which names make a post, and which folders a search for posts passes over: the policy of
// discover.ts (its header), pure so that the web extension's search (client/src/find-posts.ts,
// through vscode.workspace.fs) finds the posts the CLI and the Node server find.

export const POST_SUFFIX = '.post.md';

/** A file name that makes a post when found in a folder. */
export function isPostFileName(name: string): boolean {
  return !isHiddenName(name) && name.length > POST_SUFFIX.length && name.toLowerCase().endsWith(POST_SUFFIX);
}

/** A folder a search does not enter (unless it is the folder searched). */
export function isSkippedFolderName(name: string): boolean {
  return isHiddenName(name) || name === 'node_modules';
}

export function isHiddenName(name: string): boolean {
  return name.startsWith('.');
}
