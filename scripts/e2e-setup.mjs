// Installs what the real-editor tests need, if missing, from Debian packages and the npm
// registry only: Chromium (headless browser), ripgrep and the Kerberos headers
// (code-server's native build), and code-server (a real VS Code workbench) into a cache
// folder kept between runs. Nothing else is downloaded.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const CODE_SERVER_VERSION = '4.100.3'; // newest release that runs on Node 20 (VS Code 1.100.3)
const ROOT = resolve(import.meta.dirname, '..');
export const CACHE = process.env.POSTLINT_E2E_CACHE ?? join(ROOT, '.e2e-cache');
export const CODE_SERVER_DIR = join(CACHE, `code-server-${CODE_SERVER_VERSION}`);
export const CODE_SERVER_BIN = join(CODE_SERVER_DIR, 'node_modules', '.bin', 'code-server');

function log(message) {
  console.log(`[e2e-setup] ${message}`);
}

function have(cmd) {
  return spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
}

function dpkgInstalled(pkg) {
  return spawnSync('dpkg', ['-s', pkg], { stdio: 'ignore' }).status === 0;
}

function ensureSystemPackages() {
  const missing = [];
  if (!existsSync('/usr/bin/chromium')) missing.push('chromium');
  if (!have('rg')) missing.push('ripgrep');
  if (!dpkgInstalled('libkrb5-dev')) missing.push('libkrb5-dev');
  if (!missing.length) return log('system packages present (chromium, ripgrep, libkrb5-dev)');
  log(`installing Debian packages: ${missing.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', ...missing], { stdio: 'inherit', env });
}

function ensureCodeServer() {
  if (existsSync(CODE_SERVER_BIN)) return log(`code-server ${CODE_SERVER_VERSION} cached in ${CODE_SERVER_DIR}`);
  log(`installing code-server@${CODE_SERVER_VERSION} from the npm registry into ${CODE_SERVER_DIR} (about a minute)`);
  rmSync(CODE_SERVER_DIR, { recursive: true, force: true });
  mkdirSync(CODE_SERVER_DIR, { recursive: true });
  writeFileSync(join(CODE_SERVER_DIR, 'package.json'), JSON.stringify({ name: 'postlint-e2e-tools', private: true }));
  // @vscode/ripgrep would download rg from GitHub; it first looks in this cache folder,
  // so we hand it Debian's rg packed the way it expects.
  const tmp = join(CODE_SERVER_DIR, 'tmp');
  const rgCache = join(tmp, 'vscode-ripgrep-cache-1.15.11');
  mkdirSync(rgCache, { recursive: true });
  const rgPath = execFileSync('sh', ['-c', 'command -v rg']).toString().trim();
  execFileSync('sh', ['-c', `cp "${rgPath}" "${tmp}/rg" && tar -C "${tmp}" -czf "${rgCache}/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz" rg && rm "${tmp}/rg"`]);
  execFileSync('npm', ['install', '--no-save', '--dangerously-allow-all-scripts', `code-server@${CODE_SERVER_VERSION}`], {
    cwd: CODE_SERVER_DIR,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: {
      ...process.env,
      TMPDIR: tmp,
      // code-server's postinstall refuses root without this, and runs `npx node-gyp`.
      npm_config_unsafe_perm: 'true',
      npm_config_yes: 'true',
    },
  });
  if (!existsSync(CODE_SERVER_BIN)) throw new Error('code-server did not install (see the npm output above)');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  ensureSystemPackages();
  ensureCodeServer();
}
