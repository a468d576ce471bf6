// The GitHub Action (action.yml): its shell steps, taken from the file, run the way the Actions
// runner runs them (bash -e -o pipefail, inputs and step outputs through the environment and
// $GITHUB_OUTPUT) on a fixture repository. The upload step (github/codeql-action) is GitHub's
// own and is not run here.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { parseAnnotations } from './github-annotations';
import { post, requireBuiltCli, ROOT, tempFolder } from './helpers';

interface Step {
  id?: string;
  shell?: string;
  run?: string;
  uses?: string;
  env?: Record<string, string>;
}

const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, { default: string }>; runs: { using: string; steps: Step[] } };

/** Runs the action's shell steps in `repo` with these inputs; returns each step's result and outputs. */
function runAction(repo: string, inputs: Record<string, string> = {}) {
  const values: Record<string, string> = {};
  for (const [name, spec] of Object.entries(action.inputs)) values[name] = inputs[name] ?? spec.default;
  const outputs: Record<string, Record<string, string>> = {};
  const results: { id: string; code: number | null; stdout: string; stderr: string }[] = [];
  const expand = (s: string) =>
    s.replace(/\$\{\{\s*(inputs|steps)\.([\w-]+)(?:\.outputs\.([\w-]+))?\s*\}\}/g, (_, kind: string, name: string, output: string) =>
      kind === 'inputs' ? values[name] : (outputs[name]?.[output] ?? ''),
    );
  for (const step of action.runs.steps) {
    if (!step.run) continue;
    const outputFile = join(repo, `.github-output-${step.id}`);
    writeFileSync(outputFile, '');
    const env: Record<string, string | undefined> = { ...process.env, GITHUB_ACTION_PATH: ROOT, GITHUB_OUTPUT: outputFile, GITHUB_ACTIONS: 'true' };
    delete env.FORCE_COLOR;
    for (const [k, v] of Object.entries(step.env ?? {})) env[k] = expand(v);
    assert.equal(step.shell, 'bash');
    // The runner's command line for `shell: bash`.
    const r = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', step.run], { cwd: repo, env, encoding: 'utf8' });
    outputs[step.id!] = Object.fromEntries(
      readFileSync(outputFile, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
    );
    results.push({ id: step.id!, code: r.status, stdout: r.stdout, stderr: r.stderr });
    if (r.status !== 0) break;
  }
  return { results, outputs, check: results.find((r) => r.id === 'check') };
}

describe('the GitHub Action (action.yml)', function () {
  this.timeout(60_000);
  before(requireBuiltCli);
  const folders: { cleanup(): void }[] = [];
  const repo = (files: Record<string, string>) => {
    const f = tempFolder(files);
    folders.push(f);
    return f.dir;
  };
  after(() => folders.forEach((f) => f.cleanup()));

  it('is a composite action whose last step uploads the SARIF only when asked', () => {
    assert.equal(action.runs.using, 'composite');
    const upload = action.runs.steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif'));
    assert.ok(upload);
    assert.equal(action.inputs['upload-sarif'].default, 'false');
  });

  it('annotates the findings, writes the SARIF and fails on errors', () => {
    const dir = repo({
      '.postlintrc.json': JSON.stringify({ rules: { 'reading-level': 'off' } }),
      'calendar/2026-12/flu.post.md': post('x', 'Flu shots are here, book now!'),
      'calendar/2026-12/phone.post.md': post('x', 'Call 555-201-4433 to ask Maria Lopez, our patient, about it.'),
      'calendar/2026-12/clean.post.md': post('x', 'Flu season is here. What questions do you have about the vaccine?'),
    });
    const { results, outputs, check } = runAction(dir);
    assert.equal(results[0].code, 0, results[0].stderr);
    assert.match(results[0].stdout, /^Postlint \d+\.\d+\.\d+ from /m);
    assert.equal(check?.code, 1, check?.stderr);
    const { annotations } = parseAnnotations(check!.stdout);
    const sell = annotations.find((a) => a.properties.title === 'Postlint: hard-sell');
    assert.deepEqual(sell && [sell.command, sell.properties.file, sell.properties.line, sell.properties.col], ['warning', 'calendar/2026-12/flu.post.md', '4', '21']);
    const identifiers = annotations.filter((a) => a.properties.title === 'Postlint: patient-identifier');
    assert.ok(identifiers.length >= 1);
    for (const a of identifiers) {
      assert.equal(a.command, 'error');
      assert.equal(a.properties.file, 'calendar/2026-12/phone.post.md');
    }
    assert.equal(annotations.filter((a) => a.properties.file?.endsWith('clean.post.md')).length, 0);

    assert.equal(outputs.check['sarif-file'], 'postlint.sarif');
    const sarif = JSON.parse(readFileSync(join(dir, 'postlint.sarif'), 'utf8'));
    assert.equal(sarif.version, '2.1.0');
    const uris = new Set(sarif.runs[0].results.map((r: any) => r.locations[0].physicalLocation.artifactLocation.uri));
    assert.deepEqual([...uris].sort(), ['calendar/2026-12/flu.post.md', 'calendar/2026-12/phone.post.md']);
  });

  it('passes with warnings, fails with more than max-warnings, and takes paths and a sarif-file', () => {
    const dir = repo({
      '.postlintrc.json': JSON.stringify({ rules: { 'reading-level': 'off' } }),
      'posts/flu.post.md': post('x', 'Flu shots are here, book now!'),
      'drafts/phone.post.md': post('x', 'Call 555-201-4433 to ask Maria Lopez, our patient, about it.'),
    });
    const passing = runAction(dir, { paths: 'posts/*.post.md', 'sarif-file': 'reports/postlint.sarif' });
    assert.equal(passing.check?.code, 0, passing.check?.stderr);
    assert.ok(!passing.check!.stdout.includes('phone.post.md'), 'only the posts named by paths');
    assert.ok(existsSync(join(dir, 'reports/postlint.sarif')));
    const strict = runAction(dir, { paths: 'posts', 'max-warnings': '0' });
    assert.equal(strict.check?.code, 1);
    assert.match(strict.check!.stderr, /more than the 0 allowed by --max-warnings/);
  });

  it('stops with exit 2 and the reason on a broken settings file, without a SARIF file', () => {
    const dir = repo({ '.postlintrc.json': '{ "rules": { "hard-sell": "loud" } }', 'a.post.md': post('x', 'Hello.') });
    const { check, outputs } = runAction(dir);
    assert.equal(check?.code, 2);
    assert.match(check!.stderr, /\.postlintrc\.json/);
    assert.equal(outputs.check['sarif-file'], undefined);
    assert.ok(!existsSync(join(dir, 'postlint.sarif')));
  });
});
