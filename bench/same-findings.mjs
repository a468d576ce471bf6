// `node bench/same-findings.mjs [REV]`: do the engine in the working tree and the engine at REV
// (default HEAD) give the same findings on every post of the benchmark corpus? For changes
// meant to make Postlint faster without changing what it reports. Exit 1 when they differ.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { makeCorpus } from './corpus.mjs';

const root = resolve(import.meta.dirname, '..');
const rev = process.argv[2] ?? 'HEAD';
const work = mkdtempSync(join(tmpdir(), 'postlint-same-'));
const require = createRequire(import.meta.url);

async function bundleEngine(from, outfile) {
  await build({ entryPoints: [join(from, 'server/src/engine/index.ts')], outfile, bundle: true, platform: 'node', target: 'es2022', mainFields: ['module', 'main'], logLevel: 'warning' });
  return require(outfile);
}

try {
  const tree = join(work, 'tree');
  execFileSync('git', ['worktree', 'add', '--detach', tree, rev], { cwd: root, stdio: 'ignore' });
  let before;
  try {
    symlinkSync(join(root, 'node_modules'), join(tree, 'node_modules'), 'dir');
    before = await bundleEngine(tree, join(work, 'before.js'));
  } finally {
    execFileSync('git', ['worktree', 'remove', '--force', tree], { cwd: root, stdio: 'ignore' });
  }
  const after = await bundleEngine(root, join(work, 'after.js'));
  const [a, b] = [before.createLinter({}), after.createLinter({})];
  const posts = makeCorpus();
  const differing = [];
  posts.forEach((post, i) => {
    const x = JSON.stringify(a.lint(post.text));
    const y = JSON.stringify(b.lint(post.text));
    if (x !== y) differing.push(i);
  });
  if (differing.length) {
    console.log(`${differing.length} of ${posts.length} posts give different findings at ${rev} and in the working tree; first: post ${differing.slice(0, 10).join(', ')}`);
    process.exitCode = 1;
  } else {
    console.log(`All ${posts.length} posts give the same findings at ${rev} and in the working tree.`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
