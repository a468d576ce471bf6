// Protocol tests: bad input never kills the server, a failing rule is logged without post
// text while the other rules still report, and nothing the server logs contains post text.

import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { codes, UNDER_TEST, TestClient } from './client';
import { startFixtureServer, useFixtureServer } from './fixtures';

// A distinctive patient detail placed in every post below: it must never appear in a log.
const SECRET = 'Wilhelmina Zabrowski';

describe('language server: robustness', () => {
  let root: string;
  let client: TestClient;
  let n = 0;
  // Registered first, so it runs before the server stops.
  after(() => assert.ok(!client.logs.some((l) => l.includes(SECRET)), 'a log message contains post text'));
  useFixtureServer((s) => ({ root, client } = s));

  const uri = () => TestClient.uri(path.join(root, 'posts', `odd-${++n}.post.md`));

  /** The server still works: a normal post opened now gets its findings. */
  async function stillAnswers(): Promise<void> {
    const check = uri();
    await client.open(check, `${SECRET} asked us about flu shots. Book now!\n`);
    assert.deepEqual(codes(await client.diagnostics(check, 1), UNDER_TEST), ['hard-sell']);
    assert.equal(client.exited, false);
  }

  it('a 5 MB post gets one "not checked" notice, and the server keeps answering', async () => {
    const big = uri();
    const paragraph = `${SECRET} came in for a check-up. Book now! 😀\r\n`;
    await client.open(big, paragraph.repeat(Math.ceil((5 * 1024 * 1024) / paragraph.length)));
    const published = await client.diagnostics(big, 1);
    assert.deepEqual(codes(published), ['not-checked']);
    // Typing in it is handled the same way.
    const version = await client.edit(big, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: 'x' }]);
    assert.deepEqual(codes(await client.diagnostics(big, version)), ['not-checked']);
    assert.equal(await client.hover(big, 0, 3), null);
    await stillAnswers();
  });

  it('binary junk with NUL bytes gets a "not checked" notice', async () => {
    const junk = uri();
    let text = '';
    for (let i = 0; i < 20000; i++) text += String.fromCharCode((i * 7919) % 65536 === 0xd800 ? 0 : (i * 7919) % 256);
    await client.open(junk, text);
    assert.deepEqual(codes(await client.diagnostics(junk, 1)), ['not-checked']);
    await stillAnswers();
  });

  it('junk without NUL bytes (lone surrogates, control characters, stray markup) is checked without a crash', async () => {
    const junk = uri();
    let text = '---\n\u0001: [\n---\n<!-- unclosed ```` `` \uD800 \uDFFF ';
    for (let i = 1; i < 30000; i++) text += String.fromCharCode(1 + ((i * 2654435761) % 0xfffe));
    await client.open(junk, text);
    const published = await client.diagnostics(junk, 1);
    assert.ok(Array.isArray(published.diagnostics));
    assert.ok(!codes(published, UNDER_TEST).includes('not-checked'));
    assert.ok((await client.codeActions(junk, published.diagnostics.slice(0, 5))) !== undefined);
    await client.hover(junk, 0, 1);
    await stillAnswers();
  });

  it('broken front matter is a front-matter finding, and the body is still checked', async () => {
    const post = uri();
    await client.open(post, `---\nplatform: [instagram\ndate: 2026-01-01\n---\n${SECRET} says: book now!\n`);
    assert.deepEqual(codes(await client.diagnostics(post, 1), UNDER_TEST).sort(), ['front-matter', 'hard-sell']);
    const unclosed = uri();
    await client.open(unclosed, '---\nplatform: instagram\nBook now!\n');
    assert.ok(codes(await client.diagnostics(unclosed, 1), UNDER_TEST).includes('front-matter'));
    await stillAnswers();
  });

  it('an empty post and a post of only front matter have no findings', async () => {
    const empty = uri();
    await client.open(empty, '');
    assert.deepEqual(codes(await client.diagnostics(empty, 1)), []);
    const onlyFm = uri();
    await client.open(onlyFm, '---\nplatform: x\n---\n');
    assert.deepEqual(codes(await client.diagnostics(onlyFm, 1)), []);
  });

  it('requests for documents that are not open, and malformed parameters, get harmless answers', async () => {
    const missing = TestClient.uri(path.join(root, 'posts', 'never-opened.post.md'));
    assert.equal(await client.hover(missing, 0, 0), null);
    assert.deepEqual(await client.codeActions(missing, []), []);
    const weird = await client.connection.sendRequest<any>('postlint/checkFiles', { uris: [42, 'untitled:Untitled-1', 'file:///nonexistent/dir/x.post.md'] });
    assert.equal(weird.files.length, 2);
    assert.ok(weird.files.every((f: { error?: string }) => typeof f.error === 'string'));
    await stillAnswers();
  });
});

describe('language server: a rule that fails', () => {
  it('is logged with its rule id only, and the other rules still report', async () => {
    const { root, client } = await startFixtureServer({ env: { POSTLINT_LSP_TEST_FAULTY_RULE: 'team-phrase' } });
    try {
      const uri = TestClient.uri(path.join(root, 'posts', 'faulty.post.md'));
      await client.open(uri, `${SECRET} at Smile Studio says: book now!\n`);
      assert.deepEqual(codes(await client.diagnostics(uri, 1), UNDER_TEST), ['hard-sell']);
      const logged = await client.log((m) => m.includes('team-phrase'));
      assert.match(logged, /team-phrase/);
      assert.ok(!logged.includes(SECRET) && !logged.includes('Smile Studio'), logged);
      // Logged once, not per keystroke.
      const version = await client.replace(uri, `${SECRET} at Smile Studio says: book now!!\n`);
      await client.diagnostics(uri, version);
      assert.equal(client.logs.filter((m) => m.includes('team-phrase')).length, 1);
      assert.ok(!client.logs.some((l) => l.includes(SECRET)));
    } finally {
      await client.stop();
    }
  });
});
