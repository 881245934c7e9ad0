import { COMMON_FREQ, type WordDictionary } from './dictionary';

/** Tags of dictionary entries that are names: never a twin. */
const NAME_TAG = /^(nr|ns|nt|nrt|nrfg)/;
const HAN2 = /^[\p{Script=Han}]{2}$/u;

/**
 * The toneless common reading of a two-character word ("zhi chu" for 支出 and 指出), or null when a
 * character has none. Same key, same sound: what a pinyin input method offers in one list.
 */
export function readingKey(dict: WordDictionary, word: string): string | null {
  if (!HAN2.test(word)) return null;
  const a = dict.pinyin(word[0]!)[0];
  const b = dict.pinyin(word[1]!)[0];
  return a && b ? `${a} ${b}` : null;
}

/**
 * Reading keys shared by two or more common two-character words of the dictionary (names left
 * out): the words a same-sound slip can turn into one another. Dev-time only (a full dictionary
 * scan): tools/mine-collocations.ts keeps the corpus neighbours of these words alone.
 */
export function twinWords(dict: WordDictionary, words: Iterable<string>): Set<string> {
  const seen = new Map<string, number>();
  for (const word of words) {
    const e = dict.get(word);
    if (!e || e.freq < COMMON_FREQ || NAME_TAG.test(e.tag)) continue;
    const key = readingKey(dict, word);
    if (key) seen.set(key, (seen.get(key) ?? 0) + 1);
  }
  return new Set([...seen].filter(([, n]) => n > 1).map(([k]) => k));
}
