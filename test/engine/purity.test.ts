// The engine is pure: it imports nothing from vscode* and does no I/O, so the CLI, the
// language server and any future adapter can use it unchanged.
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const ENGINE = join(__dirname, '../../../server/src/engine');
const FORBIDDEN = /^(?:vscode.*|fs|node:fs.*|fs\/promises|path|node:path|child_process|node:child_process|net|node:net|http|https|node:https?|worker_threads|os|node:os|process|node:process)$/;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? sources(full) : name.endsWith('.ts') ? [full] : [];
  });
}

describe('engine purity', () => {
  const files = sources(ENGINE);
  it('finds the engine sources', () => assert.ok(files.length > 20));
  for (const file of files) {
    it(`${file.slice(ENGINE.length + 1)} imports no editor or I/O module`, () => {
      const text = readFileSync(file, 'utf8');
      const imports = [...text.matchAll(/(?:from\s+|require\(\s*|import\(\s*)['"]([^'"]+)['"]/g)].map((m) => m[1]);
      const bad = imports.filter((i) => FORBIDDEN.test(i));
      assert.deepEqual(bad, []);
      assert.doesNotMatch(text, /\bprocess\.(?:env|cwd|stdout|stderr|exit)\b|console\.(?:log|error|warn)/, 'no process or console access');
    });
  }
});
