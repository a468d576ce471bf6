// The VS Code extension as it ships: the .vsix that `npm run package` makes (vsce, with the
// repository's .vscodeignore), opened and its files listed. It must hold what the installed
// extension uses and nothing else: not the CLI bundle, source maps, sources, tests or fixtures.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '../../..');
/**
 * Bytes the extension may take unpacked, besides wink's English model (dist/model.js, and its copy
 * in dist/web/server.js): two builds (Node and browser) of the client and of the server, about
 * 0.55 and 0.9 MB each, the docs and the images. Was 2 MB with the Node builds only, then 3.5 MB
 * with the browser builds; each server now also holds the 80 KB list of first names that
 * patient-story reads (shared/given-names.ts), then 3.7 MB as the readings and their docs grow
 * (a few KB a session; the download stays under MAX_VSIX).
 */
const MAX_UNPACKED_WITHOUT_MODEL = 3_700_000;
/** Bytes the .vsix may take (compressed): what a user downloads, in vscode.dev too. */
const MAX_VSIX = 4_000_000;
const BUNDLES = ['extension.js', 'server.js', 'model.js', 'web/extension.js', 'web/server.js'];

interface ZipEntry {
  path: string;
  size: number;
}

/** The entries of a zip file (name and uncompressed size), from its central directory. */
export function zipEntries(zip: Buffer): ZipEntry[] {
  let end = zip.length - 22; // the end-of-central-directory record, before a comment of up to 64 KB
  while (end >= 0 && zip.readUInt32LE(end) !== 0x06054b50) end--;
  if (end < 0) throw new Error('not a zip file');
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error(`bad central directory entry ${i}`);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    entries.push({ path: zip.toString('utf8', at + 46, at + 46 + nameLength), size: zip.readUInt32LE(at + 24) });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

describe('the VS Code extension package (.vsix)', function () {
  this.timeout(60_000);
  const scratch = mkdtempSync(join(tmpdir(), 'postlint-vsix-'));
  after(() => rmSync(scratch, { recursive: true, force: true }));
  let entries: ZipEntry[] = [];
  let vsixBytes = 0;

  before(() => {
    for (const f of BUNDLES) {
      if (!existsSync(join(ROOT, 'dist', f))) throw new Error(`dist/${f} is missing: run "npm run build" first (npm test does).`);
    }
    // What `npm run package` runs, with the same options, but without vsce's prepublish step
    // (`npm run build`): npm test has just built dist/. vsce's own output is kept out of the log.
    const packagePath = join(scratch, 'postlint.vsix');
    const vsce = require.resolve('@vscode/vsce/out/package.js', { paths: [ROOT] });
    const options = { cwd: ROOT, packagePath, dependencies: false, allowMissingRepository: true, rewriteRelativeLinks: false };
    const script = `require(${JSON.stringify(vsce)}).pack(${JSON.stringify(options)}).catch((e) => { console.error(e.message); process.exit(1); })`;
    const pack = spawnSync(process.execPath, ['-e', script], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(pack.status, 0, `vsce could not package the extension:\n${pack.stdout}\n${pack.stderr}`);
    const zip = readFileSync(packagePath);
    vsixBytes = zip.length;
    entries = zipEntries(zip);
  });

  it('holds exactly what the extension uses: its bundles and the model, the grammar, the .postlintrc.json schema, the rule docs, README, LICENSE and icon', () => {
    const docs = (dir: string, ext: string) =>
      readdirSync(join(ROOT, dir))
        .filter((f) => f.endsWith(ext))
        .map((f) => `extension/${dir}/${f}`);
    const expected = [
      '[Content_Types].xml',
      'extension.vsixmanifest',
      'extension/package.json',
      'extension/readme.md', // vsce's names for README.md and LICENSE
      'extension/LICENSE.txt',
      'extension/dist/extension.js',
      'extension/dist/server.js',
      'extension/dist/model.js',
      'extension/dist/web/extension.js',
      'extension/dist/web/server.js',
      'extension/syntaxes/postmd.tmLanguage.json',
      'extension/language-configuration.json',
      'extension/schemas/postlintrc.schema.json',
      'extension/images/icon.png',
      'extension/docs/editors.md',
      ...docs('docs/rules', '.md'),
      ...docs('docs/images', '.png'),
    ].sort();
    assert.deepEqual(entries.map((e) => e.path).sort(), expected);
    // The bundles as built, byte for byte in size.
    for (const f of BUNDLES) {
      assert.equal(entries.find((e) => e.path === `extension/dist/${f}`)!.size, statSync(join(ROOT, 'dist', f)).size, f);
    }
  });

  it('leaves out the CLI bundle, source maps, sources, tests, fixtures and the repository tooling', () => {
    const unwanted = /^extension\/(dist\/cli\.js|.*\.map$|.*\.ts$|server\/|client\/|test\/|out\/|scripts\/|bench\/|samples\/|node_modules\/|action\.yml|\.pre-commit-hooks\.yaml|\.npmignore|\.vscodeignore|tsconfig\.json|package-lock\.json|CONTRIBUTING\.md)/;
    for (const e of entries) assert.doesNotMatch(e.path, unwanted);
  });

  it('points package.json at files it ships: main, browser, the grammar, the language configuration and the icon', () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    const paths = new Set(entries.map((e) => e.path));
    const declared = [manifest.main, manifest.browser, manifest.icon, ...manifest.contributes.grammars.map((g: { path: string }) => g.path), ...manifest.contributes.languages.filter((l: { configuration?: string }) => l.configuration).map((l: { configuration: string }) => l.configuration)];
    for (const p of declared) assert.ok(paths.has(`extension/${p.replace(/^\.\//, '')}`), p);
    // The client starts the language server from dist/server.js, which loads the model from beside itself.
    assert.ok(paths.has('extension/dist/server.js') && paths.has('extension/dist/model.js'));
    // The browser entry starts the language server in a web worker from dist/web/server.js.
    assert.ok(paths.has('extension/dist/web/server.js'));
  });

  it('stays under 3.7 MB unpacked besides the model, and under 4 MB to download', () => {
    const model = entries.find((e) => e.path === 'extension/dist/model.js')!.size;
    // The web server bundles the model inline (a web worker cannot load dist/model.js): one more copy of it.
    const size = entries.filter((e) => e.path !== 'extension/dist/model.js').reduce((n, e) => n + e.size, 0) - model;
    assert.ok(size < MAX_UNPACKED_WITHOUT_MODEL, `${size} bytes unpacked besides the model`);
    assert.ok(vsixBytes < MAX_VSIX, `${vsixBytes} bytes packed`);
    console.log(`      .vsix: ${(vsixBytes / 1e6).toFixed(2)} MB, ${(entries.reduce((n, e) => n + e.size, 0) / 1e6).toFixed(2)} MB unpacked, ${(size / 1e6).toFixed(2)} MB without the model's two copies`);
  });
});
