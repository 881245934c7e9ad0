import type { WordDictionary } from './dictionary';

/** Demonstratives and quantifiers that take a measure word (这座, 每项, 该条). */
const COUNTERS = '这那每该某各此本哪';
/** Numeral characters (一座, 两台, 十项): never a slip of the measure words' kind (三卷, 十兆: slip.ts). */
export const NUMERALS = '〇零一二三四五六七八九十百千万亿两几半双兆';

/**
 * Whether a near-miss would put numeral `ch` for the numeral at `at` of `text` (不足一千瓦时 read as
 * 亿千瓦时): a count is the writer's data, and a same-sound or look-alike numeral gives no sign of
 * which count was meant.
 */
export function numeralForNumeral(text: string, at: number, ch: string): boolean {
  return NUMERALS.includes(text[at]!) && NUMERALS.includes(ch);
}

/**
 * Whether the character at `s` of `text`, a token of one character, is a measure word counting what
 * follows it: jieba tags it q and a demonstrative, quantifier or numeral stands before it (这座 +
 * 危桥, 一座 + 新桥, 3 + 座). It belongs to its count, not to a broken word with the character after
 * it: the near-miss and slip rules read no window that starts there (这座危桥: 座危 → 座位 was a
 * false warning on a keyed clean sentence, round 28).
 */
export function countingMeasure(dict: WordDictionary, text: string, s: number, tokenLength: number): boolean {
  if (tokenLength !== 1 || !/^q/.test(dict.tagOf(text[s]!) ?? '')) return false;
  const before = text[s - 1] ?? '';
  return COUNTERS.includes(before) || NUMERALS.includes(before) || /[0-9０-９]/.test(before);
}

/** Characters that each name a level of an organisation or of government (省, 县, 校, 院, 处 …). */
const LEVEL_CHARS = '省市县区乡镇村组校院系所部厅局处科室队站党政';

/**
 * Whether text[start, end) is levels counted before 两级/三级 (校院两级, 县乡村三级): one character a
 * level, an enumeration, not a word, whatever rare entry jieba holds for the pair (校院 → 校园).
 */
export function countedLevels(text: string, start: number, end: number): boolean {
  return /^[两三四五六]级/.test(text.slice(end, end + 2)) && [...text.slice(start, end)].every((ch) => LEVEL_CHARS.includes(ch));
}
