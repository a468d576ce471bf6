// `--format github`: annotations for the GitHub Actions log, as workflow commands.
import * as assert from 'node:assert/strict';
import { RULE_IDS } from '../../server/src/engine';
import { escapeData, escapeProperty } from '../../server/src/cli/format-github';
import { parseAnnotations } from './github-annotations';
import { post, requireBuiltCli, runCli, tempFolder } from './helpers';

function onlyRules(ids: readonly string[]): string {
  const rules: Record<string, string> = {};
  for (const id of RULE_IDS) if (!ids.includes(id)) rules[id] = 'off';
  return JSON.stringify({ rules });
}

const CLEAN = 'Flu season is here. Questions about the vaccine? Ask us anytime.';
const SALESY = 'Flu shots are here, 20% off, book now!!!';
const BROKEN_FRONT_MATTER = '---\nplatform: [instagram\n---\nFlu season is here.\n';

describe('postlint --format github', function () {
  before(requireBuiltCli);
  const folders: { cleanup(): void }[] = [];
  const folder = (files: Record<string, string>) => {
    const f = tempFolder(files);
    folders.push(f);
    return f.dir;
  };
  after(() => folders.forEach((f) => f.cleanup()));

  it('escapes as the workflow-command format requires: %, CR and LF in messages, also ":" and "," in properties', () => {
    assert.equal(escapeData('50% off\r\nnow: a, b'), '50%25 off%0D%0Anow: a, b');
    assert.equal(escapeProperty('a:b,c%d\ne'), 'a%3Ab%2Cc%25d%0Ae');
    // Escaping "%" first: an escape already in the text is not read as one.
    assert.equal(escapeData('%0A'), '%250A');
  });

  it('prints one located annotation per finding, by severity, with the rule as title, then a summary line', () => {
    const dir = folder({
      '.postlintrc.json': onlyRules(['hard-sell', 'shouting', 'front-matter']),
      'posts/flu, shots: 2026.post.md': post('instagram', `Hello!\n${SALESY}`),
      'posts/broken.post.md': BROKEN_FRONT_MATTER,
      'posts/clean.post.md': post('x', CLEAN),
    });
    const run = runCli(['--format', 'github'], dir);
    assert.equal(run.code, 1, run.stderr);
    const { annotations, plain } = parseAnnotations(run.stdout);
    // Every line is a workflow command except the closing summary.
    assert.deepEqual(plain, ['Postlint: 3 posts checked: 1 error, 2 warnings, 1 note.']);

    const sells = annotations.filter((a) => a.properties.title === 'Postlint: hard-sell');
    assert.equal(sells.length, 2);
    for (const a of sells) {
      assert.equal(a.command, 'warning');
      // The file name's "," and ":" survive the round trip (escaped as %2C and %3A on the line).
      assert.equal(a.properties.file, 'posts/flu, shots: 2026.post.md');
      assert.equal(a.properties.line, '5');
      assert.equal(a.properties.endLine, '5');
    }
    // "20% off" at columns 21-27 of line 5; GitHub's endColumn is the last flagged column.
    const discount = sells.find((a) => a.properties.col === '21')!;
    assert.ok(discount, JSON.stringify(sells));
    assert.equal(discount.properties.endColumn, '27');
    assert.match(discount.message, /"20% off"/);
    assert.ok(run.stdout.includes('"20%25 off"'), 'the % in the message is escaped on the line');
    const book = sells.find((a) => a.properties.col === '30')!;
    assert.equal(book.properties.endColumn, '37');

    const broken = annotations.filter((a) => a.properties.file === 'posts/broken.post.md');
    assert.deepEqual(broken.map((a) => [a.command, a.properties.title]), [['error', 'Postlint: front-matter']]);
    assert.equal(broken[0].properties.line, '2');

    // A note (info or hint) is a ::notice.
    const shout = annotations.find((a) => a.properties.title === 'Postlint: shouting');
    assert.equal(shout?.command, 'notice');
    assert.equal(annotations.filter((a) => a.properties.file === 'posts/clean.post.md').length, 0);
    for (const a of annotations) assert.ok(!a.message.includes('\n'), 'one line per annotation');
  });

  it('names the folder of a calendar that is mostly promotion, without a file', () => {
    const files: Record<string, string> = { '.postlintrc.json': onlyRules(['hard-sell', 'promotion-share']) };
    for (let i = 0; i < 6; i++) files[`december/p${i}.post.md`] = post('facebook', i < 3 ? SALESY : CLEAN);
    const run = runCli(['--format', 'github'], folder(files));
    assert.equal(run.code, 0, run.stderr);
    const share = parseAnnotations(run.stdout).annotations.filter((a) => a.properties.title === 'Postlint: promotion-share');
    assert.equal(share.length, 1);
    assert.equal(share[0].command, 'warning');
    assert.equal(share[0].properties.file, undefined);
    assert.match(share[0].message, /^Posts in \.: 3 of 6 posts \(50 %\)/);
  });

  it('fails on more warnings than --max-warnings, and --quiet keeps only errors', () => {
    const dir = folder({ '.postlintrc.json': onlyRules(['hard-sell', 'front-matter']), 'a.post.md': post('x', SALESY), 'b.post.md': BROKEN_FRONT_MATTER });
    const quiet = runCli(['--format', 'github', '--quiet', 'a.post.md', 'b.post.md'], dir);
    assert.deepEqual(parseAnnotations(quiet.stdout).annotations.map((a) => a.command), ['error']);
    const warnings = runCli(['--format', 'github', 'a.post.md'], dir);
    assert.equal(warnings.code, 0);
    const tooMany = runCli(['--format', 'github', '--max-warnings', '1', 'a.post.md'], dir);
    assert.equal(tooMany.code, 1);
    assert.match(tooMany.stderr, /2 warnings, more than the 1 allowed by --max-warnings/);
  });

  it('prints the same annotations when the calendar is shared among worker threads', function () {
    this.timeout(120_000);
    const files: Record<string, string> = { '.postlintrc.json': onlyRules(['hard-sell']) };
    for (let i = 0; i < 900; i++) files[`p${String(i).padStart(3, '0')}.post.md`] = post('facebook', i % 3 ? CLEAN : SALESY);
    const dir = folder(files);
    const threaded = runCli(['--format', 'github'], dir, { POSTLINT_THREADS: '2' });
    const single = runCli(['--format', 'github'], dir, { POSTLINT_THREADS: '1' });
    assert.equal(threaded.stdout, single.stdout);
    assert.equal(parseAnnotations(single.stdout).annotations.length, 300 * 2);
  });
});
