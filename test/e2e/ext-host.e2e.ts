// Runs the extension-host mocha suite (test/suite/, the one @vscode/test-electron runs where
// VS Code can be downloaded) unchanged inside the real code-server workbench, through the
// workbench URL's `payload` (extensionDevelopmentPath + extensionTestsPath), as VS Code's own
// web integration tests do. Its output and exit code come back through exposed functions.

import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import { ROOT, Workbench } from './workbench';

/** The workbench's own start-up messages, which reach the same console as the suite's. */
const WORKBENCH_CHATTER = /^(Resolving connection token|Resolved connection token|Creating a socket|Ignoring fetching additional builtin|\[Service Worker\]|ChatSessionStore|Updating additional builtin|Started local extension host|\s*$)/;

describe('extension-host suite inside the real workbench', function () {
  this.timeout(300_000);
  let bench: Workbench;

  before(async () => {
    bench = new Workbench({ workspaceFixture: join(ROOT, 'test/fixtures/ext-workspace'), installVsix: false });
    await bench.start();
  });

  after(async () => {
    await bench?.stop();
  });

  it('passes (failures fail this run)', async function () {
    const remote = (path: string) => `vscode-remote://127.0.0.1:${bench.port}${path}`;
    const payload = [
      ['extensionDevelopmentPath', remote(ROOT)],
      ['extensionTestsPath', remote(join(ROOT, 'out/test/suite/index.js'))],
      ['skipWelcome', 'true'],
    ];
    const context = await bench.browser!.newContext();
    const page = await context.newPage();
    const output: string[] = [];
    const exitCode = new Promise<number>((resolve) => {
      void page.exposeFunction('codeAutomationExit', (code: number) => resolve(code));
    });
    await page.exposeFunction('codeAutomationLog', (_type: string, args: unknown[]) => {
      // printf-style arguments from the suite's console
      const [format, ...rest] = Array.isArray(args) ? args : [String(args)];
      let i = 0;
      const line = String(format).replace(/%[sdifoOc]/g, () => String(rest[i++] ?? ''));
      output.push(line);
      if (!WORKBENCH_CHATTER.test(line)) console.log(`      | ${line}`); // all of it goes in the failure message
    });
    await page.goto(bench.url(`&payload=${encodeURIComponent(JSON.stringify(payload))}`));
    const code = await exitCode;
    if (code !== 0) {
      const dir = await bench.keepArtifacts('extension-host-suite');
      console.log(`    screenshots and logs kept in ${dir}`);
    }
    assert.equal(code, 0, `the extension-host suite failed:\n${output.slice(-40).join('\n')}`);
    assert.ok(output.some((l) => /passing/.test(l)), 'the suite reported its tests');
  });
});
