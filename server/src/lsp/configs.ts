// Which configuration applies to a post, for the language server.
//
// - Finding `.postlintrc.json` on disk is the shared ConfigLoader's job (same rules as the
//   CLI: the nearest file wins whole, results cached per folder).
// - Posts whose URIs are not files here (the web extension's worker) use the files the editor
//   sent (sent-configs.ts) through another ConfigLoader: the same search and validation, over
//   URIs. A configuration's location (`file`, `dir`) is then its URI.
// - An open, unsaved `.postlintrc.json` (an editor that syncs JSON files) replaces the file
//   on disk while it is open, so the posts under it follow what the user is typing.
// - A broken configuration is never applied half-read: the posts under it get one clear
//   diagnostic instead of findings (like the CLI, which stops with an error).
// - The editor's `postlint.rules` and `postlint.defaultPlatform` settings override the file.
// - One linter per distinct effective configuration, cached: createLinter compiles every
//   phrase list, which must not happen per keystroke.

import { existsSync } from 'node:fs';
import * as path from 'node:path';
import type { Range } from 'vscode-languageserver-protocol';
import { createLinter, mergeConfigs, parseConfigText, RULE_IDS, type Linter, type PostlintConfig } from '../engine';
import { ConfigLoader, loadConfigFile, RULE_OPTION_TYPES, type ConfigIssue, type ConfigResult, type LoadedConfig } from '../node/config-loader';
import { OffsetMapper } from './convert';
import { uriToPath } from './files';
import type { PostlintSettings, SentConfigFile } from './protocol';
import { isHierarchical, SentConfigFiles, uriParent } from './sent-configs';

export interface ConfigProblemInfo {
  key: string;
  message: string;
  range: Range;
}

export type ConfigState =
  | { ok: true; loaded: LoadedConfig }
  | { ok: false; file: string; problems: ConfigProblemInfo[] };

export interface SettingsConfig {
  config: PostlintConfig;
  /** Problems in the editor settings (unknown rule ids…), for the log. */
  problems: string[];
}

const LINTER_CACHE_SIZE = 16;

export class ServerConfigs {
  readonly loader = new ConfigLoader();
  /** The `.postlintrc.json` files the editor sent, for posts that are not files here. */
  private readonly sent = new SentConfigFiles();
  private readonly sentLoader = new ConfigLoader({ files: this.sent });
  private readonly overlays = new Map<string, { version: number; text: string; state?: ConfigState }>();
  private readonly linters = new Map<string, Linter>();
  private readonly settingsConfigs = new Map<string, SettingsConfig>();
  private readonly merged = new WeakMap<PostlintConfig, Map<SettingsConfig, PostlintConfig>>();
  private readonly bySettings = new WeakMap<PostlintSettings, SettingsConfig>();
  /** Increases whenever what applies to posts may have changed. */
  generation = 0;

  /**
   * The configuration that applies to a post: from the disk for a file, from the files the
   * editor sent for another URI with folders; a post with no folder (untitled) takes the
   * workspace folder's (`folder`: its path, or its URI where it is not on disk).
   */
  forPost(uri: string, folder?: { path?: string; uri?: string }): ConfigState {
    const p = uriToPath(uri);
    if (p) return this.forDirectory(path.dirname(p));
    const dir = isHierarchical(uri) ? uriParent(uri) : undefined;
    if (dir) return fromResult(this.sentLoader.forDirectory(dir));
    return this.forFolder(folder);
  }

  /** The configuration that applies to posts in a workspace folder (its path, or its URI where it is not on disk). */
  forFolder(folder?: { path?: string; uri?: string }): ConfigState {
    if (folder?.path || !folder?.uri || !isHierarchical(folder.uri)) return this.forDirectory(folder?.path);
    return fromResult(this.sentLoader.forDirectory(folder.uri));
  }

  /** Whether the configuration's `ignore` patterns leave this post out. */
  isIgnored(uri: string, loaded: LoadedConfig): boolean {
    const p = uriToPath(uri);
    return p ? this.loader.isIgnored(p, loaded) : this.sentLoader.isIgnored(uri, loaded);
  }

  /** The state of a configuration file shown in the editor, for its own diagnostics (undefined: it is gone). */
  configFileState(uri: string): ConfigState | undefined {
    const p = uriToPath(uri);
    if (p) return this.overlays.has(p) || existsSync(p) ? this.forConfigFile(p, () => loadConfigFile(p)) : undefined;
    return this.sent.has(uri) ? fromResult(this.sentLoader.loadFile(this.sent.resolve(uri))) : undefined;
  }

  /** Configuration files the editor sent: all of them (`replace`), or those that changed. */
  updateSent(files: readonly SentConfigFile[], replace = false): void {
    if (replace) this.sent.clear();
    if (this.sent.update(files) || replace) this.invalidate();
  }

  /** The configuration that applies to posts in `dir` on disk (undefined: no folder, the defaults). */
  forDirectory(dir: string | undefined): ConfigState {
    if (!dir) return { ok: true, loaded: { config: {} } };
    const result = this.loader.forDirectory(dir);
    const file = result.ok ? result.loaded.file : result.error.file;
    if (file && this.overlays.has(file)) return this.overlayState(file);
    return fromResult(result);
  }

  /** The state of one configuration file (for its own diagnostics), from the editor's text if open. */
  forConfigFile(file: string, readDisk: () => ConfigResult): ConfigState {
    if (this.overlays.has(file)) return this.overlayState(file);
    return fromResult(readDisk());
  }

  /** An open `.postlintrc.json` (its unsaved text wins over the disk). */
  setOverlay(file: string, version: number, text: string): void {
    const current = this.overlays.get(file);
    if (current && current.version === version && current.text === text) return;
    this.overlays.set(file, { version, text });
    this.invalidate();
  }

  removeOverlay(file: string): void {
    if (this.overlays.delete(file)) this.invalidate();
  }

  hasOverlay(file: string): boolean {
    return this.overlays.has(file);
  }

  /** A configuration file changed, appeared or went away. */
  invalidate(): void {
    this.loader.invalidate();
    this.sentLoader.invalidate();
    this.generation++;
  }

  settingsChanged(): void {
    this.generation++;
  }

  /** The editor settings as a configuration (validated like the file; invalid entries dropped). */
  settingsConfig(settings: PostlintSettings): SettingsConfig {
    // Settings objects are shared by every post of a folder: read each one once.
    const known = this.bySettings.get(settings);
    if (known) return known;
    const raw: Record<string, unknown> = {};
    if (settings.rules && Object.keys(settings.rules).length) raw.rules = settings.rules;
    if (settings.defaultPlatform) raw.defaultPlatform = settings.defaultPlatform;
    const key = JSON.stringify(raw);
    let cached = this.settingsConfigs.get(key);
    if (!cached) {
      const { config, problems } = parseConfigText(key, RULE_IDS, RULE_OPTION_TYPES);
      cached = { config, problems: problems.map((p) => `postlint.${p.key || 'settings'}: ${p.message}`) };
      this.settingsConfigs.set(key, cached);
    }
    this.bySettings.set(settings, cached);
    return cached;
  }

  /** File configuration with the editor settings on top. */
  effectiveConfig(file: PostlintConfig, settings: PostlintSettings): PostlintConfig {
    const fromSettings = this.settingsConfig(settings);
    if (!fromSettings.config.rules && !fromSettings.config.defaultPlatform) return file;
    // One merged object per pair, so a folder of posts shares one configuration (and its key).
    let byFile = this.merged.get(file);
    if (!byFile) this.merged.set(file, (byFile = new Map()));
    let merged = byFile.get(fromSettings);
    if (!merged) byFile.set(fromSettings, (merged = mergeConfigs(file, fromSettings.config)));
    return merged;
  }

  /** One compiled linter per distinct configuration (least recently used dropped beyond 16). */
  linterFor(config: PostlintConfig): Linter {
    const key = configKey(config);
    let linter = this.linters.get(key);
    if (linter) {
      this.linters.delete(key);
    } else {
      linter = createLinter(config);
      if (this.linters.size >= LINTER_CACHE_SIZE) this.linters.delete(this.linters.keys().next().value as string);
    }
    this.linters.set(key, linter);
    return linter;
  }

  /** How many linters were compiled and kept (tests and the benchmark read this through logs). */
  get linterCount(): number {
    return this.linters.size;
  }

  private overlayState(file: string): ConfigState {
    const overlay = this.overlays.get(file)!;
    if (!overlay.state) {
      const { config, problems } = parseConfigText(overlay.text, RULE_IDS, RULE_OPTION_TYPES);
      if (problems.length) {
        const mapper = new OffsetMapper(overlay.text);
        overlay.state = {
          ok: false,
          file,
          problems: problems.map((p) => ({ key: p.key, message: p.message, range: mapper.range(p.start, p.end) })),
        };
      } else {
        overlay.state = { ok: true, loaded: { file, dir: path.dirname(file), config } };
      }
    }
    return overlay.state;
  }
}

function fromResult(result: ConfigResult): ConfigState {
  if (result.ok) return { ok: true, loaded: result.loaded };
  return { ok: false, file: result.error.file, problems: result.error.issues.map(issueToProblem) };
}

function issueToProblem(issue: ConfigIssue): ConfigProblemInfo {
  return {
    key: issue.key,
    message: issue.message,
    range: {
      start: { line: issue.line - 1, character: issue.column - 1 },
      end: { line: issue.endLine - 1, character: issue.endColumn - 1 },
    },
  };
}

// The same configuration object is asked for its key once per post checked: keep it.
const configKeys = new WeakMap<PostlintConfig, string>();

/** stableStringify(config), computed once per configuration object (they are never changed once made). */
export function configKey(config: PostlintConfig): string {
  let key = configKeys.get(config);
  if (key === undefined) configKeys.set(config, (key = stableStringify(config)));
  return key;
}

/** JSON with object keys sorted, so equal configurations give equal cache keys. */
export function stableStringify(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.keys(value as object)
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${stableStringify((value as Record<string, unknown>)[k])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
