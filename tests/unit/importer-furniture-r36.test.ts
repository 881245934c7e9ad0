import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';
import { inlineDebrisEdits } from '../../shared/importer/cleanup/inline-debris';
import { splitLines } from '../../shared/importer/cleanup/lines';
import { headlineText } from '../../shared/importer/structure/title';

/**
 * Page furniture round the headline, classes found on round 36's TEST sets after their blind run
 * (main session). Every text here is made up.
 */
describe('a breadcrumb trail before the headline', () => {
  it('leaves the headline, its last step', () => {
    expect(headlineText('范文大全 > 青山县召开防汛工作会议')).toBe('青山县召开防汛工作会议');
    expect(headlineText('首頁 ＞ 白沙鎮召開鎮務會議')).toBe('白沙鎮召開鎮務會議');
  });

  it('is no trail when the part before the mark names the meeting', () => {
    expect(headlineText('青山县召开防汛会议 > 图片')).toBe('青山县召开防汛会议 > 图片');
  });
});

describe('a date widget with a colon after 今天是', () => {
  it('is furniture, not the headline', () => {
    const text = ['今天是：2024年04月24日 星期三', '青山县召开防汛工作会议', '4月23日，青山县召开防汛工作会议，县长张大为主持会议。', '会议指出，要压实防汛责任，确保安全度汛。'].join('\n');
    const d = importText(text, { now: new Date('2026-12-01') }).draft;
    expect(d.title).toBe('青山县召开防汛工作会议');
    expect(JSON.stringify(d)).not.toContain('星期三');
  });
});

describe('a menu of the site’s columns after the last sentence', () => {
  it('goes, short names and all, when three or more stand in a run', () => {
    const text = ['县文联召开全委会议', '3月2日，县文联召开全委会议，主席王海主持会议。', '会议指出，要繁荣文艺创作。', '', '音乐专刊', '舞蹈专刊', '民间文艺专刊', '重大特刊'].join('\n');
    const d = importText(text, { now: new Date('2026-12-01') }).draft;
    expect(JSON.stringify(d)).not.toMatch(/专刊|特刊/u);
  });

  it('stays when only two short lines follow', () => {
    const text = ['县文联召开全委会议', '3月2日，县文联召开全委会议，主席王海主持会议。', '会议指出，要繁荣文艺创作。', '', '音乐专刊', '重大特刊'].join('\n');
    const d = importText(text, { now: new Date('2026-12-01') }).draft;
    expect(JSON.stringify(d)).toMatch(/重大特刊/u);
  });
});

describe('where a person stands in the photo', () => {
  const cleaned = (text: string) =>
    inlineDebrisEdits(text, splitLines(text), false)
      .sort((a, b) => b.start - a.start)
      .reduce((t, e) => t.slice(0, e.start) + e.replacement + t.slice(e.end), text);

  it('goes from the report’s words, in both scripts', () => {
    expect(cleaned('3月2日，新任院长王海（右一）、副院长李明(左二)到院任职，与班子成员座谈。\n会后，领导到科室查房（如圖）。')).toBe(
      '3月2日，新任院长王海、副院长李明到院任职，与班子成员座谈。\n会后，领导到科室查房。',
    );
  });

  it('leaves other brackets after a name alone', () => {
    expect(cleaned('3月2日，主席王海（特邀）主持会议，副主席李明(左)出席。')).toBe('3月2日，主席王海（特邀）主持会议，副主席李明(左)出席。');
  });
});
