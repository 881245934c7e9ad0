import type { Rule } from '../types';
import { isChinese, isHan, matches } from './match';

/** PUN-01: half-width marks in Chinese text (GB/T 15834 §4 forms). */
const HALF: Record<string, string> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！', '(': '（', ')': '）' };
export const halfWidthPunctuation: Rule = {
  id: 'PUN-01',
  severity: 'error',
  check(unit) {
    const s = unit.text;
    const out = [];
    for (let i = 0; i < s.length; i++) {
      const ch = s[i]!;
      const full = HALF[ch];
      if (!full) continue;
      if ((ch === ',' || ch === ':') && /\d/.test(s[i - 1] ?? '') && /\d/.test(s[i + 1] ?? '')) continue;
      if (ch === ':' && s[i + 1] === '/') continue;
      if (!isChinese(s[i - 1]) && !isChinese(s[i + 1])) continue;
      // A '?' between Han characters is more likely a lost character than a question: no fix offered.
      const damaged = ch === '?' && isHan(s[i - 1]) && isHan(s[i + 1]);
      out.push(damaged ? { offset: i, length: 1, params: { found: ch, expected: full } } : { offset: i, length: 1, replacement: full, params: { found: ch, expected: full } });
    }
    return out;
  },
};

/** PUN-10: mainland quotation marks “ ” ‘ ’, not ASCII quotes and (in Simplified) not 「」. */
export const quotes: Rule = {
  id: 'PUN-10',
  severity: 'error',
  check(unit, ctx) {
    const s = unit.text;
    const out = [];
    const straight = [...s.matchAll(/"/g)].map((m) => m.index);
    for (let k = 0; k < straight.length; k++) {
      const i = straight[k]!;
      if (!isHan(s[i - 1]) && !isHan(s[i + 1]) && !isChinese(s[i - 1]) && !isChinese(s[i + 1])) continue;
      out.push({ offset: i, length: 1, replacement: k % 2 === 0 ? '“' : '”', params: { found: '"' } });
    }
    if (ctx.script === 'hans') {
      for (const m of s.matchAll(/[「」『』]/g)) {
        const rep = ({ '「': '“', '」': '”', '『': '‘', '』': '’' } as Record<string, string>)[m[0]]!;
        out.push({ offset: m.index, length: 1, replacement: rep, params: { found: m[0] } });
      }
    }
    return out;
  },
};

/** PUN-09: ellipsis is two U+2026, dash two U+2014. */
export const ellipsisAndDash: Rule = {
  id: 'PUN-09',
  severity: 'error',
  check(unit) {
    const s = unit.text;
    return [
      ...matches(s, /\.{3,}|。{3,}|…{3,}|(?<!…)…(?!…)|·{3,}/g, (m) => (isChinese(s[m.index - 1]) || isChinese(s[m.index + m[0].length]) ? { replacement: '……', params: { found: m[0] } } : null)),
      ...matches(s, /(?<![-—])(--|—(?!—)|－－|一一(?=[\p{Script=Han}]))(?![-—])/gu, (m) => {
        if (m[0] === '一一') return null;
        if (m[0] === '—' && s[m.index - 1] === '—') return null;
        return isChinese(s[m.index - 1]) || isChinese(s[m.index + m[0].length]) ? { replacement: '——', params: { found: m[0] } } : null;
      }),
    ];
  },
};

/** PUN-02: the year of a 发文字号 sits in 六角括号 〔〕. */
export const docNumberBrackets: Rule = {
  id: 'PUN-02',
  severity: 'error',
  check(unit) {
    return matches(unit.text, /([\p{Script=Han}]{1,12})[[【（(［](\d{4})[\]】）)］](第?\d+号|第?\d+號)/gu, (m) => ({
      replacement: `${m[1]}〔${m[2]}〕${m[3]!.replace(/^第/, '').replace(/^0+(?=\d)/, '')}`,
      params: { found: m[0] },
    }));
  },
};

/** PUN-07: a 书名号 inside a 书名号 is single 〈〉. */
export const nestedTitleMarks: Rule = {
  id: 'PUN-07',
  severity: 'error',
  check(unit) {
    const s = unit.text;
    const out = [];
    let depth = 0;
    const open: number[] = [];
    for (let i = 0; i < s.length; i++) {
      if (s[i] === '《') {
        depth++;
        open.push(i);
        if (depth === 2) out.push({ offset: i, length: 1, replacement: '〈', params: { found: '《' } });
      } else if (s[i] === '》' && depth > 0) {
        if (depth === 2) out.push({ offset: i, length: 1, replacement: '〉', params: { found: '》' } });
        depth--;
        open.pop();
      }
    }
    return out;
  },
};

/** PUN-05: a title takes no closing punctuation. */
export const titleEnd: Rule = {
  id: 'PUN-05',
  severity: 'warning',
  fields: ['title', 'heading'],
  check(unit) {
    return matches(unit.text, /[。，、；：！？.,;:!?]+$/gu, (m) => ({ replacement: '', params: { found: m[0] } }));
  },
};
