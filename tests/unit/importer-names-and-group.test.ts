import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';

// Bare names, then 及 and a group (胡某、张某及市纪委监委相关负责人应邀出席会议): each name is an
// attendee and the group one entry. Every text here is made up.
const NOW = new Date('2026-03-05T00:00:00Z');
const OPENING = '1月28日，市长周明主持召开市政府第5次常务会议。\n会议研究了有关事项。\n';
const attendees = (line: string) => importText(OPENING + line, { now: NOW }).draft.meeting.attendees.map((a) => a.name);

describe('names, then 及 and a group', () => {
  it('reads each name and the group, in either script', () => {
    expect(attendees('市领导柴文英、许正奇出席会议；胡红山、张立远及市纪委监委相关负责人应邀出席会议。')).toEqual(['柴文英', '许正奇', '胡红山', '张立远', '市纪委监委相关负责人']);
    expect(attendees('胡紅山、張立遠及市紀委監委相關負責人應邀出席會議。')).toEqual(['胡紅山', '張立遠', '市紀委監委相關負責人']);
  });

  it('reads no names out of units before 及', () => {
    // Units are no names: the list is left as the reader had it (no attendee named from it).
    expect(attendees('财政局、住建局及各乡镇负责人列席会议。')).not.toContain('财政局');
  });
});
