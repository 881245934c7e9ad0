import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';

/**
 * Round 40 (import-92d): the header fields of unseen reports — the meeting's date, name and chair.
 * Every text is made up (松林县, 周海明 stand for any county and leader).
 */
const NOW = new Date('2026-06-01T00:00:00Z');
const BODY = '会议强调，要抓好各项工作落实，各部门要压实责任、细化措施，把各项工作抓细抓实抓到位。';
const BODY_T = '會議強調，要抓好各項工作落實，各部門要壓實責任、細化措施，把各項工作抓細抓實抓到位。';
const doc = (...lines: string[]) => importText(lines.join('\n'), { now: NOW });

describe('a form whose date label stands on its own line', () => {
  it('reads the line below 会议时间： as the meeting date, not as a page stamp', () => {
    const r = doc('县政府第十次常务会议纪要', '会议时间：', '2025年3月4日', '会议地点：县政府三楼会议室', '主持人：周海明', '会议内容：', BODY);
    expect(r.recognized.dateText).toBe('2025年3月4日');
    expect(r.draft.meeting.date).toBe('2025-03-04');
  });

  it('reads a flattened table cell of 開會日期 with no colon the same way', () => {
    const r = doc('松林縣政府第十次縣務會議紀錄', '開會日期', '2025/03/04', '開會地點', '縣府三樓會議室', BODY_T);
    expect(r.recognized.dateText).toBe('2025/03/04');
    expect(r.draft.meeting.date).toBe('2025-03-04');
  });
});
