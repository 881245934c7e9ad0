/**
 * Character classes shared by the cleanup steps and the structure recogniser. Han covers the
 * CJK ideograph blocks and 〇; "CJK punctuation" is the full-width set officials write.
 */
export const HAN = '\\p{Script=Han}〇';
export const HAN_RE = /[\p{Script=Han}〇]/u;
export const CJK_PUNCT = '，。、；：？！“”‘’（）《》〈〉【】〔〕…—·「」『』';
const CJK_PUNCT_SET = new Set(CJK_PUNCT);

export function isHan(ch: string | undefined): boolean {
  return ch !== undefined && HAN_RE.test(ch);
}

export function isCjkPunct(ch: string | undefined): boolean {
  return ch !== undefined && CJK_PUNCT_SET.has(ch);
}

/** Han or full-width punctuation: what makes a neighbouring ASCII mark "Chinese context". */
export function isChineseContext(ch: string | undefined): boolean {
  return isHan(ch) || isCjkPunct(ch);
}

/** Pinyin letters with tone marks (and ü), the tell of flattened ruby annotations. */
export const TONE_VOWELS = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ';
/** Zhuyin (bopomofo) and its tone marks, used for ruby in Taiwan. */
export const ZHUYIN = '\\u3105-\\u312F\\u31A0-\\u31BFˊˇˋ˙';

export const CHINESE_DIGITS = '〇零一二三四五六七八九十百千两兩';

/** Parses 一 … 九十九 (and 两/兩). Returns NaN for anything else. */
export function parseChineseNumber(s: string): number {
  const d: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 兩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
  if (/^\d+$/.test(s)) return Number(s);
  if (s.length === 1 && s in d) return d[s]!;
  const m = /^([一二三四五六七八九])?十([一二三四五六七八九])?$/.exec(s);
  if (m) return (m[1] ? d[m[1]]! : 1) * 10 + (m[2] ? d[m[2]]! : 0);
  return Number.NaN;
}

/** Circled numbers ①…⑳ → 1…20. */
export function circledNumber(ch: string): number {
  const c = ch.codePointAt(0) ?? 0;
  return c >= 0x2460 && c <= 0x2473 ? c - 0x245f : Number.NaN;
}
