// postlint/checkFiles with the posts' text sent by the editor (CheckFilesParams.documents): what
// the web extension's Check All Posts sends, as the server in a browser cannot read the workspace
// (client/src/find-posts.ts). The same server code runs in the Node server, tested here; the
// web worker is tested in test/e2e/web-server.e2e.ts.

import * as assert from 'node:assert/strict';
import { codes, TestClient } from './client';

const FOLDER = 'vscode-vfs://github/clinic/calendar';
const RISKY = '---\nplatform: x\n---\nThanks for coming in, John, hope the knee is healing! Book now!\n';
const CLEAN = '---\nplatform: x\n---\nFlu shots are available at the clinic this week.\n';

describe('language server: Check All Posts on posts the editor sends', () => {
  let client: TestClient;
  beforeEach(async () => {
    client = await TestClient.start({ pull: true });
  });
  afterEach(async () => {
    await client.stop();
  });

  it('checks them from the text sent, in the order sent, and pushes the diagnostics of those not open', async () => {
    const documents = [
      { uri: `${FOLDER}/a.post.md`, text: RISKY },
      { uri: `${FOLDER}/b.post.md`, text: CLEAN },
    ];
    const result = await client.connection.sendRequest<any>('postlint/checkFiles', { uris: documents.map((d) => d.uri), documents });
    assert.deepEqual(result.files.map((f: { uri: string }) => f.uri), documents.map((d) => d.uri));
    assert.equal(result.total, 2);
    const [a, b] = result.files;
    assert.equal(a.error, undefined);
    assert.ok(a.counts.error > 0, JSON.stringify(a.counts));
    assert.deepEqual([b.error, b.counts.error, b.counts.warning], [undefined, 0, 0]);
    const pushed = await client.diagnostics(documents[0].uri);
    assert.ok(codes(pushed).includes('patient-identifier') && codes(pushed).includes('hard-sell'), JSON.stringify(codes(pushed)));
  });

  it('prefers an open document\'s text to the text sent, and still refuses a URI sent without text', async () => {
    const uri = `${FOLDER}/open.post.md`;
    await client.open(uri, CLEAN);
    const result = await client.connection.sendRequest<any>('postlint/checkFiles', {
      uris: [uri, `${FOLDER}/missing.post.md`],
      documents: [{ uri, text: RISKY }, { uri: 42, text: 'not a URI' }],
    });
    assert.deepEqual([result.files[0].counts.error, result.files[0].counts.warning], [0, 0], 'the editor\'s text, not the sent one');
    assert.match(result.files[1].error, /^not checked: only files on disk and open documents/);
  });
});
