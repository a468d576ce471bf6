// `.postlintrc.json` files the editor sends (initializationOptions.configFiles and
// postlint/didChangeConfigFiles), for posts whose URIs are not files on this machine: the web
// extension's worker has no file system (vscode-remote:, vscode-vfs: and other schemes), so the
// client finds the files through vscode.workspace.fs and sends their bytes. They are
// ConfigFiles for the shared ConfigLoader (server/src/node/config-loader.ts), whose locations
// here are URIs: the nearest file up the folder tree wins, decoded and validated exactly as a
// file on disk. Pure: no file system, no node: modules.

import { decodePost } from '../node/read-post';
import type { ConfigFiles } from '../node/config-loader';
import type { SentConfigFile } from './protocol';

export class SentConfigFiles implements ConfigFiles {
  private readonly bytes = new Map<string, Uint8Array>();

  /** Adds or replaces the files sent (`content` undefined: the file is gone). */
  update(files: readonly SentConfigFile[]): boolean {
    let changed = false;
    for (const f of files) {
      if (!f || typeof f.uri !== 'string' || !isHierarchical(f.uri)) continue;
      const uri = withoutQuery(f.uri);
      if (typeof f.content === 'string') {
        this.bytes.set(uri, fromBase64(f.content));
        changed = true;
      } else if (this.bytes.delete(uri)) {
        changed = true;
      }
    }
    return changed;
  }

  /** Forgets every file (the editor sends them all again). */
  clear(): void {
    this.bytes.clear();
  }

  has(uri: string): boolean {
    return this.bytes.has(withoutQuery(uri));
  }

  // ---- ConfigFiles, over URIs

  resolve(location: string): string {
    return withoutQuery(location);
  }

  parent(location: string): string | undefined {
    return uriParent(location);
  }

  join(dir: string, name: string): string {
    return `${dir.endsWith('/') ? dir : `${dir}/`}${encodeURIComponent(name)}`;
  }

  relative(dir: string, location: string): string | undefined {
    return uriRelative(dir, location);
  }

  isFile(location: string): boolean {
    return this.bytes.has(location);
  }

  read(location: string) {
    const bytes = this.bytes.get(location);
    return bytes ? decodePost(bytes) : ({ kind: 'unreadable', reason: 'io', message: 'not checked: the file could not be read (it is gone).' } as const);
  }
}

/** `scheme://authority/path`: a URI with a folder tree (not `untitled:Untitled-1`). */
export function isHierarchical(uri: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*\//i.test(uri);
}

function withoutQuery(uri: string): string {
  return uri.replace(/[?#].*$/s, '');
}

/** The folder holding a URI's file or folder (`…/a/b.post.md` → `…/a`); undefined at the root or for other URIs. */
export function uriParent(uri: string): string | undefined {
  const u = withoutQuery(uri);
  const m = /^([a-z][a-z0-9+.-]*:\/\/[^/]*)(\/.*)$/is.exec(u);
  if (!m) return undefined;
  const path = m[2].replace(/\/+$/, '');
  if (!path) return undefined; // the root, `scheme://authority/`
  const cut = path.lastIndexOf('/');
  return `${m[1]}${cut > 0 ? path.slice(0, cut) : '/'}`;
}

/** `uri` relative to the folder `dir`, '/'-separated and decoded; undefined when it is not inside. */
export function uriRelative(dir: string, uri: string): string | undefined {
  const base = withoutQuery(dir).replace(/\/+$/, '');
  const u = withoutQuery(uri);
  if (!u.startsWith(`${base}/`)) return undefined;
  const rel = u.slice(base.length + 1);
  if (!rel) return undefined;
  try {
    return rel.split('/').map(decodeURIComponent).join('/');
  } catch {
    return rel;
  }
}

/** The decoded path of a URI, for messages when it is in no workspace folder. */
export function uriDisplayPath(uri: string): string {
  const m = /^[a-z][a-z0-9+.-]*:\/\/[^/]*(\/[^?#]*)/i.exec(uri);
  if (!m) return uri;
  try {
    return decodeURIComponent(m[1]);
  } catch {
    return m[1];
  }
}

function fromBase64(content: string): Uint8Array {
  try {
    const binary = atob(content);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  } catch {
    // Not base64: a file that cannot be read as JSON text either way.
    return new Uint8Array([0]);
  }
}
