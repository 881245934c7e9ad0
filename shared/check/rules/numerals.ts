import type { Rule } from '../types';
import { matches } from './match';

/**
 * NUM-05 (GB/T 15835 §5.3): one number is not written half in Arabic, half in Chinese numerals:
 * 4千, 1百零8. 万 and 亿 after Arabic digits are allowed (10亿零817万5288). Metric units that start
 * with 千 or 百 (千米, 千克, 千瓦, 百分点 …) are words, not numerals, and are skipped. No fix: both
 * 4000 and 四千 are right and the choice is the writer's.
 */
export const mixedNumerals: Rule = {
  id: 'NUM-05',
  severity: 'error',
  check(unit) {
    return matches(unit.text, /\d+[十百千拾佰仟](?![米克瓦伏帕焦卡赫兆]|分之|分点|分點|公里|公顷|公頃|瓦时|瓦時)[十百千零〇一二三四五六七八九\d]*/gu, (m) => ({ params: { found: m[0] } }));
  },
};

/**
 * NUM-06 (GB/T 15835 §4.2): fixed expressions keep Chinese numerals. A closed list, because a digit
 * is right in most other places; each entry's fix is the one spelling of that expression.
 */
// Not 3农: "帮扶3农户" is a count. Entries must be unambiguous as written.
const FIXED: readonly [wrong: string, right: string][] = [
  ['13五', '十三五'],
  ['14五', '十四五'],
  ['15五', '十五五'],
  ['5四运动', '五四运动'],
  ['5四運動', '五四運動'],
  ['5四青年节', '五四青年节'],
  ['5四精神', '五四精神'],
  ['1带1路', '一带一路'],
  ['1帶1路', '一帶一路'],
  ['中央8项规定', '中央八项规定'],
  ['中央8項規定', '中央八項規定'],
  ['4个意识', '四个意识'],
  ['4个自信', '四个自信'],
  ['2个维护', '两个维护'],
  ['2个确立', '两个确立'],
  ['3严3实', '三严三实'],
  ['2学1做', '两学一做'],
  ['3會一課', '三會一課'],
  ['3会一课', '三会一课'],
];
const FIXED_RE = new RegExp(`(?<![\\d.])(?:${FIXED.map(([w]) => w).join('|')})(?![\\d月日年])`, 'gu');
const RIGHT = new Map(FIXED);

export const fixedExpressions: Rule = {
  id: 'NUM-06',
  severity: 'warning',
  check(unit) {
    return matches(unit.text, FIXED_RE, (m) => {
      const expected = RIGHT.get(m[0])!;
      return { replacement: expected, params: { found: m[0], expected } };
    });
  },
};
