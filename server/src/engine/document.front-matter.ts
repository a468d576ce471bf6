// Reads a post's front matter (the settings between "---" lines before the body): finds its
// bounds, reads it as YAML (or through a fast path for plain "key: value" lines), takes the
// platforms it names, and words each problem for the front-matter rule to report.

import { isMap, isScalar, isSeq, parseDocument, visit, type Node as YamlNode } from 'yaml';
import type { FrontMatterProblem, Span } from './document';
import { knownPlatformNames, resolvePlatform } from './platforms';
import type { PlatformId } from './types';

export interface FrontMatterBounds {
  span: Span;
  contentStart: number;
  contentEnd: number;
  closed: boolean;
}

export function findFrontMatter(text: string): FrontMatterBounds | undefined {
  const open = /^\uFEFF?---[ \t]*\r?\n/.exec(text);
  if (!open) return undefined;
  const contentStart = open[0].length;
  const close = /^(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/gm;
  close.lastIndex = contentStart;
  for (let m; (m = close.exec(text)); ) {
    if (m.index < contentStart) continue;
    return { span: { start: 0, end: m.index + m[0].length }, contentStart, contentEnd: m.index, closed: true };
  }
  return { span: { start: 0, end: text.length }, contentStart, contentEnd: text.length, closed: false };
}

/** A front-matter value, from the YAML parser or the fast path: plain JS plus where it was written. */
interface FrontMatterValue {
  /** The scalar's value (string, number, boolean, null); undefined for maps. */
  value: unknown;
  /** Offsets relative to the front-matter content. */
  range: readonly number[];
  /** Set for sequences. */
  items?: FrontMatterValue[];
}

export interface FrontMatterEntry {
  key: string;
  keyRange: readonly number[];
  value: FrontMatterValue | null;
}

// The fast path: front matter made only of `key: plain value` lines whose values need no YAML
// subtleties (no quotes, brackets, colons, comments, anchors, hex or octal). That is almost
// every post, and reading it directly is far cheaper than a full YAML parse. Anything else goes
// to the real parser, so errors and unusual values are always handled by it. A test checks
// that both paths agree.
const SIMPLE_LINE = /^([A-Za-z_][A-Za-z0-9_-]*):[ \t]+([A-Za-z0-9_][A-Za-z0-9_ .,\/-]*?)[ \t]*$/;

function scalarOf(raw: string): unknown {
  if (/^[-+]?\d+$/.test(raw)) return Number(raw);
  if (/^[-+]?(?:\.\d+|\d+(?:\.\d*)?)(?:[eE][-+]?\d+)?$/.test(raw)) return Number(raw);
  if (/^(?:true|True|TRUE)$/.test(raw)) return true;
  if (/^(?:false|False|FALSE)$/.test(raw)) return false;
  if (/^(?:null|Null|NULL)$/.test(raw)) return null;
  return raw;
}

export function readSimpleFrontMatter(source: string): FrontMatterEntry[] | undefined {
  const entries: FrontMatterEntry[] = [];
  const seen = new Set<string>();
  let offset = 0;
  for (const rawLine of source.split('\n')) {
    const line = rawLine.endsWith('\r') ? rawLine.slice(0, -1) : rawLine;
    const lineStart = offset;
    offset += rawLine.length + 1;
    if (!line.trim()) continue;
    const m = SIMPLE_LINE.exec(line);
    if (!m || seen.has(m[1]) || /^0[xo]/i.test(m[2])) return undefined;
    seen.add(m[1]);
    const valueStart = lineStart + line.indexOf(m[2], m[1].length + 1);
    entries.push({
      key: m[1],
      keyRange: [lineStart, lineStart + m[1].length],
      value: { value: scalarOf(m[2]), range: [valueStart, valueStart + m[2].length] },
    });
  }
  return entries;
}

function fromYamlNode(node: YamlNode | null): FrontMatterValue | null {
  if (!node) return null;
  if (isSeq(node)) return { value: undefined, range: node.range ?? [0, 0], items: node.items.map((n) => fromYamlNode(n as YamlNode)!).filter(Boolean) };
  return { value: isScalar(node) ? node.value : undefined, range: node.range ?? [0, 0] };
}

export function readFrontMatter(
  text: string,
  contentStart: number,
  contentEnd: number,
  problems: FrontMatterProblem[],
): { data: Record<string, unknown>; platforms: PlatformId[] } {
  const source = text.slice(contentStart, contentEnd);
  const at = (range: readonly number[] | null | undefined): Span => {
    let s = contentStart + (range?.[0] ?? 0);
    let e = contentStart + Math.max(range?.[1] ?? 0, (range?.[0] ?? 0) + 1);
    if (s >= contentEnd) {
      // Past the last setting (an unclosed quote or bracket): point at the last character
      // written, not at the closing "---".
      s = contentEnd;
      while (s > contentStart && /\s/.test(text[s - 1])) s--;
      s = Math.max(contentStart, s - 1);
      e = s + 1;
    }
    return { start: s, end: Math.min(Math.max(e, s + 1), Math.max(contentEnd, s + 1)) };
  };
  // YAML errors underline the whole line they are on (trimmed): the parser's position is
  // often one character, and the writer needs to look at the line.
  const lineOf = (range: readonly number[] | null | undefined): Span => {
    const { start } = at(range);
    let s = start;
    while (s > contentStart && text[s - 1] !== '\n') s--;
    let e = start;
    while (e < contentEnd && text[e] !== '\n' && text[e] !== '\r') e++;
    while (s < e && /[ \t]/.test(text[s])) s++;
    while (e > s && /[ \t]/.test(text[e - 1])) e--;
    return e > s ? { start: s, end: e } : at(range);
  };

  let entries = readSimpleFrontMatter(source);
  let data: Record<string, unknown>;
  if (entries) {
    data = Object.fromEntries(entries.map((e) => [e.key, e.value?.value]));
  } else {
    // logLevel 'error': the parser's warnings go to process.emitWarning (stderr) and quote the
    // front matter, which may hold a patient's details; its errors are read from doc.errors.
    const doc = parseDocument(source, { prettyErrors: false, uniqueKeys: true, logLevel: 'error' });
    // Only the first YAML error: the ones after it usually follow from it and would only repeat it.
    for (const err of doc.errors.slice(0, 1)) {
      const firstLine = plainYamlError(err.code, err.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, ''));
      let pos: readonly number[] | undefined = err.pos;
      if (err.code === 'BLOCK_AS_IMPLICIT_KEY' || err.code === 'MULTILINE_IMPLICIT_KEY') {
        // The parser points at the setting before the stray indented line: point at that line.
        const next = source.indexOf('\n', err.pos[0]);
        if (next >= 0 && /\S/.test(source.slice(next + 1))) pos = [next + 1 + (/^\s*/.exec(source.slice(next + 1))?.[0].length ?? 0)];
      }
      const quote = err.code === 'MISSING_CHAR' ? /closing (["'])/.exec(err.message)?.[1] : undefined;
      if (quote) {
        // An unclosed quote runs on to the end: point at the line where it was opened (the
        // last line before the error with an odd number of such quotes).
        let lineStart = 0;
        let opened: number | undefined;
        for (const line of source.slice(0, err.pos[0]).split('\n')) {
          if ((line.split(quote).length - 1) % 2 === 1) opened = lineStart;
          lineStart += line.length + 1;
        }
        if (opened !== undefined) pos = [opened];
      }
      problems.push({
        ...lineOf(pos),
        message: `The front matter is not valid YAML (${firstLine}). Postlint cannot read the platform or other settings until it is fixed; check the indentation, quotes and colons on this line.`,
      });
    }
    if (doc.errors.length) return { data: {}, platforms: [] };
    const contents = doc.contents;
    if (contents === null || (isScalar(contents) && (contents.value === null || contents.value === ''))) {
      return { data: {}, platforms: [] };
    }
    if (!isMap(contents)) {
      problems.push({
        ...at(contents.range),
        message:
          'The front matter should be a list of "key: value" settings (for example "platform: instagram"). Write one setting per line.',
      });
      return { data: {}, platforms: [] };
    }
    entries = contents.items.map((pair) => ({
      key: isScalar(pair.key) ? String(pair.key.value) : '',
      keyRange: (pair.key as YamlNode | null)?.range ?? [0, 0],
      value: fromYamlNode(pair.value as YamlNode | null),
    }));
    try {
      data = (doc.toJS({ maxAliasCount: 100 }) ?? {}) as Record<string, unknown>;
    } catch {
      // An alias ("*name") with no anchor, or aliases that expand too far. The error would
      // quote the alias, which may hold a patient's details: say what is wrong without it,
      // and read the other settings as written.
      let alias: readonly number[] | undefined;
      visit(doc, { Alias: (_key, node) => ((alias = node.range ?? undefined), visit.BREAK) });
      problems.push({
        ...lineOf(alias),
        message:
          'The front matter uses a YAML alias (a value starting with "*") that Postlint cannot read: it refers to no "&" anchor, or refers to others too many times. Write the value out in full.',
      });
      data = Object.fromEntries(entries.map((e) => [e.key, e.value?.value]));
    }
  }

  const platforms: PlatformId[] = [];
  const addPlatform = (node: FrontMatterValue | null, keyRange?: readonly number[]) => {
    if (!node || node.value === null || node.value === '') {
      // "platform:" with nothing after it.
      if (keyRange) {
        problems.push({
          ...at(keyRange),
          message: `The platform is left empty, so its length and hashtag limits cannot be checked. Write the platform this post is for. Known platforms: ${knownPlatformNames()}.`,
        });
      }
      return;
    }
    if (typeof node.value !== 'string') {
      problems.push({
        ...at(node.range),
        message: `A platform must be a name such as "instagram". Known platforms: ${knownPlatformNames()}.`,
      });
      return;
    }
    const id = resolvePlatform(node.value);
    if (!id) {
      problems.push({
        ...at(node.range),
        message: `"${truncate(node.value)}" is not a platform Postlint knows, so its length and hashtag limits cannot be checked. Use one of: ${knownPlatformNames()}.`,
      });
    } else if (!platforms.includes(id)) {
      platforms.push(id);
    }
  };
  for (const { key, keyRange, value } of entries) {
    if (key === 'platform') {
      if (value?.items) value.items.forEach((n) => addPlatform(n));
      else addPlatform(value, keyRange);
    } else if (key === 'platforms') {
      if (value?.items) value.items.forEach((n) => addPlatform(n));
      else if (value && typeof value.value === 'string' && value.value.trim()) {
        // "platforms: x, linkedin" is a common slip; accept it.
        const written = source.slice(value.range[0], value.range[1]);
        let cursor = 0;
        for (const part of value.value.split(',')) {
          const name = part.trim();
          const found = name ? written.indexOf(name, cursor) : -1;
          if (found >= 0) cursor = found + name.length;
          const id = resolvePlatform(part);
          if (id) {
            if (!platforms.includes(id)) platforms.push(id);
          } else {
            problems.push({
              ...at(found >= 0 ? [value.range[0] + found, value.range[0] + found + name.length] : value.range),
              message: `"${truncate(part.trim())}" is not a platform Postlint knows. Use one of: ${knownPlatformNames()}.`,
            });
          }
        }
      } else {
        problems.push({
          ...at(value?.range ?? keyRange),
          message: `"platforms" should be a list, for example "platforms: [x, linkedin]". Known platforms: ${knownPlatformNames()}.`,
        });
      }
    }
  }
  return { data, platforms };
}

/** The YAML parser's error in words a non-programmer can act on (its own text as a fallback). */
function plainYamlError(code: string, message: string): string {
  if (code === 'DUPLICATE_KEY') return 'the same setting is written twice';
  if (code === 'MISSING_CHAR' && /quote/i.test(message)) return 'a quote is opened but not closed';
  if (/^Flow (?:sequence|mapping)/.test(message)) return 'a "[" or "{" is not closed on the same line';
  if (code === 'BLOCK_AS_IMPLICIT_KEY' || code === 'MULTILINE_IMPLICIT_KEY') return 'a line is indented as if it belonged to the setting before it';
  if (code === 'TAB_AS_INDENT') return 'a tab is used for indentation; use spaces';
  return message;
}

function truncate(s: string): string {
  return s.length > 40 ? `${s.slice(0, 37)}…` : s;
}
