import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';

/**
 * A session's opening that names its day between the meeting and the place (…会议3月12日下午在某地
 * 开幕。), under a page's source line, and the chair named for the opening sitting in a paragraph
 * of its own (X主持开幕会。): round 31, import-56b. Made-up texts.
 */
describe('a session opening with its day before the place', () => {
  const text = [
    '市政协九届常委会第一次会议开幕',
    '来源: 平川日报          发布时间: 2026-02-14',
    '政协第九届平川市委员会常务委员会第一次会议2月13日下午在平川开幕。市政协主席林国栋出席。',
    '会议审议通过了会议议程;听取了关于设置专门委员会的决定(草案)的说明。',
    '市政协副主席程玉海主持开幕会。',
    '市政协副主席邱明远、方志诚出席会议。',
  ].join('\n');
  const meeting = importText(text, { now: new Date('2026-03-05T00:00:00Z') });

  it('takes the sentence with the day before 在…开幕 for the opening', () => {
    expect(meeting.draft.meeting.name).toBe('政协第九届平川市委员会常务委员会第一次会议');
    expect(meeting.recognized.dateText).toBe('2月13日下午');
    expect(meeting.draft.meeting.attendees.map((p) => p.name)).toContain('林国栋');
  });

  it('reads who chaired the opening sitting', () => {
    expect(meeting.draft.meeting.chair).toEqual({ name: '程玉海', title: '市政协副主席' });
  });
});
