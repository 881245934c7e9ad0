import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';
import { closedDate } from '../../shared/importer/structure/dates';

/**
 * Spaces a PDF's capture put inside a date (98 年 2 月 13 日) are damage: the date text is written as
 * a clean draft writes it (KEYING 14). Made-up texts (round 42, import-100c).
 */
const NOW = new Date('2026-03-05T00:00:00Z');
const BODY = '会议强调，要压紧压实安全生产责任，确保全县安全形势持续稳定，各部门要抓好落实。';
const read = (opening: string) => importText(['松林县召开安全生产工作会议', opening, BODY].join('\n'), { now: NOW }).recognized.dateText;

describe('a date the capture spaced out', () => {
  it('closes the spaces between numbers and date marks', () => {
    expect(read('2025 年 3 月 14 日下午 2 時 30 分，松林县召开安全生产工作会议，县长周海明主持会议。')).toBe('2025年3月14日下午2時30分');
    expect(read('中華民國 1 1 4 年 3 月 14 日，松林縣召開安全生產工作會議，縣長周海明主持會議。')).toBe('中華民國114年3月14日');
  });
});

describe('closedDate', () => {
  it('keeps the space between a day and a clock of several digits, and after a bracket', () => {
    expect(closedDate('2018-11-20 09:00:00')).toBe('2018-11-20 09:00:00');
    expect(closedDate('10342(週三) 08:30')).toBe('10342(週三) 08:30');
    expect(closedDate('3 月 17 日下午')).toBe('3月17日下午');
  });
});
