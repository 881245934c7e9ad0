import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';

/** A post or team named after visiting work (调研员, 考察组) in a list of who attended. Made-up texts. */
const NOW = new Date('2026-03-05T00:00:00Z');
const opening = '3月5日上午，县统计局召开党组会议，局长王强主持会议。';
const business = '会议传达学习了全国两会精神。';
const who = (sentence: string) => importText([opening + sentence, business].join('\n'), { now: NOW }).draft.meeting.attendees.map((p) => (p.title ? `${p.title}${p.name}` : p.name));

describe('调研员 and 考察组 are who attended, not a visit', () => {
  it('keeps every comma-separated group before 参加会议', () => {
    expect(who('局领导，四级调研员，各股室负责人参加会议。')).toEqual(['局领导', '四级调研员', '各股室负责人']);
  });

  it('keeps the named people before a 调研员 in the list', () => {
    expect(who('副局长李明，调研员张华，各股室负责人参加会议。')).toEqual(['副局长李明', '调研员张华', '各股室负责人']);
  });

  it('keeps an inspection team named before others', () => {
    expect(who('市考察组组长赵刚，副局长李明参加会议。')).toEqual(['市考察组组长赵刚', '副局长李明']);
  });

  // The visit clause is no part of the list; since round 40 its leader, who 到 a place to 调研, is a
  // visitor who attends (KEYING 18), read on his own.
  it('still drops the visit clause before those who came along', () => {
    const r = importText(['3月5日上午，县委书记王强到溪口镇调研，副县长李明参加调研。', business].join('\n'), { now: NOW });
    expect(r.draft.meeting.attendees.map((p) => p.name)).toEqual(['王强', '李明']);
  });
});

describe('陪同…的还有 names who came along', () => {
  const names = (text: string) => importText([text, business].join('\n'), { now: NOW }).draft.meeting.attendees.map((p) => `${p.title}${p.name}`);

  it('reads 陪同调研的还有 in a second opening sentence', () => {
    // The leader who 到 the bureau to 调研 and holds the talk attends too (KEYING 17, 18).
    expect(names('3月5日上午，县委书记王强到县统计局调研并召开座谈会。陪同调研的还有副县长李明、县政府办主任张华。')).toEqual(['县委书记王强', '副县长李明', '县政府办主任张华']);
  });

  it('reads 陪同的还有 after the chair sentence', () => {
    expect(names('3月5日上午，县统计局召开党组会议，局长王强主持会议。陪同的还有副县长李明。')).toEqual(['副县长李明']);
  });

  it('reads no one from a 陪同的还有 that names no titled person', () => {
    expect(names('3月5日上午，县统计局召开党组会议，局长王强主持会议。他说，陪同的还有很多困难。')).toEqual([]);
  });
});
