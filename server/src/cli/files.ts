// Which files a run checks. Arguments may be files, folders or glob patterns:
// - a file is checked whatever its name (the writer asked for it);
// - a folder means every `*.post.md` inside it;
// - anything else is a glob pattern, relative to the current folder.
// `node_modules` is never searched, and neither are hidden folders such as `.git`.

import { readdirSync, realpathSync, statSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';

export const POST_PATTERN = '**/*.post.md';
const NEVER = ['**/node_modules/**'];

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
  const found = new Map<string, Target>();
  const missing: string[] = [];
  const empty: string[] = [];
  const folders: string[] = [];
  // Keyed by the real path, so a post reached through a symbolic link is checked once
  // (under its shortest name).
  const realFolders = new Map<string, FolderFacts>();
  const add = (path: string, explicit: boolean) => {
    const key = realPath(path, realFolders);
    const prev = found.get(key);
    if (!prev) found.set(key, { path, explicit });
    else found.set(key, { path: path.length < prev.path.length ? path : prev.path, explicit: explicit || prev.explicit });
  };
  const search = async (pattern: string, base: string) =>
    glob(pattern, { cwd: base, absolute: true, ignore: NEVER, dot: false, onlyFiles: true, expandDirectories: false });

  const list = args.length ? args : ['.'];
  for (const arg of list) {
    const full = resolve(cwd, arg);
    const kind = statKind(full);
    if (kind === 'file') add(full, true);
    else if (kind === 'dir') {
      folders.push(full);
      const files = await search(POST_PATTERN, full);
      if (!files.length) empty.push(arg);
      for (const f of files) add(normalised(f), false);
    } else if (isDynamicPattern(arg)) {
      const files = await search(arg, cwd);
      if (!files.length) empty.push(arg);
      for (const f of files) add(normalised(f), false);
    } else missing.push(arg);
  }
  const targets = [...found.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { targets, missing, empty, root: folders.length === 1 && list.length === 1 ? folders[0] : resolve(cwd) };
}

/** What realPath() learnt of a folder: its real path, and the names of its symbolic links. */
interface FolderFacts {
  real: string;
  links: Set<string>;
}

/**
 * The real path of a file. A file that is not itself a symbolic link is at the real path of
 * its folder: each folder is resolved and listed once (resolving every path walks all its
 * folders, and a look at every file took half the time of finding 10,000 posts).
 */
function realPath(path: string, folders: Map<string, FolderFacts>): string {
  try {
    // dirname() and basename() by hand: the path is absolute and normalised.
    const cut = path.lastIndexOf(sep);
    const folder = cut > 0 ? path.slice(0, cut) : dirname(path);
    const name = path.slice(cut + 1);
    let facts = folders.get(folder);
    if (!facts) {
      const links = new Set<string>();
      for (const e of readdirSync(folder, { withFileTypes: true })) if (e.isSymbolicLink()) links.add(e.name);
      folders.set(folder, (facts = { real: realpathSync(folder), links }));
    }
    if (facts.links.has(name)) return realpathSync(path);
    return facts.real === folder ? path : join(facts.real, name);
  } catch {
    return path;
  }
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
