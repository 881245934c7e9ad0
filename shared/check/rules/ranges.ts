import type { Rule } from '../types';
import { matches } from './match';

const NUM = String.raw`\d+(?:\.\d+)?`;
/** Units whose omission on the first number changes its value: 9～16亿 reads as "9 to 1.6 billion". */
const UNIT = '[万亿萬億%％‰]';

/**
 * PUN-11 (GB/T 15835 §5.1.3, GB/T 15834 §4.13): in a range, the first number repeats a 万/亿 unit or
 * a %/‰ sign: 9～16亿 -> 9亿～16亿, 15～30% -> 15%～30%. The fix only copies the unit that is already
 * on the second number, so it cannot change the meaning the writer intended. A half-width ~ between
 * numbers is reported too, with ～ as the fix (it is the same mark in the wrong width). Plain units
 * such as 3～5天 are fine by the standard and left alone.
 */
export const rangeUnits: Rule = {
  id: 'PUN-11',
  severity: 'error',
  check(unit) {
    const s = unit.text;
    const missing = matches(s, new RegExp(`(?<![\\d.])(${NUM})([～~〜—])(${NUM})(${UNIT})`, 'gu'), (m) => {
      const [, a, mark, b, u] = m as unknown as [string, string, string, string, string];
      const tilde = mark === '~' || mark === '〜' ? '～' : mark;
      const expected = `${a}${u}${tilde}${b}${u}`;
      return { replacement: expected, params: { found: m[0], expected } };
    });
    const taken = new Set(missing.map((f) => f.offset));
    // The half-width ~ elsewhere (3~5天): only when Chinese text follows, so 1~2 in a code stays.
    const ascii = matches(s, new RegExp(`(?<![\\d.])(${NUM}${UNIT}?)[~〜](${NUM})(?=[${UNIT.slice(1, -1)}\\p{Script=Han}])`, 'gu'), (m) => {
      if (taken.has(m.index)) return null;
      const expected = `${m[1]}～${m[2]}`;
      return { replacement: expected, params: { found: m[0], expected } };
    });
    return [...missing, ...ascii];
  },
};
