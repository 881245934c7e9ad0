import type { Finding } from '../types';

export const HAN = /[\p{Script=Han}]/u;
export const isHan = (ch: string | undefined): boolean => ch !== undefined && HAN.test(ch);
const FULL_PUNCT = '，。、；：？！“”‘’（）《》〈〉【】〔〕…—「」『』';
export const isChinese = (ch: string | undefined): boolean => isHan(ch) || (ch !== undefined && FULL_PUNCT.includes(ch));

/** Every match of a global regex as a finding, with an optional replacement builder. */
export function matches(text: string, pattern: RegExp, make?: (m: RegExpExecArray) => Partial<Finding> | null): Finding[] {
  // A non-global regex would match the same place forever.
  const re = pattern.global ? pattern : new RegExp(pattern.source, `${pattern.flags}g`);
  const out: Finding[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    const extra = make ? make(m) : {};
    if (extra === null) continue;
    out.push({ offset: m.index, length: m[0].length, ...extra });
  }
  return out;
}
