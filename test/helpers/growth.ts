// Inputs that made the engine super-linear once (issue #10), and generic shapes that would
// make a regex or a rescan per match quadratic, with a way to measure how a run's time
// grows when the input doubles. Used by test/engine/growth.test.ts (growth ratios only)
// and bench/growth.mjs (figures).

import { createLinter, type PostlintConfig } from '../../server/src/engine';

export interface Family {
  name: string;
  /** The input of about n characters. */
  make(n: number): string;
  /** Smallest n tried (the measurement doubles it until one run takes long enough). */
  from?: number;
  config?: PostlintConfig;
  /** A known super-linear cost outside this branch's files: the test is listed as pending with it. */
  knownIssue?: string;
}

/** Posts of the engine's limit (the CLI and the server skip larger files). */
export const MAX_CHARS = 1024 * 1024;

const repeat = (unit: string, n: number) => unit.repeat(Math.max(1, Math.ceil(n / unit.length))).slice(0, n);
const post = (platform: string, body: string) => `---\nplatform: ${platform}\n---\n${body}`;

// Every rule on, the team's phrases included (one hyphenated, one punctuated).
export const EVERY_RULE: PostlintConfig = {
  phrases: [
    { phrase: 'walk-in clinic', message: 'We see patients by appointment.' },
    { phrase: 'Dr. Smile', message: 'Use the full name.' },
  ],
};

export const FAMILIES: Family[] = [
  // Issue #10, item 5, from sizes where the old cost was most of the time (Intl.Segmenter's
  // slows past 65,536 code units).
  { name: 'Arabic run without two ASCII characters in a row (X)', make: (n) => post('x', repeat('مرحبا بكم في العيادة ', n)), from: 40_000 },
  { name: 'Greek run (Bluesky)', make: (n) => post('bluesky', repeat('Καλημέρα σας από την κλινική ', n)), from: 40_000 },
  { name: 'Hebrew run (Mastodon)', make: (n) => post('mastodon', repeat('שלום לכולם מהמרפאה ', n)), from: 40_000 },
  { name: 'Hindi run (Threads)', make: (n) => post('threads', repeat('नमस्ते क्लिनिक में आपका स्वागत है ', n)), from: 40_000 },
  { name: 'repeated "](" (link targets)', make: (n) => post('instagram', repeat('](', n)), from: 50_000 },
  { name: '"#a " repeated on one line', make: (n) => post('instagram', repeat('#a ', n)), from: 50_000 },
  { name: 'disable-next-line comment with a long run of spaces', make: (n) => `<!-- postlint-disable-next-line a${' '.repeat(n)}b\nBook now!`, from: 50_000 },
  // Generic shapes.
  { name: 'one long line of words', make: (n) => post('facebook', repeat('Book now and save on whitening today ', n)) },
  { name: 'many short lines', make: (n) => post('linkedin', repeat('Flu shots are in.\n', n)) },
  { name: 'nested brackets', make: (n) => post('x', '['.repeat(n / 2) + ']'.repeat(n / 2)) },
  { name: 'nested parentheses and link syntax', make: (n) => post('x', repeat('[a](', n / 2) + ')'.repeat(n / 8)) },
  { name: 'nested emphasis', make: (n) => post('x', '*'.repeat(n / 4) + '_'.repeat(n / 4) + 'a' + '_'.repeat(n / 4) + '*'.repeat(n / 4)) },
  { name: 'a long run of one letter', make: (n) => post('x', 'a'.repeat(n)) },
  { name: 'a long run of spaces between words', make: (n) => post('x', `book${' '.repeat(n)}now`) },
  { name: 'a long run of dots before a word', make: (n) => post('x', `${'.'.repeat(n)}a`) },
  { name: 'a long run of "!?" before a word', make: (n) => post('x', `${repeat('!?', n)}a`) },
  { name: 'a long run of hyphens between letters', make: (n) => post('x', repeat('a-', n)) },
  { name: 'a long run of apostrophes between letters', make: (n) => post('x', repeat("a'", n)) },
  { name: 'a long run of line breaks', make: (n) => post('x', `a${'\n'.repeat(n)}b`) },
  { name: 'a long run of CR', make: (n) => post('x', repeat('a\r', n)) },
  { name: 'many "#"', make: (n) => post('instagram', '#'.repeat(n)) },
  { name: 'many hashtags of digits', make: (n) => post('x', repeat('#1234 ', n)) },
  { name: 'many "@"', make: (n) => post('mastodon', repeat('@a@', n)) },
  { name: 'many remote mentions', make: (n) => post('mastodon', repeat('@a.b@c.d ', n)) },
  { name: 'many "*"', make: (n) => post('x', '*'.repeat(n)) },
  { name: 'many "_"', make: (n) => post('x', '_'.repeat(n)) },
  { name: 'many "["', make: (n) => post('x', '['.repeat(n)) },
  { name: 'many "<"', make: (n) => post('x', '<'.repeat(n)) },
  { name: 'many unclosed "<!--"', make: (n) => post('x', `-->${repeat('<!-', n)}`) },
  { name: 'many HTML comments', make: (n) => post('x', repeat('a <!-- b --> ', n)) },
  { name: 'many postlint comments and findings', make: (n) => post('x', repeat('Book now! <!-- postlint-disable-line self-praise -->\n', n)) },
  { name: 'many code spans without a blank line', make: (n) => post('x', repeat('`a` ', n)) },
  { name: 'many backticks', make: (n) => post('x', '`'.repeat(n)) },
  { name: 'many links', make: (n) => post('bluesky', repeat('https://a.example.com/x ', n)) },
  { name: 'many "http://"', make: (n) => post('x', 'http://'.repeat(n / 7)) },
  { name: 'many "www."', make: (n) => post('x', repeat('www.', n)) },
  { name: 'domain-like run', make: (n) => post('x', `${repeat('a.', n)}com`) },
  { name: 'many bare domains', make: (n) => post('x', repeat('clinic.com ', n)) },
  { name: 'many emoji', make: (n) => post('x', repeat('👍🏽', n)) },
  { name: 'emoji ZWJ sequences and flags', make: (n) => post('threads', repeat('👨‍👩‍👧🇫🇷', n)) },
  { name: 'a letter with many combining marks', make: (n) => post('bluesky', `a${'\u0301'.repeat(n)}`) },
  { name: 'CJK text', make: (n) => post('x', repeat('流感疫苗现已到货。', n)) },
  { name: 'capitals', make: (n) => post('x', repeat('BOOK THE FLU SHOT TODAY ', n)) },
  {
    name: '"you" many times in one sentence',
    make: (n) => post('x', repeat('you should rest your knee and ', n)),
  },
  { name: 'a record cue before a long run of blanks', make: (n) => post('facebook', `MRN ${'\u0000'.repeat(n)} Dr. Patel`) },
  { name: 'numbers', make: (n) => post('x', repeat('1,000 ', n)) },
  { name: 'long words', make: (n) => post('x', repeat(`${'x'.repeat(5000)} `, n)) },
  { name: 'front matter with many keys', make: (n) => `---\nplatform: x\n${Array.from({ length: Math.ceil(n / 10) }, (_, i) => `k${i}: v`).join('\n')}\n---\nHello` },
  { name: 'front matter with a long flow list', make: (n) => `---\nplatforms: [${repeat('x, ', n)}x]\n---\nHello` },
  { name: 'front matter never closed', make: (n) => `---\nplatform: x\n${repeat('a: b\n', n)}` },
];

/** CPU time (ms) of fn(): unlike the wall clock, hardly moved by other work on the machine. */
export function cpuTime(fn: () => unknown): number {
  const before = process.cpuUsage();
  fn();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

export interface Growth {
  n: number;
  /** Best times (ms) at n and 2n. */
  small: number;
  large: number;
  /** large / small, or 1 when even the largest input runs faster than minMs. */
  ratio: number;
}

/**
 * Time of run(make(n)) and run(make(2n)), n doubled from `from` until one run takes at
 * least minMs (or 2n would pass MAX_CHARS). A quadratic input shows at the first n that
 * takes minMs, so a regression fails fast instead of running for minutes. The two sizes
 * are timed in turn, best of `runs` each, so a burst of other work weighs on both alike.
 */
export function growth(make: (n: number) => string, run: (text: string) => unknown, from = 2000, minMs = 30, runs = 3): Growth {
  let n = from;
  let text = make(n);
  let small = cpuTime(() => run(text));
  while (small < minMs && 4 * n <= MAX_CHARS) {
    n *= 2;
    text = make(n);
    small = cpuTime(() => run(text));
  }
  const big = make(2 * n);
  let large = Infinity;
  for (let k = 0; k < runs; k++) {
    small = Math.min(small, cpuTime(() => run(text)));
    large = Math.min(large, cpuTime(() => run(big)));
  }
  return { n, small, large, ratio: small < minMs ? 1 : large / small };
}

/** The whole engine on one family: every rule and the document pass. */
export function lintGrowth(family: Family): Growth {
  const linter = createLinter(family.config ?? EVERY_RULE);
  const small = family.make(family.from ?? 2000);
  linter.lint(small); // compile and warm up before timing
  return growth(family.make, (text) => linter.lint(text), family.from);
}
