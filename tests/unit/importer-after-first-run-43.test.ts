import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';

// Reports written for this test (fictional bodies and people), not taken from any bench set.
const NOW = new Date('2026-01-01T00:00:00Z');
const draft = (text: string) => importText(text, { now: NOW }).draft;

describe('a motto written inside the name after the body that convened it (KEYING 23)', () => {
  it('drops 以“…”为主题的 between the body and a name that opens with a year', () => {
    const d = draft('3月5日，青禾县实验小学召开了以“携手向未来”为主题的2025年秋季学期第二次校务会。会议由校长王某主持。');
    expect(d.meeting.name).toBe('青禾县实验小学2025年秋季学期第二次校务会');
  });

  it('keeps a quoted theme written without 以…为主题 in the name (KEYING 26)', () => {
    const d = draft('3月5日，青禾县召开“携手向未来”专题协商座谈会。会议由县政协主席王某主持。');
    expect(d.meeting.name).toBe('青禾县“携手向未来”专题协商座谈会');
  });
});

describe('the small forms of the marks (U+FE50–FE57) are the ordinary marks', () => {
  it('reads a list of names joined by ﹑ as a list of people', () => {
    const d = draft('3月5日，青禾县实验小学召开2025年秋季学期第二次校务会。青禾县人大常委会副主任欧阳明﹑伍楚雄出席会议。');
    expect(d.meeting.attendees.map((a) => `${a.title} ${a.name}`)).toEqual(['青禾县人大常委会副主任 欧阳明', '青禾县人大常委会副主任 伍楚雄']);
  });

  it('turns small commas and colons into full-width ones in the imported text', () => {
    const r = importText('会议强调﹕要抓好落实﹐确保按期完成。', { now: NOW });
    expect(r.text).toContain('会议强调：要抓好落实，确保按期完成。');
  });
});

describe('a private-use character is content, not a line of marks', () => {
  it('keeps a line holding only a private-use character (a kept stretch stands in as one)', () => {
    const r = importText('3月5日，青禾县召开座谈会。\n\uE000\n会议强调，要抓好落实。', { now: NOW });
    expect(r.text).toContain('\uE000');
    expect(r.removed.filter((c) => c.original.includes('\uE000'))).toEqual([]);
  });
});
