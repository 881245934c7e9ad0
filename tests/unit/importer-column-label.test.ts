import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';

// A news column's name printed above the headline (黨委要聞, 工作动态) is the page's section label,
// not the title. Every text here is made up.
const NOW = new Date('2026-03-05T00:00:00Z');
const removed = (text: string) => importText(text, { now: NOW }).removed.map((x) => x.original.trim());

describe('a column label above the headline', () => {
  it('is never the title, in either script', () => {
    const page =
      '黨委要聞\n市委組織部、市醫院管理局黨委到我院宣布黨委書記的任免決定\n2017年10月11日下午，市委組織部到我院宣布黨委書記任免決定。副處長羅宇同志出席會議。\n市委組織部、市醫院管理局黨委到我院宣布黨委書記的任免決定';
    expect(importText(page, { now: NOW }).draft.title).not.toBe('黨委要聞');
    expect(removed(page)).toContain('黨委要聞');
    expect(importText('工作动态\n青河县召开防汛抗旱工作会议\n3月2日，青河县召开防汛抗旱工作会议。县长李明主持会议。', { now: NOW }).draft.title).toBe('青河县召开防汛抗旱工作会议');
  });

  it('is no long headline that ends in one of those words', () => {
    const r = importText('青河县防汛抗旱工作最新动态\n3月2日，青河县召开防汛抗旱工作会议。县长李明主持会议。', { now: NOW });
    expect(r.draft.title).toBe('青河县防汛抗旱工作最新动态');
  });
});
