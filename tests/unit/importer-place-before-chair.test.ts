import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';
import { parsePerson } from '../../shared/importer/structure/people';

/** Where the meeting sat, written right before the chair with no comma, is no part of the title. Made-up texts. */
const NOW = new Date('2026-03-05T00:00:00Z');
const chairOf = (opening: string) => importText([opening, '崔明指出，要抓好落实。'].join('\n'), { now: NOW }).draft.meeting.chair;

describe('a meeting room before the chair', () => {
  it('leaves the room out of the chair’s title, in either script', () => {
    expect(chairOf('22日下午，在集团2楼会议室省纪委第三监督检查室副主任崔明主持召开工作例会。')).toEqual({ name: '崔明', title: '省纪委第三监督检查室副主任' });
    expect(chairOf('22日下午，在集團2樓會議室省紀委第三監督檢查室副主任崔明主持召開工作例會。')).toEqual({ name: '崔明', title: '省紀委第三監督檢查室副主任' });
  });

  it('keeps a title that only names a place in its body', () => {
    expect(parsePerson('县会堂管理处主任王强')).toEqual({ name: '王强', title: '县会堂管理处主任' });
  });
});
