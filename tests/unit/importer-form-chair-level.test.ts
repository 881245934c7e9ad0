import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';

/**
 * A form's chair line (主持：…) whose title opens with a level word (区, 县, 市): the level is part of
 * the title, never a surname read in the Taiwan order (surname, title, given name). Every text here
 * is made up.
 */
const NOW = new Date('2026-03-05T00:00:00Z');
const chair = (text: string) => importText(text, { now: NOW }).draft.meeting.chair;

describe('labelled chair with a level word before the title', () => {
  it('reads 区人大常委会主任王强 title first', () => {
    expect(chair('区人大常委会第十次会议纪要\n时间：3月5日上午\n主持：区人大常委会主任王强\n出席：副主任李明、张华\n会议听取了区政府的报告。')).toEqual({
      name: '王强',
      title: '区人大常委会主任',
    });
  });

  it('still reads a listed surname, the title and the given name in the Taiwan order', () => {
    expect(chair('縣務會議紀錄\n時間：3月5日上午\n主席：陳主任委員志明\n會議聽取了縣府的報告。')).toEqual({ name: '陳志明', title: '主任委員' });
  });
});
