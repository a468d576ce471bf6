// `.postlintrc.json` files the editor sends (the web extension, whose server in a web worker
// cannot read the workspace): the shared ConfigLoader resolves the nearest one up the folder
// tree over URIs exactly as it does over paths on disk, with the same validation and the same
// problems; and the language server applies them to posts, shows their problems on the file
// as it does for a file on disk, and follows postlint/didChangeConfigFiles.

import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { ConfigLoader, loadConfigFile, type ConfigResult } from '../../server/src/node/config-loader';
import { SentConfigFiles, uriParent, uriRelative } from '../../server/src/lsp/sent-configs';
import { codes, TestClient } from './client';

const FOLDER = 'vscode-vfs://github/clinic/calendar';
const base64 = (content: string | Uint8Array) => Buffer.from(content).toString('base64');
const sent = (uri: string, content: string | Uint8Array) => ({ uri, content: base64(content) });

describe('configuration files sent by the editor: resolution over URIs', () => {
  it('walks URIs up to the root as paths are walked', () => {
    assert.equal(uriParent(`${FOLDER}/posts/a.post.md`), `${FOLDER}/posts`);
    assert.equal(uriParent(`${FOLDER}`), 'vscode-vfs://github/clinic');
    assert.equal(uriParent('vscode-vfs://github/clinic'), 'vscode-vfs://github/');
    assert.equal(uriParent('vscode-vfs://github/'), undefined);
    assert.equal(uriParent('untitled:Untitled-1'), undefined);
    assert.equal(uriRelative(FOLDER, `${FOLDER}/my%20drafts/a.post.md`), 'my drafts/a.post.md');
    assert.equal(uriRelative(FOLDER, `${FOLDER}-old/a.post.md`), undefined);
  });

  it('the nearest file wins whole, up to the root; none: the defaults', () => {
    const files = new SentConfigFiles();
    files.update([
      sent(`${FOLDER}/.postlintrc.json`, '{ "rules": { "hard-sell": "off" } }'),
      sent(`${FOLDER}/team/.postlintrc.json`, '{ "audience": "professionals" }'),
      sent('vscode-vfs://github/.postlintrc.json', '{ "defaultPlatform": "x" }'),
    ]);
    const loader = new ConfigLoader({ files });
    const at = (uri: string) => {
      const r = loader.forFile(uri);
      assert.ok(r.ok);
      return r.loaded;
    };
    assert.equal(at(`${FOLDER}/posts/week1/a.post.md`).file, `${FOLDER}/.postlintrc.json`);
    assert.deepEqual(at(`${FOLDER}/team/b.post.md`).config, { audience: 'professionals' }, 'nearest wins whole: not merged');
    assert.equal(at('vscode-vfs://github/other/c.post.md').file, 'vscode-vfs://github/.postlintrc.json', 'a file at the root');
    assert.equal(at('vscode-remote://elsewhere/d.post.md').file, undefined);

    files.update([{ uri: `${FOLDER}/team/.postlintrc.json` }]);
    loader.invalidate();
    assert.equal(at(`${FOLDER}/team/b.post.md`).file, `${FOLDER}/.postlintrc.json`, 'deleted: the next one up applies');
  });

  it('ignore patterns are relative to the file, as on disk', () => {
    const files = new SentConfigFiles();
    files.update([sent(`${FOLDER}/.postlintrc.json`, '{ "ignore": ["my drafts", "archive/**/*.post.md"] }')]);
    const loader = new ConfigLoader({ files });
    const r = loader.forDirectory(FOLDER);
    assert.ok(r.ok);
    assert.equal(loader.isIgnored(`${FOLDER}/my%20drafts/a.post.md`, r.loaded), true);
    assert.equal(loader.isIgnored(`${FOLDER}/archive/2025/b.post.md`, r.loaded), true);
    assert.equal(loader.isIgnored(`${FOLDER}/posts/my%20drafts/a.post.md`, r.loaded), false);
    assert.equal(loader.isIgnored('vscode-vfs://github/other/my%20drafts/a.post.md', r.loaded), false, 'outside the file\'s folder');
  });

  it('validates and reports exactly as a file on disk with the same bytes', () => {
    const cases: [string, string | Uint8Array][] = [
      ['valid', '{ "rules": { "reading-level": ["info", { "maxGrade": 9 }] }, "phrases": [{ "phrase": "Smile Studio", "message": "Renamed." }] }'],
      ['an invalid option', '{\n  "rules": {\n    "no-conversation": ["hint", { "minWords": "forty" }]\n  }\n}\n'],
      ['an unknown rule id', '{ "rules": { "hard-sel": "off" } }'],
      ['not JSON', '{ "rules": { "hard-sell": "off" '],
      ['a byte-order mark and CRLF', '\uFEFF{\r\n  "audience": "kids"\r\n}\r\n'],
      ['UTF-16 with a byte-order mark', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{ "audience": "kids" }', 'utf16le')])],
      ['not UTF-8', Buffer.from([0x7b, 0x22, 0xe9, 0x22, 0x7d])],
      ['binary', Buffer.from([0x7b, 0x00, 0x7d])],
    ];
    const dir = mkdtempSync(path.join(tmpdir(), 'postlint-sent-'));
    try {
      for (const [name, content] of cases) {
        const file = path.join(dir, name.replace(/\W+/g, '-'), '.postlintrc.json');
        mkdirSync(path.dirname(file), { recursive: true });
        writeFileSync(file, content);
        const onDisk = loadConfigFile(file);
        const files = new SentConfigFiles();
        files.update([sent(`${FOLDER}/.postlintrc.json`, content)]);
        const fromEditor = new ConfigLoader({ files }).forFile(`${FOLDER}/a.post.md`);
        assert.deepEqual(outcome(fromEditor), outcome(onDisk), name);
        assert.equal(fromEditor.ok, name === 'valid', name);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

/** A result without where the file is. */
function outcome(r: ConfigResult): unknown {
  return r.ok ? { config: r.loaded.config } : { issues: r.error.issues };
}

describe('language server: configuration files sent by the editor', () => {
  const post = `${FOLDER}/posts/open-day.post.md`;
  const elsewhere = 'vscode-vfs://github/other/open-day.post.md';
  const TEXT = '---\nplatform: facebook\n---\nBook now to claim your place at the open day. What would you like to ask our nurses?\n';
  const INVALID = '{\n  "rules": {\n    "hard-sell": "off",\n    "no-conversation": ["hint", { "minWords": "forty" }]\n  }\n}\n';
  let client: TestClient;

  afterEach(async () => {
    await client?.stop();
  });

  it('applies the nearest file to posts under it, and follows changes, deletions and a broken file', async () => {
    client = await TestClient.start({
      pull: true,
      rootUri: FOLDER,
      initializationOptions: { configFiles: [sent(`${FOLDER}/.postlintrc.json`, '{ "rules": { "hard-sell": "off" } }')] },
    });
    await client.open(post, TEXT);
    await client.open(elsewhere, TEXT);
    assert.deepEqual(codes(await client.pull(post)), [], 'hard-sell is off under the folder');
    assert.deepEqual(codes(await client.pull(elsewhere)), ['hard-sell'], 'not outside it');

    // Saved with an invalid option: one notice on the post, the problem on the file.
    const refreshed = client.nextRefresh();
    await client.connection.sendNotification('postlint/didChangeConfigFiles', { files: [sent(`${FOLDER}/.postlintrc.json`, INVALID)] });
    await refreshed;
    const notice = (await client.pull(post)).items;
    assert.deepEqual(codes({ items: notice }), ['config']);
    assert.match(notice[0].message, /^Postlint did not check this post: the configuration file \.postlintrc\.json has a problem/);
    assert.equal(notice[0].relatedInformation[0].location.uri, `${FOLDER}/.postlintrc.json`);
    const onFile = await client.diagnostics(`${FOLDER}/.postlintrc.json`, undefined, (p) => p.diagnostics.length > 0);
    assert.deepEqual(onFile.diagnostics.map((d) => [d.code, d.range.start.line, d.range.start.character]), [['config', 3, 46]]);

    // The same file on disk, read by the server itself: the same diagnostics, word for word.
    const dir = mkdtempSync(path.join(tmpdir(), 'postlint-sent-'));
    const disk = await TestClient.start({ pull: true, root: dir });
    try {
      writeFileSync(path.join(dir, '.postlintrc.json'), INVALID);
      const diskPost = TestClient.uri(path.join(dir, 'posts', 'open-day.post.md'));
      await disk.open(diskPost, TEXT);
      const diskNotice = (await disk.pull(diskPost)).items;
      const diskOnFile = await disk.diagnostics(TestClient.uri(path.join(dir, '.postlintrc.json')), undefined, (p) => p.diagnostics.length > 0);
      assert.deepEqual(onFile.diagnostics, diskOnFile.diagnostics);
      assert.equal(notice[0].message, diskNotice[0].message);
      assert.deepEqual(notice[0].range, diskNotice[0].range);
    } finally {
      await disk.stop();
      rmSync(dir, { recursive: true, force: true });
    }

    // Deleted: the defaults, and nothing left on the file.
    const again = client.nextRefresh();
    await client.connection.sendNotification('postlint/didChangeConfigFiles', { files: [{ uri: `${FOLDER}/.postlintrc.json` }] });
    await again;
    assert.deepEqual(codes(await client.pull(post)), ['hard-sell']);
    await client.diagnostics(`${FOLDER}/.postlintrc.json`, undefined, (p) => p.diagnostics.length === 0);
  });

  it('checks the posts Check All Posts showed again, from the text sent, when a file changes; not once the post changed elsewhere', async () => {
    client = await TestClient.start({ pull: true, rootUri: FOLDER, initializationOptions: { configFiles: [] } });
    const shown = { uri: `${FOLDER}/posts/week-1.post.md`, text: TEXT };
    const changed = { uri: `${FOLDER}/posts/week-2.post.md`, text: TEXT };
    // week-2 first: were it checked again, its diagnostics would come before week-1's.
    await client.connection.sendRequest('postlint/checkFiles', { uris: [changed.uri, shown.uri], documents: [changed, shown] });
    assert.deepEqual(codes(await client.diagnostics(shown.uri)), ['hard-sell']);
    assert.deepEqual(codes(await client.diagnostics(changed.uri)), ['hard-sell']);
    // week-2 changed outside the editor: its text here is not its text any more.
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: changed.uri, type: 2 }] });
    const since = client.mark();
    await client.connection.sendNotification('postlint/didChangeConfigFiles', { files: [sent(`${FOLDER}/.postlintrc.json`, '{ "rules": { "hard-sell": "off" } }')] });
    await client.nextDiagnostics(shown.uri, since, (p) => p.diagnostics.length === 0);
    assert.equal(client.published.slice(since).filter((p) => p.uri === changed.uri).length, 0, 'week-2 was not checked again from its old text');
  });

  it('Check All Posts leaves out the posts the sent file ignores', async () => {
    client = await TestClient.start({
      pull: true,
      rootUri: FOLDER,
      initializationOptions: { configFiles: [sent(`${FOLDER}/.postlintrc.json`, '{ "ignore": ["drafts"] }')] },
    });
    const documents = [
      { uri: `${FOLDER}/drafts/idea.post.md`, text: TEXT },
      { uri: `${FOLDER}/posts/open-day.post.md`, text: TEXT },
    ];
    const result = await client.connection.sendRequest<any>('postlint/checkFiles', { uris: documents.map((d) => d.uri), documents });
    assert.deepEqual(result.files.map((f: { uri: string }) => f.uri), [documents[1].uri]);
  });
});
