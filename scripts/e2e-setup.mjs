// Installs what the real-editor tests need, if missing, from Debian packages and the npm
// registry only: Chromium (headless browser), ripgrep, the Kerberos headers and a C++
// toolchain (code-server's native modules are built on install), and code-server (a real
// VS Code workbench) into a cache folder kept between runs. Nothing else is downloaded.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

export const CODE_SERVER_VERSION = '4.100.3'; // newest release that runs on Node 20 (VS Code 1.100.3)
const RIPGREP_CACHE = 'vscode-ripgrep-cache-1.15.11'; // @vscode/ripgrep's version in that release
const RIPGREP_TARBALL = 'ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz';
const ROOT = resolve(import.meta.dirname, '..');
export const CACHE = process.env.POSTLINT_E2E_CACHE ?? join(ROOT, '.e2e-cache');
export const CODE_SERVER_DIR = join(CACHE, `code-server-${CODE_SERVER_VERSION}`);
export const CODE_SERVER_BIN = join(CODE_SERVER_DIR, 'node_modules', '.bin', 'code-server');
/** Written last: a half-finished install (no network, a failed native build) is redone next time. */
const INSTALLED_MARK = join(CODE_SERVER_DIR, '.installed');
export const CHROMIUM = process.env.POSTLINT_E2E_CHROMIUM ?? '/usr/bin/chromium';

function log(message) {
  console.log(`[e2e-setup] ${message}`);
}

function have(cmd) {
  return spawnSync('sh', ['-c', `command -v "${cmd}"`], { stdio: 'ignore' }).status === 0;
}

function dpkgInstalled(pkg) {
  return spawnSync('dpkg-query', ['-W', '-f=${Status}', pkg], { encoding: 'utf8' }).stdout?.includes('install ok installed') ?? false;
}

function ensureSystemPackages() {
  const missing = [];
  if (!existsSync(CHROMIUM)) missing.push('chromium');
  if (!have('rg')) missing.push('ripgrep');
  if (!dpkgInstalled('libkrb5-dev')) missing.push('libkrb5-dev'); // kerberos' native build: gssapi/gssapi.h
  if (!have('make')) missing.push('make');
  if (!have('g++')) missing.push('g++');
  if (!have('python3')) missing.push('python3'); // node-gyp
  if (!missing.length) return log(`system packages present (${CHROMIUM}, rg, libkrb5-dev, make, g++, python3)`);
  if (!have('apt-get')) {
    throw new Error(`Missing for the real-editor tests: ${missing.join(', ')}. Install them with your package manager (this script knows apt-get only).`);
  }
  const root = process.getuid?.() === 0;
  if (!root && !have('sudo')) {
    throw new Error(`Missing for the real-editor tests: ${missing.join(', ')}. Run as root: apt-get install -y ${missing.join(' ')}`);
  }
  const run = (args) => execFileSync(root ? args[0] : 'sudo', root ? args.slice(1) : ['-E', ...args], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  log(`installing Debian packages: ${missing.join(' ')}`);
  run(['apt-get', 'update', '-qq']);
  run(['apt-get', 'install', '-y', '-qq', '--no-install-recommends', ...missing]);
}

function ensureCodeServer() {
  if (existsSync(INSTALLED_MARK) && existsSync(CODE_SERVER_BIN)) return log(`code-server ${CODE_SERVER_VERSION} cached in ${CODE_SERVER_DIR}`);
  const started = Date.now();
  log(`installing code-server@${CODE_SERVER_VERSION} from the npm registry into ${CODE_SERVER_DIR} (about a minute, ~280 MB)`);
  rmSync(CODE_SERVER_DIR, { recursive: true, force: true });
  mkdirSync(CODE_SERVER_DIR, { recursive: true });
  writeFileSync(join(CODE_SERVER_DIR, 'package.json'), JSON.stringify({ name: 'postlint-e2e-tools', private: true }));
  // @vscode/ripgrep would download rg from GitHub; it first looks in this cache folder (under
  // TMPDIR), so we hand it Debian's rg packed the way it expects.
  const tmp = join(CODE_SERVER_DIR, 'tmp');
  const rgCache = join(tmp, RIPGREP_CACHE);
  mkdirSync(rgCache, { recursive: true });
  const rgPath = execFileSync('sh', ['-c', 'command -v rg']).toString().trim();
  execFileSync('sh', ['-c', `cp "${rgPath}" "${tmp}/rg" && tar -C "${tmp}" -czf "${rgCache}/${RIPGREP_TARBALL}" rg && rm "${tmp}/rg"`]);
  const env = {
    ...process.env,
    TMPDIR: tmp,
    // code-server's postinstall refuses root without this, and runs `npx node-gyp`.
    npm_config_unsafe_perm: 'true',
    npm_config_yes: 'true',
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
  };
  // node-gyp downloads Node's headers from nodejs.org unless told where they are: use the
  // running Node's own (official builds and Debian's nodejs ship them under <prefix>/include/node).
  const prefix = dirname(dirname(process.execPath));
  if (!env.npm_config_nodedir && existsSync(join(prefix, 'include', 'node', 'node.h'))) env.npm_config_nodedir = prefix;
  // npm 11 runs dependencies' install scripts only when allowed; this folder holds nothing
  // but code-server, whose scripts build its native modules.
  execFileSync('npm', ['install', '--no-save', '--no-package-lock', '--dangerously-allow-all-scripts', `code-server@${CODE_SERVER_VERSION}`], {
    cwd: CODE_SERVER_DIR,
    stdio: ['ignore', 'inherit', 'inherit'],
    env,
  });
  if (!existsSync(CODE_SERVER_BIN)) throw new Error('code-server did not install (see the npm output above)');
  rmSync(tmp, { recursive: true, force: true });
  writeFileSync(INSTALLED_MARK, `${new Date().toISOString()}\n`);
  log(`code-server installed in ${Math.round((Date.now() - started) / 1000)} s`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  ensureSystemPackages();
  ensureCodeServer();
}
