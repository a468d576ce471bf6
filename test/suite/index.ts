// Entry point of the extension-host suite: VS Code (through @vscode/test-electron, or code-server
// through the workbench `payload`) loads this file inside the extension host and calls run().
// Mocha runs programmatically; the promise rejects when a test fails, which makes VS Code exit
// with a non-zero code.

import { readdirSync } from 'node:fs';
import { join } from 'node:path';
// eslint-disable-next-line @typescript-eslint/no-require-imports
import Mocha = require('mocha');

export function run(_testsRoot?: string, callback?: (error: unknown, failures?: number) => void): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', color: false, timeout: 60_000 });
  for (const file of readdirSync(__dirname).sort()) {
    if (file.endsWith('.test.js')) mocha.addFile(join(__dirname, file));
  }
  const done = new Promise<void>((resolve, reject) => {
    try {
      mocha.run((failures) => {
        if (failures > 0) reject(new Error(`${failures} extension test${failures === 1 ? '' : 's'} failed.`));
        else resolve();
      });
    } catch (error) {
      reject(error);
    }
  });
  if (callback) done.then(() => callback(null, 0), (error) => callback(error));
  return done;
}
