// Writes schemas/postlintrc.schema.json, the JSON Schema of `.postlintrc.json`, from the rules'
// metadata (server/src/engine/config-schema.ts). Run by scripts/build.mjs, so `npm run build`, prepack
// and vscode:prepublish all ship a schema that matches the rules; test/engine/config-schema.test.ts
// fails when the committed file is stale.
import { build } from 'esbuild';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire, Module } from 'node:module';
import { dirname, join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
// The TypeScript sources, bundled in memory (dependencies left to node_modules): the schema is
// built from the same metadata the bundles are, without waiting for `tsc`.
const { outputFiles } = await build({
  stdin: {
    contents: "export { buildConfigSchema } from './server/src/engine/config-schema'; export { RULES } from './server/src/engine/rules';",
    resolveDir: root,
    sourcefile: 'config-schema-entry.ts',
    loader: 'ts',
  },
  bundle: true,
  write: false,
  platform: 'node',
  format: 'cjs',
  target: 'es2022',
  packages: 'external',
  logLevel: 'warning',
});
const filename = join(root, 'scripts/.config-schema.cjs'); // never written: names the module so its requires resolve from here
const mod = new Module(filename);
mod.filename = filename;
mod.paths = Module._nodeModulePaths(root);
mod.require = createRequire(filename);
mod._compile(outputFiles[0].text, filename);
const { buildConfigSchema, RULES } = mod.exports;

const out = join(root, 'schemas/postlintrc.schema.json');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify(buildConfigSchema(RULES), null, 2)}\n`);
