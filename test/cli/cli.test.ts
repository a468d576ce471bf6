// The `postlint` command, end to end: the built dist/cli.js run on temporary folders.
// Most folders carry a .postlintrc.json that turns every rule off except the ones a test
// is about, so these tests stay true as the other rules grow.
import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync, statSync, symlinkSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { GUIDELINE_TITLES, RULE_IDS, RULES } from '../../server/src/engine';
import { projectLinks } from '../../server/src/cli/constants';
import { parseJson, post, requireBuiltCli, ROOT, runCli, tempFolder, CLI, type JsonEntry } from './helpers';

/** A .postlintrc.json that leaves only these rules on. */
function onlyRules(ids: readonly string[], extra: Record<string, unknown> = {}): string {
  const rules: Record<string, string> = {};
  for (const id of RULE_IDS) if (!ids.includes(id)) rules[id] = 'off';
  return JSON.stringify({ rules, ...extra }, null, 2);
}

const CLEAN = 'Flu season is here. Questions about the vaccine? Ask us anytime.';
const SALESY = 'Flu shots are here, book now!';
const BROKEN_FRONT_MATTER = '---\nplatform: [instagram\n---\nFlu season is here.\n';

function byRule(entries: JsonEntry[]) {
  return entries.flatMap((e) => e.findings.map((f) => ({ file: e.filePath, ...f })));
}

describe('postlint CLI', function () {
  before(requireBuiltCli);
  const folders: { cleanup(): void }[] = [];
  const folder = (files: Record<string, string | Uint8Array>) => {
    const f = tempFolder(files);
    folders.push(f);
    return f.dir;
  };
  after(() => folders.forEach((f) => f.cleanup()));

  describe('exit codes', () => {
    it('0 when every post passes', () => {
      const dir = folder({ '.postlintrc.json': onlyRules(['hard-sell', 'front-matter']), 'a.post.md': post('instagram', CLEAN), 'b.post.md': post('x', CLEAN) });
      const run = runCli([], dir);
      assert.equal(run.code, 0, run.stderr);
      assert.match(run.stdout, /2 posts checked/);
    });

    it('0 when there are only warnings', () => {
      const dir = folder({ '.postlintrc.json': onlyRules(['hard-sell']), 'a.post.md': post('instagram', SALESY) });
      assert.equal(runCli([], dir).code, 0);
    });

    it('1 when a post has an error', () => {
      const dir = folder({ '.postlintrc.json': onlyRules(['front-matter']), 'a.post.md': BROKEN_FRONT_MATTER, 'b.post.md': post('x', CLEAN) });
      const run = runCli([], dir);
      assert.equal(run.code, 1);
      assert.match(run.stdout, /a\.post\.md/);
      assert.match(run.stdout, /front-matter/);
    });

    it('2 for an unknown option, a bad --format, a bad --max-warnings and a path that does not exist', () => {
      const dir = folder({ 'a.post.md': post('x', CLEAN) });
      for (const args of [['--frobnicate'], ['--format', 'xml'], ['--max-warnings', 'many'], ['--max-warnings', '-1'], ['nope.post.md']]) {
        const run = runCli(args, dir);
        assert.equal(run.code, 2, `${args.join(' ')} → ${run.code}`);
        assert.ok(run.stderr.length > 0, 'says what is wrong');
        assert.equal(run.stdout, '', 'prints no report');
      }
    });

    it('--help and --version exit 0', () => {
      const dir = folder({});
      const help = runCli(['--help'], dir);
      assert.equal(help.code, 0);
      assert.match(help.stdout, /--max-warnings/);
      const version = runCli(['--version'], dir);
      assert.equal(version.code, 0);
      assert.equal(version.stdout.trim(), JSON.parse(readFileSync(join(__dirname, '../../../package.json'), 'utf8')).version);
    });

    it('0 and a clear line for an empty folder', () => {
      const dir = folder({});
      const run = runCli([], dir);
      assert.equal(run.code, 0, run.stderr);
      assert.match(run.stdout, /0 posts checked/);
      assert.deepEqual(parseJson(runCli(['--format', 'json'], dir)), []);
    });
  });

  describe('--format json', () => {
    it('prints every entry whole when the report runs to many writes of non-ASCII text', () => {
      // Over 64 KB of output (written in several parts) with accents, emoji and CJK in names and messages.
      const files: Record<string, string> = { '.postlintrc.json': onlyRules(['hard-sell', 'jargon']) };
      for (let i = 0; i < 150; i++) files[`café-${i}-👩‍⚕️-診療.post.md`] = post('facebook', `Réservez: book now! Hypertension 😀 ${i}`);
      const run = runCli(['--format', 'json'], folder(files));
      const entries = parseJson(run);
      assert.ok(Buffer.byteLength(run.stdout) > 3 * 65536, `only ${Buffer.byteLength(run.stdout)} bytes`);
      assert.equal(entries.length, 150);
      for (const e of entries) {
        assert.match(e.filePath, /café-\d+-👩‍⚕️-診療\.post\.md$/);
        assert.deepEqual(e.findings.map((f) => f.ruleId).sort(), ['hard-sell', 'jargon']);
      }
    });

    it('gives 1-based lines and UTF-16 columns, after emoji and with CRLF line ends', () => {
      const text = '---\r\nplatform: instagram\r\n---\r\nHello 👋🏽 everyone!\r\n😀😀 Flu shots, book now!\r\n';
      const dir = folder({ '.postlintrc.json': onlyRules(['hard-sell']), 'crlf.post.md': text });
      const run = runCli(['--format', 'json'], dir);
      assert.equal(run.code, 0, run.stderr);
      const entries = parseJson(run);
      assert.equal(entries.length, 1);
      assert.equal(entries[0].filePath, join(dir, 'crlf.post.md'));
      const [f] = entries[0].findings;
      assert.equal(f.ruleId, 'hard-sell');
      assert.equal(f.severity, 'warning');
      // "😀😀 Flu shots, " is 4 + 1 + 11 = 16 UTF-16 code units.
      assert.deepEqual([f.line, f.column, f.endLine, f.endColumn], [5, 17, 5, 25]);
      assert.ok(f.message.length > 20);
      assert.ok(f.suggestions.length > 0);
      for (const s of f.suggestions) {
        assert.equal(typeof s.title, 'string');
        for (const e of s.edits) {
          assert.equal(typeof e.newText, 'string');
          assert.ok(text.slice(e.start, e.end).toLowerCase().includes('book'), 'edit offsets point into the file text');
        }
      }
    });

    it('counts columns in a UTF-8 file with a byte-order mark from after the mark', () => {
      const dir = folder({ '.postlintrc.json': onlyRules(['hard-sell']), 'bom.post.md': `\uFEFFBook now for flu shots.\n` });
      const [entry] = parseJson(runCli(['--format', 'json'], dir));
      assert.deepEqual(entry.findings.map((f) => [f.line, f.column, f.endColumn]), [[1, 1, 9]]);
    });

    it('reads UTF-16 files with a byte-order mark', () => {
      const le = Buffer.from(`\uFEFF${post('x', 'Questions? Book now.')}`, 'utf16le');
      const be = Buffer.from(le).swap16();
      const dir = folder({ '.postlintrc.json': onlyRules(['hard-sell']), 'le.post.md': le, 'be.post.md': be });
      const entries = parseJson(runCli(['--format', 'json'], dir));
      for (const e of entries) assert.deepEqual(e.findings.map((f) => [f.ruleId, f.line, f.column]), [['hard-sell', 4, 12]], e.filePath);
    });

    it('reports a calendar that is mostly promotion as a workspace entry for the folder', () => {
      const files: Record<string, string> = { '.postlintrc.json': onlyRules(['hard-sell', 'promotion-share']) };
      for (let i = 0; i < 6; i++) files[`p${i}.post.md`] = post('facebook', i < 3 ? SALESY : CLEAN);
      const dir = folder(files);
      const entries = parseJson(runCli(['--format', 'json'], dir));
      const workspace = entries.filter((e) => e.scope === 'workspace');
      assert.equal(workspace.length, 1);
      assert.equal(workspace[0].filePath, dir);
      assert.deepEqual(workspace[0].findings.map((f) => f.ruleId), ['promotion-share']);
      assert.equal(entries[entries.length - 1], workspace[0], 'comes last');
      const stylish = runCli([], dir);
      assert.match(stylish.stdout, /3 of 6 posts \(50 %\) are promotional; goal ≤ 20 %/);
      assert.match(stylish.stdout, /promotion-share/);
    });

    it('has no workspace entry when the share is within the goal', () => {
      const files: Record<string, string> = { '.postlintrc.json': onlyRules(['hard-sell', 'promotion-share']) };
      for (let i = 0; i < 6; i++) files[`p${i}.post.md`] = post('facebook', i < 1 ? SALESY : CLEAN);
      const entries = parseJson(runCli(['--format', 'json'], folder(files)));
      assert.deepEqual(entries.filter((e) => e.scope === 'workspace'), []);
    });
  });

  describe('--format sarif', () => {
    it('is SARIF 2.1.0 with rule metadata and located results, as GitHub code scanning requires', () => {
      const dir = folder({
        '.postlintrc.json': onlyRules(['hard-sell', 'front-matter']),
        'posts/flu shots.post.md': post('instagram', `Hello!\n${SALESY}`),
        'posts/broken.post.md': BROKEN_FRONT_MATTER,
      });
      const run = runCli(['--format', 'sarif'], dir);
      assert.equal(run.code, 1);
      const sarif = JSON.parse(run.stdout);
      assert.equal(sarif.version, '2.1.0');
      assert.match(sarif.$schema, /sarif-2\.1\.0/);
      assert.equal(sarif.runs.length, 1);
      const [runObj] = sarif.runs;
      const driver = runObj.tool.driver;
      assert.equal(driver.name, 'postlint');
      assert.match(driver.version, /^\d+\.\d+\.\d+/);
      assert.deepEqual(driver.rules.map((r: { id: string }) => r.id), RULES.map((r) => r.meta.id));
      for (const rule of driver.rules) {
        assert.equal(typeof rule.shortDescription.text, 'string');
        assert.equal(typeof rule.fullDescription.text, 'string');
        // The help is in the SARIF itself (code scanning shows it beside each alert), not behind a link.
        assert.equal(typeof rule.help.text, 'string');
        assert.equal(typeof rule.help.markdown, 'string');
        assert.ok(rule.help.text.trim().length > 0 && rule.help.markdown.trim().length > 0, rule.id);
        const meta = RULES.find((r) => r.meta.id === rule.id)!.meta;
        for (const part of [GUIDELINE_TITLES[meta.guideline], meta.why, meta.goodExample]) {
          assert.ok(rule.help.text.includes(part) && rule.help.markdown.includes(part), `${rule.id}: ${part}`);
        }
        assert.ok(['error', 'warning', 'note', 'none'].includes(rule.defaultConfiguration.level));
      }
      const results = runObj.results as any[];
      assert.deepEqual(results.map((r) => r.ruleId).sort(), ['front-matter', 'hard-sell']);
      // Links only where package.json declares a repository or homepage (today it declares neither),
      // never to the placeholder github.com/postlint.
      assert.doesNotMatch(run.stdout, /github\.com\/postlint/i);
      const links = projectLinks(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')));
      assert.equal(driver.informationUri, links?.home);
      for (const rule of driver.rules) assert.equal(rule.helpUri, links?.ruleHelp?.(rule.id));
      for (const r of results) {
        assert.ok(['error', 'warning', 'note', 'none'].includes(r.level));
        assert.equal(typeof r.message.text, 'string');
        assert.equal(driver.rules[r.ruleIndex].id, r.ruleId);
        assert.ok(r.locations.length >= 1);
        const loc = r.locations[0].physicalLocation;
        assert.doesNotMatch(loc.artifactLocation.uri, /^(?:\/|file:|[A-Za-z]:)/, 'URI relative to the repository');
        for (const k of ['startLine', 'startColumn', 'endLine', 'endColumn']) assert.ok(Number.isInteger(loc.region[k]) && loc.region[k] >= 1, k);
      }
      const sell = results.find((r) => r.ruleId === 'hard-sell');
      assert.equal(sell.locations[0].physicalLocation.artifactLocation.uri, 'posts/flu%20shots.post.md');
      assert.deepEqual(sell.locations[0].physicalLocation.region, { startLine: 5, startColumn: 21, endLine: 5, endColumn: 29 });
      assert.equal(sell.level, 'warning');
      assert.equal(results.find((r) => r.ruleId === 'front-matter').level, 'error');
    });
  });

  describe('project links (SARIF informationUri, helpUri)', () => {
    it('come only from a repository or homepage that package.json declares', () => {
      assert.equal(projectLinks({}), undefined);
      assert.equal(projectLinks({ repository: 'owner/repo' }), undefined, 'a shorthand is not a URL');
      const gh = projectLinks({ repository: { type: 'git', url: 'git+https://github.com/acme/postlint.git' } })!;
      assert.equal(gh.home, 'https://github.com/acme/postlint');
      assert.equal(gh.ruleHelp!('hard-sell'), 'https://github.com/acme/postlint/blob/HEAD/docs/rules/hard-sell.md');
      const site = projectLinks({ homepage: 'https://postlint.example', repository: 'https://git.example/acme/postlint' })!;
      assert.equal(site.home, 'https://postlint.example');
      assert.equal(site.ruleHelp, undefined, 'rule pages are linked only on GitHub');
    });
  });

  describe('--fix', () => {
    const FIXABLE = 'Hypertension often has no symptoms. Questions? Book now.';

    it('applies only the safe fixes, saves the file, and the result checks clean of fixable findings', () => {
      const dir = folder({ '.postlintrc.json': onlyRules(['jargon', 'hard-sell']), 'a.post.md': post('facebook', FIXABLE) });
      const run = runCli(['--fix', '--format', 'json'], dir);
      assert.equal(run.code, 0, run.stderr);
      const saved = readFileSync(join(dir, 'a.post.md'), 'utf8');
      assert.equal(saved, post('facebook', 'High blood pressure often has no symptoms. Questions? Book now.'));
      const [entry] = parseJson(run);
      assert.equal(entry.fixed, 1);
      assert.deepEqual(entry.findings.map((f) => f.ruleId), ['hard-sell'], 'reports what is left');
      const again = parseJson(runCli(['--format', 'json'], dir));
      assert.deepEqual(byRule(again).filter((f) => f.fix), []);
      assert.deepEqual(byRule(again).map((f) => f.ruleId), ['hard-sell'], 'the suggestion-only finding is left for the writer');
    });

    it('never touches a file it did not change, and keeps CRLF and the byte-order mark', () => {
      const crlf = `\uFEFF${post('facebook', FIXABLE)}`.replace(/\n/g, '\r\n');
      const dir = folder({ '.postlintrc.json': onlyRules(['jargon', 'hard-sell']), 'clean.post.md': post('x', CLEAN), 'crlf.post.md': crlf });
      const past = new Date('2020-01-01T00:00:00Z');
      utimesSync(join(dir, 'clean.post.md'), past, past);
      const run = runCli(['--fix'], dir);
      assert.equal(run.code, 0, run.stderr);
      assert.equal(statSync(join(dir, 'clean.post.md')).mtimeMs, past.getTime(), 'unchanged file not written');
      const bytes = readFileSync(join(dir, 'crlf.post.md'));
      assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'byte-order mark kept');
      assert.equal(bytes.toString('utf8').slice(1), crlf.slice(1).replace('Hypertension', 'High blood pressure'));
      assert.match(run.stdout, /Fixed 1 problem in 1 file/);
    });

    it('without --fix, nothing is written', () => {
      const dir = folder({ '.postlintrc.json': onlyRules(['jargon']), 'a.post.md': post('facebook', FIXABLE) });
      runCli([], dir);
      assert.equal(readFileSync(join(dir, 'a.post.md'), 'utf8'), post('facebook', FIXABLE));
    });
  });

  describe('--max-warnings and --quiet', () => {
    const files = () => ({ '.postlintrc.json': onlyRules(['hard-sell']), 'a.post.md': post('facebook', 'Book now! Call today.') });

    it('--max-warnings fails only when warnings exceed the number', () => {
      const dir = folder(files());
      assert.equal(runCli(['--max-warnings', '2'], dir).code, 0);
      const over = runCli(['--max-warnings', '1'], dir);
      assert.equal(over.code, 1);
      assert.match(over.stdout, /--max-warnings/);
      assert.equal(runCli(['--max-warnings', '0', '--format', 'json'], dir).code, 1);
    });

    it('--quiet reports errors only', () => {
      const dir = folder({ ...files(), '.postlintrc.json': onlyRules(['hard-sell', 'front-matter']), 'b.post.md': BROKEN_FRONT_MATTER });
      const run = runCli(['--quiet', '--format', 'json'], dir);
      assert.equal(run.code, 1);
      assert.deepEqual(byRule(parseJson(run)).map((f) => f.ruleId), ['front-matter']);
      const stylish = runCli(['--quiet'], dir);
      assert.doesNotMatch(stylish.stdout, /hard-sell/);
    });

    it('--quiet on posts with only warnings says how many it hid, in every format', () => {
      const dir = folder(files());
      const all = parseJson(runCli(['--format', 'json'], dir)).flatMap((e) => e.findings);
      const warnings = all.filter((f) => f.severity === 'warning').length;
      assert.ok(warnings >= 1 && all.every((f) => f.severity === 'warning'), 'the fixture has warnings only');
      const hid = new RegExp(`--quiet hid ${warnings} warnings?\\b`);

      const stylish = runCli(['--quiet'], dir);
      assert.equal(stylish.code, 0);
      assert.doesNotMatch(stylish.stdout, /no problems found/);
      assert.match(stylish.stdout, hid);

      const json = runCli(['--quiet', '--format', 'json'], dir);
      assert.deepEqual(parseJson(json).flatMap((e) => e.findings), [], 'stdout stays the JSON report');
      assert.match(json.stderr, hid);

      const sarif = JSON.parse(runCli(['--quiet', '--format', 'sarif'], dir).stdout);
      const notes = sarif.runs[0].invocations[0].toolExecutionNotifications.map((n: { message: { text: string } }) => n.message.text);
      assert.ok(notes.some((t: string) => hid.test(t)), notes.join('\n'));

      const clean = folder({ '.postlintrc.json': onlyRules(['hard-sell']), 'a.post.md': post('facebook', CLEAN) });
      assert.match(runCli(['--quiet'], clean).stdout, /no problems found/);
      assert.doesNotMatch(runCli(['--quiet'], clean).stdout, /--quiet hid/);
    });
  });

  describe('configuration', () => {
    it('--config uses the named file for every post', () => {
      const dir = folder({
        'settings/team.json': JSON.stringify({ rules: { 'hard-sell': 'error' } }),
        'posts/.postlintrc.json': onlyRules([]),
        'posts/a.post.md': post('facebook', SALESY),
      });
      const run = runCli(['--config', 'settings/team.json', '--format', 'json', 'posts'], dir);
      assert.equal(run.code, 1);
      const f = byRule(parseJson(run)).find((x) => x.ruleId === 'hard-sell');
      assert.equal(f?.severity, 'error');
      assert.equal(runCli(['posts'], dir).code, 0, 'without --config the folder\'s own file applies');
    });

    it('the nearest .postlintrc.json wins', () => {
      const dir = folder({
        '.postlintrc.json': onlyRules(['hard-sell']),
        'a.post.md': post('facebook', SALESY),
        'team-b/.postlintrc.json': onlyRules([]),
        'team-b/b.post.md': post('facebook', SALESY),
      });
      const found = byRule(parseJson(runCli(['--format', 'json'], dir)));
      assert.deepEqual(found.map((f) => f.file), [join(dir, 'a.post.md')]);
    });

    it('a broken configuration stops the run with exit 2, naming the file, the key and its line', () => {
      const config = '{\n  "rules": {\n    "hard-sel": "warning"\n  }\n}\n';
      const dir = folder({ '.postlintrc.json': config, 'a.post.md': post('x', CLEAN) });
      const run = runCli([], dir);
      assert.equal(run.code, 2);
      assert.equal(run.stdout, '', 'no post was checked');
      assert.match(run.stderr, /\.postlintrc\.json:3:5/);
      assert.match(run.stderr, /rules\.hard-sel/);
    });

    it('a misspelt or mistyped rule option is a configuration error too', () => {
      const dir = folder({ '.postlintrc.json': '{\n  "rules": {\n    "promotion-share": ["warning", { "maxShare": "30%" }]\n  }\n}\n', 'a.post.md': post('x', CLEAN) });
      const run = runCli([], dir);
      assert.equal(run.code, 2);
      assert.match(run.stderr, /\.postlintrc\.json:3:50 {2}rules\.promotion-share\.maxShare: /);
    });

    it('invalid JSON and an unreadable --config file are usage errors too', () => {
      const dir = folder({ '.postlintrc.json': '{ "rules": { "hard-sell": "off" ', 'a.post.md': post('x', CLEAN), 'other.json': '{"audience": "everyone"}' });
      const run = runCli([], dir);
      assert.equal(run.code, 2);
      assert.match(run.stderr, /\.postlintrc\.json:1:\d+/);
      const bad = runCli(['--config', 'other.json', 'a.post.md'], dir);
      assert.equal(bad.code, 2);
      assert.match(bad.stderr, /other\.json:1:\d+ {2}audience/);
      assert.equal(runCli(['--config', 'missing.json'], dir).code, 2);
    });

    it('skips files matched by "ignore", relative to the configuration file', () => {
      const dir = folder({
        'calendar/.postlintrc.json': onlyRules(['hard-sell'], { ignore: ['drafts', 'old/*.post.md'] }),
        'calendar/a.post.md': post('x', SALESY),
        'calendar/drafts/b.post.md': post('x', SALESY),
        'calendar/drafts/deep/c.post.md': post('x', SALESY),
        'calendar/old/d.post.md': post('x', SALESY),
        'calendar/old/keep/e.post.md': post('x', SALESY),
      });
      const files = parseJson(runCli(['--format', 'json'], dir)).map((e) => e.filePath);
      assert.deepEqual(files, [join(dir, 'calendar/a.post.md'), join(dir, 'calendar/old/keep/e.post.md')]);
    });
  });

  describe('which files', () => {
    it('never searches node_modules, but checks posts in other folders', () => {
      const dir = folder({
        '.postlintrc.json': onlyRules(['hard-sell']),
        'node_modules/pkg/readme.post.md': post('x', SALESY),
        'sub/node_modules/x.post.md': post('x', SALESY),
        'sub/deeper/a.post.md': post('x', SALESY),
        'notes.md': SALESY,
      });
      const files = parseJson(runCli(['--format', 'json'], dir)).map((e) => e.filePath);
      assert.deepEqual(files, [join(dir, 'sub/deeper/a.post.md')]);
    });

    it('checks a post reached through a symbolic link once, and a link loop does not hang', () => {
      const dir = folder({ '.postlintrc.json': onlyRules(['hard-sell']), 'calendar/a.post.md': post('x', CLEAN) });
      symlinkSync(join(dir, 'calendar'), join(dir, 'calendar-link'));
      symlinkSync(dir, join(dir, 'calendar', 'loop'));
      const files = parseJson(runCli(['--format', 'json'], dir)).map((e) => e.filePath);
      assert.deepEqual(files, [join(dir, 'calendar/a.post.md')]);
    });

    it('takes files, folders and glob patterns', () => {
      const dir = folder({
        '.postlintrc.json': onlyRules(['hard-sell']),
        'a/one.post.md': post('x', CLEAN),
        'b/two.post.md': post('x', CLEAN),
        'c/three.post.md': post('x', CLEAN),
        'c/plain.md': CLEAN,
      });
      const files = (args: string[]) => parseJson(runCli(['--format', 'json', ...args], dir)).map((e) => e.filePath.slice(dir.length + 1));
      assert.deepEqual(files(['a']), ['a/one.post.md']);
      assert.deepEqual(files(['b/*.post.md', 'c/plain.md']), ['b/two.post.md', 'c/plain.md']);
      assert.deepEqual(files(['a', 'a/one.post.md']), ['a/one.post.md'], 'no file twice');
    });

    it('a binary file is skipped with a clear message and no crash', () => {
      const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
      const dir = folder({ '.postlintrc.json': onlyRules(['hard-sell']), 'photo.post.md': png, 'a.post.md': post('x', CLEAN) });
      const run = runCli([], dir);
      assert.equal(run.code, 0, run.stderr);
      assert.match(run.stdout, /photo\.post\.md\n.*skipped: not a text file/);
      assert.match(run.stdout, /1 post checked.*1 file skipped/);
      const [entry] = parseJson(runCli(['--format', 'json', 'photo.post.md'], dir));
      assert.match(entry.skipped ?? '', /not a text file/);
    });

    it('a file that is not UTF-8 gives a clear error and the others are still checked', () => {
      const latin1 = Buffer.from('---\nplatform: x\n---\nCaf\xe9 opening hours: book now.\n', 'latin1');
      const dir = folder({ '.postlintrc.json': onlyRules(['hard-sell']), 'old.post.md': latin1, 'a.post.md': post('x', SALESY) });
      const run = runCli(['--format', 'json'], dir);
      assert.equal(run.code, 1, 'a post that could not be checked fails the run');
      const entries = parseJson(run);
      const old = entries.find((e) => e.filePath.endsWith('old.post.md'))!;
      assert.match(old.error ?? '', /not valid UTF-8.*line 4/);
      assert.deepEqual(old.findings, []);
      assert.deepEqual(entries.find((e) => e.filePath.endsWith('a.post.md'))!.findings.map((f) => f.ruleId), ['hard-sell']);
      assert.doesNotMatch(run.stderr, /at .*\.js:\d+/, 'no stack trace');
    });
  });

  describe('stylish output', () => {
    const files = () => ({
      '.postlintrc.json': onlyRules(['hard-sell']),
      'a.post.md': post('facebook', 'Mrs Jones from Elm Street came in with her knee. Book now!'),
    });

    it('groups findings by file with line:column, severity, message and rule id, then a summary', () => {
      const run = runCli([], folder(files()));
      const lines = run.stdout.split('\n');
      assert.equal(lines[0], 'a.post.md');
      assert.match(lines[1], /^ {2}4:50 {2}warning {2}.+ {2}hard-sell$/);
      assert.match(run.stdout, /1 post checked: 0 errors, 1 warning, 0 infos/);
      assert.match(run.stdout, /Promotion: 1 of 1 post \(100 %\) is promotional; goal ≤ 20 %/);
    });

    it('prints each file in path order, the calendar after the files, then the summary', () => {
      const dir = folder({
        '.postlintrc.json': onlyRules(['hard-sell', 'promotion-share']),
        'b.post.md': post('facebook', SALESY),
        'a.post.md': post('facebook', SALESY),
        'c.post.md': post('facebook', CLEAN),
        'd.post.md': post('facebook', SALESY),
        'e.post.md': post('facebook', CLEAN), // five posts: enough to judge the calendar's balance
      });
      const lines = runCli([], dir).stdout.split('\n');
      const at = (pattern: RegExp) => lines.findIndex((l) => pattern.test(l));
      assert.deepEqual(lines.filter((l) => /\.post\.md$/.test(l)), ['a.post.md', 'b.post.md', 'd.post.md']);
      assert.equal(lines[at(/^a\.post\.md$/) + 2], '', 'a blank line after each file');
      assert.ok(at(/^d\.post\.md$/) < at(/^Content calendar/), 'the calendar after the files');
      assert.ok(at(/^Content calendar/) < at(/posts checked/), 'the summary last');
      assert.match(lines[at(/^Content calendar/) + 1], /promotion-share$/);
    });

    it('stops printing quietly when the reader goes away, and still exits with the result', async () => {
      const files: Record<string, string> = { '.postlintrc.json': onlyRules(['hard-sell', 'length-limit']) };
      // Over 1 MB of output, so it is written in several parts and the later ones find the pipe closed.
      for (let i = 0; i < 800; i++) files[`p${i}.post.md`] = post('x', `${SALESY} ${'Too long for X. '.repeat(20)}`);
      const child = spawn(process.execPath, [CLI, '--format', 'json'], { cwd: folder(files), stdio: ['ignore', 'pipe', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (d) => (stderr += d));
      child.stdout.once('data', () => child.stdout.destroy()); // like `postlint | head -1`
      const [code] = (await once(child, 'close')) as [number];
      assert.equal(stderr, '');
      assert.equal(code, 1, 'the posts are over the length limit: errors');
    });

    it('prints no post text beyond the messages', () => {
      const run = runCli([], folder(files()));
      assert.doesNotMatch(run.stdout, /Elm Street|Mrs Jones/);
    });

    it('uses colours only when asked for, and NO_COLOR wins', () => {
      const dir = folder(files());
      // eslint-disable-next-line no-control-regex
      const ansi = /\u001b\[/;
      assert.doesNotMatch(runCli([], dir).stdout, ansi, 'not a terminal: no colour');
      assert.match(runCli([], dir, { FORCE_COLOR: '1' }).stdout, ansi);
      assert.doesNotMatch(runCli([], dir, { FORCE_COLOR: '1', NO_COLOR: '1' }).stdout, ansi);
      assert.doesNotMatch(runCli(['--format', 'json'], dir, { FORCE_COLOR: '1' }).stdout, ansi);
    });
  });

  it('the sample calendar (npm run check:sample) passes, with the findings its README describes', () => {
    const run = runCli(['--format', 'json', 'samples'], ROOT);
    assert.equal(run.code, 0, run.stderr);
    const rules = Object.fromEntries(parseJson(run).map((e) => [e.filePath.replace(/^.*[\\/]/, '').replace(/\.post\.md$/, ''), [...new Set(e.findings.map((f) => f.ruleId))].sort()]));
    assert.deepEqual(rules, {
      '2026-12-01-flu-vaccine-questions': [],
      '2026-12-02-holiday-hours': [],
      '2026-12-03-whitening-offer': ['hard-sell', 'shouting', 'team-phrase'],
      '2026-12-04-hand-washing': [],
      '2026-12-05-award': ['no-conversation', 'self-focus', 'self-praise'],
      '2026-12-08-detox': ['overpromise'],
      '2026-12-09-night-shift': ['patient-story'],
      '2026-12-10-winter-skin': ['link-in-caption'],
      '2026-12-11-blood-pressure': ['jargon'],
      '2026-12-12-sunscreen-gift': ['hard-sell', 'undisclosed-endorsement'],
      '2026-12-15-heart-health': [],
      '2026-12-16-giveaway': ['engagement-bait'],
      '2026-12-17-ask-a-nurse': [],
      // 3 of 13 posts sell or praise: over the 20 % goal, a warning for the calendar.
      samples: ['promotion-share'],
    });
  });

  it('checks 2,000 posts in one run and reports every one', function () {
    // Two runs over 2,000 posts, each post read for meaning: seconds, not milliseconds, on a busy machine.
    this.timeout(180_000);
    const files: Record<string, string> = { '.postlintrc.json': '{}' };
    for (let i = 0; i < 2000; i++) files[`d${i % 20}/p${i}.post.md`] = post(['x', 'instagram', 'linkedin'][i % 3], `${CLEAN} Post number ${i}. ${i % 7 === 0 ? SALESY : ''}`);
    const dir = folder(files);
    // Large runs are shared among worker threads: the report must be the same as in one thread.
    const run = runCli(['--format', 'json'], dir, { POSTLINT_THREADS: '3' });
    assert.ok(run.code === 0 || run.code === 1, run.stderr);
    assert.equal(parseJson(run).filter((e) => !e.scope).length, 2000);
    const single = runCli(['--format', 'json'], dir, { POSTLINT_THREADS: '1' });
    assert.equal(single.stdout, run.stdout);
    assert.equal(single.code, run.code);
  });

  it('--fix in worker threads fixes every post once', () => {
    const files: Record<string, string> = { '.postlintrc.json': onlyRules(['jargon', 'hard-sell']) };
    for (let i = 0; i < 1200; i++) files[`p${i}.post.md`] = post('facebook', i % 2 ? 'Hypertension often has no symptoms. Book now.' : CLEAN);
    const dir = folder(files);
    const run = runCli(['--fix'], dir, { POSTLINT_THREADS: '2' });
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /Fixed 600 problems in 600 files/);
    assert.equal(readFileSync(join(dir, 'p1.post.md'), 'utf8'), post('facebook', 'High blood pressure often has no symptoms. Book now.'));
    assert.equal(readFileSync(join(dir, 'p2.post.md'), 'utf8'), post('facebook', CLEAN));
  });
});
