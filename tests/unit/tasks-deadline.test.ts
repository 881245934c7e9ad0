import { describe, expect, it } from 'vitest';
import { findDeadlinePhrase, parseDeadline } from '../../shared/tasks';

/**
 * Deadlines as written, read against the meeting's date. Expected dates were worked out by hand
 * from the calendar (holiday notices of the State Council for the 工作日 rows), not copied from the
 * parser's output. The meeting date is varied across year ends, leap years and the Spring Festival.
 */
const TABLE: [meeting: string, phrase: string, expected: string | null][] = [
  // a year end: month/day phrases roll into the next year, 年底 stays in this one
  ['2024-12-25', '3月底前', '2025-03-31'],
  ['2024-12-25', '年底前', '2024-12-31'],
  ['2024-12-25', '上半年', '2025-06-30'],
  ['2024-12-25', '第一季度末', '2025-03-31'],
  ['2024-12-25', '11月中旬', '2025-11-20'],
  ['2024-12-25', '下月10日前', '2025-01-10'],
  ['2024-12-25', '元旦前', '2024-12-31'],
  ['2024-12-25', '一个月内', '2025-01-25'],
  ['2024-12-25', '两周内', '2025-01-08'],
  ['2024-12-25', '6月30日前', '2025-06-30'],
  // into a leap year: 2月底 is the 29th
  ['2023-12-28', '2月底前', '2024-02-29'],
  ['2023-12-28', '3月底前', '2024-03-31'],
  ['2023-12-28', '春节前', '2024-02-09'],
  // 2023-12-29 works, 12-30..2024-01-01 is 元旦, then 10 weekdays end on 01-12
  ['2023-12-28', '10个工作日内', '2024-01-12'],
  ['2023-12-28', '国庆节前', '2024-09-30'],
  // inside a leap year
  ['2024-02-15', '2月底前', '2024-02-29'],
  ['2024-02-15', '两周内', '2024-02-29'],
  ['2024-02-15', '一个月内', '2024-03-15'],
  ['2024-01-31', '一个月内', '2024-02-29'],
  ['2025-01-31', '一个月内', '2025-02-28'],
  ['2024-02-15', '第一季度末', '2024-03-31'],
  // the Spring Festival: before it (2025-01-29) and after it (next: 2026-02-17)
  ['2025-01-10', '春节前', '2025-01-28'],
  ['2025-02-10', '春节前', '2026-02-16'],
  ['2025-01-10', '10个工作日内', '2025-01-24'],
  // 01-26 (Sunday) and 02-08 (Saturday) are make-up workdays; 01-28..02-04 is the holiday
  ['2025-01-20', '10个工作日内', '2025-02-08'],
  ['2025-02-10', '3月底前', '2025-03-31'],
  // National Day 2025: 09-28 (Sunday) and 10-11 (Saturday) are workdays, 10-01..10-08 off
  ['2025-09-26', '10个工作日内', '2025-10-16'],
  ['2025-09-26', '国庆节前', '2025-09-30'],
  ['2025-10-15', '国庆节前', '2026-09-30'],
  ['2025-09-26', '下月10日前', '2025-10-10'],
  ['2025-11-20', '11月中旬', '2025-11-20'],
  ['2025-11-21', '11月中旬', '2026-11-20'],
  ['2025-11-20', '本月底前', '2025-11-30'],
  ['2025-12-15', '下月底前', '2026-01-31'],
  // phrases with explicit years or other forms
  ['2025-05-06', '2026年3月31日前', '2026-03-31'],
  ['2025-05-06', '会后7日内', '2025-05-13'],
  ['2025-05-06', '30天内', '2025-06-05'],
  ['2025-05-06', '三个月内', '2025-08-06'],
  ['2025-05-06', '十五日内', '2025-05-21'],
  // Traditional script
  ['2025-01-10', '會後7日內', '2025-01-17'],
  ['2025-01-10', '兩週內', '2025-01-24'],
];

describe('parseDeadline', () => {
  it.each(TABLE)('meeting %s, %s -> %s', (meeting, phrase, expected) => {
    const d = parseDeadline(phrase, meeting);
    expect(d.kind).toBe('date');
    expect(d.date).toBe(expected);
  });

  it.each([
    ['长期坚持', 'ongoing'],
    ['持续推进', 'ongoing'],
    ['即日起', 'ongoing'],
    ['常态化开展', 'ongoing'],
    ['每月5日前报送进展', 'recurring'],
    ['尽快', 'unparsed'],
    ['', 'none'],
  ] as const)('%s is %s, without a date', (phrase, kind) => {
    const d = parseDeadline(phrase, '2025-03-01');
    expect(d.kind).toBe(kind);
    expect(d.date).toBeNull();
  });

  it('needs the meeting date for relative phrases, not for full dates', () => {
    expect(parseDeadline('3月底前', '').kind).toBe('unparsed');
    expect(parseDeadline('2025年3月31日前', '').date).toBe('2025-03-31');
  });

  it('marks workday counts beyond the holiday data as approximate', () => {
    expect(parseDeadline('10个工作日内', '2025-09-26').approximate).toBe(false);
    expect(parseDeadline('10个工作日内', '2026-12-28').approximate).toBe(true);
  });

  it('refuses impossible days instead of moving them', () => {
    expect(parseDeadline('2月30日前', '2025-01-01').kind).toBe('unparsed');
  });

  it('finds the deadline clause in a decision sentence', () => {
    expect(findDeadlinePhrase('由市财政局牵头，市发改委配合，6月底前完成方案制定。', '2025-03-01')).toBe('6月底前');
    expect(findDeadlinePhrase('由市应急局负责，10个工作日内制定防汛应急预案', '2025-03-01')).toBe('10个工作日内');
    expect(findDeadlinePhrase('建立重点项目周调度机制，长期坚持', '2025-03-01')).toBe('长期坚持');
    expect(findDeadlinePhrase('会议原则同意该方案。', '2025-03-01')).toBe('');
  });
});
