// The npm package as a team installs it: `npm pack`, then `npm install --offline` of the
// tarball into a fresh folder (no other package may be needed, so no registry), then the
// installed `postlint` and `postlint-language-server` run on the team's own posts and settings.
import * as assert from 'node:assert/strict';
import { spawn, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter, type PublishDiagnosticsParams } from 'vscode-languageserver-protocol/node';
import { post, requireBuiltCli, ROOT, tempFolder } from './helpers';

/** Bytes the npm package may take unpacked, besides wink's English model (dist/model.js). */
const MAX_UNPACKED_WITHOUT_MODEL = 3_000_000;
const INSTALL_SCRIPTS = ['preinstall', 'install', 'postinstall', 'prepare', 'prepublish'];

const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const NPX = process.platform === 'win32' ? 'npx.cmd' : 'npx';

function run(cmd: string, args: string[], cwd: string): SpawnSyncReturns<string> {
  // npm_config_offline: nothing may come from the registry; no update check, no funding or audit lines.
  const env: Record<string, string | undefined> = { ...process.env, npm_config_offline: 'true', npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false' };
  for (const k of Object.keys(env)) if (/^npm_(lifecycle|package)_/.test(k)) delete env[k];
  delete env.FORCE_COLOR;
  const result = spawnSync(cmd, args, { cwd, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.error) throw result.error;
  return result;
}

interface PackedFile {
  path: string;
  size: number;
}

describe('the npm package, installed offline from its tarball', function () {
  this.timeout(120_000);
  before(requireBuiltCli);
  const scratch = mkdtempSync(join(tmpdir(), 'postlint-pack-'));
  let tarball = '';
  let files: PackedFile[] = [];
  let team = '';
  after(() => rmSync(scratch, { recursive: true, force: true }));

  before(() => {
    // npm test has just built dist/; --ignore-scripts keeps `prepack` from building it again.
    const pack = run(NPM, ['pack', '--json', '--ignore-scripts', '--pack-destination', scratch], ROOT);
    assert.equal(pack.status, 0, pack.stderr);
    const [info] = JSON.parse(pack.stdout) as { filename: string; files: PackedFile[] }[];
    tarball = join(scratch, info.filename);
    files = info.files;

    const setup = tempFolder({
      'package.json': JSON.stringify({ name: 'team-posts', version: '1.0.0', private: true }),
      '.postlintrc.json': JSON.stringify({ defaultPlatform: 'instagram', rules: { 'reading-level': 'off' } }),
      'posts/2026-12-01-flu.post.md': post('instagram', 'Flu season is here. What questions do you have about this year\'s vaccine? Ask us in the comments.'),
    });
    team = setup.dir;
    const install = run(NPM, ['install', '--offline', '--no-audit', '--no-fund', '--save-dev', tarball], team);
    assert.equal(install.status, 0, `npm install failed:\n${install.stdout}\n${install.stderr}`);
    // No build step and no install script: npm warns about none.
    assert.doesNotMatch(install.stdout + install.stderr, /install script|prepare|ERR|WARN/i);
  });
  after(() => team && rmSync(team, { recursive: true, force: true }));

  it('ships exactly the bundles, the rule docs, docs/editors.md, README and LICENSE, under 3 MB unpacked besides the model', () => {
    // .npmignore is an allowlist; npm adds package.json, README, LICENSE and "main" (the VS Code
    // client, dist/extension.js) of its own. Nothing of the extension's besides, no source maps.
    const rules = readdirSync(join(ROOT, 'docs/rules')).filter((f) => f.endsWith('.md')).map((f) => `docs/rules/${f}`);
    const expected = ['LICENSE', 'README.md', 'dist/cli.js', 'dist/extension.js', 'dist/model.js', 'dist/server.js', 'docs/editors.md', ...rules, 'package.json', 'schemas/postlintrc.schema.json'].sort();
    assert.deepEqual(files.map((f) => f.path).sort(), expected);
    // Each file as built or written, byte for byte in size.
    for (const f of files) if (f.path !== 'package.json') assert.equal(f.size, statSync(join(ROOT, f.path)).size, f.path);
    const size = (filter: (f: PackedFile) => boolean) => files.filter(filter).reduce((n, f) => n + f.size, 0);
    const withoutModel = size((f) => f.path !== 'dist/model.js');
    assert.ok(withoutModel < MAX_UNPACKED_WITHOUT_MODEL, `${withoutModel} bytes unpacked besides the model`);
    console.log(`      package: ${(size(() => true) / 1e6).toFixed(2)} MB unpacked, ${(withoutModel / 1e6).toFixed(2)} MB without the model`);
  });

  it('needs nothing at run time: no dependencies, no install scripts, Node 20 or later', () => {
    const installed = JSON.parse(readFileSync(join(team, 'node_modules/postlint/package.json'), 'utf8'));
    assert.equal(installed.dependencies, undefined);
    for (const s of INSTALL_SCRIPTS) assert.equal(installed.scripts?.[s], undefined, s);
    assert.equal(installed.engines.node, '>=20');
    assert.deepEqual(installed.bin, { postlint: 'dist/cli.js', 'postlint-language-server': 'dist/server.js' });
    // Only postlint itself was installed.
    const lock = JSON.parse(readFileSync(join(team, 'package-lock.json'), 'utf8'));
    assert.deepEqual(Object.keys(lock.packages).filter((p) => p), ['node_modules/postlint']);
  });

  it('npx postlint: exit 0 on a clean calendar', () => {
    const clean = run(NPX, ['postlint'], team);
    assert.equal(clean.status, 0, clean.stdout + clean.stderr);
    assert.match(clean.stdout, /1 post checked: no problems found/);
  });

  it('npx postlint: findings and exit 1 for a post with an error, exit 2 for a broken configuration', () => {
    const dir = tempFolder({
      'package.json': '{}',
      '.postlintrc.json': JSON.stringify({ defaultPlatform: 'x' }),
      'bad.post.md': post('x', 'Call 555-201-4433 and ask for Maria Lopez, our patient from room 12. Guaranteed results, book now!'),
    });
    try {
      // The team's folder has the package; a second folder uses it by path.
      const cli = join(team, 'node_modules/.bin/postlint');
      const bad = run(cli, [], dir.dir);
      assert.equal(bad.status, 1, bad.stderr);
      assert.match(bad.stdout, /bad\.post\.md/);
      for (const rule of ['patient-identifier', 'overpromise', 'hard-sell']) assert.match(bad.stdout, new RegExp(`\\b${rule}\\b`));

      const sarif = run(cli, ['--format', 'sarif'], dir.dir);
      assert.equal(sarif.status, 1);
      const log = JSON.parse(sarif.stdout);
      assert.equal(log.version, '2.1.0');
      const results = log.runs[0].results as { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[];
      assert.ok(results.some((r) => r.ruleId === 'patient-identifier'));
      assert.ok(results.every((r) => r.locations[0].physicalLocation.artifactLocation.uri === 'bad.post.md'));

      const broken = tempFolder({ '.postlintrc.json': '{ "rules": { "hard-sell": "loud" } }', 'a.post.md': post('x', 'Hello.') });
      try {
        const config = run(cli, [], broken.dir);
        assert.equal(config.status, 2);
        assert.match(config.stderr, /\.postlintrc\.json/);
        assert.match(config.stderr, /hard-sell/);
      } finally {
        broken.cleanup();
      }
    } finally {
      dir.cleanup();
    }
  });

  it('postlint-language-server answers over stdio and publishes findings', async () => {
    const server = join(team, 'node_modules/.bin/postlint-language-server');
    assert.ok(existsSync(server));
    const child = spawn(server, ['--stdio'], { cwd: team, stdio: ['pipe', 'pipe', 'inherit'] });
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    const uri = pathToFileURL(join(team, 'posts/new.post.md')).href;
    const published = new Promise<PublishDiagnosticsParams>((resolve) =>
      connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
        if (p.uri === uri && p.diagnostics.length) resolve(p);
      }),
    );
    connection.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => null));
    connection.onRequest('client/registerCapability', () => null);
    connection.onRequest('window/workDoneProgress/create', () => null);
    connection.listen();
    try {
      await connection.sendRequest('initialize', { processId: process.pid, rootUri: pathToFileURL(team).href, capabilities: {}, workspaceFolders: [{ uri: pathToFileURL(team).href, name: 'team' }] });
      connection.sendNotification('initialized', {});
      connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'postmd', version: 1, text: post('instagram', 'Miracle cure, guaranteed results!') } });
      const p = await published;
      assert.ok(p.diagnostics.some((d) => d.code === 'overpromise'), JSON.stringify(p.diagnostics.map((d) => d.code)));
      await connection.sendRequest('shutdown');
      connection.sendNotification('exit');
    } finally {
      connection.dispose();
      child.kill();
    }
  });
});
