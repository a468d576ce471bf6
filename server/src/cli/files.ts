// Which files a run checks. Arguments may be files, folders or glob patterns:
// - a file is checked whatever its name (the writer asked for it);
// - a folder means every post inside it, found as the language server's checkFiles finds
//   them (server/src/node/discover.ts: `.post.md` in any case, no hidden folders, no
//   node_modules, links followed, each real file once);
// - anything else is a glob pattern, relative to the current folder (hidden folders and
//   node_modules are left out there too).

import { statSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { PostCollector, type Target } from '../node/discover';

export type { Target } from '../node/discover';

const NEVER = ['**/node_modules/**'];

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
  const collector = new PostCollector();
  const missing: string[] = [];
  const empty: string[] = [];
  const folders: string[] = [];
  const list = args.length ? args : ['.'];
  for (const arg of list) {
    const full = resolve(cwd, arg);
    const kind = statKind(full);
    if (kind === 'file') await collector.addFiles([full], true);
    else if (kind === 'dir') {
      folders.push(full);
      if (!(await collector.addFolder(full))) empty.push(arg);
    } else if (isDynamicPattern(arg)) {
      const files = await glob(arg, { cwd, absolute: true, ignore: NEVER, dot: false, onlyFiles: true, expandDirectories: false });
      if (!files.length) empty.push(arg);
      await collector.addFiles(files.map(normalised), false);
    } else missing.push(arg);
  }
  return { targets: collector.sorted(), missing, empty, root: folders.length === 1 && list.length === 1 ? folders[0] : resolve(cwd) };
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
