import { COMMON_FREQ, type WordDictionary } from './dictionary';
import { WORD_READINGS } from './word-readings-data';

/** Tags of dictionary entries that are names: never a twin. */
const NAME_TAG = /^(nr|ns|nt|nrt|nrfg)/;
const HAN2 = /^[\p{Script=Han}]{2}$/u;

/**
 * The toneless reading of a two-character word by its characters' common readings ("zhi chu" for 支出
 * and 指出), or null when a character has none. Not always a reading the word has: 人参 is "ren can"
 * here (参 alone is can), which no input method lists it under.
 */
export function commonReadingKey(dict: WordDictionary, word: string): string | null {
  if (!HAN2.test(word)) return null;
  const a = dict.pinyin(word[0]!)[0];
  const b = dict.pinyin(word[1]!)[0];
  return a && b ? `${a} ${b}` : null;
}

/**
 * Parses word-readings-data.ts' format: "人参ren-shen 一行yi-hang,yi-xing" -> word -> its readings
 * ("ren shen"; "yi hang", "yi xing").
 */
export function parseWordReadings(text: string): Map<string, readonly string[]> {
  const out = new Map<string, readonly string[]>();
  for (const entry of text.split(' ')) {
    // The word is the entry's Han characters (an Extension B character is two UTF-16 units).
    const at = entry.search(/[a-zü]/);
    if (at > 0)
      out.set(
        entry.slice(0, at),
        entry
          .slice(at)
          .split(',')
          .map((k) => k.replace('-', ' ')),
      );
  }
  return out;
}

let listed: Map<string, readonly string[]> | null = null;

/** The shipped readings, parsed on first use. */
function listedReadings(): Map<string, readonly string[]> {
  return (listed ??= parseWordReadings(WORD_READINGS));
}

/**
 * Every toneless reading an input method lists a two-character word under (人参 "ren shen"; 重复
 * "chong fu"; 一重 "yi chong"), or its characters' common readings where the input methods agree with
 * them or do not know the word. Same key, same sound: the words a pinyin input method offers in one
 * candidate list, which is where a same-sound slip is made. A word keyed by its characters alone
 * paired with the wrong twins (议长 "yi chang" with 异常) and missed its real ones (依仗, 仪仗: "yi zhang").
 */
export function readingKeys(dict: WordDictionary, word: string): readonly string[] {
  const own = listedReadings().get(word);
  if (own) return own;
  const common = commonReadingKey(dict, word);
  return common ? [common] : [];
}

/**
 * One reading key of a word (its first listed reading), for callers that need a single one; grouping
 * uses readingKeys, so that a word of two readings is a twin in both.
 */
export function readingKey(dict: WordDictionary, word: string): string | null {
  return readingKeys(dict, word)[0] ?? null;
}

/** The kept words that share a reading with a word (itself left out): the union over its readings. */
export function twinsIn(index: ReadonlyMap<string, readonly string[]>, dict: WordDictionary, word: string): string[] {
  const out = new Set<string>();
  for (const k of readingKeys(dict, word)) for (const t of index.get(k) ?? []) if (t !== word) out.add(t);
  return [...out];
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
    for (const key of readingKeys(dict, word)) {
      const g = seen.get(key);
      if (g) {
        if (!g.includes(word)) g.push(word);
      } else seen.set(key, [word]);
    }
  }
  return seen;
}
