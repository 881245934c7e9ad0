import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';

/**
 * Section kinds decided by the lead's own grammar (bench/KEYING.md 2, 5, 9 and 11; issue 11,
 * import-68c). Every text here is made up.
 */
const NOW = new Date('2026-03-05T00:00:00Z');
const OPENING = '3月2日，县长韩松主持召开县政府第12次常务会议。';
const sections = (...paragraphs: string[]) =>
  importText([OPENING, ...paragraphs].join('\n'), { now: NOW })
    .draft.sections.filter((s) => s.lead)
    .map((s) => [s.kind, s.lead.slice(0, 5)]);

describe('a report named inside what the meeting heard', () => {
  it('reads 听取了…报告的决议草案 as hearing, not as a report qualifying a noun', () => {
    expect(sections('会议听取了各小组关于县政府工作报告的决议草案审议情况，决定提交大会表决。')).toEqual([['decision', '会议听取了']]);
  });

  it('reads 听取了…报告的决议草案 with nothing decided as a topic', () => {
    expect(sections('会议听取了各小组关于县政府工作报告的决议草案审议情况。')).toEqual([['topic', '会议听取了']]);
  });
});

describe('the meeting speaking inside a time clause', () => {
  it('reads 会议在研究…时强调 as a requirement', () => {
    expect(sections('会议在研究城区旧村改造工作时强调，各镇要依法有序推进。')).toEqual([['requirement', '会议在研究']]);
  });

  it('reads 会议在审定《…》时强调 as a requirement, not as a decision', () => {
    expect(sections('会议在审定《石桥县河道保护规划》时强调，各部门要抓好落实。')).toEqual([['requirement', '会议在审定']]);
  });

  it('reads 会议在研究…时指出 as a directive', () => {
    expect(sections('会议在研究秋粮收购工作时指出，粮食安全是头等大事。')).toEqual([['directive', '会议在研究']]);
  });
});
