// The exclude pattern for "Check All Posts": node_modules plus the folder's `files.exclude`.
// Pure (no `vscode` import).

/** Expands `{a,b}` groups (not nested) so that each pattern can sit inside one outer group. */
export function expandBraces(pattern: string): string[] {
  const m = /\{([^{}]*)\}/.exec(pattern);
  if (!m) return [pattern];
  const before = pattern.slice(0, m.index);
  const after = pattern.slice(m.index + m[0].length);
  return m[1].split(',').flatMap((choice) => expandBraces(before + choice + after));
}

/**
 * One glob for `workspace.findFiles`' exclude argument. Passing an exclude replaces the default
 * `files.exclude` handling, so the setting's patterns are folded in here. Entries with a `when`
 * clause only hide a file next to a sibling (e.g. *.js beside *.ts) and never apply to posts.
 */
export function excludeGlob(filesExclude: Record<string, unknown> | undefined | null): string {
  const patterns = ['**/node_modules/**'];
  for (const [pattern, value] of Object.entries(filesExclude ?? {})) {
    if (value !== true) continue;
    for (const p of expandBraces(pattern)) {
      if (!p || p.includes('{') || p.includes('}') || p.includes(',')) continue;
      if (!patterns.includes(p)) patterns.push(p);
    }
  }
  return `{${patterns.join(',')}}`;
}

/** Belt and braces: never check anything inside node_modules. */
export function isInNodeModules(path: string): boolean {
  return /(^|[\\/])node_modules([\\/]|$)/.test(path);
}
