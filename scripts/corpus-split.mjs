// Builds the real-post corpus's two halves from gathered batches, split by story.
//
//   node scripts/corpus-split.mjs --merge [batch…]   move every batch (or the named ones) in
//                                           test/corpus/real/incoming/<batch>/ (posts +
//                                           labels.json) into dev/ or test/
//   node scripts/corpus-split.mjs --check   per-half counts of posts per rule
//   node scripts/corpus-split.mjs --seen FILE…   for each post file, whether the corpus already
//                                           holds it ("repeat") or not ("new"), naming neither
//                                           half nor label, so a gatherer can check a find
//                                           without reading the corpus
//
// A story already in a half keeps its half. A new story goes to the half with fewer posts
// for the story's least-covered rule (clean stories: fewer clean posts), so both halves fill
// for every rule. Texts the corpus already holds, word for word or nearly (the same post cut or
// joined a little differently, test/corpus/duplicates.ts), are dropped, and a longer text that
// quotes a post the corpus holds joins that post's story: a `dev` post holding a `test` post's
// words would let it be studied. Needs the compiled tests (`npx tsc -p .`).
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';

const compiled = resolve(import.meta.dirname, '../out/test/corpus/duplicates.js');
if (!existsSync(compiled)) {
  console.error('corpus-split: run `npx tsc -p .` first (it reads out/test/corpus/duplicates.js).');
  process.exit(1);
}
const { DuplicateIndex, repeats } = createRequire(import.meta.url)(compiled);

const dir = resolve(import.meta.dirname, '../test/corpus/real');
const HALVES = ['dev', 'test'];
const read = (half) => (existsSync(join(dir, half, 'labels.json')) ? JSON.parse(readFileSync(join(dir, half, 'labels.json'), 'utf8')) : []);
const labels = Object.fromEntries(HALVES.map((h) => [h, read(h)]));
const keys = (l) => (l.verdict === 'clean' ? ['(clean)', ...l.rules] : l.rules);

function counts(half) {
  const c = new Map();
  for (const l of labels[half]) for (const k of keys(l)) c.set(k, (c.get(k) ?? 0) + 1);
  return c;
}

function check() {
  const per = Object.fromEntries(HALVES.map((h) => [h, counts(h)]));
  const all = [...new Set(HALVES.flatMap((h) => [...per[h].keys()]))].sort();
  console.log(`${'label'.padEnd(26)} ${HALVES.map((h) => h.padStart(5)).join(' ')}`);
  for (const k of all) console.log(`${k.padEnd(26)} ${HALVES.map((h) => String(per[h].get(k) ?? 0).padStart(5)).join(' ')}`);
  console.log(`${'posts'.padEnd(26)} ${HALVES.map((h) => String(labels[h].length).padStart(5)).join(' ')}`);
  const stories = HALVES.map((h) => new Set(labels[h].map((l) => l.story)));
  const shared = [...stories[0]].filter((s) => stories[1].has(s));
  if (shared.length) console.log(`stories in both halves: ${shared.join(', ')}`);
}

function merge() {
  const incoming = join(dir, 'incoming');
  const seen = new DuplicateIndex();
  const storyOf = new Map();
  for (const h of HALVES) {
    for (const l of labels[h]) {
      seen.add(`${h}/${l.file}`, readFileSync(join(dir, h, l.file), 'utf8'));
      storyOf.set(`${h}/${l.file}`, l.story);
    }
  }
  const storyHalf = new Map(HALVES.flatMap((h) => labels[h].map((l) => [l.story, h])));
  const stories = new Map();
  /** Posts kept, and batch stories that join a story already in the corpus. */
  const kept = [];
  const joined = new Map();
  const named = process.argv.slice(process.argv.indexOf('--merge') + 1).filter((a) => !a.startsWith('--'));
  const batches = named.length ? named : readdirSync(incoming).sort();
  for (const batch of batches) {
    const batchLabels = JSON.parse(readFileSync(join(incoming, batch, 'labels.json'), 'utf8'));
    for (const l of batchLabels) {
      const text = readFileSync(join(incoming, batch, l.file), 'utf8');
      const [overlap] = seen.overlapsOf(text);
      if (overlap && repeats(overlap)) {
        console.log(`repeat dropped: ${batch}/${l.file} repeats ${overlap.id} (${Math.round(overlap.ofText * 100)} % of its words)`);
        continue;
      }
      // A longer text quoting a post the corpus holds takes its whole story into that post's story, so its half.
      const quoted = overlap ? storyOf.get(overlap.id) : undefined;
      if (quoted && quoted !== l.story && !joined.has(l.story)) {
        console.log(`${batch}/${l.file} quotes ${overlap.id}: story ${l.story} joins ${quoted}`);
        joined.set(l.story, quoted);
      }
      seen.add(`${batch}/${l.file}`, text);
      storyOf.set(`${batch}/${l.file}`, l.story);
      kept.push({ batch, label: l, text });
    }
  }
  for (const p of kept) {
    const story = joined.get(p.label.story) ?? p.label.story;
    if (!stories.has(story)) stories.set(story, []);
    stories.get(story).push({ ...p, label: { ...p.label, story } });
  }
  // Largest stories first, so the small ones even out the halves.
  const order = [...stories.entries()].sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1));
  for (const [story, posts] of order) {
    let half = storyHalf.get(story);
    if (!half) {
      const per = HALVES.map(counts);
      const storyKeys = [...new Set(posts.flatMap((p) => keys(p.label)))];
      const rarest = storyKeys.sort((a, b) => per[0].get(a) + per[1].get(a) - (per[0].get(b) + per[1].get(b)) || 0)[0];
      const n = (i) => (per[i].get(rarest) ?? 0);
      half = n(0) < n(1) ? 'dev' : n(1) < n(0) ? 'test' : labels.dev.length <= labels.test.length ? 'dev' : 'test';
    }
    mkdirSync(join(dir, half), { recursive: true });
    for (const p of posts) {
      let file = p.label.file;
      for (let i = 2; labels[half].some((l) => l.file === file); i++) file = p.label.file.replace(/\.post\.md$/, `-${i}.post.md`);
      writeFileSync(join(dir, half, file), p.text);
      labels[half].push({ ...p.label, file });
    }
  }
  for (const h of HALVES) {
    labels[h].sort((a, b) => (a.file < b.file ? -1 : 1));
    writeFileSync(join(dir, h, 'labels.json'), `${JSON.stringify(labels[h], null, 2)}\n`);
  }
  for (const batch of batches) rmSync(join(incoming, batch), { recursive: true });
  if (!readdirSync(incoming).length) rmSync(incoming, { recursive: true });
  check();
}

function seen() {
  const index = new DuplicateIndex();
  for (const h of HALVES) for (const l of labels[h]) index.add(l.file, readFileSync(join(dir, h, l.file), 'utf8'));
  const files = process.argv.slice(process.argv.indexOf('--seen') + 1).filter((a) => !a.startsWith('--'));
  for (const file of files) {
    const [overlap] = index.overlapsOf(readFileSync(file, 'utf8'));
    console.log(`${overlap && repeats(overlap) ? 'repeat' : 'new'}\t${file}`);
  }
}

if (process.argv.includes('--merge')) merge();
else if (process.argv.includes('--seen')) seen();
else check();
