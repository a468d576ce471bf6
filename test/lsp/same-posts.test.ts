// One way to find posts: the CLI (`postlint --format json FOLDER`) and the real language
// server's postlint/checkFiles on the same folder check the same files and report the same
// findings, finding for finding: on a folder full of traps (hidden folders, names in capitals,
// node_modules, ignore patterns, links, a link loop, a broken link) and on the benchmark's
// corpus (bench/corpus.mjs: its first 1,000 posts; POSTLINT_SAME_POSTS_FULL=1 for all 10,000).

import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { parseJson, requireBuiltCli, runCli, type JsonFinding } from '../cli/helpers';
import { removeOnExit, ROOT, TestClient } from './client';

/** A finding as both tools can report it: the CLI's JSON fields without fixes. */
type Seen = Omit<JsonFinding, 'suggestions' | 'fix'>;

const SEVERITY = ['', 'error', 'warning', 'info', 'hint'];

function tempDir(): string {
  const dir = realpathSync(mkdtempSync(path.join(tmpdir(), 'postlint-same-')));
  removeOnExit(dir);
  return dir;
}

function write(dir: string, files: Record<string, string>): void {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
}

const order = (a: Seen, b: Seen) => a.line - b.line || a.column - b.column || a.endLine - b.endLine || a.endColumn - b.endColumn || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : a.message < b.message ? -1 : 1);

/** File → findings, as the CLI reports them (calendar-wide findings left out: the server returns them in its summary). */
function cliFindings(dirs: string[]): Map<string, Seen[]> {
  const run = runCli(['--format', 'json', ...dirs], ROOT);
  assert.ok(run.code === 0 || run.code === 1, `exit ${run.code}: ${run.stderr}`);
  const out = new Map<string, Seen[]>();
  for (const entry of parseJson(run)) {
    if (entry.scope === 'workspace') continue;
    assert.equal(entry.error ?? entry.skipped, undefined, entry.filePath);
    out.set(entry.filePath, entry.findings.map(({ ruleId, severity, message, line, column, endLine, endColumn }) => ({ ruleId, severity, message, line, column, endLine, endColumn })).sort(order));
  }
  return out;
}

/** File → findings, as the server pushes them after postlint/checkFiles on the folders (what Check All Posts sends: the workspace folders). */
async function serverFindings(dirs: string[]): Promise<Map<string, Seen[]>> {
  const client = await TestClient.start({ root: dirs[0] });
  try {
    const result = await client.connection.sendRequest<any>('postlint/checkFiles', { uris: dirs.map((dir) => TestClient.uri(dir)) });
    assert.equal(result.total, result.files.length);
    assert.equal(result.cancelled, false);
    // Notifications sent before the answer arrive before it: the last push per file is its state.
    const last = new Map<string, PublishDiagnosticsParams>();
    for (const p of client.published) last.set(p.uri, p);
    const out = new Map<string, Seen[]>();
    for (const file of result.files as { uri: string; error?: string }[]) {
      assert.equal(file.error, undefined, file.uri);
      const diagnostics = last.get(file.uri)?.diagnostics ?? [];
      out.set(
        fileURLToPath(file.uri),
        diagnostics
          .map((d) => ({
            ruleId: String(d.code),
            severity: SEVERITY[d.severity ?? 2],
            message: d.message,
            line: d.range.start.line + 1,
            column: d.range.start.character + 1,
            endLine: d.range.end.line + 1,
            endColumn: d.range.end.character + 1,
          }))
          .sort(order),
      );
    }
    return out;
  } finally {
    await client.stop();
  }
}

async function assertSame(dir: string, folders = [dir]): Promise<string[]> {
  const cli = cliFindings(folders);
  const server = await serverFindings(folders);
  const files = [...cli.keys()].sort();
  assert.deepEqual([...server.keys()].sort(), files, 'the same files');
  let findings = 0;
  for (const file of files) {
    assert.deepEqual(server.get(file), cli.get(file), `the same findings in ${path.relative(dir, file)}`);
    findings += cli.get(file)!.length;
  }
  assert.ok(findings > 0, 'the posts have findings to compare');
  return files.map((f) => path.relative(dir, f));
}

const SALESY = 'Book now: 20% off teeth whitening this week only! We are the best clinic in town.';
const PLAIN = 'Patients with hypertension should ask us about their analgesic use. What questions do you have?';
const post = (platform: string, body: string) => `---\nplatform: ${platform}\n---\n${body}\n`;

describe('CLI and language server find the same posts', function () {
  this.timeout(300_000);
  before(requireBuiltCli);

  it('on a folder of traps: hidden folders, capitals, node_modules, ignore patterns, links and a loop', async () => {
    const dir = tempDir();
    write(dir, {
      '.postlintrc.json': JSON.stringify({ ignore: ['archive/**'] }),
      '.drafts/a.post.md': post('x', SALESY),
      'posts/b.post.md': post('instagram', `${SALESY} ${PLAIN}`),
      'posts/C.POST.MD': post('x', PLAIN),
      'posts/nested/d.post.md': post('facebook', SALESY),
      'posts/nested/.postlintrc.json': JSON.stringify({ rules: { 'hard-sell': 'error', jargon: 'off' } }),
      'posts/.hidden.post.md': post('x', SALESY),
      'posts/notes.md': SALESY,
      'posts/node_modules/pkg/e.post.md': post('x', SALESY),
      'node_modules/pkg/f.post.md': post('x', SALESY),
      'archive/2025/old.post.md': post('x', SALESY),
    });
    symlinkSync(path.join(dir, 'posts', 'b.post.md'), path.join(dir, 'posts', 'alias-of-b.post.md'));
    symlinkSync(path.join(dir, 'posts', 'gone.post.md'), path.join(dir, 'posts', 'broken.post.md'));
    symlinkSync(dir, path.join(dir, 'posts', 'loop'));
    symlinkSync(path.join(dir, 'posts', 'nested'), path.join(dir, 'linked'));
    const files = await assertSame(dir);
    // posts/nested is reached first (and more shortly) as linked/; b once, under its own name.
    assert.deepEqual(files, ['linked/d.post.md', 'posts/C.POST.MD', 'posts/b.post.md'].map((f) => f.split('/').join(path.sep)));
  });

  it('on several workspace folders, one inside another: each post once', async () => {
    const dir = tempDir();
    write(dir, {
      'clinic/a.post.md': post('x', SALESY),
      'clinic/team/b.post.md': post('instagram', `${SALESY} ${PLAIN}`),
      'clinic/.drafts/c.post.md': post('x', SALESY),
      'shop/D.Post.Md': post('facebook', SALESY),
    });
    const folders = ['clinic', 'clinic/team', 'shop'].map((f) => path.join(dir, f));
    const files = await assertSame(dir, folders);
    assert.deepEqual(files, ['clinic/a.post.md', 'clinic/team/b.post.md', 'shop/D.Post.Md'].map((f) => f.split('/').join(path.sep)));
  });

  it('on the benchmark corpus', async () => {
    const dir = tempDir();
    const count = process.env.POSTLINT_SAME_POSTS_FULL ? 10_000 : 1_000;
    const script = `import { makeCorpus, writeCorpus } from ${JSON.stringify(path.join(ROOT, 'bench', 'corpus.mjs'))}; writeCorpus(process.argv[1], makeCorpus(${count}));`;
    execFileSync(process.execPath, ['--input-type=module', '-e', script, dir]);
    const files = await assertSame(dir);
    assert.equal(files.length, count);
  });
});
