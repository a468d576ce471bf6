// The Node-side helpers the CLI and the language server share: reading post files and
// finding `.postlintrc.json`.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigLoader, decodePost, DEFAULT_CONFIG, encodePost, firstInvalidUtf8, ignoreMatcher, loadConfigFile, MAX_POST_BYTES, readPost } from '../../server/src/node';
import { tempFolder } from './helpers';

describe('readPost / decodePost', () => {
  const text = 'Café ☕ 😀\r\nline two';

  it('decodes UTF-8 and strips the byte-order mark, remembering it', () => {
    assert.deepEqual(decodePost(Buffer.from(text)), { kind: 'text', text, encoding: 'utf-8', bom: false });
    assert.deepEqual(decodePost(Buffer.from(`\uFEFF${text}`)), { kind: 'text', text, encoding: 'utf-8', bom: true });
  });

  it('decodes UTF-16 LE and BE with a byte-order mark', () => {
    const le = Buffer.from(`\uFEFF${text}`, 'utf16le');
    assert.deepEqual(decodePost(le), { kind: 'text', text, encoding: 'utf-16le', bom: true });
    assert.deepEqual(decodePost(Buffer.from(le).swap16()), { kind: 'text', text, encoding: 'utf-16be', bom: true });
  });

  it('encodes back to the same bytes', () => {
    for (const bytes of [Buffer.from(text), Buffer.from(`\uFEFF${text}`), Buffer.from(`\uFEFF${text}`, 'utf16le'), Buffer.from(`\uFEFF${text}`, 'utf16le').swap16()]) {
      const read = decodePost(bytes);
      assert.equal(read.kind, 'text');
      if (read.kind === 'text') assert.deepEqual(encodePost(read.text, read.encoding, read.bom), bytes);
    }
  });

  it('skips binary data (NUL bytes without a UTF-16 mark)', () => {
    const r = decodePost(Uint8Array.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01]));
    assert.equal(r.kind, 'skipped');
    assert.equal(r.kind === 'skipped' && r.reason, 'binary');
  });

  it('reports invalid UTF-8 with the line of the first bad byte, and no file text', () => {
    const bytes = Buffer.from('---\nplatform: x\n---\nSecret patient caf\xe9\n', 'latin1');
    const r = decodePost(bytes);
    assert.equal(r.kind, 'unreadable');
    if (r.kind !== 'unreadable') return;
    assert.equal(r.reason, 'encoding');
    assert.match(r.message, /line 4/);
    assert.doesNotMatch(r.message, /Secret|patient caf/);
  });

  it('finds the first invalid UTF-8 sequence exactly', () => {
    assert.equal(firstInvalidUtf8(Buffer.from('abc')), 3);
    assert.equal(firstInvalidUtf8(Buffer.from('aé😀', 'utf8')), Buffer.byteLength('aé😀'));
    assert.equal(firstInvalidUtf8(Uint8Array.from([0x61, 0xc3])), 1, 'truncated sequence');
    assert.equal(firstInvalidUtf8(Uint8Array.from([0x61, 0xc0, 0x80])), 1, 'overlong encoding');
    assert.equal(firstInvalidUtf8(Uint8Array.from([0xed, 0xa0, 0x80])), 0, 'encoded surrogate');
    assert.equal(firstInvalidUtf8(Uint8Array.from([0x61, 0x62, 0x80])), 2, 'stray continuation byte');
  });

  it('skips files larger than the limit without reading them whole', () => {
    const r = decodePost(new Uint8Array(MAX_POST_BYTES + 1).fill(0x61));
    assert.equal(r.kind === 'skipped' && r.reason, 'too-large');
    assert.equal(decodePost(new Uint8Array(MAX_POST_BYTES).fill(0x61)).kind, 'text');
  });

  it('reads files of every size, and skips a file over the limit by its size alone', () => {
    const { dir, cleanup } = tempFolder({
      'empty.post.md': '',
      'small.post.md': 'Flu season is here.',
      'limit.post.md': 'a'.repeat(MAX_POST_BYTES),
      'over.post.md': 'a'.repeat(MAX_POST_BYTES + 1),
    });
    try {
      assert.deepEqual(readPost(join(dir, 'empty.post.md')), { kind: 'text', text: '', encoding: 'utf-8', bom: false });
      assert.deepEqual(readPost(join(dir, 'small.post.md')), { kind: 'text', text: 'Flu season is here.', encoding: 'utf-8', bom: false });
      const limit = readPost(join(dir, 'limit.post.md'));
      assert.equal(limit.kind === 'text' && limit.text.length, MAX_POST_BYTES);
      const over = readPost(join(dir, 'over.post.md'));
      assert.equal(over.kind === 'skipped' && over.reason, 'too-large');
      assert.match(over.kind === 'skipped' ? over.message : '', /1\.0 MB/);
    } finally {
      cleanup();
    }
  });

  it('reads to the end a file whose size the system reports as 0', function () {
    // /proc files report size 0 but have content: a post must not be read as empty because of its size.
    if (process.platform !== 'linux') this.skip();
    const r = readPost('/proc/self/status');
    assert.equal(r.kind, 'text');
    assert.match(r.kind === 'text' ? r.text : '', /^Name:/);
  });

  it('does not wait on a named pipe: it is not a post file', function () {
    if (process.platform === 'win32') this.skip();
    const { dir, cleanup } = tempFolder({});
    try {
      const fifo = join(dir, 'pipe.post.md');
      execFileSync('mkfifo', [fifo]);
      const r = readPost(fifo);
      assert.equal(r.kind === 'unreadable' && r.reason, 'io');
      assert.match(r.kind === 'unreadable' ? r.message : '', /not a regular file/);
    } finally {
      cleanup();
    }
  });

  it('never throws on missing files or folders', () => {
    const { dir, cleanup } = tempFolder({});
    try {
      const missing = readPost(join(dir, 'nope.post.md'));
      assert.equal(missing.kind === 'unreadable' && missing.reason, 'io');
      const folder = readPost(dir);
      assert.equal(folder.kind === 'unreadable' && folder.reason, 'io');
      assert.match(folder.kind === 'unreadable' ? folder.message : '', /it is a folder, not a file/);
    } finally {
      cleanup();
    }
  });
});

describe('ConfigLoader', () => {
  let dir: string;
  let cleanup: () => void;
  beforeEach(() => {
    ({ dir, cleanup } = tempFolder({
      'team/.postlintrc.json': JSON.stringify({ rules: { 'hard-sell': 'error' }, ignore: ['drafts'] }),
      'team/december/week1/a.post.md': 'x',
      'other/b.post.md': 'x',
    }));
  });
  afterEach(() => cleanup());

  it('finds the nearest file upwards and caches it per folder', () => {
    const loader = new ConfigLoader();
    const a = loader.forFile(join(dir, 'team/december/week1/a.post.md'));
    assert.ok(a.ok);
    assert.equal(a.loaded.file, join(dir, 'team/.postlintrc.json'));
    assert.deepEqual(a.loaded.config.rules, { 'hard-sell': 'error' });
    const again = loader.forDirectory(join(dir, 'team/december'));
    assert.ok(again.ok);
    assert.equal(again.loaded, a.loaded, 'same object from the cache');
    assert.equal(loader.linterFor(a.loaded), loader.linterFor(again.loaded), 'one linter per configuration');
  });

  it('falls back to the defaults only when no file exists up to the root', () => {
    const loader = new ConfigLoader();
    const b = loader.forFile(join(dir, 'other/b.post.md'));
    // A machine may have a .postlintrc.json above the temp folder; then that one applies.
    assert.ok(b.ok);
    if (!b.loaded.file) assert.equal(b.loaded, DEFAULT_CONFIG);
    else assert.ok(!b.loaded.file.startsWith(dir));
  });

  it('sees a changed, new or removed file only after invalidate()', () => {
    const loader = new ConfigLoader();
    const file = join(dir, 'team/.postlintrc.json');
    const post = join(dir, 'team/december/week1/a.post.md');
    assert.ok(loader.forFile(post).ok);
    writeFileSync(file, '{"rules": {"hard-sell": "off"}}');
    const cached = loader.forFile(post);
    assert.ok(cached.ok);
    assert.deepEqual(cached.loaded.config.rules, { 'hard-sell': 'error' }, 'cached');
    loader.invalidate();
    const fresh = loader.forFile(post);
    assert.ok(fresh.ok);
    assert.deepEqual(fresh.loaded.config.rules, { 'hard-sell': 'off' });

    writeFileSync(join(dir, 'team/december/.postlintrc.json'), '{"audience": "professionals"}');
    loader.invalidate();
    const nearer = loader.forFile(post);
    assert.ok(nearer.ok);
    assert.equal(nearer.loaded.config.audience, 'professionals');
    rmSync(join(dir, 'team/december/.postlintrc.json'));
    loader.invalidate();
    const back = loader.forFile(post);
    assert.ok(back.ok);
    assert.equal(back.loaded.file, file);
  });

  it('an explicit file applies to every post', () => {
    writeFileSync(join(dir, 'explicit.json'), '{"defaultPlatform": "twitter"}');
    const loader = new ConfigLoader({ configFile: join(dir, 'explicit.json') });
    for (const p of ['team/december/week1/a.post.md', 'other/b.post.md']) {
      const r = loader.forFile(join(dir, p));
      assert.ok(r.ok);
      assert.equal(r.loaded.config.defaultPlatform, 'x');
    }
  });

  it('a broken file is an error naming the file, the key and 1-based line:column', () => {
    const file = join(dir, 'team/.postlintrc.json');
    writeFileSync(file, '{\n  "rules": {\n    "hard-sell": "loud"\n  },\n  "ignore": "drafts"\n}\n');
    const r = new ConfigLoader().forFile(join(dir, 'team/december/week1/a.post.md'));
    assert.ok(!r.ok);
    assert.equal(r.error.file, file);
    assert.deepEqual(
      r.error.issues.map((i) => [i.key, i.line, i.column]),
      [
        ['rules.hard-sell', 3, 18],
        ['ignore', 5, 13],
      ],
    );
    assert.match(r.error.message, /\.postlintrc\.json:3:18 {2}rules\.hard-sell: /);
  });

  it('counts columns after a byte-order mark and in CRLF files like an editor does', () => {
    const file = join(dir, 'bom.json');
    writeFileSync(file, '\uFEFF{\r\n  "audience": "kids"\r\n}\r\n');
    const r = loadConfigFile(file);
    assert.ok(!r.ok);
    assert.deepEqual(r.error.issues.map((i) => [i.key, i.line, i.column]), [['audience', 2, 15]]);
  });

  it('invalid JSON is an error, never the defaults', () => {
    writeFileSync(join(dir, 'team/.postlintrc.json'), '{ "rules": { "hard-sell": "off" ');
    const r = new ConfigLoader().forFile(join(dir, 'team/december/week1/a.post.md'));
    assert.ok(!r.ok);
    assert.equal(r.error.issues[0].key, '');
  });

  it('ignore patterns are relative to the configuration file, and a folder name ignores its contents', () => {
    const loader = new ConfigLoader();
    const r = loader.forDirectory(join(dir, 'team'));
    assert.ok(r.ok);
    assert.equal(loader.isIgnored(join(dir, 'team/drafts/x.post.md'), r.loaded), true);
    assert.equal(loader.isIgnored(join(dir, 'team/drafts/deep/x.post.md'), r.loaded), true);
    assert.equal(loader.isIgnored(join(dir, 'team/december/drafts/x.post.md'), r.loaded), false, 'relative to the file, not anywhere');
    assert.equal(loader.isIgnored(join(dir, 'team/drafts.post.md'), r.loaded), false);
    assert.equal(loader.isIgnored(join(dir, 'other/drafts/x.post.md'), r.loaded), false, 'outside the configuration folder');
  });

  it('ignoreMatcher handles globs, "./" and trailing slashes', () => {
    const m = ignoreMatcher(['./archive/', '**/*.draft.post.md', 'old/*.post.md']);
    assert.equal(m('archive/2023/a.post.md'), true);
    assert.equal(m('x/y/z.draft.post.md'), true);
    assert.equal(m('old/a.post.md'), true);
    assert.equal(m('old/keep/a.post.md'), false);
    assert.equal(m('current/a.post.md'), false);
  });
});
