import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';

/**
 * People who attend said outside the opening, and a speaker's point after a report sentence.
 * Every text here is made up.
 */
const NOW = new Date('2026-03-05T00:00:00Z');
const imp = (lines: string[]) => importText(lines.join('\n'), { now: NOW });
const opening = '4月2日上午，青松公司召开党委会议，公司党委书记、董事长莫云川主持会议，党委委员参加会议。';

describe('attendees named outside the opening paragraph', () => {
  it('reads a titled person who attends and reports; the sentence is a section of its own', () => {
    const r = imp([opening, '财务部部长韦家宁列席会议并汇报了一季度资金情况。莫云川书记听取汇报后，对资金管理提出了要求。']);
    expect(r.draft.meeting.observers.map((p) => [p.name, p.title])).toEqual([['韦家宁', '财务部部长']]);
    expect(r.draft.sections.slice(1).map((s) => s.kind)).toEqual(['text', 'requirement']);
    expect(r.draft.sections[1]!.paragraphs[0]).toMatch(/^财务部部长韦家宁列席会议并汇报了/u);
  });

  it('reads a guest who 参加活动 in the last paragraph', () => {
    const r = imp(['3月8日，柳岸社区召开“大党委”联席会议，辖区各共建单位负责人参加会议。', '会议要求，各单位要认领服务项目。', '区政协副主席邝明远参加活动。']);
    expect(r.draft.meeting.attendees.map((p) => p.name)).toContain('邝明远');
    expect(r.draft.sections.map((s) => s.kind)).toEqual(['text', 'requirement']);
  });

  it('does not read a group told to attend later as attendees', () => {
    const r = imp([opening, '会议要求，各部门负责人参加会议时要带好台账。']);
    expect(r.draft.meeting.attendees.map((p) => p.name)).toEqual(['党委委员']);
  });
});

describe('a pronoun’s point after a report sentence', () => {
  it('opens its own section when nothing before it in the paragraph did', () => {
    const r = imp([opening, '党委书记莫云川代表党委报告工作。报告回顾了去年的主要工作。他强调，今年要抓好安全生产。']);
    expect(r.draft.sections.slice(1).map((s) => [s.kind, s.lead])).toEqual([
      ['text', ''],
      ['requirement', '他强调'],
    ]);
  });

  it('stays in the section of a lead earlier in the paragraph', () => {
    const r = imp([opening, '副总经理覃立通报了生产情况后，要求各部门抓好落实。他强调，安全是底线。']);
    expect(r.draft.sections.slice(1)).toHaveLength(1);
  });
});
