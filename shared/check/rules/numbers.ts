import type { Rule } from '../types';
import { matches } from './match';

/** NUM-01: dates in Arabic digits are not zero-padded: 2024年02月08日 -> 2024年2月8日. */
export const datePadding: Rule = {
  id: 'NUM-01',
  severity: 'error',
  check(unit) {
    return matches(unit.text, /(\d{4})年(\d{1,2})月(?:(\d{1,2})日)?/gu, (m) => {
      const [month, day] = [m[2]!, m[3]];
      if (!month.startsWith('0') && !day?.startsWith('0')) return null;
      const fixed = `${m[1]}年${Number(month)}月${day ? `${Number(day)}日` : ''}`;
      return { replacement: fixed, params: { found: m[0], expected: fixed } };
    });
  },
};

/** NUM-02: years are never abbreviated: 24年3月. No fix: the century is a guess. (〔24〕 is PUN-04's.) */
export const shortYear: Rule = {
  id: 'NUM-02',
  severity: 'error',
  check(unit) {
    return matches(unit.text, /(?<![\d０-９])\d{2}年(?=\d{1,2}月)/gu, (m) => ({ params: { found: m[0] } }));
  },
};

/** NUM-04: 〇 in numbering (years), 零 in quantities; never 0 or O among Chinese numerals. */
export const zeroForms: Rule = {
  id: 'NUM-04',
  severity: 'error',
  check(unit) {
    const years = matches(unit.text, /[一二三四五六七八九〇零0OΟ○]{4}(?=年)/gu, (m) => {
      if (!/[一二三四五六七八九]/u.test(m[0]) || !/[零0OΟ○]/u.test(m[0])) return null;
      const fixed = m[0].replace(/[零0OΟ○]/gu, '〇');
      return { replacement: fixed, params: { found: m[0], expected: fixed } };
    });
    const quantities = matches(unit.text, /(?<=[十百千万萬亿億])[〇0](?=[一二三四五六七八九])/gu, () => ({ replacement: '零', params: { found: '〇', expected: '零' } }));
    return [...years, ...quantities];
  },
};

/** NUM-07: Arabic digits are half-width. */
export const fullWidthDigits: Rule = {
  id: 'NUM-07',
  severity: 'error',
  check(unit) {
    return matches(unit.text, /[０-９]+/gu, (m) => {
      const fixed = [...m[0]].map((c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).join('');
      return { replacement: fixed, params: { found: m[0], expected: fixed } };
    });
  },
};

/** NUM-03: adjacent numerals as an estimate take no 顿号: 三、四天 -> 三四天. */
export const estimateComma: Rule = {
  id: 'NUM-03',
  severity: 'error',
  check(unit) {
    return matches(unit.text, /(?<![第\d])([一二三四五六七八九])、([一二三四五六七八九])(?=[天年月日个個人次岁歲倍成])/gu, (m) => ({
      replacement: `${m[1]}${m[2]}`,
      params: { found: m[0], expected: `${m[1]}${m[2]}` },
    }));
  },
};
