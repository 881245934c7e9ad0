import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';
import { visitingLeaders } from '../../shared/importer/structure/visitors';

// Reports and sentences written for this test (fictional people and places), not taken from any bench set.
function people(text: string): string[] {
  const { meeting } = importText(text).draft;
  return [...meeting.attendees, ...meeting.observers].map((p) => (p.title ? `${p.title}|${p.name}` : p.name));
}

describe('a leader who 率s or 带领s a group on a visit', () => {
  it('reads the leader and the kinds of people led, a 、-list of units before the kind', () => {
    expect(visitingLeaders('4月2日，县委书记汤立新率县委办、组织部、财政局等部门相关负责人赴石桥镇，调研乡村振兴工作。')).toEqual([
      { name: '汤立新', title: '县委书记', unit: '' },
      { name: '县委办、组织部、财政局等部门相关负责人', title: '', unit: '' },
    ]);
  });

  it('reads a leader who brings units only, without the units', () => {
    expect(visitingLeaders('5月3日，集团党委副书记、工会主席孔繁英带领党群、经营管理(中心)等部门到西部矿区集中调研。')).toEqual([{ name: '孔繁英', title: '集团党委副书记、工会主席', unit: '' }]);
  });

  it('reads leaders who 分别带队 and a visit that 抵达s', () => {
    expect(visitingLeaders('近日，某市委书记严树林、市长夏明远分别带队到某镇调研。')).toEqual([
      { name: '严树林', title: '某市委书记', unit: '' },
      { name: '夏明远', title: '市长', unit: '' },
    ]);
    expect(visitingLeaders('当天，市侨办主任盛立峰率机关干部驱车一小时抵达某村。')).toEqual([{ name: '盛立峰', title: '市侨办主任', unit: '' }]);
  });

  it('names no group for a body led (调研组) or people led through a text', () => {
    expect(visitingLeaders('3月1日，省政协副主席邬志刚率调研组到某县调研。')).toEqual([{ name: '邬志刚', title: '省政协副主席', unit: '' }]);
  });

  it('lists both among the attendees of the talk the visit holds', () => {
    const text = '县委书记调研乡村振兴工作\n\n4月2日，县委书记汤立新率县委办、组织部、财政局等部门相关负责人赴石桥镇，调研乡村振兴工作。\n在座谈会上，汤立新强调，要抓好产业发展。';
    expect(people(text)).toEqual(expect.arrayContaining(['县委书记|汤立新', '县委办、组织部、财政局等部门相关负责人']));
  });
});
