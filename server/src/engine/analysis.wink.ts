// A wink-nlp instance whose reading of a text does not depend on the texts it read before.
//
// wink adds every word it has not seen to its lexicon, and that lexicon lives as long as the
// instance. Its tokenizer keeps a piece of text whole when the whole piece is in the lexicon,
// so what it learned from one post changed how it cut later ones: once a post wrote "women’s’
// ovaries", wink learned "women’s" and every later "women’s" became one name instead of
// "women" + "’s". The editor's squiggles then depended on which posts were linted before.
//
// wink keeps learning (a learned word keeps its id, so memory grows only with new words), but
// its tokenizer is shown the model's own words plus only those met in the text being read,
// exactly what a new instance would know at that point. wink reads the lexicon's table through
// two references: the tokenizer's lookups through the one it kept when it was built, its
// learning through `features.lexeme.hash`. We give each its own view of the same table.

import winkNLP, { type WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

type Pipe = Parameters<typeof winkNLP>[1];
type Lexicon = Record<string, number>;
/** The part of wink's core model that holds its lexicon: the model's own words, then those it learns. */
type CoreModel = { features: { lexeme: { hash: Lexicon; intrinsicSize: number } } };

export function winkReadingEachTextAfresh(pipe: Pipe): WinkMethods {
  let lexeme: CoreModel['features']['lexeme'] | undefined;
  let table: Lexicon = {};
  let ownWords = 0;
  /** Which text is being read, and for each learned word the last text that met it. */
  let reading = 0;
  const metIn = new Map<string, number>();
  const known = (id: number | undefined) => id !== undefined && id < ownWords;

  const instance = winkNLP({
    ...model,
    core: () => {
      const core = (model.core as () => CoreModel)();
      lexeme = core.features.lexeme;
      table = lexeme.hash;
      ownWords = lexeme.intrinsicSize;
      // The view the tokenizer keeps: a learned word only once this text has met it.
      lexeme.hash = new Proxy(table, {
        get: (target, word: string) => {
          const id = target[word];
          return known(id) || metIn.get(word) === reading ? id : undefined;
        },
      });
      return core;
    },
  }, pipe);

  // The view wink learns through: a word it asks about here is one this text has met.
  lexeme!.hash = new Proxy(table, {
    get: (target, word: string) => {
      const id = target[word];
      if (!known(id)) metIn.set(word, reading);
      return id;
    },
  });

  return {
    ...instance,
    readDoc: (text: string) => {
      reading++;
      return instance.readDoc(text);
    },
  };
}
