// The `postlint.*` editor settings (workspace/configuration) and the workspace folders they are
// read for. Settings are asked once per open post and once per workspace folder for posts on
// disk (10,000 posts cost one request), and kept until clear() (the settings changed).

import * as path from 'node:path';
import type { Connection } from 'vscode-languageserver/node';
import { pathToUri, uriToPath } from './files';
import { isHierarchical, uriDisplayPath, uriRelative } from './sent-configs';
import type { Log } from './log';
import { DEFAULT_SETTINGS, type PostlintSettings } from './protocol';

export class Settings {
  private readonly byScope = new Map<string, Promise<PostlintSettings>>();
  /** The workspace folder of each folder holding posts: checking 10,000 posts asks 10,000 times. */
  private readonly folderOfDir = new Map<string, string | undefined>();
  /** Paths of the workspace folders, the first one first. */
  private folders: string[] = [];
  /** URIs of the workspace folders that are not on disk here (the web extension's). */
  private folderUris: string[] = [];
  /** The settings when the client cannot be asked (initializationOptions, didChangeConfiguration). */
  private global: PostlintSettings = { ...DEFAULT_SETTINGS };
  /** The client answers workspace/configuration. */
  private canAsk = false;

  constructor(
    private readonly connection: Connection,
    private readonly log: Log,
    private readonly isOpen: (uri: string) => boolean,
  ) {}

  /** From `initialize`. */
  init(canAsk: boolean, initial: unknown, folders: string[], folderUris: string[] = []): void {
    this.canAsk = canAsk;
    if (initial && typeof initial === 'object') this.global = normalizeSettings(initial as Record<string, unknown>);
    this.folders = folders;
    this.folderUris = folderUris;
  }

  /** Settings for a document (per URI when open; per workspace folder for files on disk). */
  forUri(uri: string): Promise<PostlintSettings> {
    if (!this.canAsk) return Promise.resolve(this.global);
    const scope = this.isOpen(uri) ? uri : this.folderUriOf(uri);
    let cached = this.byScope.get(scope ?? '');
    if (!cached) {
      cached = this.connection.workspace.getConfiguration({ scopeUri: scope, section: 'postlint' }).then(
        (raw) => normalizeSettings(raw ?? {}),
        (e) => {
          this.log.error('reading the postlint settings', e);
          return this.global;
        },
      );
      this.byScope.set(scope ?? '', cached);
    }
    return cached;
  }

  /** didChangeConfiguration: the settings it carries count for a client that cannot be asked. */
  changed(sent: unknown): void {
    this.clear();
    if (this.canAsk) return;
    const raw = (sent as { postlint?: unknown } | undefined)?.postlint;
    if (raw && typeof raw === 'object') this.global = normalizeSettings(raw as Record<string, unknown>);
  }

  /** A post was closed. */
  remove(uri: string): void {
    this.byScope.delete(uri);
  }

  /** The settings changed: ask again. */
  clear(): void {
    this.byScope.clear();
  }

  // ---- workspace folders

  get firstFolder(): string | undefined {
    return this.folders[0];
  }

  /** The first workspace folder, as a path if it is on disk here, else as its URI (posts with no folder of their own use its configuration). */
  get firstFolderLocation(): { path?: string; uri?: string } {
    return { path: this.folders[0], uri: this.folderUris[0] };
  }

  foldersChanged(added: readonly string[], removed: readonly string[], addedUris: readonly string[] = [], removedUris: readonly string[] = []): void {
    const gone = new Set(removed);
    this.folders = [...this.folders.filter((f) => !gone.has(f)), ...added];
    const goneUris = new Set(removedUris);
    this.folderUris = [...this.folderUris.filter((f) => !goneUris.has(f)), ...addedUris];
    this.folderOfDir.clear();
  }

  /** A file's path relative to its workspace folder (the absolute path outside them); `file` may be a URI (a file the editor sent). */
  displayPath(file: string): string {
    if (isHierarchical(file)) {
      for (const folder of this.folderUris) {
        const rel = uriRelative(folder, file);
        if (rel) return rel;
      }
      return uriDisplayPath(file);
    }
    for (const folder of this.folders) {
      const rel = path.relative(folder, file);
      if (rel && !rel.startsWith('..') && !path.isAbsolute(rel)) return rel;
    }
    return file;
  }

  private folderUriOf(uri: string): string | undefined {
    const p = uriToPath(uri);
    if (!p) return undefined;
    const dir = path.dirname(p);
    if (this.folderOfDir.has(dir)) return this.folderOfDir.get(dir);
    let best: string | undefined;
    for (const folder of this.folders) {
      const rel = path.relative(folder, dir);
      if (!rel.startsWith('..') && !path.isAbsolute(rel) && (!best || folder.length > best.length)) best = folder;
    }
    const found = best ? pathToUri(best) : undefined;
    this.folderOfDir.set(dir, found);
    return found;
  }
}

/** Settings as the client sent them, with defaults for what is missing or malformed. */
export function normalizeSettings(raw: Record<string, unknown>): PostlintSettings {
  return {
    enable: typeof raw.enable === 'boolean' ? raw.enable : DEFAULT_SETTINGS.enable,
    rules: raw.rules && typeof raw.rules === 'object' && !Array.isArray(raw.rules) ? (raw.rules as Record<string, unknown>) : {},
    defaultPlatform: typeof raw.defaultPlatform === 'string' && raw.defaultPlatform.trim() ? raw.defaultPlatform : null,
    run: raw.run === 'onSave' ? 'onSave' : 'onType',
  };
}
