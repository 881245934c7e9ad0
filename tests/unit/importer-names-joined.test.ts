import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';

/**
 * A list of bare names whose last two are joined by 及/和/与 instead of 、 (round 32, after the first
 * run: heldout-62 01, import-train-17 03). Made-up texts.
 */
const NOW = new Date('2026-03-05T00:00:00Z');
const attendees = (text: string): string[] => importText(text, { now: NOW }).draft.meeting.attendees.map((p) => p.name);

describe('bare names joined at the end by 及/和', () => {
  it('reads each name after the speech (Simplified, 及)', () => {
    const text = '县委召开会议\n3月2日，县委召开常委会议。县委书记王明主持会议并讲话。\n会议强调，要抓好落实。\n郑嘉、周启明、鲁振华、柏云及庞德新出席。';
    expect(attendees(text)).toEqual(['郑嘉', '周启明', '鲁振华', '柏云', '庞德新']);
  });

  it('reads each name in the opening (Traditional, 和)', () => {
    const text = '縣委召開會議\n3月2日，縣委召開常委會議，鄭嘉、周啟明、柏雲和龐德新出席。縣委書記王明主持會議。\n會議強調，要抓好落實。';
    expect(attendees(text)).toEqual(['鄭嘉', '周啟明', '柏雲', '龐德新']);
  });

  it('keeps places joined so one group: the parts must each be shaped like a name', () => {
    const text = '县委召开会议\n3月2日，县委召开常委会议，城关镇、河西镇及东岭镇参加。县委书记王明主持会议。\n会议强调，要抓好落实。';
    expect(attendees(text)).toEqual(['城关镇、河西镇及东岭镇']);
  });
});
