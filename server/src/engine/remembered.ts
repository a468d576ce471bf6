// A word's answer remembered: the engine asks the same question of the same everyday words in
// every post ("about", "best", "blood"), so an answer is worked out once and kept. The store is
// emptied once it holds `limit` words, so a stream of unusual words cannot grow it without end.

export function remembered<T>(answer: (word: string) => T, limit = 5000): (word: string) => T {
  const answers = new Map<string, T>();
  return (word) => {
    let known = answers.get(word);
    if (known === undefined) {
      known = answer(word);
      if (answers.size > limit) answers.clear();
      answers.set(word, known);
    }
    return known;
  };
}
