// Words are read by a hand-written loop (document.words.ts: tokenize) for speed. It must find exactly
// the words the pattern it replaces finds, lower-cased the same way, on everyday posts and on
// the scripts and characters where a shortcut would slip.
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePost } from '../../server/src/engine';
import { WORD_PATTERN } from '../../server/src/engine/document.words';

function byPattern(prose: string) {
  const out: { start: number; end: number; lower: string }[] = [];
  const re = new RegExp(WORD_PATTERN.source, WORD_PATTERN.flags);
  for (let m; (m = re.exec(prose)); ) out.push({ start: m.index, end: m.index + m[0].length, lower: m[0].toLowerCase().replace(/’/g, "'") });
  return out;
}

function assertSameWords(text: string) {
  const doc = parsePost(text);
  assert.deepEqual(doc.tokens.map((t) => ({ start: t.start, end: t.end, lower: t.lower })), byPattern(doc.prose), JSON.stringify(text.slice(0, 80)));
}

const TRICKY = [
  "Don't skip your follow-up: it's 100% worth it. #FluSeason #1 ## #-",
  'Rock ’n’ roll doesn’t—really—help. -dash- trailing- \'quoted\' don\'\'t',
  'CAFÉ café cafe\u0301 naïve Ärzte STRASSE straße',
  'İstanbul İİ DİKKAT', // İ lower-cases to two code units
  'ΟΔΟΣ οδός ΣΟΦΊΑ Σ. ΣΣ ΑΣ.Β ΟΔΟΣ:ΝΕΑ', // capital sigma: its lower case depends on the letters around it
  '日本語の投稿です。한국어 글 中文',
  'emoji 👩‍⚕️ between👍words 🩺 and 𝐁𝐨𝐥𝐝 math letters 𝟏𝟐',
  'lone \ud83d surrogate \udc4d halves a\ud83db',
  'digits ١٢٣ ٤٥ and Ⅻ roman ½ fractions',
  '#\ud835\udc01old %% 50% #%',
  'x-ray X-Ray x--ray x- -x x’’y',
];

describe('tokenize', () => {
  for (const text of TRICKY) it(`finds the same words as the pattern in ${JSON.stringify(text.slice(0, 30))}`, () => assertSameWords(text));

  it('finds the same words as the pattern in every golden post and rule fixture', () => {
    const root = join(__dirname, '../../../test/fixtures');
    let checked = 0;
    const walk = (dir: string) => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        const p = join(dir, e.name);
        if (e.isDirectory()) walk(p);
        else if (/\.(?:md|txt)$/.test(e.name)) {
          assertSameWords(readFileSync(p, 'utf8'));
          checked++;
        }
      }
    };
    walk(root);
    assert.ok(checked > 40, `only ${checked} files checked`);
  });

  it('finds the same words as the pattern in 2,000 posts of the benchmark corpus', async () => {
    const { makeCorpus } = await import(join(__dirname, '../../../bench/corpus.mjs'));
    const posts: { text: string }[] = makeCorpus();
    for (const p of posts.slice(0, 2000)) assertSameWords(p.text);
  });
});
