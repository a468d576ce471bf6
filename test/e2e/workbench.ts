// A real VS Code workbench for end-to-end tests: code-server (VS Code 1.100 server + web UI)
// on 127.0.0.1 with an isolated profile, our .vsix installed, driven in headless Debian
// Chromium through playwright-core. Every process started here runs in its own process
// group and is stopped with the group.

import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

export const ROOT = resolve(__dirname, '../../..');
const CODE_SERVER_VERSION = '4.100.3';
const CACHE = process.env.POSTLINT_E2E_CACHE ?? join(ROOT, '.e2e-cache');
const CODE_SERVER_BIN = join(CACHE, `code-server-${CODE_SERVER_VERSION}`, 'node_modules', '.bin', 'code-server');
export const ARTIFACTS = join(ROOT, '.e2e-artifacts');
/** Debian's Chromium (installed by scripts/e2e-setup.mjs), or another one. */
const CHROMIUM = process.env.POSTLINT_E2E_CHROMIUM ?? '/usr/bin/chromium';
/** Also the size of the README screenshots. */
const VIEWPORT = { width: 1280, height: 720 };

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

function findFiles(dir: string, wanted: (path: string) => boolean): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((rel) => join(dir, rel))
    .filter(wanted)
    .sort();
}

export function findVsix(): string {
  const vsix = readdirSync(ROOT).filter((f) => f.endsWith('.vsix'));
  if (!vsix.length) throw new Error('No .vsix in the repository root: run `npm run package` first.');
  return join(ROOT, vsix.sort().at(-1)!);
}

export interface WorkbenchOptions {
  /** Folder copied into a temporary workspace (so tests never change the repository). */
  workspaceFixture: string;
  /** Install the packaged extension (GUI scenarios) or not (extension-development runs). */
  installVsix: boolean;
  userSettings?: Record<string, unknown>;
}

export class Workbench {
  readonly home = mkdtempSync(join(tmpdir(), 'postlint-e2e-'));
  readonly workspace = join(this.home, 'workspace');
  port = 0;
  private server?: ChildProcess;
  private serverLog: string[] = [];
  private killOnExit?: () => void;
  browser?: Browser;

  constructor(private readonly options: WorkbenchOptions) {}

  private env(): NodeJS.ProcessEnv {
    const xdg = join(this.home, 'xdg');
    return {
      ...process.env,
      XDG_CONFIG_HOME: xdg,
      XDG_DATA_HOME: xdg,
      XDG_CACHE_HOME: xdg,
      XDG_STATE_HOME: xdg,
      // code-server leaves vscode-ipc-* sockets in TMPDIR.
      TMPDIR: join(this.home, 'tmp'),
      // No extension marketplace (code-server would ask open-vsx.org): the tests stay offline.
      EXTENSIONS_GALLERY: '{}',
    };
  }

  private dirs() {
    return ['--user-data-dir', join(this.home, 'data'), '--extensions-dir', join(this.home, 'extensions'), '--config', join(this.home, 'config.yaml')];
  }

  async start(): Promise<void> {
    if (!existsSync(CODE_SERVER_BIN)) throw new Error(`code-server is not installed at ${CODE_SERVER_BIN}: run \`node scripts/e2e-setup.mjs\`.`);
    for (const d of ['tmp', 'xdg', 'data/User', 'extensions']) mkdirSync(join(this.home, d), { recursive: true });
    cpSync(this.options.workspaceFixture, this.workspace, { recursive: true });
    writeFileSync(
      join(this.home, 'data/User/settings.json'),
      JSON.stringify({
        'workbench.startupEditor': 'none',
        'workbench.tips.enabled': false,
        'security.workspace.trust.enabled': false,
        'extensions.autoCheckUpdates': false,
        'extensions.autoUpdate': false,
        'telemetry.telemetryLevel': 'off',
        'editor.hover.delay': 300,
        // Desktop VS Code's default; the web workbench would otherwise save a second after every
        // change, so "save and see the file on disk" could not be tested.
        'files.autoSave': 'off',
        // The Postlint output then holds every request and answer, for failure logs (the fixture
        // posts are made up, so their text may be logged).
        'postlint.trace.server': 'verbose',
        ...this.options.userSettings,
      }),
    );
    if (this.options.installVsix) {
      const install = spawnSync(CODE_SERVER_BIN, [...this.dirs(), '--install-extension', findVsix()], { env: this.env(), encoding: 'utf8' });
      if (install.status !== 0) throw new Error(`Installing the .vsix failed:\n${install.stdout}\n${install.stderr}`);
    }
    this.server = spawn(
      CODE_SERVER_BIN,
      [
        '--bind-addr',
        '127.0.0.1:0', // a free port, chosen by the system (no race with other processes)
        '--auth',
        'none',
        '--disable-telemetry',
        '--disable-update-check',
        '--disable-workspace-trust',
        ...this.dirs(),
        this.workspace,
      ],
      { env: this.env(), detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    // If the test run ends without stop() (an exception, Ctrl+C through mocha), the group goes too.
    const pgid = this.server.pid!;
    this.killOnExit = () => {
      try {
        process.kill(-pgid, 'SIGKILL');
      } catch {
        // already gone
      }
    };
    process.once('exit', this.killOnExit);
    const keep = (chunk: Buffer) => {
      this.serverLog.push(chunk.toString());
      if (this.serverLog.length > 2000) this.serverLog.splice(0, 1000);
    };
    this.server.stdout!.on('data', keep);
    this.server.stderr!.on('data', keep);
    this.port = await this.waitForListening();
    const health = await fetch(`http://127.0.0.1:${this.port}/healthz`);
    if (!health.ok) throw new Error(`code-server's /healthz answered ${health.status}`);
    this.browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
  }

  /** Resolves with the port code-server reports it listens on (it picks a free one itself). */
  private waitForListening(): Promise<number> {
    return new Promise((resolve, reject) => {
      const server = this.server!;
      const fail = (why: string) => {
        cleanup();
        reject(new Error(`code-server did not start (${why}):\n${this.serverLog.join('').slice(-4000)}`));
      };
      const onData = () => {
        const m = /HTTP server listening on http:\/\/127\.0\.0\.1:(\d+)\//.exec(this.serverLog.join(''));
        if (m) {
          cleanup();
          resolve(Number(m[1]));
        }
      };
      const onExit = (code: number | null) => fail(`exited with ${code}`);
      const timer = setTimeout(() => fail('no "listening" line within 60 s'), 60_000);
      const cleanup = () => {
        clearTimeout(timer);
        server.stdout!.off('data', onData);
        server.stderr!.off('data', onData);
        server.off('exit', onExit);
      };
      server.stdout!.on('data', onData);
      server.stderr!.on('data', onData);
      server.once('exit', onExit);
      onData();
    });
  }

  url(extra = ''): string {
    return `http://127.0.0.1:${this.port}/?folder=${encodeURIComponent(this.workspace)}${extra}`;
  }

  /** Opens the workbench in a new browser page; `init` runs in the page before the workbench loads. */
  async openPage(extra = '', init?: () => void): Promise<Page> {
    const context = await this.browser!.newContext({ viewport: VIEWPORT });
    const page = await context.newPage();
    if (init) await page.addInitScript(init);
    await page.goto(this.url(extra));
    return page;
  }

  /** Saves the server log and a screenshot of every open page under .e2e-artifacts/<name>/. */
  async keepArtifacts(name: string): Promise<string> {
    const dir = join(ARTIFACTS, name.replace(/[^\w.-]+/g, '_'));
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'code-server.log'), this.serverLog.join(''));
    let i = 0;
    for (const context of this.browser?.contexts() ?? []) {
      for (const page of context.pages()) await page.screenshot({ path: join(dir, `page-${i++}.png`) }).catch(() => undefined);
    }
    // VS Code's logs live under the user-data folder; the extension's "Postlint" output channel
    // (the language server's log) is <logs>/<session>/exthost<N>/output_logging_<time>/<n>-Postlint.log.
    const logs = join(this.home, 'data', 'logs');
    if (existsSync(logs)) {
      cpSync(logs, join(dir, 'vscode-logs'), { recursive: true });
      const channels = findFiles(logs, (path) => /output_logging_[^/]+\/\d+-Postlint\.log$/.test(path));
      channels.forEach((file, i) => cpSync(file, join(dir, channels.length > 1 ? `postlint-output-${i + 1}.log` : 'postlint-output.log')));
    }
    return dir;
  }

  async stop(): Promise<void> {
    await this.browser?.close().catch(() => undefined);
    if (this.server?.pid) {
      try {
        process.kill(-this.server.pid, 'SIGTERM');
      } catch {
        // already gone
      }
      await new Promise<void>((done) => {
        if (this.server!.exitCode !== null || this.server!.signalCode !== null) return done();
        const timer = setTimeout(() => {
          try {
            process.kill(-this.server!.pid!, 'SIGKILL');
          } catch {
            // already gone
          }
          done();
        }, 5000);
        this.server!.once('exit', () => {
          clearTimeout(timer);
          done();
        });
      });
      // Children (file watchers, extension hosts) may outlive the main process.
      try {
        process.kill(-this.server.pid, 'SIGKILL');
      } catch {
        // the whole group is gone
      }
    }
    if (this.killOnExit) process.removeListener('exit', this.killOnExit);
    rmSync(this.home, { recursive: true, force: true });
  }
}
