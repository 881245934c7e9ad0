import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';
import { reportGoesOnKind } from '../../shared/importer/structure/report-goes-on';

/**
 * Round 45 (import-112b): a person's report (介绍/通报/汇报/回顾… closing the lead) whose sentence goes
 * on to a lead verb of the same person takes that verb's kind (bench/KEYING.md 9, 15); a report with
 * nothing after it, a rundown and several people acting 分别 stay plain. Made-up texts.
 */
describe('reportGoesOnKind', () => {
  it('reads the verb the same person goes on to', () => {
    expect(reportGoesOnKind('何立新首先通报了', '何立新首先通报了，上半年的重点工作，同时充分肯定了各支部在服务群众中的作用。', ['何立新'])).toBe('directive');
    expect(reportGoesOnKind('副主任孟春通报了', '副主任孟春通报了，今年以来的立法计划执行情况，并听取了各委室的工作汇报。', [])).toBe('topic');
    expect(reportGoesOnKind('苏晴校长回顾了', '苏晴校长回顾了，三十年的从教经历，认为学校的发展离不开每位教师。', [])).toBe('directive');
    expect(reportGoesOnKind('县长杜明介绍了', '县长杜明介绍了，县里的基本情况，并对下一步合作提出了具体要求。', [])).toBe('requirement');
  });

  it('leaves a plain report, a rundown and several people alone', () => {
    expect(reportGoesOnKind('何立新首先通报了', '何立新首先通报了，上半年的重点工作。他指出，要抓好落实。', ['何立新'])).toBeNull();
    expect(reportGoesOnKind('副主任孟春通报了', '副主任孟春通报了，立法计划执行情况；委员们提出了意见建议。', [])).toBeNull();
    expect(reportGoesOnKind('副主任孟春、秦岭分别介绍了', '副主任孟春、秦岭分别介绍了，分管工作，并提出了建议。', [])).toBeNull();
  });

  it('leaves a body or a step word to the other readings', () => {
    expect(reportGoesOnKind('县财政局通报了', '县财政局通报了，预算执行情况，并提出了意见建议。', [])).toBeNull();
    expect(reportGoesOnKind('随后', '随后，与会人员提出了意见建议。', [])).toBeNull();
  });
});

describe('importText: a report going on to a lead verb', () => {
  const report = (body: string) => `6月3日，平安县侨联召开座谈会。县侨联主席何立新主持会议。\n${body}\n会议要求，各单位要抓好落实。`;
  const kindOf = (lead: RegExp, body: string) => importText(report(body), { now: new Date('2026-12-07') }).draft.sections.find((x) => lead.test(x.lead))?.kind;

  it('gives the report the kind of the praise after it', () => {
    expect(kindOf(/何立新/u, '何立新首先通报了上半年侨联的工作，同时充分肯定了各位侨界代表在招商引资中的积极作用。')).toBe('directive');
  });

  it('keeps a report with nothing after it an account', () => {
    expect(kindOf(/何立新/u, '何立新首先通报了上半年侨联的工作和下半年的工作安排。')).toBe('text');
  });
});
