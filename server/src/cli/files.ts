// Which files a run checks. Arguments may be files, folders or glob patterns:
// - a file is checked whatever its name (the writer asked for it);
// - a folder means every post inside it, found as the language server finds them
//   (server/src/node/discover.ts: `.post.md` in any case, no hidden folders, no node_modules,
//   links followed, each real file once);
// - anything else is a glob pattern, relative to the current folder (hidden folders and
//   node_modules are left out there too).

import { statSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { FileSet, realPathOf, walkPosts } from '../node/discover';

const NEVER = ['**/node_modules/**'];
/** Real paths resolved at once for a pattern's matches (each is a file system call). */
const REALPATH_BATCH = 64;

export interface Target {
  /** Absolute path. */
  path: string;
  /** Named on the command line (not found by a folder search or a pattern). */
  explicit: boolean;
}

export interface Collected {
  targets: Target[];
  /** Arguments that name nothing (usage errors). */
  missing: string[];
  /** Patterns or folders that matched no post (worth a note, not an error). */
  empty: string[];
  /** The single folder checked, when there is one (for calendar-wide findings). */
  root: string;
}

export async function collectTargets(args: readonly string[], cwd: string): Promise<Collected> {
  const found = new FileSet<Target>();
  const missing: string[] = [];
  const empty: string[] = [];
  const folders: string[] = [];
  const add = (real: string, path: string, explicit: boolean) => {
    const prev = found.get(real);
    // A file named on the command line keeps the name it was given.
    if (explicit) found.set(real, { path: prev?.explicit ? prev.path : path, explicit: true });
    else if (!prev?.explicit) found.add(real, { path, explicit: false });
  };

  const list = args.length ? args : ['.'];
  for (const arg of list) {
    const full = resolve(cwd, arg);
    const kind = statKind(full);
    if (kind === 'file') add(await realPathOf(full), full, true);
    else if (kind === 'dir') {
      folders.push(full);
      const files = await walkPosts(full);
      if (!files.length) empty.push(arg);
      for (const f of files) add(f.real, f.path, false);
    } else if (isDynamicPattern(arg)) {
      const files = (await glob(arg, { cwd, absolute: true, ignore: NEVER, dot: false, onlyFiles: true, expandDirectories: false })).map(normalised);
      if (!files.length) empty.push(arg);
      for (let i = 0; i < files.length; i += REALPATH_BATCH) {
        const batch = files.slice(i, i + REALPATH_BATCH);
        const reals = await Promise.all(batch.map((f) => realPathOf(f)));
        batch.forEach((f, j) => add(reals[j], f, false));
      }
    } else missing.push(arg);
  }
  return { targets: found.sorted(), missing, empty, root: folders.length === 1 && list.length === 1 ? folders[0] : resolve(cwd) };
}

/** A path from the glob as this system writes paths (the glob writes "/" everywhere). */
function normalised(globbed: string): string {
  return sep === '/' ? globbed : resolve(globbed);
}

function statKind(path: string): 'file' | 'dir' | undefined {
  try {
    const s = statSync(path);
    return s.isDirectory() ? 'dir' : 'file';
  } catch {
    return undefined;
  }
}
