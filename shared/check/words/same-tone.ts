import { pinyin } from 'pinyin-pro';

/**
 * Whether the character at `at` reads with the same tone in `written` as in `meant`, each read in
 * its word (a 多音字 takes the word's reading). Taiwan's input methods (Zhuyin: chewing, the
 * Microsoft and Apple ones) are typed with the tone, so a slip of the ear there offers only
 * characters of the same syllable and tone: 防訊 for 防汛 (xùn, xùn), never 建管 for 監管 (jiàn,
 * jiān) — a word of its own that only a toneless match makes alike.
 */
export function sameTone(written: string, meant: string, at: number): boolean {
  const a = pinyin(written, { toneType: 'num', type: 'array' })[at];
  return a !== undefined && a === pinyin(meant, { toneType: 'num', type: 'array' })[at];
}
