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

describe('a dateline’s day against the day the prose tells', () => {
  it('takes the day the paragraph before the opening tells over the dateline’s', () => {
    const r = doc('省调研组来松林县调研', '松林日报3月15日讯 15日上午，省调研组一行到松林县调研，先后察看了三个项目现场。', '调研期间，调研组召开座谈会，县长周海明主持会议。', BODY);
    expect(r.recognized.dateText).toBe('15日上午');
  });

  it('does the same on a Traditional page', () => {
    const r = doc('省調研組來松林縣調研', '松林日報3月15日訊 15日上午，省調研組一行到松林縣調研，先後察看了三個項目現場。', '調研期間，調研組召開座談會，縣長周海明主持會議。', BODY_T);
    expect(r.recognized.dateText).toBe('15日上午');
  });

  it('reads a dateline that names its place between the day and 消息', () => {
    expect(doc('县政府召开常务会议', '松林网7月30日松林消息 30日下午，县政府召开第十次常务会议，县长周海明主持会议。', BODY).recognized.dateText).toBe('30日下午');
    expect(doc('縣政府召開常務會議', '松林網7月30日松林消息 30日下午，縣政府召開第十次常務會議，縣長周海明主持會議。', BODY_T).recognized.dateText).toBe('30日下午');
  });
});
