/**
 * Numbers as people write them in deadlines: Arabic (half or full width) or Chinese up to 九十九
 * (十, 十五, 二十, 两, 〇). Returns NaN for anything else so a caller can refuse the phrase.
 */
const DIGITS: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 兩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

export const NUMBER = '[0-9０-９]{1,4}|[〇零一二两兩三四五六七八九十]{1,3}';

export function toNumber(raw: string): number {
  const ascii = raw.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  if (/^\d+$/.test(ascii)) return Number(ascii);
  if (!/^[〇零一二两兩三四五六七八九十]+$/.test(raw)) return NaN;
  const ten = raw.indexOf('十');
  if (ten === -1) return raw.length === 1 ? (DIGITS[raw] ?? NaN) : NaN;
  if (raw.indexOf('十', ten + 1) !== -1) return NaN;
  const tens = ten === 0 ? 1 : (DIGITS[raw.slice(0, ten)] ?? NaN);
  const ones = ten === raw.length - 1 ? 0 : (DIGITS[raw.slice(ten + 1)] ?? NaN);
  return tens * 10 + ones;
}
