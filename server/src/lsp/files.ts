// URIs and paths. Which files under a folder are posts: server/src/node/discover.ts.

import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { POST_SUFFIX } from '../node/discover';

export const CONFIG_FILE_NAME = '.postlintrc.json';

// Checking a folder asks for the path of each post's URI several times (expanding the folder,
// its configuration, the post itself): each URI is parsed once.
const PATH_CACHE_SIZE = 20_000;
const pathCache = new Map<string, string | undefined>();

/** The file-system path of a file: URI (undefined for untitled and other schemes). */
export function uriToPath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  if (pathCache.has(uri)) return pathCache.get(uri);
  let p: string | undefined;
  try {
    p = path.resolve(fileURLToPath(uri));
  } catch {
    p = undefined;
  }
  rememberPath(uri, p);
  return p;
}

function rememberPath(uri: string, p: string | undefined): void {
  if (pathCache.size >= PATH_CACHE_SIZE) pathCache.clear();
  pathCache.set(uri, p);
}

export function pathToUri(p: string): string {
  const uri = pathToFileURL(p).href;
  // Its path is known: remember it for uriToPath (checking a folder asks for it right after).
  if (!pathCache.has(uri) && path.isAbsolute(p)) rememberPath(uri, path.resolve(p));
  return uri;
}

export function isPostUri(uri: string): boolean {
  return decodeURIComponent(uri.split(/[?#]/)[0]).toLowerCase().endsWith(POST_SUFFIX);
}

export function isConfigUri(uri: string): boolean {
  const p = uriToPath(uri);
  return !!p && path.basename(p) === CONFIG_FILE_NAME;
}
