// The pre-commit hook (.pre-commit-hooks.yaml), with the real pre-commit tool (Debian's package;
// .ci/run installs it in CI) in a throw-away git repository.
//
// The manifest says `language: node`, for which pre-commit runs `npm install` in a clone of this
// repository (the build tools, from the registry) before packing it: that needs the network, so
// this test copies the manifest's hook into a `repo: local` configuration with `language: system`
// and this checkout's built CLI as entry. Everything else (files, serial runs, what blocks a
// commit and what is shown) is the manifest's.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { CLI, post, requireBuiltCli, ROOT, tempFolder } from './helpers';

const hasPreCommit = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' }).status === 0;

describe('the pre-commit hook (.pre-commit-hooks.yaml)', function () {
  this.timeout(60_000);
  before(function () {
    if (!hasPreCommit) {
      if (process.env.CI === 'true') throw new Error('pre-commit is not installed: apt-get install -y pre-commit (.ci/run does this in CI).');
      console.log('      (skipped: the pre-commit tool is not installed; apt-get install -y pre-commit)');
      this.skip();
    }
    requireBuiltCli();
  });

  const manifest = parse(readFileSync(join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as Record<string, unknown>[];
  let repo: { dir: string; cleanup(): void };
  const git = (...args: string[]) => spawnSync('git', args, { cwd: repo.dir, encoding: 'utf8', env: gitEnv() });
  const gitEnv = () => ({ ...process.env, PRE_COMMIT_HOME: join(repo.dir, '.pre-commit-home'), GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1', GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.org', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.org', FORCE_COLOR: undefined });

  before(function () {
    if (!hasPreCommit) return;
    const hook = { ...manifest[0], language: 'system', entry: `node ${CLI}` };
    repo = tempFolder({
      '.pre-commit-config.yaml': stringify({ repos: [{ repo: 'local', hooks: [hook] }] }),
      '.postlintrc.json': JSON.stringify({ rules: { 'reading-level': 'off' } }),
      '.gitignore': '.pre-commit-home/\n',
      'README.md': 'Our content calendar.\n',
    });
    assert.equal(git('init', '-q').status, 0);
    const installed = spawnSync('pre-commit', ['install'], { cwd: repo.dir, encoding: 'utf8', env: gitEnv() });
    assert.equal(installed.status, 0, installed.stdout + installed.stderr);
    git('add', '.');
    assert.equal(git('commit', '-q', '-m', 'setup').status, 0);
  });
  after(() => repo?.cleanup());

  it('is a valid pre-commit manifest: id postlint, on .post.md files, in one run', () => {
    const r = spawnSync('pre-commit', ['validate-manifest', join(ROOT, '.pre-commit-hooks.yaml')], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stdout + r.stderr);
    assert.equal(manifest.length, 1);
    assert.equal(manifest[0].id, 'postlint');
    assert.equal(manifest[0].entry, 'postlint');
    assert.equal(manifest[0].language, 'node');
    assert.equal(manifest[0].files, '\\.post\\.md$');
    assert.equal(manifest[0].require_serial, true);
  });

  it('blocks a commit of a post with an error, showing the findings', () => {
    writeFileSync(join(repo.dir, 'phone.post.md'), post('x', 'Call 555-201-4433 to ask Maria Lopez, our patient, about it.'));
    git('add', 'phone.post.md');
    const commit = git('commit', '-m', 'a post that names a patient');
    assert.notEqual(commit.status, 0, 'the commit went through');
    const shown = commit.stdout + commit.stderr;
    assert.match(shown, /postlint\.+Failed/);
    assert.match(shown, /phone\.post\.md/);
    assert.match(shown, /error .*patient-identifier/);
    assert.equal(git('log', '--format=%s', '-1').stdout.trim(), 'setup');
    git('reset', '-q', 'phone.post.md');
    rmSync(join(repo.dir, 'phone.post.md'));
  });

  it('lets a clean post through, and a commit without posts skips the hook', () => {
    writeFileSync(join(repo.dir, 'flu.post.md'), post('x', 'Flu season is here. What questions do you have about the vaccine?'));
    git('add', 'flu.post.md');
    const commit = git('commit', '-m', 'a clean post');
    assert.equal(commit.status, 0, commit.stdout + commit.stderr);
    assert.match(commit.stdout + commit.stderr, /postlint\.+Passed/);

    writeFileSync(join(repo.dir, 'README.md'), 'Our content calendar, December.\n');
    git('add', 'README.md');
    const other = git('commit', '-m', 'no posts');
    assert.equal(other.status, 0, other.stdout + other.stderr);
    assert.match(other.stdout + other.stderr, /postlint\.+\(no files to check\)Skipped/);
  });
});
