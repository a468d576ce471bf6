// Finding posts (server/src/node/discover.ts), shared by the CLI and the language server.
import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { isPostFileName, isSkippedFolderName, nodeDiscoveryFs, PostCollector, walkPosts } from '../../server/src/node/discover';

describe('finding posts', () => {
  let dir: string;
  beforeEach(() => {
    dir = realpathSync(mkdtempSync(join(tmpdir(), 'postlint-discover-')));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const touch = (...names: string[]) => {
    for (const name of names) {
      mkdirSync(join(dir, name, '..'), { recursive: true });
      writeFileSync(join(dir, name), 'Hello\n');
    }
  };
  const rel = (paths: { path: string }[]) => paths.map((p) => p.path.slice(dir.length + 1)).sort();

  it('names: .post.md in any case, never hidden; hidden folders and node_modules are skipped', () => {
    for (const name of ['a.post.md', 'B.POST.MD', 'c.Post.Md']) assert.ok(isPostFileName(name), name);
    for (const name of ['.a.post.md', '.post.md', 'a.md', 'a.post.md.bak', 'post.md']) assert.ok(!isPostFileName(name), name);
    for (const name of ['.git', '.drafts', 'node_modules']) assert.ok(isSkippedFolderName(name), name);
    assert.ok(!isSkippedFolderName('drafts'));
  });

  it('walks links once, does not loop, and passes over broken links', async () => {
    touch('posts/a.post.md', 'posts/deep/b.post.md', '.drafts/c.post.md', 'node_modules/x/d.post.md');
    symlinkSync(join(dir, 'posts'), join(dir, 'z-link'));
    symlinkSync(dir, join(dir, 'posts', 'deep', 'loop'));
    symlinkSync(join(dir, 'nowhere.post.md'), join(dir, 'broken.post.md'));
    symlinkSync(join(dir, 'posts', 'a.post.md'), join(dir, 'alias.post.md'));
    const found = await walkPosts(dir);
    assert.deepEqual(rel(found), ['alias.post.md', 'posts/a.post.md', 'posts/deep/b.post.md']);
    const collector = new PostCollector();
    await collector.addFolder(dir);
    assert.deepEqual(rel(collector.sorted()), ['alias.post.md', 'posts/deep/b.post.md'], 'each real file once, under its shortest path');
    await collector.addFiles([join(dir, 'posts', 'a.post.md')], true);
    assert.deepEqual(rel(collector.sorted()), ['posts/a.post.md', 'posts/deep/b.post.md'], 'a named file keeps its name');
  });

  it('stops when aborted, even while the file system does not answer', async () => {
    touch('posts/a.post.md', 'stuck/b.post.md');
    let reachedStuck!: () => void;
    const reached = new Promise<void>((resolve) => (reachedStuck = resolve));
    const fs = {
      ...nodeDiscoveryFs,
      readdir: (p: string) => {
        if (basename(p) !== 'stuck') return nodeDiscoveryFs.readdir(p);
        reachedStuck();
        return new Promise<never>(() => undefined);
      },
    };
    const abort = new AbortController();
    const walking = walkPosts(dir, { fs, signal: abort.signal });
    await reached;
    abort.abort();
    await assert.rejects(walking, { name: 'AbortError' });
  });
});
