import type { Finding, GroupRule, Unit } from '../types';

/**
 * LNG-04 (GB/T 15835 §5.1.1): long numbers may be grouped with 千分撇 (12,345) or a quarter-em space
 * (12 345), but one document uses one style. The first grouped number sets the style; later numbers
 * in the other style are noted. Ungrouped numbers are not compared: five or more bare digits are as
 * often a code, a 份号 or a postcode as a quantity. No fix: either style is right.
 */
const GROUPED = /(?<![\d.,])\d{1,3}(?:(,)\d{3}|([ \u2005\u2009\u202f])\d{3})(?:[, \u2005\u2009\u202f]\d{3})*(?![\d,])/gu;

export const digitGrouping: GroupRule = {
  id: 'LNG-04',
  severity: 'info',
  check(units) {
    const out: { unit: Unit; finding: Finding }[] = [];
    let first: { style: string; text: string } | null = null;
    for (const unit of units) {
      if (!/\d[, \u2005\u2009\u202f]\d{3}/u.test(unit.text)) continue;
      for (const m of unit.text.matchAll(GROUPED)) {
        const style = m[1] ? 'comma' : 'space';
        // All separators of one number must agree, or it is not a grouped number (e.g. "1,234 567").
        const seps = new Set(m[0].replace(/\d/g, ''));
        if (seps.size !== 1) continue;
        if (!first) first = { style, text: m[0] };
        else if (style !== first.style) out.push({ unit, finding: { offset: m.index, length: m[0].length, params: { found: m[0], first: first.text } } });
      }
    }
    return out;
  },
};
