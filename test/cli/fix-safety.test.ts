// `--fix` never loses what the writer wrote: it saves through a temporary file and a rename,
// leaves a post alone when the disk is full or the post changed since it was read, and then
// reports the post as it is on disk. Front matter with a broken YAML alias is one finding
// that does not quote the alias, and the rest of the run goes on.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RULE_IDS } from '../../server/src/engine';
import { readPost, writePost } from '../../server/src/node/read-post';
import { parseJson, post, requireBuiltCli, runCli, tempFolder } from './helpers';

function onlyRules(ids: readonly string[]): string {
  const rules: Record<string, string> = {};
  for (const id of RULE_IDS) if (!ids.includes(id)) rules[id] = 'off';
  return JSON.stringify({ rules });
}

const FIXABLE = 'Hypertension often has no symptoms. Ask us anything about it.';
const FIXED = 'High blood pressure often has no symptoms. Ask us anything about it.';

describe('--fix keeps posts safe', function () {
  before(requireBuiltCli);
  const cleanups: (() => void)[] = [];
  after(() => cleanups.forEach((c) => c()));
  const folder = (files: Record<string, string>) => {
    const f = tempFolder(files);
    cleanups.push(f.cleanup);
    return f.dir;
  };

  it('replaces the post through a rename and keeps its mode, leaving no temporary file', () => {
    const dir = folder({ '.postlintrc.json': onlyRules(['jargon']), 'a.post.md': post('facebook', FIXABLE) });
    const file = join(dir, 'a.post.md');
    chmodSync(file, 0o640);
    const inodeBefore = statSync(file).ino;
    const run = runCli(['--fix', '--format', 'json'], dir);
    assert.equal(run.code, 0, run.stderr);
    assert.equal(readFileSync(file, 'utf8'), post('facebook', FIXED));
    assert.equal(statSync(file).mode & 0o777, 0o640, 'mode kept');
    assert.notEqual(statSync(file).ino, inodeBefore, 'a new file renamed over the old one, not the old one truncated');
    assert.deepEqual(readdirSync(dir).sort(), ['.postlintrc.json', 'a.post.md']);
  });

  it('does not overwrite a post saved by someone else after it was read', () => {
    const dir = folder({ 'a.post.md': post('facebook', FIXABLE) });
    const file = join(dir, 'a.post.md');
    const read = readPost(file);
    assert.equal(read.kind, 'text');
    if (read.kind !== 'text') return;
    const theirs = `${post('facebook', FIXABLE)}A line added in the editor meanwhile.\n`;
    writeFileSync(file, theirs);
    const problem = writePost(file, read, read.text.replace('Hypertension', 'High blood pressure'));
    assert.match(problem ?? '', /changed/);
    assert.equal(readFileSync(file, 'utf8'), theirs, 'their edit is kept');
  });

  it('writes through a symbolic link to the post it points at, keeping the link', () => {
    const dir = folder({ '.postlintrc.json': onlyRules(['jargon']), 'real/a.post.md': post('facebook', FIXABLE) });
    execFileSync('ln', ['-s', join(dir, 'real/a.post.md'), join(dir, 'link.post.md')]);
    const run = runCli(['--fix', 'link.post.md'], dir);
    assert.equal(run.code, 0, run.stderr);
    assert.equal(readFileSync(join(dir, 'real/a.post.md'), 'utf8'), post('facebook', FIXED));
    assert.ok(statSync(join(dir, 'link.post.md')).isFile() && readdirSync(dir).includes('link.post.md'));
    assert.equal(execFileSync('readlink', [join(dir, 'link.post.md')], { encoding: 'utf8' }).trim(), join(dir, 'real/a.post.md'));
  });

  // A real full disk: a 64 KB tmpfs (needs root to mount; CI and this project's machines run as root).
  const canMount = process.getuid?.() === 0;
  (canMount ? it : it.skip)('on a full disk leaves the post whole, says so, and reports the text on disk', function () {
    const mount = join(tmpdir(), `postlint-full-${process.pid}`);
    mkdirSync(mount, { recursive: true });
    try {
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', mount]);
    } catch {
      this.skip();
    }
    cleanups.push(() => {
      execFileSync('umount', [mount]);
      rmSync(mount, { recursive: true, force: true });
    });
    // A long post whose fix makes it longer, then fill the disk to the last few bytes.
    const body = `${FIXABLE}\n\n${'Most people with it feel well, which is why checks matter.\n'.repeat(60)}`;
    writeFileSync(join(mount, '.postlintrc.json'), onlyRules(['jargon']));
    writeFileSync(join(mount, 'a.post.md'), post('facebook', body));
    const original = readFileSync(join(mount, 'a.post.md'));
    try {
      writeFileSync(join(mount, 'filler'), Buffer.alloc(1024 * 1024));
    } catch {
      // ENOSPC: the filler took what was left.
    }
    const run = runCli(['--fix', '--format', 'json'], mount);
    assert.deepEqual(readFileSync(join(mount, 'a.post.md')), original, 'the post is byte for byte as it was');
    const [entry] = parseJson(run);
    assert.match(entry.error ?? '', /disk is full.*left as it was/);
    assert.equal(entry.fixed, undefined);
    const jargon = entry.findings.find((f) => f.ruleId === 'jargon');
    assert.ok(jargon, 'the unfixed jargon is still reported');
    assert.deepEqual([jargon.line, jargon.column, jargon.endColumn], [4, 1, 13], 'at its place in the text on disk');
    assert.ok(!readdirSync(mount).some((f) => f.includes('postlint-tmp')), 'no temporary file left');
  });
});

describe('a YAML alias in front matter', function () {
  before(requireBuiltCli);
  let dir: string;
  let cleanup: () => void;
  before(() => {
    ({ dir, cleanup } = tempFolder({
      'a.post.md': '---\nplatform: x\nnote: *JaneDoe-DOB-1950-01-02\n---\nOur patient Jane Doe, DOB 01/02/1950.\n',
      'b.post.md': `---\nplatform: x\nbase: &b [1]\n${Array.from({ length: 150 }, (_, i) => `k${i}: *b`).join('\n')}\n---\nBook now!\n`,
      'c.post.md': post('x', 'Book now!'),
    }));
  });
  after(() => cleanup());

  it('is one front-matter finding that does not quote the alias; the body and the other posts are still checked', () => {
    const run = runCli(['--format', 'json'], dir);
    assert.equal(run.code, 1, run.stderr);
    assert.doesNotMatch(run.stdout + run.stderr, /JaneDoe|internal error/);
    const entries = parseJson(run);
    assert.deepEqual(entries.map((e) => e.filePath.split('/').pop()), ['a.post.md', 'b.post.md', 'c.post.md']);
    const [a, b, c] = entries;
    assert.deepEqual(a.findings.filter((f) => f.ruleId === 'front-matter').map((f) => f.line), [3]);
    assert.ok(a.findings.some((f) => f.ruleId === 'patient-identifier'), 'the patient in the body is still found');
    assert.equal(b.findings.filter((f) => f.ruleId === 'front-matter').length, 1, 'too many aliases: one finding');
    assert.ok(b.findings.some((f) => f.ruleId === 'hard-sell'));
    assert.ok(c.findings.some((f) => f.ruleId === 'hard-sell'));
  });
});
