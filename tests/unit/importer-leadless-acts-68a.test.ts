import { describe, expect, it } from 'vitest';
import { leadlessOpensSection } from '../../shared/importer/structure/leadless';

/**
 * Round 34 (import-68a): acts of the meeting's business that a paragraph with no lead may open with
 * (bench/KEYING.md 13 and 14: 回顾/分享 are acts, as 交流 is; those present watching a film or going
 * to a site are the meeting's own programme), and people who only 陪同 a visit, an attendance line
 * that carries the section before on (KEYING 11: they attend). Made-up texts.
 */
describe('acts a lead-less paragraph opens with', () => {
  it('opens a section for a review, a sharing, a film watched or a site visited', () => {
    for (const p of [
      '周慧玲回顾了条例起草的经过，并简述了各方的意见。',
      '青年教师代表分享了参加支教的体会。',
      '与会人员观看了警示教育片《镜鉴》。',
      '代表们还赴东坪镇部分项目点，集中查看了重点项目进展。',
    ])
      expect(leadlessOpensSection(p), p).toBe(true);
  });

  it('joins the section before for people who only accompanied a visit', () => {
    for (const p of ['县人大常委会办公室负责人、东坪镇主要负责人陪同视察。', '市直有关部门负责同志陪同调研。']) expect(leadlessOpensSection(p), p).toBe(false);
  });
});
