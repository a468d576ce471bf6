// The server's own UTF-8 count (the web build has no Buffer): the size Node would write, so a
// post is skipped as too large in the browser exactly when the CLI skips its file.

import * as assert from 'node:assert/strict';
import { utf8Length } from '../../server/src/lsp/checker';

describe('language server: UTF-8 size of a text', () => {
  const texts = ['', 'plain words', 'café', '€ 20', 'emoji 👍🏽 and 🇫🇷', 'lone high \ud83d', '\udc4d lone low', 'high at the end \ud83d', 'mixed é€👍\u0000'];
  for (const text of texts) {
    it(`counts ${JSON.stringify(text)} as Node's Buffer does`, () => {
      assert.equal(utf8Length(text), Buffer.byteLength(text, 'utf8'));
    });
  }
});
