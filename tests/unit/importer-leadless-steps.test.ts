import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';
import { leadlessOpensSection } from '../../shared/importer/structure/leadless';

/**
 * Round 27 (import-40a): a lead-less paragraph that opens with the time of day (下午，/ 当天下午，) is a
 * step of the meeting, and one whose act comes after a context clause (按照…安排，与会代表…视察) tells of
 * business; both are sections of their own (bench/KEYING.md 13). Made-up texts.
 */
describe('lead-less steps and acts after a context clause', () => {
  it('reads the time of day as a step', () => {
    expect(leadlessOpensSection('下午，镇第五届人民代表大会第三次会议在国歌声中开幕。')).toBe(true);
    expect(leadlessOpensSection('當天下午，代表團參加了大會預備會議。')).toBe(true);
  });

  it('reads the act after a context clause, not what is to come or an instruction', () => {
    expect(leadlessOpensSection('按照县人大常委会统一安排，与会代表实地对民生实事项目进行了视察。')).toBe(true);
    expect(leadlessOpensSection('根据会议议程，委员们将听取和审议常委会工作报告。')).toBe(false);
    expect(leadlessOpensSection('按照县委要求，各部门要认真组织学习，抓好落实。')).toBe(false);
    expect(leadlessOpensSection('为进一步做好防汛工作，全县上下高度重视。')).toBe(false);
  });

  it('keeps such paragraphs as sections of an imported report', () => {
    const text = [
      '5月8日，青山镇第五届人民代表大会第三次会议召开。镇人大代表出席会议。',
      '按照县人大常委会统一安排，与会代表实地对三项民生实事落实情况进行了视察。',
      '下午，大会在国歌声中开幕。',
      '会上，代表们听取了镇人民政府工作报告。',
    ].join('\n');
    const sections = importText(text, { now: new Date('2026-12-05T00:00:00Z') }).draft.sections;
    expect(sections.map((s) => s.paragraphs[0]?.slice(0, 6) ?? s.lead)).toHaveLength(4);
    expect(sections.map((s) => s.lead || (s.paragraphs[0] ?? '').slice(0, 2))).toEqual(['5月', '按照', '下午', '会上']);
  });
});
