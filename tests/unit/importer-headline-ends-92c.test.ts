import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';

/**
 * Round 40 (import-92c): the headline's own words, by where it stands and what is glued to it — a
 * headline put last under a page that opens on prose, a region tag in square brackets and a short
 * cry closed by an exclamation mark before it (KEYING 15, 20). Every text here is made up.
 */
const NOW = new Date('2026-03-05T00:00:00Z');
const title = (lines: string[]): string => importText(lines.join('\n'), { now: NOW }).draft.title;

describe('a headline put last', () => {
  it('is the title when the page opens on prose, though the opening holds all its characters', () => {
    expect(
      title([
        '本报讯（记者 王明）3月2日下午，区政府召开全体会议，区长李建国出席会议并讲话。',
        '会上，常务副区长张华通报了全区经济运行情况。',
        '李建国强调，要坚定信心，抓好今年各项工作落实。',
        '区政府召开全体会议',
      ]),
    ).toBe('区政府召开全体会议');
  });

  it('is the title in Traditional script as well', () => {
    expect(title(['北港鎮公所3月2日上午召開鎮務會議，鎮長林志明主持會議並講話。', '林志明強調，各課室要落實年度工作計畫。', '會議還研究了其他事項。', '北港鎮召開鎮務會議'])).toBe(
      '北港鎮召開鎮務會議',
    );
  });
});

describe('what is glued before the headline', () => {
  const opening = '3月2日，九三学社南川市委召开八届二次全体会议，主委王建国主持会议。';
  it('drops a region tag in square brackets', () => {
    expect(title(['[南川]九三学社南川市委召开八届二次全体会议', opening, '会议审议通过了工作报告。'])).toBe('九三学社南川市委召开八届二次全体会议');
  });

  it('drops a short cry closed by an exclamation mark, in either script', () => {
    expect(
      title([
        '热点关注！南川市政府常务会议部署春耕生产等工作',
        '3月2日，南川市政府召开常务会议，市长王建国主持会议。',
        '会议研究部署了春耕生产等工作，要求各乡镇各部门压实责任、细化措施，确保各项工作落到实处。',
      ]),
    ).toBe('南川市政府常务会议部署春耕生产等工作');
    expect(
      title(['焦點快訊!北港鎮公所召開防汛整備工作會議', '北港鎮公所3月2日上午召開防汛整備工作會議，鎮長林志明主持。', '會議要求各里於汛期前完成側溝清淤，備妥抽水機具，並加強低窪地區巡查。']),
    ).toBe('北港鎮公所召開防汛整備工作會議');
  });
});
