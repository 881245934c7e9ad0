import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';
import { parsePeopleList } from '../../shared/importer/structure/people';

// Reports and lists written for this test (fictional people and places), not taken from any bench set.
function people(text: string): string[] {
  const { meeting } = importText(text).draft;
  return [...meeting.attendees, ...meeting.observers].map((p) => (p.title ? `${p.title}|${p.name}` : p.name));
}

describe('a titled person inside an entry the list left as one group', () => {
  it('parts a person joined by 及 from the 、-run of units that shares one kind', () => {
    expect(parsePeopleList('质量与安全管理办公室主任韦立群及财务处、后勤处、保卫处等部门负责同志')).toEqual([
      { name: '韦立群', title: '质量与安全管理办公室主任', unit: '' },
      { name: '财务处、后勤处、保卫处等部门负责同志', title: '', unit: '' },
    ]);
  });

  it('reads a group and people named with the office after the name, joined by 、', () => {
    expect(parsePeopleList('省农业处相关负责同志、市政府郑海波副秘书长、市水利局孔庆年副局长')).toEqual([
      { name: '省农业处相关负责同志', title: '', unit: '' },
      { name: '郑海波', title: '市政府副秘书长', unit: '' },
      { name: '孔庆年', title: '市水利局副局长', unit: '' },
    ]);
  });

  it('drops the label after a person’s 等 and keeps the kinds after it as one group', () => {
    expect(parsePeopleList('某投资集团董事长孟庆华等三家股东代表、董事会成员、监事会成员')).toEqual([
      { name: '孟庆华', title: '某投资集团董事长', unit: '' },
      { name: '董事会成员、监事会成员', title: '', unit: '' },
    ]);
  });

  it('leaves a list of kinds with no named person as one group', () => {
    expect(parsePeopleList('财务处、后勤处、保卫处等部门负责同志及各科室主任')).toEqual([{ name: '财务处、后勤处、保卫处等部门负责同志及各科室主任', title: '', unit: '' }]);
  });

  it('reads both from a report’s attendance clause', () => {
    const text =
      '某医院召开质量安全工作会议\n\n5月6日，某医院召开质量安全工作会议，院长罗振华主持会议。质量与安全管理办公室主任韦立群及财务处、后勤处、保卫处等部门负责同志参加会议。\n会议强调，要抓好医疗质量。';
    expect(people(text)).toEqual(expect.arrayContaining(['质量与安全管理办公室主任|韦立群', '财务处、后勤处、保卫处等部门负责同志']));
  });
});
