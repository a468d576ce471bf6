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

// The names (pure, for the web client's search too): post-names.ts.
export { isHiddenName, isPostFileName, isSkippedFolderName, POST_SUFFIX } from './post-names';
import { isHiddenName, isPostFileName, isSkippedFolderName } from './post-names';

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

/** A file to check: its path, and whether it was named (not found by a search). */
export interface Target {
  /** Absolute path. */
  path: string;
  /** Named on the command line or sent as a file URI (checked whatever its name). */
  explicit: boolean;
}

/** File system calls made at once for a list of files (one at a time, 10,000 files take a while). */
const BATCH = 64;

/** `fn` of every item, `BATCH` at a time, in the items' order. */
export async function inBatches<T, R>(items: readonly T[], fn: (item: T) => Promise<R>, signal?: AbortSignal): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += BATCH) {
    signal?.throwIfAborted();
    out.push(...(await abortable(Promise.all(items.slice(i, i + BATCH).map(fn)), signal)));
  }
  return out;
}

/**
 * The files a run checks, each real file once: a named file keeps the name it was given,
 * otherwise the shortest path (then the first in order) wins. Used by the CLI and checkFiles.
 */
export class PostCollector {
  private readonly byReal = new Map<string, Target>();
  constructor(private readonly fs: DiscoveryFs = nodeDiscoveryFs) {}

  /** Files named by the writer (or found by a CLI pattern, `explicit` false). */
  async addFiles(paths: readonly string[], explicit: boolean, signal?: AbortSignal): Promise<void> {
    const reals = await inBatches(paths, (p) => realPathOf(p, this.fs), signal);
    paths.forEach((p, i) => this.add(reals[i], p, explicit));
  }

  /** Every post under a folder; returns how many were found there. */
  async addFolder(path: string, signal?: AbortSignal): Promise<number> {
    const found = await walkPosts(path, { signal, fs: this.fs });
    for (const f of found) this.add(f.real, f.path, false);
    return found.length;
  }

  /** In the order first added (a file found again keeps its place). */
  inOrder(): Target[] {
    return [...this.byReal.values()];
  }

  /** In path order. */
  sorted(): Target[] {
    return [...this.byReal.values()].sort((a, b) => compare(a.path, b.path));
  }

  private add(real: string, path: string, explicit: boolean): void {
    const prev = this.byReal.get(real);
    if (explicit) {
      if (!prev?.explicit) this.byReal.set(real, { path, explicit: true });
    } else if (!prev || (!prev.explicit && shorter(path, prev.path))) {
      this.byReal.set(real, { path, explicit: false });
    }
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
