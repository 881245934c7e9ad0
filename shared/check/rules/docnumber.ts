import { parseChineseNumber } from '../../importer/chars';
import type { Finding, Rule } from '../types';
import { matches } from './match';

/**
 * PUN-03: the sequence of a 发文字号 has no 第, no leading zero and ends in 号 (GB/T 9704 §7.2.5).
 * Only numbers already in 〔〕 are looked at: a wrong bracket is PUN-02's, whose fix also drops
 * 第 and zeros, so the two never report the same text. The fix is certain: it only deletes 第 and
 * zeros, or adds 号 where the sequence stops at a punctuation mark or the end of the line.
 */
export const docNumberSequence: Rule = {
  id: 'PUN-03',
  severity: 'error',
  check(unit) {
    return matches(unit.text, /〔(\d{4})〕(第?)(\d+)([号號]?)/gu, (m) => {
      const [, year, di, seq, hao] = m as unknown as [string, string, string, string, string];
      const after = unit.text[m.index + m[0].length];
      // Without 号, only a clear end (mark or line end) is a missing 号; 〔2024〕1-3 or a letter is left alone.
      const missingHao = !hao && (after === undefined || /[，。、；：）)”\s]/u.test(after));
      if (!di && !seq.startsWith('0') && !missingHao) return null;
      if (!hao && !missingHao) return null;
      const fixedSeq = seq.replace(/^0+(?=\d)/, '');
      if (fixedSeq === '0') return { params: { found: m[0], expected: m[0] } };
      const expected = `〔${year}〕${fixedSeq}${hao || '号'}`;
      return { replacement: expected, params: { found: m[0], expected } };
    });
  },
};

/**
 * PUN-04: the year of a 发文字号 has four digits: 国发〔24〕3号 -> 国发〔2024〕3号. No fix: the century is
 * a guess. Also in the wrong brackets ([24], 【24】, （24）) when a 号 follows, so the 发文字号 is clear.
 */
export const docNumberYear: Rule = {
  id: 'PUN-04',
  severity: 'error',
  check(unit) {
    return [
      ...matches(unit.text, /〔\d{1,3}〕/gu, (m) => ({ params: { found: m[0] } })),
      ...matches(unit.text, /(?<=[\p{Script=Han}])[[【（(［]\d{1,3}[\]】）)］](?=第?\d+[号號])/gu, (m) => ({ params: { found: m[0] } })),
    ];
  },
};

/**
 * NUM-09: 份号 is six Arabic digits (GB/T 9704 §7.2.1) and a 保密期限 is written in Arabic digits
 * (§7.2.2): 份号 12 -> 000012, 机密★一年 -> 机密★1年. Both fixes are mechanical. A 纪要 or 简报 that is
 * classified carries both on its first page.
 */
export const copyNumberAndTerm: Rule = {
  id: 'NUM-09',
  severity: 'error',
  check(unit) {
    const out: Finding[] = [];
    out.push(
      ...matches(unit.text, /(份号|份號)([:：]?[ \u3000]*)(\d{1,5})(?!\d)/gu, (m) => {
        const padded = m[3]!.padStart(6, '0');
        const offset = m.index + m[1]!.length + m[2]!.length;
        return { offset, length: m[3]!.length, replacement: padded, params: { found: m[3]!, expected: padded } };
      }),
    );
    out.push(
      ...matches(unit.text, /(?<=(?:绝密|機密|机密|秘密|絕密)★)([一二三四五六七八九十两兩]{1,3})(?=年|个月|個月|月)/gu, (m) => {
        const n = parseChineseNumber(m[0]);
        if (Number.isNaN(n)) return { params: { found: m[0], expected: m[0] } };
        return { replacement: String(n), params: { found: m[0], expected: String(n) } };
      }),
    );
    return out;
  },
};
