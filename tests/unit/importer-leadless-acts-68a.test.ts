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

describe('the occasion named by its gathering', () => {
  it('opens a section at 开题会上 / 议事会上 / 开幕式上 / 讲堂上, and for an announcement', () => {
    for (const p of [
      '开题会上，代表们围绕调研方案提出了建议。',
      '议事会上，居民和物业人员围绕停车难题各抒己见。',
      '开幕式上，县委书记作了讲话。',
      '夜校讲堂上，镇党委副书记带领大家学习了有关文件。',
      '县人大常委会主任方立宣布：各项筹备工作已经就绪。',
    ])
      expect(leadlessOpensSection(p), p).toBe(true);
  });

  it('leaves society and chance out', () => {
    for (const p of ['社会上，对这一做法看法不一。', '机会上，各镇并不均等。']) expect(leadlessOpensSection(p), p).toBe(false);
  });
});
