import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';

/**
 * A record printed as a numbered form (issue 11, import-11f): numbered label lines, the chair as
 * Taiwan forms write him (surname, title, given name), and a list kept in an attachment. Every
 * text here is made up.
 */
const NOW = new Date('2026-03-05T00:00:00Z');
const form = [
  '嶺東市政府水利局第 9 次局務會議紀錄',
  '1、 開會時間:中華民國 1 1 3 年 3 月 4 日星期一上午 9 時',
  '2、 開會地點:水利局 3 樓會議室',
  '3、 會議主持人:林 局長志遠',
  '4、 參加人員:如附件',
  '主席裁示:請各科室於汛期前完成抽水站的功能檢視，並將檢視結果送秘書室彙整列管。',
].join('\n');

describe('a numbered form', () => {
  it('reads numbered label lines: date, place, chair as surname-title-name, no attendee from 如附件', () => {
    const r = importText(form, { now: NOW });
    expect(r.recognized.dateText).toBe('中華民國113年3月4日星期一上午9時');
    expect(r.draft.meeting.chair).toEqual({ name: '林志遠', title: '局長' });
    expect(r.draft.meeting.location).toBe('水利局 3 樓會議室');
    expect(r.draft.meeting.attendees).toEqual([]);
  });
});
