import { describe, expect, it } from 'vitest';
import { leadlessKind } from '../../shared/importer/structure/leadless-kind';

/**
 * A paragraph with no lead read by the lead verbs anywhere in its first sentence (issue 11, round 39,
 * import-88c; bench/KEYING.md 19–20). Every text here is made up.
 */

describe('adopted unanimously', () => {
  it('reads 一致通过 / 全票通过 as a decision', () => {
    expect(leadlessKind('最后，各代表团对两个报告进行了讨论并在表决时一致通过。')).toBe('decision');
    expect(leadlessKind('隨後，全體委員全票通過了該項議案。')).toBe('decision');
  });

  // KEYING 12: 大家 + 一致表示 is a lead, `directive` (round 44 reads 表示， as a verb of saying).
  it('does not read 一致认为 or a plain 通过 by way of as one', () => {
    expect(leadlessKind('大家一致表示，将以此为契机推进工作。')).toBe('directive');
  });
});

describe('a later clause that stresses or requires', () => {
  it('reads 并强调X要 / 要求X…要 as a requirement', () => {
    expect(leadlessKind('会议最后，孔明作总结发言，并强调各镇要抓紧推进项目建设。')).toBe('requirement');
    expect(leadlessKind('林立代表市委表示祝贺，要求各村继续加强协作，做到工作要有新起色。')).toBe('requirement');
    expect(leadlessKind('最後，周偉作總結發言，並強調各科室要加強配合。')).toBe('requirement');
  });

  it('does not read 按照…要求 or a requirement named as a thing', () => {
    expect(leadlessKind('各村按照上级要求，逐户开展了走访。')).toBeNull();
    expect(leadlessKind('孔明作总结发言，对照要求的各项任务逐一点评。')).toBeNull();
  });
});

describe('suggestions put forward by anyone', () => {
  it('reads 提出…意见/建议/问题/方案 and 给予…建议 as a directive', () => {
    expect(leadlessKind('各片区负责人逐一发言，结合实际，积极提建议。')).toBe('directive');
    expect(leadlessKind('甲公司经理严芳介绍了公司概况，并对园区配套提出了相应的解决方案。')).toBe('directive');
    expect(leadlessKind('調研組一行詳細了解了項目進展，並給予了指導性的建議和意見。')).toBe('directive');
    expect(leadlessKind('两位副馆长汇报了场馆建设进度，并提出需协调解决的相关问题。')).toBe('directive');
  });

  it('does not read 提出 of a demand-free thing or 提高 as suggestions', () => {
    expect(leadlessKind('各村提高了巡查频次，排查隐患十余处。')).toBeNull();
    expect(leadlessKind('会后，代表们提出申请，参观了展馆。')).toBeNull();
  });
});

describe('hearing experience on a visit', () => {
  it('reads 听取了…经验和做法 in a later clause as a topic', () => {
    expect(leadlessKind('考察组一行先后参观了两个村，认真听取了村干部在垃圾分类上的经验和做法。')).toBe('topic');
  });
});
