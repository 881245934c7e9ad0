import { describe, expect, it } from 'vitest';
import { isFurnitureByScore } from '../../shared/importer/cleanup/line-score';

/**
 * Round 40 (import-92c): page furniture by its make-up — a menu whose cells a reference mark
 * divides, a portal's greeting. Every text here is made up.
 */
const outside = { outside: true, repeated: false };

describe('a line of page furniture by its make-up', () => {
  it('drops a menu whose cells a reference mark divides, in either script', () => {
    expect(isFurnitureByScore('南川市交通运输局   ※   政务公开   ※   信息公开   ※   办事服务   ※   互动交流   ※', outside)).toBe(true);
    expect(isFurnitureByScore('北港鎮公所 ※ 鎮政公開 ※ 便民服務 ※ 互動專區 ※', outside)).toBe(true);
  });

  it('drops a portal’s greeting that opens on 欢迎访问, in either script and either width of mark', () => {
    expect(isFurnitureByScore('欢迎访问南川县石岭街道办事处！', outside)).toBe(true);
    expect(isFurnitureByScore('歡迎訪問北港鎮公所!', outside)).toBe(true);
  });

  it('keeps a report’s line with a reference mark, and one that welcomes a visiting party', () => {
    expect(isFurnitureByScore('※ 会议确定，下月起实施新的考核办法。', { outside: false, repeated: false })).toBe(false);
    expect(isFurnitureByScore('欢迎访问团一行到南川考察', outside)).toBe(false);
  });
});
