import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';

/**
 * Round 40 (import-92c): a headline put last under a page that opens on prose. Every text here is
 * made up.
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
