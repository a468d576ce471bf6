// Two of V8's garbage-collection heuristics, set for Postlint's load before anything else is
// loaded (the language server's and the CLI's main.ts import this first). Checking a folder
// lints thousands of posts in a row; each post makes short-lived objects (wink-nlp's tokens,
// the rules' readings) and little that lasts.
// - Allocation-site pretenuring off: V8 sees objects of some allocation sites (wink-nlp's
//   tokenizer's, above all) survive a young-generation collection, as a post's tokens do while
//   it is checked, and from then on allocates them straight in the old generation, where every
//   later post's dead tokens stay until the next full collection.
// - The old generation may grow by 10% of what was live after a full collection (at least 8 MB)
//   before the next one: the factor V8 itself uses when it saves memory. Its own factor is up to
//   4 for a heap limit as large as Node's default, so the dead objects of thousands of posts
//   were kept until one full collection.
// Neither caps the heap: its limit stays V8's default, so a larger folder or a large post
// gets the memory it needs, as before; only dead objects are collected sooner.
// V8's flags belong to the process: they are set once, by the main thread (the CLI's worker
// threads run the same bundle). The web build (server/src/web) does not use this.

import { setFlagsFromString } from 'node:v8';
import { isMainThread } from 'node:worker_threads';

if (isMainThread) {
  setFlagsFromString('--no-allocation-site-pretenuring');
  setFlagsFromString('--heap-growing-percent=10');
}
