// Protocol tests against the real server over stdio: the lifecycle errors the LSP asks for,
// broken framing, messages that are not JSON-RPC (never logged with their content), clients
// without workspace folders, a cancelled folder search, and the cap on diagnostics per post.

import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { CancellationTokenSource, ErrorCodes, LSPErrorCodes } from 'vscode-languageserver-protocol';
import { codes, removeOnExit, TestClient } from './client';
import { startFixtureServer } from './fixtures';
import { RawClient, stopRawServers } from './raw-client';

// A patient detail in everything sent below: it must never reach a log or stderr.
const SECRET = 'Wilhelmina Zabrowski';
const POST_URI = 'file:///tmp/postlint-protocol/a.post.md';

describe('language server: lifecycle', () => {
  let raw: RawClient;
  afterEach(stopRawServers);

  it('answers requests before initialize with ServerNotInitialized, drops notifications, and refuses a second initialize', async () => {
    raw = RawClient.start();
    const early = await raw.request(1, 'textDocument/hover', { textDocument: { uri: POST_URI }, position: { line: 0, character: 1 } });
    assert.equal(early.error?.code, ErrorCodes.ServerNotInitialized);
    // Dropped: had it been opened, the hover below would explain the hard sell under it.
    raw.send({ method: 'textDocument/didOpen', params: { textDocument: { uri: POST_URI, languageId: 'postmd', version: 1, text: `Book now, ${SECRET}!\n` } } });
    await raw.initialize(2);
    const hover = await raw.request(3, 'textDocument/hover', { textDocument: { uri: POST_URI }, position: { line: 0, character: 1 } });
    assert.deepEqual([hover.error, hover.result], [undefined, null]);
    const again = await raw.request(4, 'initialize', { processId: null, rootUri: null, capabilities: {} });
    assert.equal(again.error?.code, ErrorCodes.InvalidRequest);
  });

  it('answers requests after shutdown with InvalidRequest, and exits cleanly on exit', async () => {
    raw = RawClient.start();
    await raw.initialize();
    const shutdown = await raw.request(2, 'shutdown', null);
    assert.deepEqual([shutdown.error, shutdown.result], [undefined, null]);
    const late = await raw.request(3, 'textDocument/hover', { textDocument: { uri: POST_URI }, position: { line: 0, character: 0 } });
    assert.equal(late.error?.code, ErrorCodes.InvalidRequest);
    raw.send({ method: 'exit' });
    assert.equal(await raw.exit(), 0);
  });
});

describe('language server: broken framing', () => {
  afterEach(stopRawServers);
  const cases: [string, string][] = [
    ['a header without Content-Length', `X-Note: ${SECRET}\r\n\r\n{"jsonrpc":"2.0","method":"x","params":{"t":"${SECRET}"}}`],
    ['a Content-Length that is not a number', `Content-Length: ${SECRET}\r\n\r\n{"jsonrpc":"2.0","method":"x"}`],
    ['a header line without a colon', `${SECRET}\r\n\r\n`],
  ];
  for (const [name, bytes] of cases) {
    it(`${name}: the server says why on stderr, without the content, and exits`, async () => {
      const raw = RawClient.start();
      await raw.initialize();
      raw.sendRaw(bytes);
      assert.equal(await raw.exit(), 1);
      assert.match(raw.stderr, /postlint-language-server: stopping: .*header/);
      assert.ok(!raw.stderr.includes(SECRET), raw.stderr);
      assert.ok(!raw.logs().some((l) => l.includes(SECRET)));
    });
  }
});

describe('language server: malformed messages', () => {
  afterEach(stopRawServers);
  it('are answered and logged by kind and size only, and the server keeps working', async () => {
    const raw = RawClient.start();
    await raw.initialize();
    raw.sendBody(`{"jsonrpc":"2.0","id":7,"method":"textDocument/hover","params":{"text":"${SECRET}"`);
    const notJson = await raw.next((m) => m.id === null && !!m.error);
    assert.equal(notJson.error?.code, ErrorCodes.ParseError);
    raw.sendBody(JSON.stringify({ jsonrpc: '2.0', id: 8, text: `${SECRET} came in today` }));
    assert.equal((await raw.next((m) => m.id === 8)).error?.code, ErrorCodes.InvalidRequest);
    raw.sendBody(JSON.stringify({ jsonrpc: '2.0', id: null, error: { code: 1, message: SECRET } }));
    // Still answering, in order: everything above was handled before this.
    const hover = await raw.request(9, 'textDocument/hover', { textDocument: { uri: POST_URI }, position: { line: 0, character: 0 } });
    assert.equal(hover.result, null);
    assert.equal(raw.logs().length, 3, raw.logs().join('\n'));
    assert.ok(raw.logs().every((l) => !l.includes(SECRET) && /\d+ bytes/.test(l)), raw.logs().join('\n'));
    assert.ok(!raw.stderr.includes(SECRET));
  });
});

describe('language server: clients without workspace folders', () => {
  it('start without an error in the log', async () => {
    const { root, client } = await startFixtureServer({ workspaceFolders: false });
    try {
      const uri = TestClient.uri(path.join(root, 'posts', 'folders.post.md'));
      await client.open(uri, 'Book now!\n');
      await client.diagnostics(uri, 1); // initialized was handled before this
      assert.deepEqual(client.logs, []);
    } finally {
      await client.stop();
    }
  });
});

describe('language server: cancelling Check All Posts while it looks for posts', () => {
  it('answers RequestCancelled at once, and other requests are answered meanwhile', async () => {
    const root = realpathSync(mkdtempSync(path.join(tmpdir(), 'postlint-walk-')));
    removeOnExit(root);
    mkdirSync(path.join(root, 'posts', 'stall'), { recursive: true });
    writeFileSync(path.join(root, 'posts', 'a.post.md'), 'Book now!\n');
    writeFileSync(path.join(root, 'posts', 'stall', 'b.post.md'), 'Book now!\n');
    // The server's search never gets an answer from the folder "stall" (like a hung network drive).
    const client = await TestClient.start({ root, env: { POSTLINT_LSP_TEST_STALL_FOLDER: 'stall' } });
    try {
      const source = new CancellationTokenSource();
      const token = 'walk';
      const answer = client.connection
        .sendRequest<any>('postlint/checkFiles', { uris: [TestClient.uri(root)], workDoneToken: token }, source.token)
        .then((result) => ({ result, error: undefined }), (error: { code?: number }) => ({ result: undefined, error }));
      await client.progressValue(token, (v) => v.kind === 'begin');

      const uri = TestClient.uri(path.join(root, 'open.post.md'));
      await client.open(uri, 'Book now!\n');
      assert.deepEqual(codes(await client.diagnostics(uri, 1), ['hard-sell']), ['hard-sell']);
      assert.ok(await client.hover(uri, 0, 1), 'a hover while the search waits');

      source.cancel();
      const { result, error } = await answer;
      assert.equal(result, undefined);
      assert.equal(error?.code, LSPErrorCodes.RequestCancelled);
      await client.progressEnd(token);
    } finally {
      await client.stop();
    }
  });
});

describe('language server: a post with thousands of findings', () => {
  it('gets the most serious few hundred, and one more diagnostic saying how many are hidden', async () => {
    const { root, client } = await startFixtureServer();
    try {
      const uri = TestClient.uri(path.join(root, 'posts', 'huge.post.md'));
      const line = 'Patients with hypertension and edema: BOOK YOUR FLU SHOT TODAY. Book now!\n';
      await client.open(uri, `---\nplatform: facebook\n---\n${line.repeat(400)}`);
      const published = await client.diagnostics(uri, 1);
      const all = codes(published);
      assert.ok(all.length > 200 && all.length <= 501, `${all.length} diagnostics`);
      assert.equal(all.filter((c) => c === 'too-many-findings').length, 1);
      const shown = published.diagnostics.filter((d) => d.code !== 'too-many-findings');
      // Warnings (severity 2) are kept before notes (3, 4).
      assert.ok(shown.every((d) => (d.severity ?? 1) <= 2), 'the most serious first');
      // Quick fixes and hover still see every finding.
      assert.ok(await client.hover(uri, 3, 16), 'hover on a note that was not sent');
    } finally {
      await client.stop();
    }
  });
});
