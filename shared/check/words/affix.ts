import type { WordDictionary } from './dictionary';
import { PREFIX_CHARS, SUFFIX_CHARS } from './affix-chars';

/**
 * Whether the two-character window at `s`, read as a slip of its character at `i`, is instead the
 * edge of a noun a report coined with a productive affix: the character at `i` ends (or starts) a
 * word with the characters outside the window, and the window's other character is an affix that
 * makes nouns of words (affix-chars.ts, from jieba's own entries: X + 制 135 times, 总 + X 76).
 * 推行总分馆制: the segmenter takes 总分 and leaves 馆 alone, and 馆制 is one step from 管制 (guǎn,
 * sharing 官), while the text reads 总 + 分馆 + 制, a branch-library system like 责任制 or 河长制.
 *
 * The slip rules' evidence is that the written character stands alone; here it does not, the
 * segmenter merely gave its partner to another word. The word outside must be counted BASE times
 * (jieba's floor entries, 3, join slips to their neighbours by chance: 防 + 犯意 + 识 of 防范意识).
 * Round 33, on the keyed TRAIN sets: of the 502 WRD-02 findings on fault sentences, 8 had the
 * changed character form a word with a neighbour outside; none of them had an affix as the other
 * character (槍救, 息灭: 救, 灭 make no such nouns), while the one false error on a clean sentence
 * (总分馆制) had.
 */
export function affixCompound(dict: WordDictionary, text: string, s: number, i: number): boolean {
  if (i === s) return SUFFIX_CHARS.has(text[s + 1] ?? '') && wordAround(dict, text, s, 'before');
  if (i === s + 1) return PREFIX_CHARS.has(text[s] ?? '') && wordAround(dict, text, s + 1, 'after');
  return false;
}

/**
 * Whether the window at `s` is a party named by the short form of an institution the text has named
 * already: 科技馆…，馆方计划 (the museum's side), 医院…院方, 学校…校方. A report shortens the body it
 * has just named to its last character + 方, and that character is no slip there (馆方 is one step
 * from 官方, guǎn/guān sharing 官). The body must stand earlier in the text as a word ending in the
 * character and counted BASE times, so a lone 馆方 with no museum before it is still read.
 */
export function namedParty(dict: WordDictionary, text: string, s: number, i: number): boolean {
  if (i !== s || text[s + 1] !== '方') return false;
  const c = text[s]!;
  for (let j = text.lastIndexOf(c, s - 1); j > 0; j = text.lastIndexOf(c, j - 1)) {
    if (wordAround(dict, text, j, 'before')) return true;
  }
  return false;
}

/** Whether the character at `i` and one or two Han characters before (after) it are a word counted BASE times. */
function wordAround(dict: WordDictionary, text: string, i: number, side: 'before' | 'after'): boolean {
  for (let k = 1; k <= 2; k++) {
    if (side === 'before' && i - k < 0) return false;
    const word = side === 'before' ? text.slice(i - k, i + 1) : text.slice(i, i + k + 1);
    if (word.length !== k + 1 || !HAN_WORD.test(word)) return false;
    if (dict.freq(word) >= BASE) return true;
  }
  return false;
}
const HAN_WORD = /^\p{Script=Han}+$/u;
/** The least count of the word outside the window: jieba's floor entries (3) join a slip by chance. */
const BASE = 10;
