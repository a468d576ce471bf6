// A fuzzer for the engine: random and mutated posts (front matter included) and mutated
// configurations, from the fixtures and samples. Each input is made from the seed and its
// index alone, so a failure is reproduced with `--seed S --only I`. It checks that nothing
// throws, no rule fails, every range is inside the post, a post takes no longer than a
// budget linear in its length, and nothing is logged. Reports name inputs by index and
// length, never by their text (posts may hold patient details).

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyFixes, createLinter, parseConfigText, RULE_IDS, type Linter, type PostlintConfig } from '../../server/src/engine';
import { RULE_OPTION_TYPES } from '../../server/src/node/config-loader';

const ROOT = join(__dirname, '../../..');

/** mulberry32: a small seeded generator, enough for test inputs. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function postFiles(dir: string, out: string[] = []): string[] {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.isDirectory() && e.name !== 'node_modules') postFiles(join(dir, e.name), out);
    else if (e.name.endsWith('.post.md')) out.push(join(dir, e.name));
  }
  return out;
}

let seeds: string[] | undefined;
/** The fixtures and samples the mutations start from. */
export function seedPosts(): string[] {
  return (seeds ??= [...postFiles(join(ROOT, 'test/fixtures')), ...postFiles(join(ROOT, 'samples'))].sort().map((f) => readFileSync(f, 'utf8')));
}

// Pieces that meet the parser's and the rules' special cases.
const PIECES = [
  '<!--', '-->', '<!-- postlint-disable-next-line hard-sell -->\n', '<!-- postlint-disable self-praise', '<!-- postlint-enable -->',
  '```', '```\n', '~~~\n', '`', '](', '[a](b)', '#', '#tag ', '@', '@a@b.c ', 'http://', 'https://x.example.com/a?b=c ', 'www.', 'clinic.com',
  '*', '_', '**', '[', ']', '(', ')', '<', '>', '!', '?', '...', '…', '\n', '\n\n', '\r\n', '\r', '\t', ' ', '---\n', '...\n',
  '\uFEFF', '\0', '\uD800', '\uDC00', '\u200D', '\u0301', '\u0600', 'क्ष', '👨‍👩‍👧', '🇫🇷', '👍🏽', '\u2764\uFE0F', 'مرحبا ', 'שלום ', '流感', 'Σ',
  'Book now!', 'guaranteed results', 'the best dentist in town', 'Mr. Smith, 42, room 12', 'call 555-123-4567', 'you should stop taking',
  'BOOK YOUR FLU SHOT TODAY', '#ad ', '20% off', "don't", 'walk-in', 'Dr. Smile', '1,000', '%',
];
const YAML = [
  'platform: x\n', 'platforms: [x, instagram]\n', 'platforms: x, linkedin\n', 'platform:\n', 'platform: 5\n', 'platform: [\n',
  'a: &a [x, x]\nb: &b [*a, *a]\nc: &c [*b, *b]\nd: [*c, *c, *c]\n', 'x: *nowhere\n', '<<: *a\n', 'k: !!binary aGVsbG8=\n',
  'k: !custom tag\n', '? [complex, key]\n: value\n', 'k: "unclosed\n', "k: 'a''b'\n", 'platform: x\nplatform: y\n', '  indented: x\n',
  '\tk: tab\n', 'k: |\n  block\n  text\n', 'k: >-\n  folded\n', 'k: {a: [b, {c: d}]}\n', '- a\n- b\n', 'k: 0x1F\n', 'k: .inf\n', '%YAML 1.2\n',
];

function pick<T>(r: () => number, list: readonly T[]): T {
  return list[Math.floor(r() * list.length)];
}

function int(r: () => number, max: number): number {
  return Math.floor(r() * max);
}

function insert(text: string, at: number, piece: string): string {
  return text.slice(0, at) + piece + text.slice(at);
}

/** One mutation of `text`. */
function mutate(r: () => number, text: string, posts: readonly string[]): string {
  const at = int(r, text.length + 1);
  switch (int(r, 12)) {
    case 0: {
      // Bit flips, which can make lone surrogates, controls and astral halves.
      let t = text;
      for (let k = 1 + int(r, 4); k > 0 && t.length; k--) {
        const i = int(r, t.length);
        t = t.slice(0, i) + String.fromCharCode(t.charCodeAt(i) ^ (1 << int(r, 16))) + t.slice(i + 1);
      }
      return t;
    }
    case 1: {
      const other = pick(r, posts);
      const s = int(r, other.length);
      return insert(text, at, other.slice(s, s + int(r, 400)));
    }
    case 2: {
      const len = 1 + int(r, 40);
      return insert(text, at, text.slice(at, at + len).repeat(1 + int(r, 60)));
    }
    case 3:
      return text.slice(0, at) + text.slice(at + int(r, 200));
    case 4: {
      // YAML into the front matter (or a new one).
      const fm = text.startsWith('---\n') ? text.indexOf('\n---', 3) : -1;
      const y = Array.from({ length: 1 + int(r, 3) }, () => pick(r, YAML)).join('');
      return fm > 0 ? insert(text, 4 + int(r, fm - 3), y) : `---\n${y}---\n${text}`;
    }
    case 5:
      return r() < 0.5 ? `\uFEFF${text}` : insert(text, at, '\uFEFF');
    case 6:
      return insert(text, at, pick(r, ['\0', '\uD800', '\uDC00', '\uDBFF\uDBFF', '\uFFFE', '\u0000\u0000']));
    case 7: {
      const breaks = ['\n', '\r\n', '\r'];
      return text.replace(/\r\n|\r|\n/g, () => pick(r, breaks));
    }
    case 8: {
      // A huge line: one piece repeated, up to ~100,000 characters (now and then: the growth
      // test covers size, and a fuzz run should get through many inputs).
      const piece = pick(r, PIECES);
      if (r() < 0.8) return insert(text, at, piece.repeat(1 + int(r, Math.ceil(3000 / piece.length))));
      return insert(text, at, piece.repeat(1 + int(r, Math.ceil(100_000 / piece.length))));
    }
    case 9:
      return insert(text, at, Array.from({ length: 1 + int(r, 20) }, () => pick(r, PIECES)).join(''));
    case 10:
      return text.replace(/^---\n[\s\S]*?\n---\n/, '');
    default:
      return insert(text, at, pick(r, PIECES).repeat(1 + int(r, 300)));
  }
}

/** Random text from the pieces (and random code units), with or without front matter. */
function randomPost(r: () => number): string {
  let body = '';
  for (let k = int(r, 200); k > 0; k--) body += r() < 0.1 ? String.fromCharCode(int(r, 0x10000)) : pick(r, PIECES) + (r() < 0.5 ? ' ' : '');
  return r() < 0.6 ? `---\n${pick(r, YAML)}${pick(r, YAML)}---\n${body}` : body;
}

const BASE_CONFIG = JSON.stringify({
  defaultPlatform: 'instagram',
  rules: { 'hashtag-count': ['error', { instagramMaxHashtags: 30 }], 'reading-level': ['info', { maxGrade: 9 }], 'length-limit': ['error', { xMaxLength: 25000 }] },
  phrases: [
    { phrase: 'Smile Studio', message: 'Renamed.', replacements: ['Bright Dental'] },
    { phrase: 'x-y x-y x-y x-y x-y x-y x-y x-y', message: 'Many spellings.' },
    { phrase: 'Dr. Smile', message: 'Full name.' },
  ],
});

/** The input at `index`: a post, or (one time in twenty) a configuration's text. */
export function makeInput(seed: number, index: number): { kind: 'post' | 'config'; text: string } {
  const r = prng((seed ^ Math.imul(index + 1, 0x9e3779b9)) >>> 0);
  if (r() < 0.05) {
    let text = BASE_CONFIG;
    for (let k = 1 + int(r, 3); k > 0; k--) text = mutate(r, text, [BASE_CONFIG]);
    return { kind: 'config', text };
  }
  const posts = seedPosts();
  let text = r() < 0.15 ? randomPost(r) : pick(r, posts);
  for (let k = 1 + int(r, 4); k > 0; k--) text = mutate(r, text, posts);
  return { kind: 'post', text };
}

export interface FuzzFailure {
  index: number;
  length: number;
  problem: string;
}

export interface FuzzResult {
  count: number;
  failures: FuzzFailure[];
  ms: number;
  slowest: { index: number; length: number; ms: number };
  /** Inputs under the budget but over the target time. */
  slow: { index: number; length: number; ms: number }[];
}

/**
 * CPU time a post may take, linear in its length: over it an input fails. The language
 * analysis (wink-nlp, analysis.ts) is quadratic on some shapes, e.g. thousands of lines of
 * only spaces (a blanked code block), bounded by its 70,000-character limit: such inputs
 * take seconds and are reported as slow (over targetMs) until that is fixed there.
 */
export const budgetMs = (length: number) => 1500 + length / 20;
export const targetMs = (length: number) => 500 + length / 100;

const LINTERS: { config: PostlintConfig }[] = [
  { config: {} },
  { config: parseConfigText(BASE_CONFIG, RULE_IDS, RULE_OPTION_TYPES).config },
  { config: { audience: 'professionals', defaultPlatform: 'x' } },
];

/** An error as a report may show it: its kind and where it was thrown, never its message. */
function describeError(e: unknown): string {
  if (!(e instanceof Error)) return typeof e;
  const frame = e.stack?.split('\n').find((l) => l.trim().startsWith('at '))?.trim() ?? '';
  return `${e.name} ${frame}`;
}

function checkPost(linter: Linter, text: string): string | undefined {
  const { findings, internalErrors, budgets } = linter.lint(text);
  if (internalErrors.length) {
    // Adapters log these: say too whether one would have put the post in the log.
    const quoted = internalErrors.some((e) => leaks(e.error, text)) ? ' (an error quotes the post)' : '';
    return `rules failed: ${internalErrors.map((e) => e.ruleId).join(', ')}${quoted}`;
  }
  for (const f of findings) {
    if (!(f.start >= 0 && f.end >= f.start && f.end <= text.length)) return `${f.ruleId}: range out of the post`;
    for (const s of f.suggestions) for (const e of s.edits) if (!(e.start >= 0 && e.end >= e.start && e.end <= text.length)) return `${f.ruleId}: edit out of the post`;
    if (!f.message) return `${f.ruleId}: empty message`;
  }
  if (budgets.some((b) => !Number.isFinite(b.used))) return 'a length that is not a number';
  applyFixes(text, findings);
  return undefined;
}

function checkConfig(text: string): string | undefined {
  const { config, problems } = parseConfigText(text, RULE_IDS, RULE_OPTION_TYPES);
  for (const p of problems) if (!p.message || p.start < 0 || p.end > text.length + 1) return `config problem ${p.key}: bad message or range`;
  createLinter(config).lint('---\nplatform: x\n---\nSmile Studio: x-y x-y x-y x-y x-y x-y x-y x-y, book now!');
  return undefined;
}

let compiled: Linter[] | undefined;

/** Runs inputs [from, from + count) of `seed`. */
export function fuzz(seed: number, count: number, from = 0, onProgress?: (done: number) => void, maxLength = Infinity): FuzzResult {
  const linters = (compiled ??= LINTERS.map((l) => createLinter(l.config)));
  const failures: FuzzFailure[] = [];
  const slowest = { index: -1, length: 0, ms: 0 };
  const slow: FuzzResult['slow'] = [];
  const logged: string[] = [];
  const methods = ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const;
  const saved = methods.map((m) => console[m]);
  const emitWarning = process.emitWarning;
  const started = performance.now();
  try {
    methods.forEach((m) => (console[m] = (...args: unknown[]) => void logged.push(args.map(String).join(' '))));
    // Libraries warn through process.emitWarning, which prints to stderr.
    process.emitWarning = ((warning: string | Error) => void logged.push(String(warning))) as typeof process.emitWarning;
    for (let index = from; index < from + count; index++) {
      const input = makeInput(seed, index);
      const { kind } = input;
      const text = input.text.length > maxLength ? input.text.slice(0, maxLength) : input.text;
      logged.length = 0;
      const cpu = process.cpuUsage(); // CPU time: hardly moved by other work on the machine
      let problem: string | undefined;
      try {
        problem = kind === 'post' ? checkPost(linters[index % linters.length], text) : checkConfig(text);
      } catch (e) {
        problem = `threw ${describeError(e)}`;
      }
      const used = process.cpuUsage(cpu);
      const ms = (used.user + used.system) / 1000;
      if (ms > slowest.ms) Object.assign(slowest, { index, length: text.length, ms });
      if (!problem && ms > budgetMs(text.length)) problem = `took ${ms.toFixed(0)} ms (budget ${budgetMs(text.length).toFixed(0)} ms)`;
      else if (ms > targetMs(text.length)) slow.push({ index, length: text.length, ms });
      // The engine never logs; should it, the line must hold none of the post.
      if (!problem && logged.length) problem = logged.some((l) => leaks(l, text)) ? 'logged post text' : 'logged';
      if (problem) failures.push({ index, length: text.length, problem });
      if (onProgress && (index - from + 1) % 1000 === 0) onProgress(index - from + 1);
    }
  } finally {
    methods.forEach((m, i) => (console[m] = saved[i]));
    process.emitWarning = emitWarning;
  }
  return { count, failures, ms: performance.now() - started, slowest, slow };
}

/** Whether a log line holds 12 or more characters of the post in a row (one of its words runs). */
export function leaks(line: string, text: string): boolean {
  for (const word of text.split(/\s+/)) if (word.length >= 12 && line.includes(word.slice(0, 12))) return true;
  return false;
}
