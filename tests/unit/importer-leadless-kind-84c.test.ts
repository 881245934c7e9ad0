import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';
import { leadlessKind } from '../../shared/importer/structure/leadless-kind';

/**
 * More verb classes for a paragraph with no lead (issue 11, round 38, import-84c): praise said as
 * 高度评价/充分肯定, a sitting announced by its stages, and a visit going on to hear reports
 * (bench/KEYING.md 15, 20). Every text here is made up.
 */

describe('praise is a judgement', () => {
  it('reads 高度评价 and 表示充分肯定 as a directive', () => {
    expect(leadlessKind('考察中，严海对我镇的河道治理给予了高度评价，希望继续努力。')).toBe('directive');
    expect(leadlessKind('老教师代表孔林代表大家对学校发展表示充分肯定。')).toBe('directive');
    expect(leadlessKind('韦青在讲话中，高度評價鄉賢們的作用。')).toBe('directive');
  });

  it('does not read 高度重视 or a bare evaluation as praise', () => {
    expect(leadlessKind('各村高度重视这项工作，逐户走访。')).toBeNull();
    expect(leadlessKind('专家组对项目进行了评价。')).toBeNull();
  });
});

describe('a sitting announced by its stages', () => {
  it('reads 分为…阶段 / 共分…议程 as a topic', () => {
    expect(leadlessKind('本次培训班分为专题辅导和分组讨论两个阶段。')).toBe('topic');
    expect(leadlessKind('共分集中学习、观看展览、座谈交流三项议程。')).toBe('topic');
    expect(leadlessKind('此次會議分為學習、報告和部署三個階段。')).toBe('topic');
  });

  it('does not read dividing work or people as stages', () => {
    expect(leadlessKind('与会人员分为三个小组，分别前往各村。')).toBeNull();
  });
});

describe('a visit going on to hear reports', () => {
  it('reads 听取了 in a later clause of the first sentence as a topic', () => {
    expect(leadlessKind('委员们视察了城东污水厂、河滨公园两个项目，听取了有关部门的情况介绍。')).toBe('topic');
    expect(leadlessKind('韩松一行先后前往三个项目现场调研，并在随后召开的座谈会上听取了工作汇报。')).toBe('topic');
  });

  it('does not read a later clause hearing speeches, no report, as a topic', () => {
    expect(leadlessKind('委员们走访了两个社区，听取了群众的心声。')).toBeNull();
  });

  it('does not read hearing inside a context clause', () => {
    expect(leadlessKind('委员们视察了两个项目，在听取了情况汇报后，一致认为成效明显。')).toBeNull();
  });
});

describe('an item under its own headline', () => {
  const NOW = new Date('2026-03-05T00:00:00Z');
  const kinds = (...paragraphs: string[]) =>
    importText(['3月2日，县长韩松主持召开县政府第12次常务会议。', '会议听取了县交通局关于道路建设的汇报。', ...paragraphs].join('\n'), { now: NOW })
      .draft.sections.slice(1)
      .map((s) => `${s.kind} ${s.heading}`);

  it('reads a leadless paragraph under a headline by its verb, as any other', () => {
    expect(kinds('县领导调研农业园区', '随后，考察组一行来到农业园区，对园区的建设成效给予了高度评价。', '防汛工作安排', '本次调度会分为视频连线和分组讨论两个阶段，各组讨论热烈。')).toEqual([
      'topic ',
      'directive 县领导调研农业园区',
      'topic 防汛工作安排',
    ]);
  });
});
