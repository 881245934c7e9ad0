import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';
import { frontedGroup, groupSentence } from '../../shared/importer/structure/crowd-deliberates';

/**
 * A group's suggestions or judgement after clauses that frame them (就如何修改，与会人员提出了…) is a
 * section of its own, `directive` (bench/KEYING.md 19, 26); a group whose first act is no word the
 * group reader knew (各代表立足实际，…建言献策) is read by the segmenter's tags. Every text here is
 * made up (names, places, bodies).
 */
const NOW = new Date('2026-06-01T00:00:00Z');
const OPENING = '5月9日，青溪县政府召开常务会议，县长苏望川主持会议。';
const leadsOf = (...paragraphs: string[]) =>
  importText([OPENING, ...paragraphs].join('\n'), { now: NOW })
    .draft.sections.slice(1)
    .map((s) => [s.kind, s.lead]);

describe("a group's sentence after framing clauses (import-108a)", () => {
  it('reads the framing clauses and the group as the lead', () => {
    expect(frontedGroup('就如何修改完善方案，与会人员提出了具体意见和建议。')).toEqual({ phrase: '就如何修改完善方案，与会人员', kind: 'directive' });
    expect(frontedGroup('在认真研读草案后，专家们一致认为，草案思路清晰。')).toEqual({ phrase: '在认真研读草案后，专家们', kind: 'directive' });
    expect(frontedGroup('结合各自领域特点，大家分别从人才、产业等方面提出了建议。')).toEqual({ phrase: '结合各自领域特点，大家', kind: 'directive' });
  });

  it('reads no occasion, subject clause, study or demand as a frame before the group', () => {
    expect(frontedGroup('会前，大家认真调研和准备，提出的意见建议很中肯。')).toBeNull();
    expect(frontedGroup('会议听取了汇报，与会人员提出了意见。')).toBeNull();
    expect(frontedGroup('此外，按照上级要求，大家还一起学习了通知。')).toBeNull();
    expect(frontedGroup('在此形势之下，今年的代表选举更有意义。')).toBeNull();
  });

  it('finds the group by the segmenter where its first act is no known word', () => {
    expect(groupSentence('各参会代表立足工作实际，结合自身调研情况，围绕医院发展积极建言献策。')).toEqual({ subject: '各参会代表', kind: 'topic' });
    expect(groupSentence('村民代表大会审议通过了章程。')).toBeNull();
    expect(groupSentence('大家一定要认识到，任务十分艰巨。')).toBeNull();
    expect(groupSentence('他们介绍了会议情况，并分享了提出的议案和建议。')).toBeNull();
    expect(groupSentence('各成员方通过经常性的互访，沟通情况。')).toBeNull();
  });

  it('opens a directive section inside a paragraph', () => {
    expect(leadsOf('会议听取了县发改局关于产业规划的汇报。就如何修改完善规划，与会人员提出了具体意见和建议。会议指出，规划编制要突出重点。')).toEqual([
      ['topic', '会议听取了县发改局关于产业规划的汇报'],
      ['directive', '就如何修改完善规划，与会人员'],
      ['directive', '会议指出'],
    ]);
    expect(leadsOf('会上，院长梁秋宣读了实施细则。结合各自领域特点，大家分别从人才、产业等方面提出了意见建议。')).toEqual([
      ['text', '会上'],
      ['directive', '结合各自领域特点，大家'],
    ]);
  });
});
