// The extension's browser build (package.json "browser": dist/web/extension.js) as a web
// extension host loads it: a CommonJS module that may require only 'vscode', and that starts the
// language server from dist/web/server.js, which npm run build makes beside it.
import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '../../..');

describe('the extension\'s browser build (dist/web/extension.js)', () => {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

  it('is package.json\'s "browser" entry, beside the Node "main", and is built', () => {
    assert.equal(manifest.browser, './dist/web/extension.js');
    assert.equal(manifest.main, './dist/extension.js');
    for (const f of ['dist/web/extension.js', 'dist/web/server.js']) assert.ok(existsSync(join(ROOT, f)), `${f}: run "npm run build" first (npm test does)`);
  });

  it('requires nothing but the vscode API, so it runs with no Node', () => {
    const bundle = readFileSync(join(ROOT, 'dist/web/extension.js'), 'utf8');
    const required = new Set([...bundle.matchAll(/\brequire\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map((m) => m[1]));
    assert.deepEqual([...required], ['vscode']);
    assert.ok(!/\bprocess\.(pid|env|cwd|execPath)\b|\bBuffer\.from\b/.test(bundle), 'Node globals');
  });

  it('starts the language server\'s worker from dist/web/server.js', () => {
    const bundle = readFileSync(join(ROOT, 'dist/web/extension.js'), 'utf8');
    assert.ok(bundle.includes('"dist","web","server.js"'), 'the path of the worker script');
  });

  it('declares full support for virtual workspaces: posts, Check All Posts and .postlintrc.json are read through the editor there', () => {
    assert.deepEqual(manifest.capabilities.virtualWorkspaces, { supported: true });
    const bundle = readFileSync(join(ROOT, 'dist/web/extension.js'), 'utf8');
    assert.ok(bundle.includes('postlint/didChangeConfigFiles'), 'the web client sends the .postlintrc.json files');
  });
});
