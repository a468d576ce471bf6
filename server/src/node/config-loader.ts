// Finding and reading `.postlintrc.json`, shared by the CLI and the language server.
//
// - A post uses the nearest `.postlintrc.json` in its folder or any folder above it (up to
//   the filesystem root). The nearest file wins whole: configurations are not merged, so
//   what a folder's file says is exactly what applies there.
// - An explicit file (`--config FILE`) replaces the search for every post.
// - A broken file is an error naming the file, the key and its line:column; it is never
//   replaced by the defaults without saying so.
// - Results are cached per folder; call `invalidate()` when a configuration file changes,
//   is created or is deleted.
// - Where the files are read is the loader's ConfigFiles: the disk (paths; the default), or
//   the texts an editor sent (URIs: server/src/lsp/sent-configs.ts, for the web extension).
//   The search, the validation and the errors are the same for both.

import { existsSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import { computeLineStarts, createLinter, parseConfigText, RULE_IDS, RULES, type Linter, type PostlintConfig } from '../engine';
import type { ParsedConfig, RuleOptionTypes } from '../engine/config';
import { lineColumnRange, type TextLocation } from './location';
import { readPost, type ReadPostResult } from './read-post';

export const CONFIG_FILE_NAME = '.postlintrc.json';

/** One problem in a configuration file. Lines and columns are 1-based (UTF-16 columns). */
export interface ConfigIssue extends TextLocation {
  /** Dotted path of the key at fault ("rules.hard-sel", "phrases[2].message"); empty for the whole file. */
  key: string;
  message: string;
}

export class ConfigError extends Error {
  constructor(
    /** Absolute path of the configuration file. */
    readonly file: string,
    readonly issues: readonly ConfigIssue[],
  ) {
    super(formatConfigIssues(file, issues));
    this.name = 'ConfigError';
  }
}

export interface LoadedConfig {
  /** Absolute path of the configuration file; undefined when none applies (the defaults). */
  file?: string;
  /** The folder `ignore` patterns are relative to (the configuration file's folder). */
  dir?: string;
  config: PostlintConfig;
}

export type ConfigResult = { ok: true; loaded: LoadedConfig } | { ok: false; error: ConfigError };

/** The defaults, when no configuration file applies. */
export const DEFAULT_CONFIG: LoadedConfig = Object.freeze({ config: Object.freeze({}) as PostlintConfig }) as LoadedConfig;

export interface ConfigLoaderOptions {
  /** Use this file for every post instead of searching (`--config FILE`). */
  configFile?: string;
  /** Where the configuration files are (default: the disk). */
  files?: ConfigFiles;
}

/**
 * Where configuration files are looked for and read: the disk (nodeConfigFiles, locations are
 * paths), or texts an editor sent (locations are URIs). Locations are folders and files.
 */
export interface ConfigFiles {
  /** The absolute form of a location (paths are resolved; URIs are already absolute). */
  resolve(location: string): string;
  /** The folder that holds a location; undefined at the root. */
  parent(location: string): string | undefined;
  /** A file in a folder. */
  join(dir: string, name: string): string;
  /** `location` relative to `dir`, '/'-separated; undefined when it is not inside `dir`. */
  relative(dir: string, location: string): string | undefined;
  /** Whether a file is there. */
  isFile(location: string): boolean;
  /** Its text, decoded as posts are (server/src/node/read-post.ts). */
  read(location: string): ReadPostResult;
}

/** Configuration files on disk. */
export const nodeConfigFiles: ConfigFiles = {
  resolve: (location) => resolve(location),
  parent: (location) => {
    const up = dirname(location);
    return up === location ? undefined : up;
  },
  join: (dir, name) => join(dir, name),
  relative: (dir, location) => {
    const rel = relative(dir, resolve(location));
    return !rel || rel.startsWith('..') || isAbsolute(rel) ? undefined : rel.split(sep).join('/');
  },
  isFile,
  read: (location) => readPost(location),
};

export class ConfigLoader {
  private readonly byDir = new Map<string, ConfigResult>();
  private readonly byFile = new Map<string, ConfigResult>();
  private readonly linters = new WeakMap<LoadedConfig, Linter>();
  private readonly ignorers = new WeakMap<LoadedConfig, (relativePath: string) => boolean>();
  private readonly explicit?: string;
  private readonly files: ConfigFiles;

  constructor(options: ConfigLoaderOptions = {}) {
    this.files = options.files ?? nodeConfigFiles;
    this.explicit = options.configFile ? this.files.resolve(options.configFile) : undefined;
  }

  /** The configuration that applies to a post file. */
  forFile(filePath: string): ConfigResult {
    const file = this.files.resolve(filePath);
    return this.forDirectory(this.files.parent(file) ?? file);
  }

  /** The configuration that applies to posts in a folder. */
  forDirectory(dir: string): ConfigResult {
    if (this.explicit) return this.loadFile(this.explicit);
    const start = this.files.resolve(dir);
    const visited: string[] = [];
    let result: ConfigResult | undefined;
    for (let current = start; ; ) {
      const cached = this.byDir.get(current);
      if (cached) {
        result = cached;
        break;
      }
      visited.push(current);
      const candidate = this.files.join(current, CONFIG_FILE_NAME);
      if (this.files.isFile(candidate)) {
        result = this.loadFile(candidate);
        break;
      }
      const parent = this.files.parent(current);
      if (parent === undefined) {
        result = { ok: true, loaded: DEFAULT_CONFIG };
        break;
      }
      current = parent;
    }
    for (const d of visited) this.byDir.set(d, result);
    return result;
  }

  /** Forgets every cached configuration (call when any `.postlintrc.json` changes, appears or goes). */
  invalidate(): void {
    this.byDir.clear();
    this.byFile.clear();
  }

  /** One linter per configuration (compiling the phrase lists is the costly part). */
  linterFor(loaded: LoadedConfig): Linter {
    let linter = this.linters.get(loaded);
    if (!linter) {
      linter = createLinter(loaded.config);
      this.linters.set(loaded, linter);
    }
    return linter;
  }

  /** Whether the configuration's `ignore` patterns exclude this file. */
  isIgnored(filePath: string, loaded: LoadedConfig): boolean {
    if (!loaded.config.ignore?.length || !loaded.dir) return false;
    let matcher = this.ignorers.get(loaded);
    if (!matcher) {
      matcher = ignoreMatcher(loaded.config.ignore);
      this.ignorers.set(loaded, matcher);
    }
    const rel = this.files.relative(loaded.dir, filePath);
    return rel !== undefined && matcher(rel);
  }

  /** One configuration file, read and validated (cached until invalidate()). */
  loadFile(file: string): ConfigResult {
    let result = this.byFile.get(file);
    if (!result) {
      result = configFromRead(file, this.files.parent(file) ?? file, this.files.read(file));
      this.byFile.set(file, result);
    }
    return result;
  }
}

/** Every rule's option names and types, so a misspelt or mistyped option is reported. */
export const RULE_OPTION_TYPES: RuleOptionTypes = Object.fromEntries(RULES.map((r) => [r.meta.id, r.meta.options]));

/** Validates the text of a configuration file against the rules this build has (for editors showing problems as you type). */
export function parseConfig(text: string): ParsedConfig {
  return parseConfigText(text, RULE_IDS, RULE_OPTION_TYPES);
}

/** Reads and validates one configuration file on disk. */
export function loadConfigFile(file: string): ConfigResult {
  const path = resolve(file);
  return configFromRead(path, dirname(path), readPost(path));
}

/** Validates a configuration file as read (`file` and its folder `dir` are where it is, to report and to resolve `ignore` from). */
export function configFromRead(path: string, dir: string, read: ReadPostResult): ConfigResult {
  const whole = (message: string): ConfigResult => ({
    ok: false,
    error: new ConfigError(path, [{ key: '', message, start: 0, end: 0, line: 1, column: 1, endLine: 1, endColumn: 1 }]),
  });
  if (read.kind !== 'text') {
    return whole(read.reason === 'io' ? read.message.replace(/^not checked: the file/, 'The configuration file') : 'The configuration file is not readable JSON text. Save it as UTF-8 text.');
  }
  const { config, problems } = parseConfig(read.text);
  if (problems.length) {
    const lineStarts = computeLineStarts(read.text);
    const issues = problems.map((p): ConfigIssue => ({ key: p.key, message: p.message, start: p.start, end: p.end, ...lineColumnRange(lineStarts, p.start, p.end) }));
    return { ok: false, error: new ConfigError(path, issues) };
  }
  return { ok: true, loaded: { file: path, dir, config } };
}

/** "file:line:column  key: message", one issue per line. */
export function formatConfigIssues(file: string, issues: readonly ConfigIssue[], displayPath = file): string {
  const lines = issues.map((i) => `${displayPath}:${i.line}:${i.column}  ${i.key ? `${i.key}: ` : ''}${i.message}`);
  return `The configuration file ${displayPath} has ${issues.length === 1 ? 'a problem' : `${issues.length} problems`}:\n${lines.map((l) => `  ${l}`).join('\n')}`;
}

/**
 * A matcher for `ignore` patterns, relative to the configuration's folder. A pattern that
 * names a folder ("drafts" or "drafts/") also ignores everything inside it.
 */
export function ignoreMatcher(patterns: readonly string[]): (relativePath: string) => boolean {
  const expanded: string[] = [];
  for (const raw of patterns) {
    const p = raw.trim().replace(/^\.\//, '').replace(/\/+$/, '');
    if (!p) continue;
    expanded.push(p, `${p}/**`);
  }
  if (!expanded.length) return () => false;
  return picomatch(expanded, { dot: true });
}

function isFile(path: string): boolean {
  try {
    return existsSync(path) && statSync(path).isFile();
  } catch {
    return false;
  }
}
