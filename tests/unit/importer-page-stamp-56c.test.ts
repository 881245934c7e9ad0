import { describe, expect, it } from 'vitest';
import { importText, isFurnitureLine } from '../../shared/importer';

/**
 * A page's stamp line (a full date with its clock time and a few words: who posted it, the outlet, a
 * label, an address) is furniture; a record's own time field is not (issue 11, round 31,
 * import-56c). And a clause ending in 领会 names no meeting. Made-up texts.
 */
describe('a page stamp line', () => {
  it('is furniture with a poster and an outlet, a label, an address or a Latin label', () => {
    expect(isFurnitureLine('王某   掌上某州   2026-01-08 06:53:46', false)).toBe(true);
    expect(isFurnitureLine('发表时间:2020-02-09 17:11', false)).toBe(true);
    expect(isFurnitureLine('http://www.example.cn/2018年12月12日 08:39:48 |', false)).toBe(true);
    expect(isFurnitureLine('Last updated: 2025 年 11 月 10 日 下午 6:05', false)).toBe(true);
  });

  it("leaves a record's time field and a sentence", () => {
    expect(isFurnitureLine('时间：2025年3月4日 14:30', false)).toBe(false);
    expect(isFurnitureLine('开会时间：2025年3月4日 14:30', false)).toBe(false);
    expect(isFurnitureLine('2025年3月4日 14:30，县政府召开常务会议', false)).toBe(false);
  });
});

describe('a clause ending in 领会', () => {
  it('names no meeting; the headline’s does', () => {
    const text = '某县政府召开第三次常务会议\nhttp://www.example.cn/2018年12月12日 08:39:48 |\n会议指出，《办法》针对性强，各地各部门要认真学习领会，依法依规办事。\n会议研究了其他事项。';
    expect(importText(text, { now: new Date('2026-03-05T00:00:00Z') }).draft.meeting.name).toBe('某县政府第三次常务会议');
  });
});
