import { describe, expect, it } from 'vitest';
import { leadlessOpensSection } from '../../shared/importer/structure/leadless';

/**
 * A paragraph with no lead whose first clause names a person by any head's post (纪检组长, 处长,
 * 科长, 董事长 …) tells of that person doing the meeting's business: its own `other` section
 * (bench/KEYING.md 13; issue 11, import-60a). Made-up texts.
 */
describe('leadless paragraphs opened by a person named by post', () => {
  it('opens a section for heads of a team, a division, an office or a company', () => {
    for (const p of [
      '局党组成员、纪检组长韩松还对近期防汛工作进行传达安排。',
      '行政处处长林海具体说明了新办公区的搬迁计划。',
      '财务科科长周岩就年度预算执行情况逐项作了说明。',
      '集团董事长吴青对下半年经营工作提出思路。',
    ])
      expect(leadlessOpensSection(p), p).toBe(true);
  });

  it('still joins background that names no one', () => {
    expect(leadlessOpensSection('全市各行各业长期向好，处处可见新气象。')).toBe(false);
  });
});
