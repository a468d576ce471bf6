// Paths and file: URIs, which the server turns into each other for every post it checks (and
// remembers): the round trip must give back the path for any name a writer may choose.
import * as assert from 'node:assert/strict';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pathToUri, uriToPath } from '../../server/src/lsp/files';

describe('pathToUri / uriToPath', () => {
  const names = ['plain.post.md', 'a b #1?.post.md', 'café ü 😀.post.md', '100%.post.md', '診療.post.md'];
  for (const name of names) {
    it(`gives back the path of ${JSON.stringify(name)}`, () => {
      const p = resolve(join('/tmp/postlint folder', name));
      const uri = pathToUri(p);
      assert.ok(uri.startsWith('file:'));
      assert.equal(uriToPath(uri), p);
      assert.equal(fileURLToPath(uri), p, 'the same path the URL parser gives');
    });
  }

  it('is undefined for URIs that are not files', () => {
    assert.equal(uriToPath('untitled:Untitled-1'), undefined);
    assert.equal(uriToPath('vscode-vfs://github/x/y.post.md'), undefined);
  });
});
