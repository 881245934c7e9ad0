import { describe, expect, it } from 'vitest';
import { importedPeople } from '../helpers/imported-people';

/**
 * 洪 is a common surname and no everyday word on its own (round 31, import-56b): a roll that
 * writes surname, title, given name (洪代表嘉莉) and a title-first list (副县长洪志远) read it as
 * they read 林 or 張. Made-up texts.
 */
describe('the surname 洪', () => {
  it('reads 洪 in a Taiwan roll and in a title-first list', () => {
    const roll = [
      '金沙鎮民代表會第三次臨時會會議紀錄',
      '一、時間:中華民國113年5月2日上午9時',
      '二、出席:陳主席天佑、林代表金泉、洪代表嘉莉、張代表含芳',
      '三、主席:陳主席天佑',
      '四、報告事項:秘書報告出席人數。',
    ].join('\n');
    expect(importedPeople(roll).attendees).toEqual([
      ['林金泉', '代表'],
      ['洪嘉莉', '代表'],
      ['張含芳', '代表'],
    ]);
    const sentence = ['3月2日上午，平川县召开防汛工作会议。县长周海明主持会议，副县长洪志远、林海出席会议。', '会议研究了防汛准备工作。'].join('\n');
    expect(importedPeople(sentence).attendees).toEqual([
      ['洪志远', '副县长'],
      ['林海', '副县长'],
    ]);
  });
});
