// Protocol tests: diagnostics from the real built server (dist/server.js) over stdio.
// Every wait is on a message from the server; nothing sleeps.

import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { codes, UNDER_TEST, TestClient } from './client';
import { useFixtureServer } from './fixtures';

// Line 3 (0-based) has two emoji (2 UTF-16 units each) before " Flu shots are in, ": "book now" starts at 4 + 19 = 23.
// Line 4 starts with a ZWJ sequence of 5 UTF-16 units (woman, ZWJ, staff of Aesculapius, VS16).
const EMOJI_CRLF_POST = [
  '---',
  'platform: instagram',
  '---',
  '😀😀 Flu shots are in, book now!',
  '👩‍⚕️ Our nurses answer questions. Special offer today.',
  '',
].join('\r\n');

describe('language server: push diagnostics', () => {
  let root: string;
  let client: TestClient;
  useFixtureServer((s) => ({ root, client } = s));

  it('declares push-mode capabilities when the client has no pull diagnostics', () => {
    const caps = client.initializeResult.capabilities;
    assert.equal(caps.diagnosticProvider, undefined);
    assert.deepEqual(caps.textDocumentSync, { openClose: true, change: 2, save: { includeText: false } });
    assert.ok(caps.hoverProvider);
    assert.deepEqual((caps.codeActionProvider as { codeActionKinds: string[] }).codeActionKinds, ['quickfix', 'source.fixAll.postlint']);
  });

  it('maps offsets to LSP line/character in a post with emoji and CRLF line endings', async () => {
    const uri = TestClient.uri(path.join(root, 'posts', 'emoji-crlf.post.md'));
    await client.open(uri, EMOJI_CRLF_POST);
    const published = await client.diagnostics(uri, 1);
    const hardSell = published.diagnostics.filter((d) => d.code === 'hard-sell');
    assert.deepEqual(
      hardSell.map((d) => d.range),
      [
        { start: { line: 3, character: 23 }, end: { line: 3, character: 31 } },
        { start: { line: 4, character: 35 }, end: { line: 4, character: 48 } },
      ],
    );
    const doc = client.doc(uri);
    assert.deepEqual(hardSell.map((d) => doc.getText(d.range)), ['book now', 'Special offer']);
  });

  it('fills source, code, doc link, severity and quick-fix data', async () => {
    const uri = TestClient.uri(path.join(root, 'posts', 'fields.post.md'));
    await client.open(uri, '---\nplatform: instagram\n---\nFlu shots are here, book now!\n');
    const [d] = (await client.diagnostics(uri, 1)).diagnostics.filter((x) => x.code === 'hard-sell');
    assert.equal(d.source, 'postlint');
    assert.equal(d.severity, 2); // hard-sell is a warning
    assert.match(d.codeDescription!.href, /^file:\/\/.*\/docs\/rules\/hard-sell\.md$/);
    const data = d.data as { ruleId: string; version: number; suggestions: { title: string; edits: unknown[] }[] };
    assert.equal(data.ruleId, 'hard-sell');
    assert.equal(data.version, 1);
    assert.ok(data.suggestions.length >= 1);
    for (const s of data.suggestions) {
      assert.equal(typeof s.title, 'string');
      assert.ok(s.edits.length >= 1);
    }
  });

  it('links the rule pages where the editor says they are (initializationOptions.ruleDocsUri)', async () => {
    const other = await TestClient.start({ pull: true, initializationOptions: { ruleDocsUri: 'https://docs.example/postlint/rules/' } });
    try {
      const uri = 'untitled:docs-link.post.md';
      await other.open(uri, 'Flu shots are here, book now!\n');
      const [d] = (await other.pull(uri)).items.filter((x: { code: string }) => x.code === 'hard-sell');
      assert.equal(d.codeDescription.href, 'https://docs.example/postlint/rules/hard-sell.md');
      assert.match((await other.hover(uri, 0, 22)).contents.value, /\(https:\/\/docs\.example\/postlint\/rules\/hard-sell\.md\)/);
    } finally {
      await other.stop();
    }
  });

  it('re-checks on every change and publishes the newest version only', async () => {
    const uri = TestClient.uri(path.join(root, 'posts', 'typing.post.md'));
    await client.open(uri, 'Flu shots are here.\n');
    await client.diagnostics(uri, 1);
    let text = 'Flu shots are here.';
    // Ten changes sent back to back, without waiting for the server in between.
    const sends: Promise<number>[] = [];
    for (let i = 0; i < 10; i++) {
      text += i === 9 ? ' Book now!' : ' Ask us.';
      sends.push(client.replace(uri, `${text}\n`));
    }
    const versions = await Promise.all(sends);
    const last = versions[versions.length - 1];
    const final = await client.diagnostics(uri, last);
    assert.deepEqual(codes(final, UNDER_TEST), ['hard-sell']);
    const seen = client.published.filter((p) => p.uri === uri).map((p) => p.version!);
    assert.deepEqual(seen, [...seen].sort((a, b) => a - b), 'a check of an old version was published after a newer one');
  });

  it('sends the platform budgets after each check of an open post', async () => {
    const uri = TestClient.uri(path.join(root, 'posts', 'budget.post.md'));
    await client.open(uri, '---\nplatform: x\n---\nWash your hands.\n');
    const budgets = await client.budgetsFor(uri);
    assert.deepEqual(
      budgets.budgets.map((b) => [b.platform, b.limit]),
      [['x', 280]],
    );
    assert.ok(budgets.budgets[0].used > 0);
  });

  it('uses the configuration of the folder (team phrase and defaultPlatform from .postlintrc.json)', async () => {
    const uri = TestClient.uri(path.join(root, 'posts', 'team.post.md'));
    await client.open(uri, 'Smile Studio is open on Saturdays.\n');
    assert.deepEqual(codes(await client.diagnostics(uri, 1), UNDER_TEST), ['team-phrase']);
    // No platform in the front matter: the folder's defaultPlatform (instagram) applies.
    const budgets = await client.budgetsFor(uri);
    assert.deepEqual(budgets.budgets.map((b) => b.platform), ['instagram']);
  });

  it('clears the diagnostics of a post when it is closed', async () => {
    const uri = TestClient.uri(path.join(root, 'posts', 'closing.post.md'));
    await client.open(uri, 'Book now!\n');
    assert.deepEqual(codes(await client.diagnostics(uri, 1), UNDER_TEST), ['hard-sell']);
    const mark = client.mark();
    await client.close(uri);
    const cleared = await client.nextDiagnostics(uri, mark);
    assert.deepEqual(cleared.diagnostics, []);
  });

  it('ignores documents that are not posts', async () => {
    const other = TestClient.uri(path.join(root, 'README.md'));
    await client.open(other, 'Book now!\n', 'markdown');
    // A post opened afterwards is checked; the Markdown file before it never was.
    const uri = TestClient.uri(path.join(root, 'posts', 'after-readme.post.md'));
    await client.open(uri, 'Book now!\n');
    await client.diagnostics(uri, 1);
    assert.equal(client.published.filter((p) => p.uri === other).length, 0);
  });
});

describe('language server: pull diagnostics', () => {
  let root: string;
  let client: TestClient;
  useFixtureServer((s) => ({ root, client } = s), { pull: true });

  it('declares a diagnostic provider when the client can pull', () => {
    assert.deepEqual(client.initializeResult.capabilities.diagnosticProvider, {
      identifier: 'postlint',
      interFileDependencies: false,
      workspaceDiagnostics: false,
    });
  });

  it('answers textDocument/diagnostic with the findings, then "unchanged" until the post changes', async () => {
    const uri = TestClient.uri(path.join(root, 'posts', 'pulled.post.md'));
    await client.open(uri, EMOJI_CRLF_POST);
    const first = await client.pull(uri);
    assert.equal(first.kind, 'full');
    assert.deepEqual(
      first.items.filter((d: any) => d.code === 'hard-sell').map((d: any) => d.range.start),
      [
        { line: 3, character: 23 },
        { line: 4, character: 35 },
      ],
    );
    const again = await client.pull(uri, first.resultId);
    assert.deepEqual(again, { kind: 'unchanged', resultId: first.resultId });

    await client.replace(uri, 'Sunscreen works best fifteen minutes before you go out.\n');
    const after = await client.pull(uri, first.resultId);
    assert.equal(after.kind, 'full');
    assert.deepEqual(codes(after, UNDER_TEST), []);
  });

  it('asks the client to pull again when the configuration changes', async () => {
    const uri = TestClient.uri(path.join(root, 'posts', 'refresh.post.md'));
    await client.open(uri, 'Book now!\n');
    assert.deepEqual(codes(await client.pull(uri), UNDER_TEST), ['hard-sell']);
    const refreshed = client.nextRefresh();
    const { writeFileSync } = await import('node:fs');
    const config = path.join(root, '.postlintrc.json');
    writeFileSync(config, JSON.stringify({ rules: { 'hard-sell': 'off' } }));
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: TestClient.uri(config), type: 2 }] });
    await refreshed;
    assert.deepEqual(codes(await client.pull(uri), UNDER_TEST), []);
  });

  it('does not push diagnostics for open posts', async () => {
    const uri = TestClient.uri(path.join(root, 'posts', 'not-pushed.post.md'));
    await client.open(uri, 'Book now!\n');
    await client.pull(uri);
    // Budgets are sent with every check; by the time they arrive, a push would have been sent first.
    await client.budgetsFor(uri);
    assert.equal(client.published.filter((p) => p.uri === uri).length, 0);
  });
});
