// The shared English analysis: offsets point into the post, line breaks end sentences, code
// and links are not read, entities and lemmas come from the language model, and sentiment is
// scored for a sentence when asked.
import * as assert from 'node:assert/strict';
import { parsePost } from '../../server/src/engine';
import { analyse, analyseProse, lexiconEntry, sentimentOf, sentimentOfText } from '../../server/src/engine/analysis';

describe('language analysis', () => {
  const text = '---\nplatform: x\n---\nLost a patient today\nShe swore it was fine. Save £60 before Friday!\nSee `code here` and https://example.com/x';
  const doc = parsePost(text);
  const a = analyse(doc);

  it('gives tokens whose offsets are their text in the post', () => {
    assert.ok(a.tokens.length > 10);
    for (const t of a.tokens) assert.equal(text.slice(t.start, t.end), t.text);
  });
  it('ends a sentence at a line break and reads nothing in code or links', () => {
    assert.equal(text.slice(a.sentences[0].start, a.sentences[0].end), 'Lost a patient today');
    assert.ok(!a.tokens.some((t) => t.text === 'code' || t.text.includes('example')));
  });
  it('gives lemmas, parts of speech and entities', () => {
    const swore = a.tokens.find((t) => t.text === 'swore')!;
    assert.equal(swore.lemma, 'swear');
    assert.equal(swore.pos, 'VERB');
    assert.ok(a.entities.some((e) => e.type === 'DATE' && text.slice(e.start, e.end) === 'Friday'));
  });
  it('is computed once per post and shared by the rules that ask', () => {
    const first = analyse(doc);
    assert.equal(analyse(doc), first);
  });
  it('scores a sentence\'s sentiment when asked', () => {
    const sad = parsePost('This is terrible and awful news.');
    const s = analyse(sad).sentences[0];
    assert.equal(s.sentiment, undefined);
    assert.ok(sentimentOf(sad.prose, s) < 0);
  });
  it('reads a post the same whatever posts it read before', () => {
    // wink learns each new word; once it had met "zorblax’s’", it kept every later "zorblax’s" whole.
    const post = 'The zorblax’s clinic opens today. Their care was awful.';
    const read = () => analyseProse(post, 0, post.length).tokens.map((t) => `${t.text}/${t.pos}/${t.lemma}`);
    const sentiment = () => sentimentOfText(post);
    const before = read();
    const sentimentBefore = sentiment();
    for (const other of ['We read the zorblax’s’ report.', 'zorblax’s’ care', 'A zorblax’s’ view of the clinic']) {
      analyseProse(other, 0, other.length);
      sentimentOfText(other);
    }
    assert.deepEqual(read(), before);
    assert.equal(sentiment(), sentimentBefore);
    assert.deepEqual(before.slice(1, 3), ['zorblax/NOUN/zorblax', '’s/PART/\'s']);
  });
  it('knows the model\'s own English words, and never counts a word met in a post as one', () => {
    assert.equal(lexiconEntry('banana').known, true);
    const post = 'Mrs Quibbleworth came in.';
    analyseProse(post, 0, post.length);
    assert.equal(lexiconEntry('quibbleworth').known, false);
  });
  it('reads an empty body without failing', () => {
    assert.deepEqual(analyse(parsePost('---\nplatform: x\n---\n')).tokens, []);
  });
});
