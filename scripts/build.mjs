// Bundles the CLI, the language server and the VS Code client (Node and browser builds) with esbuild. Everything they
// run is bundled, so neither the npm package nor the .vsix needs a dependency at run time.
import { build } from 'esbuild';
import { chmodSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// mainFields: jsonc-parser's UMD build (its "main") requires its own files at run time, which a bundle cannot;
// its ESM build bundles cleanly.
// target es2022 (what Node 20 runs natively), not 'node20': with a node target esbuild rewrites
// regex literals such as /\p{L}/u into `new RegExp(...)` calls, which build a new RegExp on
// every call in the rules' hot loops.
// minify: the npm package must stay small (test/cli/package.test.ts holds its size); minified,
// the CLI and the server are about half their size. The source maps (not shipped) map
// profiles and stack traces back to the sources.
const common = { bundle: true, platform: 'node', target: 'es2022', sourcemap: true, minify: true, logLevel: 'warning', mainFields: ['module', 'main'] };

// wink's English model is megabytes of data that the CLI and the language server both need: it is
// bundled once, into dist/model.js, which both bundles require from beside themselves.
const MODEL = 'wink-eng-lite-web-model';
const sharedModel = {
  name: 'shared-model',
  setup(b) {
    b.onResolve({ filter: new RegExp(`^${MODEL}$`) }, () => ({ path: './model.js', external: true }));
  },
};

// The web build (dist/web/): the language server in a web worker. A browser has no file system:
// the Node modules that the server's file-system parts import resolve to a stand-in that
// throws (server/src/web/no-file-system.ts), and the language model is bundled in.
const noFileSystem = {
  name: 'no-file-system',
  setup(b) {
    b.onResolve({ filter: /^node:(fs|fs\/promises|path|url|crypto)$/ }, () => ({ path: fileURLToPath(new URL('../server/src/web/no-file-system.ts', import.meta.url)) }));
  },
};

await Promise.all([
  // fdir (under tinyglobby) is ESM and reads import.meta.url, which is empty in a CommonJS bundle.
  build({
    ...common,
    entryPoints: ['server/src/cli/main.ts'],
    outfile: 'dist/cli.js',
    plugins: [sharedModel],
    define: { 'import.meta.url': '__importMetaUrl' },
    banner: { js: "#!/usr/bin/env node\nvar __importMetaUrl = require('url').pathToFileURL(__filename).href;" },
  }),
  build({ ...common, entryPoints: ['server/src/lsp/main.ts'], outfile: 'dist/server.js', plugins: [sharedModel], banner: { js: '#!/usr/bin/env node' } }),
  build({
    ...common,
    stdin: { contents: `module.exports = require('${MODEL}');`, resolveDir: '.', sourcefile: 'model.js' },
    outfile: 'dist/model.js',
    format: 'cjs',
    sourcemap: false,
  }),
  build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'], format: 'cjs' }),
  build({ ...common, platform: 'browser', format: 'iife', entryPoints: ['server/src/web/server-main.ts'], outfile: 'dist/web/server.js', mainFields: ['browser', 'module', 'main'], plugins: [noFileSystem] }),
  // The extension's browser entry (package.json "browser"): CommonJS, as the web extension host loads it.
  build({ ...common, platform: 'browser', format: 'cjs', entryPoints: ['client/src/web/extension.ts'], outfile: 'dist/web/extension.js', external: ['vscode'], mainFields: ['browser', 'module', 'main'] }),
]);
for (const f of ['dist/cli.js', 'dist/server.js']) chmodSync(f, 0o755);

// The .postlintrc.json schema the extension contributes (jsonValidation), from the rules' metadata.
await import('./build-config-schema.mjs');
