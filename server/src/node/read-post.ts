// Reading a post file safely, for the CLI and the language server. Never throws: every
// outcome is a value, and no message ever contains the file's text (posts may hold
// patient details).
//
// - UTF-8, with or without a byte-order mark (the mark is removed, and restored on write).
// - UTF-16 LE or BE with a byte-order mark.
// - NUL bytes without a UTF-16 mark: not a text file (an image, a PDF, a Word file…): skipped.
// - Larger than MAX_POST_BYTES: skipped (no platform accepts a post anywhere near that long).
// - Bytes that are not valid UTF-8 (often Windows-1252 from an old editor): a clear error.

import { randomBytes } from 'node:crypto';
import { closeSync, constants, fchownSync, fstatSync, fsyncSync, openSync, readSync, realpathSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * Files larger than this are skipped. The longest post any platform accepts (Facebook) is
 * about 63,000 characters, at most ~250 KB even in UTF-16; 1 MiB leaves room for notes in
 * HTML comments while keeping a pasted log or an export from ever being read whole.
 */
export const MAX_POST_BYTES = 1024 * 1024;

export type PostEncoding = 'utf-8' | 'utf-16le' | 'utf-16be';

export interface PostText {
  kind: 'text';
  /** The text without its byte-order mark; offsets match what an editor shows. */
  text: string;
  encoding: PostEncoding;
  /** The file started with a byte-order mark (kept when the file is written back). */
  bom: boolean;
}

export interface PostSkipped {
  /** Not a post: reported as a note, does not fail a run. */
  kind: 'skipped';
  reason: 'binary' | 'too-large';
  message: string;
}

export interface PostUnreadable {
  /** A post that could not be read: reported as an error, because it was not checked. */
  kind: 'unreadable';
  reason: 'encoding' | 'io';
  message: string;
}

export type ReadPostResult = PostText | PostSkipped | PostUnreadable;

/** Decodes the bytes of a post file (see the module comment for the cases). */
export function decodePost(bytes: Uint8Array, maxBytes = MAX_POST_BYTES): ReadPostResult {
  if (bytes.length > maxBytes) return tooLarge(bytes.length, maxBytes);
  const b0 = bytes[0];
  const b1 = bytes[1];
  if (b0 === 0xff && b1 === 0xfe) return decodeUtf16(bytes.subarray(2), 'utf-16le');
  if (b0 === 0xfe && b1 === 0xff) return decodeUtf16(bytes.subarray(2), 'utf-16be');
  const bom = b0 === 0xef && b1 === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  if (body.indexOf(0) >= 0) {
    return { kind: 'skipped', reason: 'binary', message: BINARY_MESSAGE };
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
    return { kind: 'text', text, encoding: 'utf-8', bom };
  } catch {
    const at = firstInvalidUtf8(body);
    const line = lineAtByte(body, at);
    return {
      kind: 'unreadable',
      reason: 'encoding',
      message: `not checked: the file is not valid UTF-8 text (the first unreadable character is on line ${line}). It was probably saved in an older encoding such as Windows-1252, so accents, dashes or emoji may show up garbled when published. Save it as UTF-8 (in VS Code: "Save with Encoding" → UTF-8) and check it again.`,
    };
  }
}

/** Reads and decodes a post file. Never throws. */
export function readPost(path: string, maxBytes = MAX_POST_BYTES): ReadPostResult {
  let fd: number | undefined;
  try {
    // One open, then its size: a separate stat first was a fifth of reading 10,000 posts.
    // Non-blocking: opening a named pipe would otherwise wait for a writer forever.
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    const stat = fstatSync(fd);
    if (stat.isDirectory()) return ioError('it is a folder, not a file');
    if (!stat.isFile()) return ioError('it is not a regular file, such as a pipe or a device');
    if (stat.size > maxBytes) return tooLarge(stat.size, maxBytes);
    // The size the system gives (as readFileSync does: no extra read to find the end), or, for
    // a file whose size it does not know (0, such as /proc files), to the end: never more than
    // one byte past the limit.
    let bytes = Buffer.allocUnsafe(stat.size > 0 ? stat.size : 64 * 1024);
    let length = 0;
    for (;;) {
      if (length === bytes.length) {
        if (stat.size > 0 || length > maxBytes) break;
        const larger = Buffer.allocUnsafe(Math.min(maxBytes + 1, bytes.length * 2));
        bytes.copy(larger, 0, 0, length);
        bytes = larger;
      }
      const read = readSync(fd, bytes, length, bytes.length - length, null);
      if (read === 0) break;
      length += read;
    }
    if (length > maxBytes) return tooLarge(length, maxBytes);
    return decodePost(bytes.subarray(0, length), maxBytes);
  } catch (error) {
    return ioError(describeIoError(error));
  } finally {
    if (fd !== undefined) {
      try {
        closeSync(fd);
      } catch {
        // Nothing was written: a failed close loses nothing.
      }
    }
  }
}

/** The bytes to write for `text` in the file's original encoding (byte-order mark kept). */
export function encodePost(text: string, encoding: PostEncoding, bom: boolean): Buffer {
  if (encoding === 'utf-8') {
    const data = Buffer.from(text, 'utf8');
    return bom ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), data]) : data;
  }
  const le = Buffer.from(`\uFEFF${text}`, 'utf16le');
  return encoding === 'utf-16le' ? le : le.swap16();
}

/**
 * Writes a post back in the encoding it was read with, atomically: the new text goes to a
 * temporary file beside the post, is flushed to disk, takes the post's mode and owner, and
 * then replaces the post in one rename. On any failure the post is left exactly as it was.
 * `read` is the text the fixes were made from: if the file no longer holds it (someone saved
 * it meanwhile), nothing is written. Returns an error message, or undefined.
 */
export function writePost(path: string, read: Pick<PostText, 'encoding' | 'bom' | 'text'>, text: string): string | undefined {
  let target: string;
  try {
    // Replace the file a symbolic link points to, not the link.
    target = realpathSync(path);
  } catch (error) {
    return `could not save the fixed text (${describeIoError(error)}); the file was left as it was.`;
  }
  const now = readPost(target);
  if (now.kind !== 'text' || now.text !== read.text) {
    return 'not fixed: the file changed while Postlint was checking it, so it was left as it is. Check it again.';
  }
  const temp = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.postlint-tmp`);
  let fd: number | undefined;
  try {
    // readPost above found a regular file there, so a plain stat gives its mode and owner.
    const original = statSync(target);
    fd = openSync(temp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, original.mode & 0o7777);
    const data = encodePost(text, read.encoding, read.bom);
    for (let written = 0; written < data.length; ) written += writeSync(fd, data, written, data.length - written);
    try {
      fchownSync(fd, original.uid, original.gid);
    } catch {
      // Only the owner's own files or root may change owners: the temp file is the writer's already.
    }
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(temp, target);
    return undefined;
  } catch (error) {
    if (fd !== undefined) {
      try {
        closeSync(fd);
      } catch {
        // Closing a file we are about to remove: nothing to keep.
      }
    }
    try {
      unlinkSync(temp);
    } catch {
      // It was never created, or is already gone.
    }
    return `could not save the fixed text (${describeIoError(error)}); the file was left as it was.`;
  }
}


function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): ReadPostResult {
  try {
    const text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
    return { kind: 'text', text, encoding, bom: true };
  } catch {
    return {
      kind: 'unreadable',
      reason: 'encoding',
      message: `not checked: the file starts like ${encoding.toUpperCase()} text but contains data that is not text. Save it as UTF-8 (in VS Code: "Save with Encoding" → UTF-8) and check it again.`,
    };
  }
}

/** Why a file with NUL bytes is skipped (the CLI, Check All Posts and the editor say the same). */
export const BINARY_MESSAGE =
  'skipped: not a text file (it contains binary data, like an image or a PDF), so it cannot be a post. If it is one, copy its text into a new post file; if not, rename it so its name does not end in .post.md.';

/** Why a file of `size` bytes is skipped (the CLI, Check All Posts and the editor say the same). */
export function tooLargeMessage(size: number, maxBytes = MAX_POST_BYTES): string {
  const mb = (n: number) => `${(n / (1024 * 1024)).toFixed(n < 10 * 1024 * 1024 ? 1 : 0)} MB`;
  return `skipped: the file is ${mb(size)}, larger than the ${mb(maxBytes)} Postlint reads. The longest post any platform accepts is about 63,000 characters, so this is probably not a single post: split it into one file per post.`;
}

function tooLarge(size: number, maxBytes: number): PostSkipped {
  return { kind: 'skipped', reason: 'too-large', message: tooLargeMessage(size, maxBytes) };
}

function ioError(what: string): PostUnreadable {
  return { kind: 'unreadable', reason: 'io', message: `not checked: the file could not be read (${what}).` };
}

function describeIoError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'it does not exist';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'it is a folder, not a file';
    case 'EMFILE':
    case 'ENFILE':
      return 'too many files open';
    case 'ENOSPC':
      return 'the disk is full';
    case 'EDQUOT':
      return 'the disk quota is used up';
    case 'EROFS':
      return 'the disk is read-only';
    default:
      return code ? `system error ${code}` : 'unknown error';
  }
}

/** Byte offset of the first invalid UTF-8 sequence (bytes.length when all are valid). */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    let need: number;
    let min: number;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return i;
}

function lineAtByte(bytes: Uint8Array, at: number): number {
  let line = 1;
  for (let i = 0; i < at && i < bytes.length; i++) if (bytes[i] === 10) line++;
  return line;
}
