// Phrase lists are data (see rules/*.data.ts). This module compiles every phrase of every
// enabled rule, plus the team's own phrases, into ONE token trie per configuration, and
// scans a post's words once. Matching is by whole words, case-insensitive, with simple
// inflections (plural, -ed, -ing) generated at compile time, so "guarantees" and
// "guaranteed" both match "guarantee" without any stemming at scan time.

import type { PostDocument, Token } from './document';
import { WORD_PATTERN } from './document.words';

export interface PhraseExamples {
  /** Copy that this entry flags. */
  incorrect: string;
  /** The same idea written so that it passes. */
  correct: string;
}

export interface PhraseEntry {
  /**
   * Ways writers type the phrase; words separated by spaces. `{number}` stands for any
   * number ("{number}% off"). Hyphenated words also match with a space, and
   * apostrophes are optional ("don't" matches "dont").
   */
  match: readonly string[];
  /** Rewordings offered as suggestions, best first. An empty string means "remove it". */
  replacements: readonly string[];
  examples: PhraseExamples;
  /** Why this particular phrase is a problem, when the rule's general message is not enough. */
  note?: string;
  /** Longer phrases in which a match is fine ("there is no cure for" for "cure"). */
  unless?: readonly string[];
  /** Match inflected forms of each word (default true). */
  inflect?: boolean;
}

export interface PhraseMatch {
  ruleId: string;
  entry: PhraseEntry;
  start: number;
  end: number;
  /** Index of the first and one-past-last token matched. */
  firstToken: number;
  endToken: number;
}

interface Terminal {
  ruleId: string;
  entry: PhraseEntry;
  exception: boolean;
}

interface TrieNode {
  /** Words that match only as written. */
  exact?: Map<string, TrieNode>;
  /** Words that also match their inflections (keyed by the base form). */
  inflected?: Map<string, TrieNode>;
  number?: TrieNode;
  terminals?: Terminal[];
  /** Memo: written word → nodes it leads to (bounded; posts reuse a small vocabulary). */
  steps?: Map<string, readonly TrieNode[]>;
}

const NUMBER = /^\d+(?:[.,]\d+)?$/;

// Little words that never inflect: "now" must not also match "nows".
const UNINFLECTED = new Set(
  'a an the and or but of to in on at by for from with without into onto off out up down over now today tonight tomorrow here there this that these those my our your their his her its it is are be was were am i we you they he she me us them no not all any every some more most less least very so too just only also than then as if when while yes free'.split(
    ' ',
  ),
);

/** Simple English inflections of a lower-case word (the word itself first). */
export function inflections(word: string): string[] {
  const forms = new Set([word]);
  if (UNINFLECTED.has(word) || !/^[a-z]+$/.test(word) || word.length < 3) return [...forms];
  const vowel = (c: string) => 'aeiou'.includes(c);
  const last = word[word.length - 1];
  const beforeLast = word[word.length - 2];
  // plural / third person
  if (/(?:s|x|z|ch|sh)$/.test(word)) forms.add(`${word}es`);
  else if (last === 'y' && !vowel(beforeLast)) forms.add(`${word.slice(0, -1)}ies`);
  else forms.add(`${word}s`);
  // past tense and -ing
  if (last === 'e') {
    forms.add(`${word}d`);
    if (!word.endsWith('ee')) forms.add(`${word.slice(0, -1)}ing`);
    else forms.add(`${word}ing`);
  } else if (last === 'y' && !vowel(beforeLast)) {
    forms.add(`${word.slice(0, -1)}ied`);
    forms.add(`${word}ing`);
  } else {
    forms.add(`${word}ed`);
    forms.add(`${word}ing`);
    // stop → stopped: short consonant-vowel-consonant words double the last letter
    if (/^[^aeiou]*[aeiou][bdgklmnprt]$/.test(word)) {
      forms.add(`${word}${last}ed`);
      forms.add(`${word}${last}ing`);
    }
  }
  return [...forms];
}

// The words of the prose (document.words.ts), plus the {number} placeholder.
const PATTERN_TOKEN = new RegExp(`\\{number\\}|${WORD_PATTERN.source}`, WORD_PATTERN.flags);

/** Splits a phrase pattern into token alternatives, the same way the scanner splits prose. */
function patternTokens(pattern: string): string[] {
  const out: string[] = [];
  const lower = pattern.toLowerCase();
  PATTERN_TOKEN.lastIndex = 0;
  for (let m; (m = PATTERN_TOKEN.exec(lower)); ) out.push(m[0].includes('’') ? m[0].replace(/’/g, "'") : m[0]);
  return out;
}

/** Most spellings one pattern is stored as (see spellingCount). */
export const MAX_SPELLINGS = 64;

/**
 * How many spellings spellingVariants makes of a pattern: their number multiplies with each
 * hyphenated word or apostrophe (12 hyphenated words: 531,441 spellings, gigabytes of
 * trie). Patterns over MAX_SPELLINGS are stored only as written; the team-phrase rule
 * matches such phrases with a pattern instead.
 */
export function spellingCount(pattern: string): number {
  let count = 1;
  for (const t of patternTokens(pattern)) {
    count *= 1 + (t.includes('-') && t !== '{number}' ? 2 : 0) + (t.includes("'") ? 1 : 0);
    if (count > MAX_SPELLINGS) return Infinity;
  }
  return count;
}

/** Every spelling of one pattern: hyphen as space, apostrophe dropped (only as written past MAX_SPELLINGS). */
function spellingVariants(tokens: string[]): string[][] {
  if (spellingCount(tokens.join(' ')) > MAX_SPELLINGS) return [tokens];
  let variants: string[][] = [[]];
  for (const t of tokens) {
    const alternatives: string[][] = [[t]];
    if (t.includes('-') && t !== '{number}') alternatives.push(t.split('-'), [t.replace(/-/g, '')]);
    if (t.includes("'")) alternatives.push([t.replace(/'/g, '')]);
    const next: string[][] = [];
    for (const v of variants) for (const a of alternatives) next.push([...v, ...a]);
    variants = next;
  }
  return variants;
}

// Base forms a written word may be an inflection of ("stopped" → "stop", "cures" → "cure"),
// kept only when inflections(base) really produces the word. Memoised: posts reuse words.
const BASE_FORMS = new Map<string, readonly string[]>();
const BASE_FORMS_LIMIT = 50_000;

function baseFormsOf(word: string): readonly string[] {
  let forms = BASE_FORMS.get(word);
  if (forms) return forms;
  const candidates = new Set<string>([word]);
  const stem = (suffix: string, add = '') => {
    if (word.length > suffix.length && word.endsWith(suffix)) candidates.add(word.slice(0, word.length - suffix.length) + add);
  };
  stem('s');
  stem('es');
  stem('ies', 'y');
  stem('d');
  stem('ed');
  stem('ied', 'y');
  stem('ing');
  stem('ing', 'e');
  // Doubled final consonant: "stopped", "stopping".
  if (/(.)\1(?:ed|ing)$/.test(word)) candidates.add(word.replace(/(.)\1(?:ed|ing)$/, '$1'));
  forms = [...candidates].filter((base) => base === word || inflections(base).includes(word));
  if (BASE_FORMS.size >= BASE_FORMS_LIMIT) BASE_FORMS.clear();
  BASE_FORMS.set(word, forms);
  return forms;
}

const NO_NODES: readonly TrieNode[] = [];
const STEPS_LIMIT = 20_000;

export interface PhraseSource {
  ruleId: string;
  entries: readonly PhraseEntry[];
}

/**
 * One trie for all phrases of a configuration. Inflectable words are stored once, by their
 * base form, and each written word is traced back to its possible base forms at scan time:
 * matching is the same as storing every inflected spelling, at a fraction of the memory
 * (multi-word phrases would otherwise multiply their words' forms).
 */
export class PhraseMatcher {
  private readonly root: TrieNode = {};
  /** Number of phrase spellings compiled (for tests and the benchmark). */
  readonly size: number;

  constructor(sources: readonly PhraseSource[]) {
    let size = 0;
    for (const { ruleId, entries } of sources) {
      for (const entry of entries) {
        for (const m of entry.match) size += this.add(m, { ruleId, entry, exception: false }, entry.inflect !== false);
        for (const u of entry.unless ?? []) size += this.add(u, { ruleId, entry, exception: true }, false);
      }
    }
    this.size = size;
  }

  private add(pattern: string, terminal: Terminal, inflect: boolean): number {
    let count = 0;
    for (const tokens of spellingVariants(patternTokens(pattern))) {
      if (!tokens.length) continue;
      let node = this.root;
      for (const token of tokens) {
        if (token === '{number}') {
          node = node.number ??= {};
          continue;
        }
        // A word with no inflections (little words, numbers) matches only as written.
        const edges = inflect && inflections(token).length > 1 ? (node.inflected ??= new Map()) : (node.exact ??= new Map());
        let child = edges.get(token);
        if (!child) edges.set(token, (child = {}));
        node = child;
      }
      (node.terminals ??= []).push(terminal);
      count++;
    }
    return count;
  }

  /** The nodes reached from `node` by one written word, memoised on the node. */
  private next(node: TrieNode, word: string): readonly TrieNode[] {
    const memo = (node.steps ??= new Map());
    let nodes = memo.get(word);
    if (!nodes) {
      const out: TrieNode[] = [];
      this.step(node, word, out);
      nodes = out.length ? out : NO_NODES;
      if (memo.size >= STEPS_LIMIT) memo.clear();
      memo.set(word, nodes);
    }
    return nodes;
  }

  /** Adds the nodes reached from `node` by one written word to `out` (no duplicates). */
  private step(node: TrieNode, word: string, out: TrieNode[]): void {
    const before = out.length;
    const exact = node.exact?.get(word);
    if (exact && !out.includes(exact)) out.push(exact);
    if (node.inflected) {
      const bases = baseFormsOf(word);
      for (let k = 0; k < bases.length; k++) {
        const child = node.inflected.get(bases[k]);
        if (child && !out.includes(child)) out.push(child);
      }
    }
    // A word wins over the {number} wildcard; both paths rarely coexist in practice.
    if (out.length === before && node.number && NUMBER.test(word) && !out.includes(node.number)) out.push(node.number);
  }

  /**
   * Scans the document's words once. Returns, per rule, the longest leftmost
   * non-overlapping matches that no exception phrase ("unless") covers.
   */
  scan(doc: PostDocument): Map<string, PhraseMatch[]> {
    const { tokens, prose } = doc;
    const raw: PhraseMatch[] = [];
    const exceptions: PhraseMatch[] = [];
    for (let i = 0; i < tokens.length; i++) {
      // Most words start no phrase: one memo lookup on the root.
      let frontier = this.next(this.root, tokens[i].lower);
      for (let j = i; frontier.length; ) {
        const token = tokens[j];
        for (const node of frontier) {
          if (!node.terminals) continue;
          for (const t of node.terminals) {
            const match = { ruleId: t.ruleId, entry: t.entry, start: tokens[i].start, end: token.end, firstToken: i, endToken: j + 1 };
            (t.exception ? exceptions : raw).push(match);
          }
        }
        if (++j >= tokens.length) break;
        const word = tokens[j];
        let next: readonly TrieNode[];
        if (frontier.length === 1) next = this.next(frontier[0], word.lower);
        else {
          const union: TrieNode[] = [];
          for (const node of frontier) for (const n of this.next(node, word.lower)) if (!union.includes(n)) union.push(n);
          next = union;
        }
        // Checked after the lookup: most words continue no phrase, so the gap is rarely looked at.
        if (next.length && !joined(prose, token, word)) break;
        frontier = next;
      }
    }
    const byRule = new Map<string, PhraseMatch[]>();
    const covered = coverage(exceptions);
    for (const m of raw) {
      if (covered(m)) continue;
      let list = byRule.get(m.ruleId);
      if (!list) byRule.set(m.ruleId, (list = []));
      list.push(m);
    }
    for (const [ruleId, list] of byRule) byRule.set(ruleId, longestLeftmost(list));
    return byRule;
  }
}

/**
 * Whether an exception of the same entry covers a match. Exceptions are found in start
 * order; per entry, the furthest end among exceptions starting at or before a point
 * answers the question by binary search, so posts with thousands of matches stay linear-ish.
 */
function coverage(exceptions: PhraseMatch[]): (m: PhraseMatch) => boolean {
  const byEntry = new Map<PhraseEntry, { starts: number[]; reach: number[] }>();
  for (const e of exceptions) {
    let list = byEntry.get(e.entry);
    if (!list) byEntry.set(e.entry, (list = { starts: [], reach: [] }));
    const prev = list.reach.length ? list.reach[list.reach.length - 1] : -1;
    list.starts.push(e.start);
    list.reach.push(Math.max(prev, e.end));
  }
  return (m) => {
    const list = byEntry.get(m.entry);
    if (!list) return false;
    let lo = 0;
    let hi = list.starts.length - 1;
    let at = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (list.starts[mid] <= m.start) {
        at = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return at >= 0 && list.reach[at] >= m.end;
  };
}

/** Two neighbouring words belong to one phrase only if nothing but spaces (or one line break or dash) separates them. */
function joined(prose: string, a: Token, b: Token): boolean {
  if (b.start === a.end + 1 && prose.charCodeAt(a.end) === 32) return true; // one space: the usual case
  const gap = prose.slice(a.end, b.start);
  return gap.length <= 3 ? /^[ \t\u00a0]*(?:\r?\n|[-–—])?[ \t\u00a0]*$/.test(gap) : /^[ \t\u00a0]*\r?\n?[ \t\u00a0]*$/.test(gap) && gap.length < 12;
}

function longestLeftmost(list: PhraseMatch[]): PhraseMatch[] {
  list.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: PhraseMatch[] = [];
  let reach = -1;
  for (const m of list) {
    if (m.start < reach) continue;
    out.push(m);
    reach = m.end;
  }
  return out;
}
