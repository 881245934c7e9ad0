// Dev-time tool: derives shared/check/words/taiwan-words.ts from Debian's libchewing3-data
// (/usr/share/libchewing/dictionary.dat; LGPL-2.1+, see /usr/share/doc/libchewing3-data/copyright).
// Run by hand: npx tsx tools/derive-taiwan-words.ts
//
// Why: Traditional reports use Taiwan local-government terms (建蔽率, 查緝, 檢附, 共體時艱) that the
// checker's word lists lack, so it neither accepts them as words nor sees a slip of them. Chewing's
// phrase list is Taiwan usage in Traditional characters.
//
// Format (libchewing 0.5): dictionary.dat is the phrase text, NUL-separated UTF-8; index_tree.dat
// is 8-byte nodes (key u16 LE; then two u24 LE: child begin/end, or for a leaf, key 0, the
// phrase's byte offset in dictionary.dat and its frequency). Measured: 128,685 words; frequency
// ≥ 100 keeps 24,813 (~190 KB), but Taiwan terms such as 檢附 and 共體時艱 have frequency 0, so a
// plain frequency cut loses exactly the class it is meant for.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { WordDictionary } from '../shared/check/words/dictionary';

export const CHEWING_DICTIONARY = '/usr/share/libchewing/dictionary.dat';

/** Multi-character, all-Han phrases of a chewing dictionary.dat, unique and sorted. */
export function chewingPhrases(data: Uint8Array): string[] {
  const text = new TextDecoder('utf-8').decode(data);
  const words = new Set<string>();
  for (const phrase of text.split('\0')) {
    if ([...phrase].length >= 2 && /^\p{Script=Han}+$/u.test(phrase)) words.add(phrase);
  }
  return [...words].sort();
}

export const CHEWING_INDEX_TREE = '/usr/share/libchewing/index_tree.dat';

/** Highest frequency per multi-character phrase, from index_tree.dat's leaves (key 0). */
export function chewingFrequencies(tree: Uint8Array, dictionary: Uint8Array): Map<string, number> {
  const u24 = (at: number): number => tree[at]! | (tree[at + 1]! << 8) | (tree[at + 2]! << 16);
  const decoder = new TextDecoder('utf-8');
  const freq = new Map<string, number>();
  // Node 0 is the root; its key bytes are not a phone, so start at 1.
  for (let at = 8; at + 8 <= tree.length; at += 8) {
    if ((tree[at]! | (tree[at + 1]! << 8)) !== 0) continue;
    const pos = u24(at + 2);
    const end = dictionary.indexOf(0, pos);
    const word = decoder.decode(dictionary.subarray(pos, end < 0 ? dictionary.length : end));
    if ([...word].length < 2) continue;
    freq.set(word, Math.max(freq.get(word) ?? 0, u24(at + 5)));
  }
  return freq;
}

/**
 * The cut: a word stays when it adds something jieba (the checker's own dictionary, Simplified)
 * does not already give. jieba lacks it and Taiwan's input method has counted it (CHEWING_SEEN or
 * more), or it is an idiom-length phrase (共體時艱 counts 0); or jieba counts it rare (under
 * JIEBA_RARE: 建蔽率 3, 查緝 23, 機具 45) while chewing counts it common (CHEWING_COMMON or more).
 * Words jieba counts common are targets and witnesses through jieba already; chewing's uncounted
 * two- and three-character words (22.5k count 0: 補帖, a tonic, where a report means 補貼) are weak
 * witnesses and cost size. Measured (round 19): 128,685 words, ~1.0 MB uncut; this cut 16,818
 * words, ~162 KB, and keeps all four TRAIN misses it serves; CHEWING_SEEN 1 ~197 KB, same faults.
 */
export const JIEBA_RARE = 50;
export const CHEWING_COMMON = 100;
export const CHEWING_SEEN = 10;
export const IDIOM_LENGTH = 4;

export function taiwanCut(words: readonly string[], chewing: ReadonlyMap<string, number>, jieba: ReadonlyMap<string, number>, toSimplified: (s: string) => string): string[] {
  return words.filter((w) => {
    const j = jieba.get(toSimplified(w));
    const c = chewing.get(w) ?? 0;
    if (j === undefined) return c >= CHEWING_SEEN || [...w].length >= IDIOM_LENGTH;
    return j < JIEBA_RARE && c >= CHEWING_COMMON;
  });
}

/**
 * The words rareWord's Traditional floor rests on (rules.ts): chewing's phrases of two or three
 * characters, not already in the cut, that jieba counts rare (1 to JIEBA_RARE_WORD, rareWord's range)
 * and that lie one same-reading character from a jieba word of RARE_TARGET or more, the least target
 * rareWord names. Taiwan's input method knows such a word (民宿, 分署, 交班), so written in a
 * Traditional document it is Taiwan's usage and keeps the high floor; a rare word chewing does not
 * know (防訊, 峻工, 決擇) is a slip in either script and is read at the Simplified floor. Measured
 * (round 31): 38.5k chewing words jieba counts 1-10, ~390 KB; with a same-reading target, 4,075, ~29 KB.
 */
export const JIEBA_RARE_WORD = 10;
export const RARE_TARGET = 100;

export function taiwanRareKnown(words: readonly string[], cut: ReadonlySet<string>, dict: Pick<WordDictionary, 'freq' | 'near'>, toSimplified: (s: string) => string): string[] {
  return words.filter((w) => {
    if ([...w].length > 3 || cut.has(w)) return false;
    const s = toSimplified(w);
    const f = dict.freq(s);
    return f >= 1 && f <= JIEBA_RARE_WORD && dict.near(s).some((c) => c.sameSound && c.freq >= RARE_TARGET);
  });
}

async function main(): Promise<void> {
  if (!existsSync(CHEWING_DICTIONARY)) throw new Error(`${CHEWING_DICTIONARY} missing: apt-get install libchewing3-data`);
  const { jiebaDictText } = await import('../shared/jieba/load');
  const { converter } = await import('../shared/script/converter');
  const dictionary = readFileSync(CHEWING_DICTIONARY);
  const chewing = chewingFrequencies(readFileSync(CHEWING_INDEX_TREE), dictionary);
  const jieba = new Map<string, number>();
  for (const line of jiebaDictText().split('\n')) {
    const [w, f] = line.split(' ');
    if (w) jieba.set(w, Number(f));
  }
  const phrases = chewingPhrases(dictionary);
  const words = taiwanCut(phrases, chewing, jieba, converter('t', 'cn'));
  // The layer's dictionary (jieba plus the checker's own terms), as rareWord reads it.
  const { jiebaDictionary, wordLayer } = await import('../electron/services/check/segmenter');
  wordLayer();
  const rare = taiwanRareKnown(phrases, new Set(words), jiebaDictionary(), converter('t', 'cn'));
  const out = `// Generated by tools/derive-taiwan-words.ts from libchewing3-data (LGPL-2.1+, see
// taiwan-words.NOTICE.txt): do not edit by hand.
/** Taiwan multi-character words in Traditional characters, '|'-joined (one string: cheap to load). */
export const TAIWAN_WORDS_PACKED =
  '${words.join('|')}';
/** Taiwan words jieba counts rare, one same-reading character from a jieba word (taiwanRareKnown). */
export const TAIWAN_RARE_KNOWN_PACKED =
  '${rare.join('|')}';
`;
  writeFileSync(join(import.meta.dirname, '../shared/check/words/taiwan-words.ts'), out);
  console.log(`${words.length} words, ${rare.length} rare known, ${Buffer.byteLength(out)} bytes`);
}

if (process.argv[1]?.endsWith('derive-taiwan-words.ts')) void main();
