// Runs the extension-host suite (test/suite/) in a real VS Code with @vscode/test-electron.
// VS Code comes from VSCODE_EXECUTABLE when set, otherwise from the usual download (cached in
// .e2e-cache/vscode-test). Where neither is possible (an offline machine) it says so and exits 0:
// the same suite also runs inside code-server through `npm run test:e2e`.
//
//   npm run test:extension
//   VSCODE_EXECUTABLE=/path/to/code npm run test:extension

import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { downloadAndUnzipVSCode, runTests } from '@vscode/test-electron';

const ROOT = resolve(__dirname, '../..');
const FIXTURE = join(ROOT, 'test/fixtures/ext-workspace');

async function findVsCode(): Promise<string | undefined> {
  const fromEnv = process.env.VSCODE_EXECUTABLE;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`VSCODE_EXECUTABLE is set to ${fromEnv}, which does not exist.`);
    return fromEnv;
  }
  try {
    return await downloadAndUnzipVSCode({ cachePath: join(ROOT, '.e2e-cache', 'vscode-test'), timeout: 20_000 });
  } catch (error) {
    console.log(`(download failed: ${error instanceof Error ? error.message : String(error)})`);
    return undefined;
  }
}

async function main(): Promise<number> {
  const vscodeExecutablePath = await findVsCode();
  if (!vscodeExecutablePath) {
    console.log('skipped: no VS Code build available (set VSCODE_EXECUTABLE)');
    return 0;
  }
  // Tests edit and create files: run them on a copy of the fixture workspace.
  const home = mkdtempSync(join(tmpdir(), 'postlint-ext-'));
  const workspace = join(home, 'workspace');
  cpSync(FIXTURE, workspace, { recursive: true });
  try {
    await runTests({
      vscodeExecutablePath,
      extensionDevelopmentPath: ROOT,
      extensionTestsPath: join(ROOT, 'out/test/suite/index.js'),
      launchArgs: [
        workspace,
        '--disable-extensions',
        '--disable-workspace-trust',
        '--skip-welcome',
        '--skip-release-notes',
        '--user-data-dir',
        join(home, 'user-data'),
      ],
    });
    return 0;
  } catch (error) {
    console.error(`The extension-host suite failed: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
