// Posts of the real-post corpus that repeat or overlap one another. Helpers gathering batches
// from the same stored pages often copy a post the corpus already holds, cut or joined a little
// differently, or a longer text that quotes it, so an exact comparison misses them. Posts are
// compared by their runs of eight words (posts under eight words: all their words):
// - a post **overlaps** another when half or more of the shorter one's runs are in the other.
//   Overlapping posts must sit in the same half: a `test` post quoted by a `dev` post could be
//   studied on `dev`.
// - a post **repeats** another when half or more of its own runs are in it: a new post that
//   repeats one the corpus holds adds little and is dropped at merge. Two posts that each repeat
//   the other would count one post twice; a short post quoted inside a longer one (a suggested
//   tweet inside a charity's e-mail) may stay beside it.
// Shared by the corpus test and scripts/corpus-split.mjs, which drops repeats when it merges a
// batch and puts a post that overlaps another in that post's story, so in its half.

const RUN = 8;
const SHARE = 0.5;
/** Shorter posts are looked for word for word inside others; under this many words, too many posts share them ("The end"). */
const SHORT = 5;

/** Lower-case words of the post's text, front matter left out. */
export function wordsOf(text: string): string[] {
  const body = text.replace(/^---[\s\S]*?---\r?\n/, '').toLowerCase();
  return body.match(/[\p{L}\p{N}]+/gu) ?? [];
}

function runsOf(words: readonly string[]): Set<string> {
  const runs = new Set<string>();
  for (let i = 0; i + RUN <= words.length; i++) runs.add(words.slice(i, i + RUN).join(' '));
  if (!runs.size && words.length) runs.add(words.join(' '));
  return runs;
}

export interface Overlap {
  /** The indexed post the text overlaps. */
  id: string;
  /** Shares of the text's runs found in that post, and of that post's runs found in the text. */
  ofText: number;
  ofOther: number;
}

/** Half or more of the shorter post's runs are in the other. */
export const overlaps = (o: Overlap) => Math.max(o.ofText, o.ofOther) >= SHARE;
/** Half or more of the text's own runs are in the other post: it adds little. */
export const repeats = (o: Overlap) => o.ofText >= SHARE;
/** Each holds half or more of the other: one post counted twice. */
export const duplicates = (o: Overlap) => o.ofText >= SHARE && o.ofOther >= SHARE;

/** Posts indexed by their runs of words; `overlapsOf` lists the indexed posts a text overlaps. */
export class DuplicateIndex {
  private readonly postsByRun = new Map<string, number[]>();
  private readonly ids: string[] = [];
  private readonly sizes: number[] = [];
  /** Each post's words joined, to find a post of five to seven words inside another ("Punch them in the spine"). */
  private readonly joined: string[] = [];
  private readonly short: number[] = [];

  add(id: string, text: string): void {
    const words = wordsOf(text);
    const runs = runsOf(words);
    const n = this.ids.length;
    this.ids.push(id);
    this.sizes.push(runs.size);
    this.joined.push(` ${words.join(' ')} `);
    if (words.length >= SHORT && words.length < RUN) this.short.push(n);
    for (const run of runs) {
      const posts = this.postsByRun.get(run);
      if (posts) posts.push(n);
      else this.postsByRun.set(run, [n]);
    }
  }

  /** Every indexed post the text overlaps, the largest share of the text first. */
  overlapsOf(text: string): Overlap[] {
    const words = wordsOf(text);
    const runs = runsOf(words);
    const shared = new Map<number, number>();
    for (const run of runs) for (const n of this.postsByRun.get(run) ?? []) shared.set(n, (shared.get(n) ?? 0) + 1);
    const out: Overlap[] = [];
    for (const [n, count] of shared) {
      const o = { id: this.ids[n], ofText: count / runs.size, ofOther: count / this.sizes[n] };
      if (overlaps(o)) out.push(o);
    }
    // A short text inside an indexed post, or a short indexed post inside the text: all of the short one is shared.
    const own = ` ${words.join(' ')} `;
    const found = new Set(out.map((o) => o.id));
    const include = (n: number, ofText: number, ofOther: number) => !found.has(this.ids[n]) && out.push({ id: this.ids[n], ofText, ofOther });
    if (words.length >= SHORT && words.length < RUN) this.joined.forEach((other, n) => other !== own && other.includes(own) && include(n, 1, 0));
    for (const n of this.short) if (this.joined[n] !== own && own.includes(this.joined[n])) include(n, 0, 1);
    return out.sort((a, b) => b.ofText - a.ofText || b.ofOther - a.ofOther);
  }
}
