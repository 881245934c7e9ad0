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
 * Common two-character words of the dictionary (names left out) grouped by reading key, groups of
 * two or more only: the words a same-sound slip can turn into one another. Dev-time only (a full
 * dictionary scan and pinyin for every word): tools/mine-collocations.ts writes the groups it
 * needs into collocation-data.ts, so the rule needs no pinyin at run time.
 */
export function readingGroups(dict: WordDictionary, words: Iterable<string>, keep?: (freq: number, tag: string) => boolean): Map<string, string[]> {
  return new Map([...readingIndex(dict, words, keep)].filter(([, g]) => g.length > 1));
}

/**
 * Every kept word by reading key, groups of one included: a dev tool asks a written word that is
 * not kept itself (too rare) for the kept words of its sound, and a group of one answers that too.
 * `keep` chooses the words by jieba count and tag (default: COMMON_FREQ+, no names).
 */
export function readingIndex(
  dict: WordDictionary,
  words: Iterable<string>,
  keep: (freq: number, tag: string) => boolean = (freq, tag) => freq >= COMMON_FREQ && !NAME_TAG.test(tag),
): Map<string, string[]> {
  const seen = new Map<string, string[]>();
  for (const word of words) {
    const e = dict.get(word);
    if (!e || !keep(e.freq, e.tag)) continue;
    const key = readingKey(dict, word);
    if (!key) continue;
    const g = seen.get(key);
    if (g) {
      if (!g.includes(word)) g.push(word);
    } else seen.set(key, [word]);
  }
  return seen;
}
