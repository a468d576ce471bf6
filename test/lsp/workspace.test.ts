// Protocol tests: postlint/checkFiles over the fixture workspace, configuration changes,
// a broken configuration and the postlint.* settings.

import * as assert from 'node:assert/strict';
import { mkdtempSync, realpathSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { CancellationTokenSource } from 'vscode-languageserver-protocol';
import { codes, UNDER_TEST, copyFixtureWorkspace, removeOnExit, TestClient } from './client';
import { useFixtureServer } from './fixtures';

const POSTS = ['blood-pressure', 'flu-shots', 'handwashing', 'new-year', 'sun-safety', 'whitening-offer'];
const PROMOTIONAL = ['hard-sell', 'self-praise'];

describe('language server: postlint/checkFiles', () => {
  let root: string;
  let client: TestClient;
  useFixtureServer((s) => ({ root, client } = s));

  it('checks every post of a folder from disk, with progress, pushed diagnostics and a summary', async () => {
    const token = 'check-folder';
    const result = await client.connection.sendRequest<any>('postlint/checkFiles', { uris: [TestClient.uri(root)], workDoneToken: token });
    await client.progressEnd(token);

    const uriOf = (name: string) => TestClient.uri(path.join(root, 'posts', `${name}.post.md`));
    // drafts/** is ignored by the fixture's .postlintrc.json.
    assert.deepEqual(result.files.map((f: { uri: string }) => f.uri).sort(), POSTS.map(uriOf).sort());
    assert.equal(result.cancelled, false);

    // Every file with findings had them pushed (none of these files is open), and the counts agree.
    const pushedCodes = new Map<string, string[]>();
    for (const file of result.files) {
      const total = file.counts.error + file.counts.warning + file.counts.info + file.counts.hint;
      const pushed = total ? await client.diagnostics(file.uri) : undefined;
      const list = pushed ? codes(pushed) : [];
      assert.equal(list.length, total, file.uri);
      for (const severity of ['error', 'warning', 'info', 'hint'] as const) {
        const lsp = { error: 1, warning: 2, info: 3, hint: 4 }[severity];
        assert.equal(pushed?.diagnostics.filter((d) => d.severity === lsp).length ?? 0, file.counts[severity], `${file.uri} ${severity}`);
      }
      pushedCodes.set(file.uri, list);
    }
    const among = (name: string) => pushedCodes.get(uriOf(name))!.filter((c) => (UNDER_TEST as readonly string[]).includes(c)).sort();
    assert.deepEqual(among('flu-shots'), ['hard-sell', 'hard-sell']);
    assert.deepEqual(among('whitening-offer'), ['hard-sell', 'hard-sell', 'team-phrase']);
    assert.deepEqual(among('blood-pressure'), ['jargon']);
    assert.deepEqual(among('sun-safety'), []);

    // Summary: the engine's summarize() over the checked posts, including the promotion share.
    const { summary } = result;
    assert.equal(summary.posts, POSTS.length);
    const promotional = [...pushedCodes.values()].filter((c) => c.some((id) => PROMOTIONAL.includes(id))).length;
    assert.ok(promotional >= 2);
    assert.equal(summary.promotion.promotionalPosts, promotional);
    assert.equal(summary.promotion.share, promotional / POSTS.length);
    assert.equal(summary.promotion.maxShare, 0.2);
    assert.ok(summary.workspaceFindings.some((f: { ruleId: string }) => f.ruleId === 'promotion-share'));
    assert.ok(summary.byRule['hard-sell'] >= 4);

    // Progress: begin, "n of 6 posts" reports, end.
    const values = client.progress.filter((p) => p.token === token).map((p) => p.value);
    assert.equal(values[0].kind, 'begin');
    assert.equal(values[0].cancellable, true);
    const reports = values.filter((v) => v.kind === 'report');
    assert.ok(reports.length >= 1);
    assert.equal(reports[reports.length - 1].message, '6 of 6 posts');
    assert.equal(reports[reports.length - 1].percentage, 100);
    assert.equal(values[values.length - 1].kind, 'end');
  });

  it('accepts a list of file URIs (as an editor may send) and reports skipped and unreadable files', async () => {
    const binary = path.join(root, 'posts', 'photo.post.md');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]));
    const uris = [TestClient.uri(path.join(root, 'posts', 'flu-shots.post.md')), TestClient.uri(binary), TestClient.uri(path.join(root, 'posts', 'missing.post.md'))];
    const result = await client.connection.sendRequest<any>('postlint/checkFiles', { uris });
    assert.deepEqual(result.files.map((f: { uri: string }) => f.uri), uris);
    assert.equal(result.files[0].error, undefined);
    // Not a post: skipped, as the CLI says (a note), not an unreadable post (an error).
    assert.equal(result.files[1].error, undefined);
    assert.match(result.files[1].skipped, /^skipped: not a text file/);
    assert.match(result.files[2].error, /does not exist/);
    assert.equal(result.summary.posts, 1);
  });

  it('uses the open text of a post that is open in the editor', async () => {
    const uri = TestClient.uri(path.join(root, 'posts', 'sun-safety.post.md'));
    await client.open(uri, 'Sunscreen special offer, book now!\n');
    const live = await client.diagnostics(uri, 1);
    assert.deepEqual(codes(live, UNDER_TEST), ['hard-sell', 'hard-sell']);
    const result = await client.connection.sendRequest<any>('postlint/checkFiles', { uris: [uri] });
    const total = result.files[0].counts.error + result.files[0].counts.warning + result.files[0].counts.info + result.files[0].counts.hint;
    assert.equal(total, live.diagnostics.length);
    await client.close(uri);
  });

  it('stops when cancelled and says so', async () => {
    // A folder big enough that the check is still running when the first progress report arrives.
    const big = mkdtempSync(path.join(realpathSync(tmpdir()), 'postlint-lsp-many-'));
    removeOnExit(big);
    const total = 3000;
    for (let i = 0; i < total; i++) writeFileSync(path.join(big, `post-${i}.post.md`), `Flu shots are in this week, post ${i}. Ask us anything.\n`);
    const source = new CancellationTokenSource();
    const token = 'check-cancelled';
    void client.progressValue(token, (value) => value.kind === 'report').then(() => source.cancel());
    const result = await client.connection.sendRequest<any>('postlint/checkFiles', { uris: [TestClient.uri(big)], workDoneToken: token }, source.token);
    assert.equal(result.cancelled, true);
    assert.ok(result.files.length < total, `${result.files.length} files checked`);
    assert.equal(result.summary.posts, result.files.length);
    await client.progressEnd(token);
  });
});

describe('language server: configuration changes', () => {
  let root: string;
  let config: string;
  let client: TestClient;
  useFixtureServer(
    (s) => {
      ({ root, client } = s);
      config = path.join(root, '.postlintrc.json');
    },
    { each: true },
  );

  const watched = (file: string, type = 2) =>
    client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: TestClient.uri(file), type }] });

  it('re-checks open posts when .postlintrc.json changes on disk', async () => {
    const uri = TestClient.uri(path.join(root, 'posts', 'open.post.md'));
    await client.open(uri, 'Book now at Smile Studio!\n');
    assert.deepEqual(codes(await client.diagnostics(uri, 1), UNDER_TEST).sort(), ['hard-sell', 'team-phrase']);
    const mark = client.mark();
    writeFileSync(config, JSON.stringify({ rules: { 'hard-sell': 'off' } }));
    await watched(config);
    // Same version, new configuration: hard-sell is off and the team phrase is gone with the old file.
    const after = await client.nextDiagnostics(uri, mark);
    assert.equal(after.version, 1);
    assert.deepEqual(codes(after, UNDER_TEST), []);
  });

  it('follows the unsaved text of an open .postlintrc.json, and the disk again when it is closed', async () => {
    const uri = TestClient.uri(path.join(root, 'posts', 'open.post.md'));
    await client.open(uri, 'Book now!\n');
    assert.deepEqual(codes(await client.diagnostics(uri, 1), UNDER_TEST), ['hard-sell']);
    const configUri = TestClient.uri(config);
    let mark = client.mark();
    await client.open(configUri, '{ "rules": { "hard-sell": "error" } }', 'json');
    let after = await client.nextDiagnostics(uri, mark, (p) => p.diagnostics.some((d) => d.code === 'hard-sell' && d.severity === 1));
    assert.deepEqual(codes(after, UNDER_TEST), ['hard-sell']);
    mark = client.mark();
    await client.replace(configUri, '{ "rules": { "hard-sell": "off" } }');
    after = await client.nextDiagnostics(uri, mark);
    assert.deepEqual(codes(after, UNDER_TEST), []);
    mark = client.mark();
    await client.close(configUri);
    after = await client.nextDiagnostics(uri, mark);
    assert.deepEqual(codes(after, UNDER_TEST), ['hard-sell']);
    assert.equal(after.diagnostics.find((d) => d.code === 'hard-sell')!.severity, 2);
  });

  it('shows a broken configuration on the config file, and one clear diagnostic on the posts under it', async () => {
    const uri = TestClient.uri(path.join(root, 'posts', 'open.post.md'));
    await client.open(uri, '---\nplatform: x\n---\nBook now!\n');
    assert.deepEqual(codes(await client.diagnostics(uri, 1), UNDER_TEST), ['hard-sell']);
    const configUri = TestClient.uri(config);
    let mark = client.mark();
    writeFileSync(config, '{\n  "rules": {\n    "hard-sell": "off",\n  \n');
    await watched(config);
    const onConfig = await client.nextDiagnostics(configUri, mark);
    assert.ok(onConfig.diagnostics.length >= 1);
    assert.ok(onConfig.diagnostics.every((d) => d.code === 'config' && d.severity === 1 && d.source === 'postlint'));
    const onPost = await client.nextDiagnostics(uri, mark);
    assert.deepEqual(codes(onPost), ['config']);
    assert.equal(onPost.diagnostics[0].severity, 1);
    assert.equal(onPost.diagnostics[0].relatedInformation?.[0].location.uri, configUri);

    // An unknown rule id is a problem too (the CLI refuses it the same way), pointed at the key.
    mark = client.mark();
    writeFileSync(config, '{\n  "rules": {\n    "hard-sel": "off"\n  }\n}\n');
    await watched(config);
    const typo = await client.nextDiagnostics(configUri, mark);
    assert.deepEqual(typo.diagnostics.map((d) => d.range.start), [{ line: 2, character: 4 }]);
    // Let the server finish re-checking the post before the file is rewritten (it reads the file from disk).
    assert.deepEqual(codes(await client.nextDiagnostics(uri, mark)), ['config']);

    // Fixed: the config file's diagnostics are cleared and the post is checked again.
    mark = client.mark();
    writeFileSync(config, '{ "rules": { "hard-sell": "error" } }\n');
    await watched(config);
    assert.deepEqual((await client.nextDiagnostics(configUri, mark)).diagnostics, []);
    const fixed = await client.nextDiagnostics(uri, mark, (p) => codes(p, UNDER_TEST).includes('hard-sell'));
    assert.equal(fixed.diagnostics.find((d) => d.code === 'hard-sell')!.severity, 1);
  });

  it('deleting a broken configuration clears its diagnostics, and the posts are checked with the defaults', async () => {
    const uri = TestClient.uri(path.join(root, 'posts', 'open.post.md'));
    await client.open(uri, 'Book now!\n');
    assert.deepEqual(codes(await client.diagnostics(uri, 1), UNDER_TEST), ['hard-sell']);
    const configUri = TestClient.uri(config);
    let mark = client.mark();
    writeFileSync(config, '{ "rules": ');
    await watched(config);
    assert.deepEqual(codes(await client.nextDiagnostics(configUri, mark)), ['config']);
    assert.deepEqual(codes(await client.nextDiagnostics(uri, mark)), ['config']);
    mark = client.mark();
    unlinkSync(config);
    await watched(config, 3);
    assert.deepEqual((await client.nextDiagnostics(configUri, mark)).diagnostics, []);
    assert.deepEqual(codes(await client.nextDiagnostics(uri, mark), UNDER_TEST), ['hard-sell']);
  });

  it('picks up a configuration file created in a sub-folder', async () => {
    const uri = TestClient.uri(path.join(root, 'posts', 'open.post.md'));
    await client.open(uri, 'Book now!\n');
    assert.deepEqual(codes(await client.diagnostics(uri, 1), UNDER_TEST), ['hard-sell']);
    const mark = client.mark();
    const nested = path.join(root, 'posts', '.postlintrc.json');
    writeFileSync(nested, '{ "rules": { "hard-sell": "off" } }');
    await watched(nested, 1);
    assert.deepEqual(codes(await client.nextDiagnostics(uri, mark), UNDER_TEST), []);
  });
});

describe('language server: postlint.* settings', () => {
  let root: string;
  before(() => {
    root = copyFixtureWorkspace();
  });

  it('postlint.rules overrides the configuration file, and a settings change re-checks', async () => {
    const client = await TestClient.start({ root, settings: { rules: { 'hard-sell': 'error', 'team-phrase': 'off' } } });
    try {
      const uri = TestClient.uri(path.join(root, 'posts', 'settings.post.md'));
      await client.open(uri, 'Book now at Smile Studio!\n');
      const first = await client.diagnostics(uri, 1);
      assert.deepEqual(codes(first, UNDER_TEST), ['hard-sell']);
      assert.equal(first.diagnostics.find((d) => d.code === 'hard-sell')!.severity, 1);
      const mark = client.mark();
      client.settings = { rules: { 'hard-sell': 'off' } };
      await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
      assert.deepEqual(codes(await client.nextDiagnostics(uri, mark), UNDER_TEST), ['team-phrase']);
    } finally {
      await client.stop();
    }
  });

  it('postlint.defaultPlatform applies to posts without a platform', async () => {
    const client = await TestClient.start({ root, settings: { defaultPlatform: 'bluesky' } });
    try {
      const uri = TestClient.uri(path.join(root, 'posts', 'platform.post.md'));
      await client.open(uri, 'Wash your hands.\n');
      const budgets = await client.budgetsFor(uri);
      assert.deepEqual(budgets.budgets.map((b) => b.platform), ['bluesky']);
    } finally {
      await client.stop();
    }
  });

  it('postlint.enable false publishes no findings', async () => {
    const client = await TestClient.start({ root, settings: { enable: false } });
    try {
      const uri = TestClient.uri(path.join(root, 'posts', 'disabled.post.md'));
      await client.open(uri, 'Book now!\n');
      assert.deepEqual((await client.diagnostics(uri, 1)).diagnostics, []);
    } finally {
      await client.stop();
    }
  });

  it('postlint.run onSave checks on open and save, not on change', async () => {
    const client = await TestClient.start({ root, settings: { run: 'onSave' } });
    try {
      const uri = TestClient.uri(path.join(root, 'posts', 'on-save.post.md'));
      await client.open(uri, 'Wash your hands.\n');
      assert.deepEqual(codes(await client.diagnostics(uri, 1), UNDER_TEST), []);
      await client.replace(uri, 'Wash your hands. Book now!\n');
      // Barrier: a post opened after the change is checked after the change would have been.
      const barrier = TestClient.uri(path.join(root, 'posts', 'barrier.post.md'));
      await client.open(barrier, 'Wash your hands.\n');
      await client.diagnostics(barrier, 1);
      assert.equal(client.published.filter((p) => p.uri === uri && p.version === 2).length, 0, 'checked on change');
      await client.save(uri);
      assert.deepEqual(codes(await client.diagnostics(uri, 2), UNDER_TEST), ['hard-sell']);
    } finally {
      await client.stop();
    }
  });

  it('postlint.run onSave with pull diagnostics: while the post is edited, pulls answer with the check of the saved text', async () => {
    const client = await TestClient.start({ root, pull: true, settings: { run: 'onSave' } });
    try {
      const uri = TestClient.uri(path.join(root, 'posts', 'on-save-pull.post.md'));
      await client.open(uri, 'Wash your hands.\n');
      const opened = await client.pull(uri);
      assert.deepEqual(codes(opened, UNDER_TEST), []);
      await client.replace(uri, 'Wash your hands. Book now!\n');
      assert.deepEqual(await client.pull(uri, opened.resultId), { kind: 'unchanged', resultId: opened.resultId }, 'not checked on change');
      await client.save(uri);
      const afterSave = await client.pull(uri, opened.resultId);
      assert.equal(afterSave.kind, 'full');
      assert.deepEqual(codes(afterSave, UNDER_TEST), ['hard-sell']);
    } finally {
      await client.stop();
    }
  });

  it('a client without workspace/configuration sends settings in initializationOptions and didChangeConfiguration', async () => {
    const client = await TestClient.start({ root, configuration: false, initializationOptions: { settings: { rules: { 'team-phrase': 'off' } } } });
    try {
      const uri = TestClient.uri(path.join(root, 'posts', 'config-push.post.md'));
      await client.open(uri, 'Book now at Smile Studio!\n');
      assert.deepEqual(codes(await client.diagnostics(uri, 1), UNDER_TEST), ['hard-sell']);
      const mark = client.mark();
      await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { postlint: { enable: false } } });
      assert.deepEqual((await client.nextDiagnostics(uri, mark)).diagnostics, []);
    } finally {
      await client.stop();
    }
  });
});
