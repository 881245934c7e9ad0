import { describe, expect, it } from 'vitest';
import { isFurnitureByScore } from '../../shared/importer/cleanup/line-score';

/**
 * Round 38 (import-84d): page furniture lines left in by their shape — a date widget's label, a
 * stamp in month/day/year order, a notice opened by its own label, a picture's file name without
 * its extension, a press release's enquiries line. Every line here is made up.
 */
describe('page furniture by its shape', () => {
  const outside = { outside: true, repeated: false };
  it('drops a date widget’s label, an English stamp, a notice by its label, a file name and a press contact', () => {
    expect(isFurnitureByScore('当前日期:', outside)).toBe(true);
    expect(isFurnitureByScore('调查中心  时间:12/28/2012 09:22:10   来源:新华社', { outside: false, repeated: false })).toBe(true);
    expect(isFurnitureByScore('免责声明：本网站内容主要来自合作媒体供稿，凡在本网站出现的信息，均仅供参考，读者在使用前请进一步核实。', outside)).toBe(true);
    expect(isFurnitureByScore('微信图片_20260923150050', { outside: false, repeated: false })).toBe(true);
    expect(isFurnitureByScore('新聞查詢：某某黨副主席陳大文議員 (6770 1820)', outside)).toBe(true);
  });

  it('keeps a report’s own lines', () => {
    expect(isFurnitureByScore('会议时间：2026年3月5日上午', outside)).toBe(false);
    expect(isFurnitureByScore('联系群众：要把群众的事情办好', outside)).toBe(false);
  });
});
