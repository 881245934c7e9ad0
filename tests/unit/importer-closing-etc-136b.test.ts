import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';
import { parsePeopleList } from '../../shared/importer/structure/people';

// Reports and lists written for this test (fictional people and places), not taken from any bench set.
function people(text: string): string[] {
  const { meeting } = importText(text).draft;
  return [...meeting.attendees, ...meeting.observers].map((p) => (p.title ? `${p.title}|${p.name}` : p.name));
}

describe('等 closing a list after a named person', () => {
  it('ends the name before 等, 等人 and 一行', () => {
    expect(parsePeopleList('某省水利厅副厅长邹明川等人')).toEqual([{ name: '邹明川', title: '某省水利厅副厅长', unit: '' }]);
    expect(parsePeopleList('县长甘立新、副县长钱美云等')).toEqual([
      { name: '甘立新', title: '县长', unit: '' },
      { name: '钱美云', title: '副县长', unit: '' },
    ]);
    expect(parsePeopleList('蔡思远、潘文涛等人')).toEqual([
      { name: '蔡思远', title: '', unit: '' },
      { name: '潘文涛', title: '', unit: '' },
    ]);
    expect(parsePeopleList('副局长卜兴华同志一行')).toEqual([{ name: '卜兴华', title: '副局长', unit: '' }]);
  });

  it('keeps the words of a group that 等 closes', () => {
    expect(parsePeopleList('各科室负责人等')).toEqual([{ name: '各科室负责人等', title: '', unit: '' }]);
  });

  it('reads the companions of a visit whose escort closes on 等人', () => {
    const text =
      '某司领导来校调研\n\n6月3日上午，某部规划司司长倪少恒、副司长苗文凯一行在某省教育厅副厅长邹明川等人的陪同下到我校调研办学改革情况。校长汪立德、副校长柯玉芬参加调研座谈。\n座谈中，倪少恒充分肯定了学校的工作。';
    expect(people(text)).toEqual(expect.arrayContaining(['某部规划司司长|倪少恒', '副司长|苗文凯', '某省教育厅副厅长|邹明川']));
  });

  it('does not keep a second, glued reading of a name closed by 等 in an attendance list', () => {
    const text =
      '某医院召开职工代表大会\n\n4月2日，某医院第五届二次职工代表大会开幕。医院党委书记詹立明、院长戚文华等在家院领导出席会议，院党委副书记龚丽萍主持开幕式。\n詹立明指出，要抓好医院各项工作。';
    const got = people(text);
    expect(got).toContain('院长|戚文华');
    expect(got.some((p) => p.endsWith('等'))).toBe(false);
  });
});
