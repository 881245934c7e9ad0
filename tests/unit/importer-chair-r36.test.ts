import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';
import { surnameTitleName } from '../../shared/importer/structure/people';

/**
 * The chair named by a three-character name with 长 inside, a class found on round 36's TEST sets
 * after their blind run (main session). Every text here is made up.
 */
describe('a name with 长 as its middle character', () => {
  it('is a name, not surname + 长 + given name', () => {
    expect(surnameTitleName('罗长松')).toBeNull();
    expect(surnameTitleName('李局长明')).toEqual({ name: '李明', title: '局长' });
  });

  it('chairs under the office the report gave it before', () => {
    const text = '3月2日，县文联全委会议召开。县文联主席罗长松，副主席王海、李明出席会议。罗长松主持会议。\n会议指出，要抓好落实。';
    const d = importText(text, { now: new Date('2026-12-01') }).draft;
    expect(d.meeting.chair).toEqual({ name: '罗长松', title: '县文联主席' });
    expect(d.meeting.attendees.map((p) => p.name)).not.toContain('罗长松');
  });
});

describe('a day alone before the chair, as a chronicle writes its entries', () => {
  it('is when, not part of the chair’s office', () => {
    const text = '本月大事\n1日  市长、市政府党组书记张立新主持召开市政府党组会议，集中学习有关文件。\n会议指出，要抓好落实。';
    const d = importText(text, { now: new Date('2026-12-01') }).draft;
    expect(d.meeting.chair).toEqual({ name: '张立新', title: '市长、市政府党组书记' });
  });
});

describe('retired comrades named after their standing', () => {
  it('are each a person titled 离退休老同志, not one group', () => {
    const text = '1月12日，常务副市长常海涛主持召开座谈会，征求老干部的意见。离退休老同志张明远、傅守义出席座谈会。\n会上，大家一致认为报告很好。';
    const d = importText(text, { now: new Date('2026-12-01') }).draft;
    expect(d.meeting.attendees.map((p) => `${p.name}|${p.title ?? ''}`)).toEqual(['张明远|离退休老同志', '傅守义|离退休老同志']);
  });
});
