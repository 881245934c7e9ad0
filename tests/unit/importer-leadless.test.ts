import { describe, expect, it } from 'vitest';
import { convenesOnDate, leadlessOpensSection } from '../../shared/importer/structure/leadless';

/**
 * Round 22 (import-28a): a paragraph with no lead opens a section only when someone does the
 * meeting's business in it (bench/KEYING.md 10 as keyed from heldout-21 on). Made-up texts.
 */
describe('leadlessOpensSection', () => {
  it('opens a section for an act of business: a report, a speech, a step, the occasion', () => {
    for (const p of [
      '镇党委书记杨某代表镇第十六届委员会作工作报告。',
      '县委书记蔺某结合近期事故教训，讲述了一线干部的故事。',
      '随后，与会人员观看了警示教育片。',
      '会上，各村书记逐一发言。',
      '会议首先由各村书记汇报本村工作。',
      '又讯 5月9日，县长柯某主持召开县政府第8次常务会议。',
      '1.总务处：新增设备两台。',
      '主席裁示事项：',
    ])
      expect(leadlessOpensSection(p), p).toBe(true);
  });

  it('joins the section before for background, purpose, quorum and what is to come', () => {
    for (const p of [
      '这次会议的主要任务是，全面贯彻上级会议精神，部署下步工作。',
      '会议应到委员31人，实到29人，符合法定人数。',
      '据悉，今年全镇共完成造林三万亩。',
      '接下来，镇党委将以此次大会为新起点，推动各项工作落实。',
      '社区是基层治理的基本单元，是服务群众的最后一公里。',
      '此次会议气氛热烈，与会人员纷纷表示收获很大。',
      '常委会组成人员28人出席会议，出席人数符合法定人数。',
      '应邀参加今天大会的有：县委、县政府的领导同志。',
      '报告回顾了过去一年的工作，部署了今年的任务。',
    ])
      expect(leadlessOpensSection(p), p).toBe(false);
  });

  it('tells a paragraph that convenes a meeting on a date it names (the opening found late)', () => {
    expect(convenesOnDate('1月21日，自治区召开2019年第一次公路项目建设月调度会。')).toBe(true);
    expect(convenesOnDate('平安县政协第三次会议于3月2日在县会议中心举行。')).toBe(true);
    expect(convenesOnDate('今早首次大会召开之前，有议员提出质询。')).toBe(false);
    expect(convenesOnDate('县长代表县政府作重要讲话，会议在热烈的掌声中召开。')).toBe(false);
  });
});
