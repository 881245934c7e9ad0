/**
 * Deadline reading on phrases the parser was not written against: keyed by hand (meeting on
 * Saturday 2025-03-01) before the first run, and not edited afterwards. The first-run figure is
 * kept in docs/BENCHMARKS.md beside any later one.
 *   tsx bench/deadlines-heldout.ts
 */
import { parseDeadline } from '../shared/tasks';
import { figure } from './figures';

const MEETING = '2025-03-01';
const KEY: [phrase: string, expected: string][] = [
  ['9月底前', '2025-09-30'],
  ['本月20日前', '2025-03-20'],
  ['10月份', '2025-10-31'],
  ['本周内', '2025-03-02'],
  ['下周五前', '2025-03-07'],
  ['二季度末', '2025-06-30'],
  ['今年底', '2025-12-31'],
  ['2025年底前', '2025-12-31'],
  ['三个工作日内', '2025-03-05'],
  ['会后一周内', '2025-03-08'],
  ['半月内', '2025-03-16'],
  ['年内', '2025-12-31'],
  ['12月上旬', '2025-12-10'],
  ['下半年', '2025-12-31'],
  ['明年一季度', '2026-03-31'],
  ['中秋节前', '2025-10-05'],
  ['五一前', '2025-04-30'],
  ['4月15日之前', '2025-04-15'],
  ['两个月内', '2025-05-01'],
  ['端午节前', '2025-05-30'],
  ['6月上旬', '2025-06-10'],
];

let right = 0;
for (const [phrase, expected] of KEY) {
  const got = parseDeadline(phrase, MEETING);
  const ok = got.date === expected;
  if (ok) right++;
  console.log(`${ok ? 'ok  ' : 'MISS'} ${phrase}\texpected ${expected}\tgot ${got.date ?? got.kind}`);
}
console.log(`held-out deadlines: ${right}/${KEY.length} read to the keyed date`);
figure('deadlines, held-out phrases read right', (100 * right) / KEY.length, '%');
