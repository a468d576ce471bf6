// Which files are posts, for the CLI and the language server's postlint/checkFiles alike, so a
// folder gives the same posts in both (the policy is written out in the README, "Which files
// are checked"):
// - a file named on the command line or sent as a file URI is checked whatever its name;
// - in a folder, a post is a file whose name ends in `.post.md` in any case (`NOTE.POST.MD`
//   too: on Windows and macOS that is the same name);
// - hidden files and folders (a name starting with ".", such as `.git` or `.drafts`) and
//   `node_modules` folders are not searched: drafts parked out of sight and packages are not
//   the calendar. A folder named explicitly is searched even when it is hidden;
// - symbolic links are followed, to files and to folders; each real file is checked once,
//   under its shortest path, and a link back to a folder above (a loop) is not entered again;
// - the configuration's `ignore` patterns apply to the path as found (the callers ask
//   ConfigLoader.isIgnored);
// - a folder that cannot be read and a broken link are passed over.
//
// The walk is asynchronous, yields to other work every few hundred entries, and stops when
// its AbortSignal fires even while the file system is slow to answer: the language server
// keeps answering while it searches a large folder.

import type { Dirent, Stats } from 'node:fs';
import * as fsp from 'node:fs/promises';
import { join } from 'node:path';

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

/** What the walk needs of the file system (tests give a slow or failing one). */
export interface DiscoveryFs {
  readdir(path: string): Promise<Dirent[]>;
  stat(path: string): Promise<Stats>;
  realpath(path: string): Promise<string>;
}

export const nodeDiscoveryFs: DiscoveryFs = {
  readdir: (p) => fsp.readdir(p, { withFileTypes: true }),
  stat: (p) => fsp.stat(p),
  realpath: (p) => fsp.realpath(p),
};

export interface WalkOptions {
  signal?: AbortSignal;
  fs?: DiscoveryFs;
}

/** A file found: the path as reached, and the real path (the same file reached twice has one). */
export interface FoundFile {
  path: string;
  real: string;
}

/** Entries handled between two yields to the event loop. */
const ENTRIES_PER_SLICE = 500;

/**
 * Every post under `root` (a folder), breadth first with names in order, so that of two ways
 * to one folder the shorter is taken. Rejects with an AbortError when `signal` fires.
 */
export async function walkPosts(root: string, options: WalkOptions = {}): Promise<FoundFile[]> {
  const fs = options.fs ?? nodeDiscoveryFs;
  const { signal } = options;
  const call = <T>(p: Promise<T>) => abortable(p, signal);
  const found: FoundFile[] = [];
  const rootReal = await call(fs.realpath(root));
  const visited = new Set<string>([rootReal]);
  const queue: FoundFile[] = [{ path: root, real: rootReal }];
  let handled = 0;
  for (let q = 0; q < queue.length; q++) {
    signal?.throwIfAborted();
    const dir = queue[q];
    let entries: Dirent[];
    try {
      entries = await call(fs.readdir(dir.path));
    } catch (error) {
      if (signal?.aborted) throw error;
      continue; // unreadable (permissions, removed meanwhile): passed over
    }
    entries.sort((a, b) => compare(a.name, b.name));
    for (const e of entries) {
      if (++handled % ENTRIES_PER_SLICE === 0) await call(new Promise<void>((resolve) => setImmediate(resolve)));
      if (isHiddenName(e.name)) continue;
      const path = join(dir.path, e.name);
      let real = join(dir.real, e.name);
      let isDir = e.isDirectory();
      let isFile = e.isFile();
      if (e.isSymbolicLink()) {
        try {
          const target = await call(fs.stat(path));
          real = await call(fs.realpath(path));
          isDir = target.isDirectory();
          isFile = target.isFile();
        } catch (error) {
          if (signal?.aborted) throw error;
          continue; // a broken link
        }
      }
      if (isDir) {
        if (isSkippedFolderName(e.name) || visited.has(real)) continue;
        visited.add(real);
        queue.push({ path, real });
      } else if (isFile && isPostFileName(e.name)) {
        found.push({ path, real });
      }
    }
  }
  return found;
}

/**
 * The files to check, each real file once: named files keep the name they were given,
 * otherwise the shortest path (then the first in order) wins.
 */
export class FileSet<T extends { path: string } = { path: string }> {
  private readonly byReal = new Map<string, T>();

  add(real: string, item: T): void {
    const prev = this.byReal.get(real);
    if (!prev || shorter(item.path, prev.path)) this.byReal.set(real, item);
  }

  has(real: string): boolean {
    return this.byReal.has(real);
  }

  get(real: string): T | undefined {
    return this.byReal.get(real);
  }

  set(real: string, item: T): void {
    this.byReal.set(real, item);
  }

  /** In path order. */
  sorted(): T[] {
    return [...this.byReal.values()].sort((a, b) => compare(a.path, b.path));
  }
}

function shorter(a: string, b: string): boolean {
  return a.length < b.length || (a.length === b.length && a < b);
}

/** Code-unit order: the same on every machine, whatever its locale. */
export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The real path of a file or folder; the path itself when it cannot be resolved. */
export async function realPathOf(path: string, fs: DiscoveryFs = nodeDiscoveryFs): Promise<string> {
  try {
    return await fs.realpath(path);
  } catch {
    return path;
  }
}

/** `promise`, or an AbortError as soon as `signal` fires (the promise is left to settle unheard). */
function abortable<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) {
    promise.catch(() => undefined);
    return Promise.reject(signal.reason);
  }
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}
