// The parser reads simple `key: value` front matter without the YAML library (it is ~20x
// cheaper and almost every post has it). Whenever the fast path accepts a front matter, it
// must read exactly what the real YAML parser reads.
import * as assert from 'node:assert/strict';
import { parse } from 'yaml';
import { parsePost } from '../../server/src/engine';
import { readSimpleFrontMatter } from '../../server/src/engine/document.front-matter';

const ACCEPTED = [
  'platform: instagram\ndate: 2026-12-01\n',
  'platform: x\r\ntitle: Flu shots 2026\r\n',
  'count: 42\nratio: 1.5\nexp: 1e5\nneg: 12\nflag: true\nother: False\nnothing: null\n',
  'version: 1.2.3\nunderscore: 1_000\nslashes: a/b/c\nspaced: foo - bar\n',
  'title: Post 12.\naudience: patients\n\n\nplatform: LinkedIn\n',
  'platforms: x, linkedin\n',
];
const DECLINED = [
  'platforms: [x, linkedin]\n',
  'title: "Quoted"\n',
  'title: a: b\n',
  'tags:\n  - a\n  - b\n',
  'hex: 0x1F\n',
  'platform: x # comment\n',
  'platform: x\nplatform: instagram\n',
  'empty:\n',
  'platform: x\n  indented: y\n',
];

describe('front matter fast path', () => {
  for (const source of ACCEPTED) {
    it(`reads ${JSON.stringify(source)} exactly as the YAML parser does`, () => {
      const entries = readSimpleFrontMatter(source);
      assert.ok(entries, 'accepted by the fast path');
      assert.deepEqual(Object.fromEntries(entries.map((e) => [e.key, e.value?.value])), parse(source));
      // Positions point at the value as written.
      for (const e of entries) assert.equal(source.slice(e.value!.range[0], e.value!.range[1]), String(source.split(/\r?\n/).find((l) => l.startsWith(`${e.key}:`))!.slice(e.key.length + 1).trim()));
    });
  }
  for (const source of DECLINED) {
    it(`leaves ${JSON.stringify(source)} to the YAML parser`, () => {
      assert.equal(readSimpleFrontMatter(source), undefined);
    });
  }
  it('gives the same platforms and problems either way', () => {
    const fast = parsePost('---\nplatform: myspace\n---\nHello');
    const slow = parsePost('---\nplatform: "myspace"\n---\nHello');
    assert.deepEqual(fast.platforms, slow.platforms);
    assert.deepEqual(
      fast.frontMatterProblems.map((p) => fast.text.slice(p.start, p.end)),
      slow.frontMatterProblems.map((p) => slow.text.slice(p.start, p.end).replace(/"/g, '')),
    );
  });
});
