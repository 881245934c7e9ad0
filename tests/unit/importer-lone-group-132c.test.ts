import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';
import { loneGroupOnly } from '../../shared/importer/structure/people';

// Reports written for this test (fictional people and places), not taken from any bench set.
function people(text: string): string[] {
  const { meeting } = importText(text).draft;
  return [...meeting.attendees, ...meeting.observers].map((p) => (p.title ? `${p.title}|${p.name}` : p.name));
}

describe('one group of people as the whole subject of an attendance sentence', () => {
  it('reads a lone group told after the business, in a later paragraph', () => {
    const text =
      '青石县召开三月政府专题会议\n\n3月28日下午，县委副书记、县长罗振华主持召开青石县三月政府专题会议。\n\n会议通报了全县三月招商引资、项目推进等工作情况。\n\n罗振华强调，要以问题为导向研究招商方向，增强招商引资的针对性。\n\n会上，县发改局、县统计局围绕相关工作作汇报发言。县政府班子成员出席会议。';
    expect(people(text)).toContain('县政府班子成员');
  });

  it('reads a group that sits in, told after an account of the business', () => {
    const text =
      '某集团召开年度表彰大会\n\n1月8日，某集团召开年度表彰大会，集团董事长韦立群主持会议。\n\n会上，表彰了一批先进集体和先进个人。总部全体干部职工列席集会。\n\n韦立群指出，要总结经验，再创佳绩。';
    expect(people(text)).toContain('总部全体干部职工');
  });

  it('keeps to kinds held by several people', () => {
    expect(loneGroupOnly('县政府班子成员')).toEqual([{ name: '县政府班子成员', title: '', unit: '' }]);
    expect(loneGroupOnly('集团公司外部专家')).toEqual([{ name: '集团公司外部专家', title: '', unit: '' }]);
    // one person’s office, a clause the words run into, a capacity: no group
    expect(loneGroupOnly('市卫生局副局长')).toEqual([]);
    expect(loneGroupOnly('邀集各单位主管与副主管')).toEqual([]);
    expect(loneGroupOnly('某公司总工程师高远作为代表')).toEqual([]);
  });

  it('does not read who is asked to attend', () => {
    const text = '青石县召开安全生产会议\n\n3月2日，县长罗振华主持召开青石县安全生产会议。\n\n罗振华强调，要压实责任。下次会议各乡镇主要负责人须出席会议。';
    expect(people(text)).not.toContain('各乡镇主要负责人');
  });
});
