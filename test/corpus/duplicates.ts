// Near-duplicate posts in the real-post corpus. Helpers gathering batches from the same
// stored pages often copy a post the corpus already holds, sometimes cut or joined a little
// differently, so an exact comparison misses it. Two posts are near-duplicates when half or
// more of the shorter one's runs of eight words appear in the other (posts under eight words:
// the same words). A near-duplicate in the other half would let a `test` post be studied on
// `dev`; one in the same half counts a post twice. Shared by the corpus test and
// scripts/corpus-split.mjs, which drops them when it merges a batch.

const RUN = 8;
const SHARE = 0.5;

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

export interface NearDuplicate {
  /** The post already indexed that the new text repeats. */
  id: string;
  /** Share of the shorter post's runs found in the other, 0.5 … 1. */
  share: number;
}

/** Posts indexed by their runs of words; `find` names the first indexed post a text repeats. */
export class DuplicateIndex {
  private readonly postsByRun = new Map<string, number[]>();
  private readonly ids: string[] = [];
  private readonly sizes: number[] = [];

  add(id: string, text: string): void {
    const runs = runsOf(wordsOf(text));
    const n = this.ids.length;
    this.ids.push(id);
    this.sizes.push(runs.size);
    for (const run of runs) {
      const posts = this.postsByRun.get(run);
      if (posts) posts.push(n);
      else this.postsByRun.set(run, [n]);
    }
  }

  find(text: string): NearDuplicate | undefined {
    const runs = runsOf(wordsOf(text));
    if (!runs.size) return undefined;
    const shared = new Map<number, number>();
    for (const run of runs) for (const n of this.postsByRun.get(run) ?? []) shared.set(n, (shared.get(n) ?? 0) + 1);
    let best: NearDuplicate | undefined;
    for (const [n, count] of shared) {
      const share = count / Math.min(runs.size, this.sizes[n]);
      if (share >= SHARE && (!best || share > best.share)) best = { id: this.ids[n], share };
    }
    return best;
  }
}
