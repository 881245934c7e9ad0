import { describe, expect, it } from 'vitest';
import { importedPeople } from '../helpers/imported-people';
import { parsePeopleList } from '../../shared/importer';

/**
 * Attendance list shapes seen in round 13 (issue 11, import-13): a bracketed note between the office
 * and the name, a head count closing the list, a team written once before a run of names, and two
 * attendance clauses joined by 、. Every text here is made up.
 */

const pairs = (raw: string) => parsePeopleList(raw).map((p) => [p.name, p.title]);

describe('attendance list shapes', () => {
  it('keeps a （兼）/（代） note after the office in the title and reads the name after it', () => {
    expect(pairs('县委常委、组织部部长、学院党委书记（兼）方建林，副县长、学院院长（代）崔文涛')).toEqual([
      ['方建林', '县委常委、组织部部长、学院党委书记（兼）'],
      ['崔文涛', '副县长、学院院长（代）'],
    ]);
  });

  it('drops a head count written as the last part of its own, keeps the groups before it', () => {
    expect(pairs('中心副主任邱海燕及全体职工，共35人')).toEqual([
      ['邱海燕', '中心副主任'],
      ['全体职工', ''],
    ]);
  });

  it('drops a head count glued to a group (KEYING 8: a count is no kind of person)', () => {
    expect(pairs('全体村干部共25余人')).toEqual([['全体村干部', '']]);
    expect(pairs('村组干部60余人')).toEqual([['村组干部', '']]);
    expect(pairs('约40名志愿者骨干')).toEqual([['志愿者骨干', '']]);
    // A number that is part of the kind's name stays: 十大中心主任 counts no heads.
    expect(pairs('院内八大科室主任')).toEqual([['院内八大科室主任', '']]);
  });

  it('splits groups joined by commas after a person (KEYING 8)', () => {
    expect(pairs('站长蒲文亮及站务委员，各组组长')).toEqual([
      ['蒲文亮', '站长'],
      ['站务委员', ''],
      ['各组组长', ''],
    ]);
  });

  it('splits kinds of people joined by commas into groups, keeping 、 inside each', () => {
    expect(pairs('镇党委委员，各片区干部、驻村工作组成员，以及镇属单位负责人')).toEqual([
      ['镇党委委员', ''],
      ['各片区干部、驻村工作组成员', ''],
      ['镇属单位负责人', ''],
    ]);
    expect(pairs('学校中层干部，各年级组长、教研组长，共50余人')).toEqual([
      ['学校中层干部', ''],
      ['各年级组长、教研组长', ''],
    ]);
  });

  it('keeps one group when the part before the comma is no kind of people', () => {
    // Units sharing the head noun after the comma: 部分街道，区直相关单位 + 负责人.
    expect(pairs('全区部分街道，区直相关单位主要负责人')).toEqual([['全区部分街道，区直相关单位主要负责人', '']]);
  });

  it('does not split at a comma inside brackets', () => {
    expect(pairs('各科（室，站）负责人，全体驻村队员')).toEqual([
      ['各科（室，站）负责人', ''],
      ['全体驻村队员', ''],
    ]);
  });

  it('reads no person or group from a roll call’s counts', () => {
    expect(pairs('委员总额25人，实到21人（名单附后）')).toEqual([]);
    expect(pairs('应到15人，实到13人')).toEqual([]);
  });

  it('reads a team written once before a run of names as each one’s title', () => {
    expect(pairs('市督导组陈立平、王海波、赵文静')).toEqual([
      ['陈立平', '市督导组'],
      ['王海波', '市督导组'],
      ['赵文静', '市督导组'],
    ]);
  });

  it('does not make persons of a run of units after a team', () => {
    expect(pairs('县专班各乡镇、各部门、各村')).toEqual([['县专班各乡镇、各部门、各村', '']]);
  });

  it('splits two attendance clauses joined by 、, the observer with his title', () => {
    const text = '4月8日，学院召开院务会议。全体院务委员参加会议、学院办公室主任邓立群列席会议。会议由院长韩志远主持。\n会议研究了招生工作。';
    const got = importedPeople(text);
    expect(got.attendees).toEqual([['全体院务委员', '']]);
    expect(got.observers).toEqual([['邓立群', '学院办公室主任']]);
  });

  it('reads a titled person who 参加活动 as attending', () => {
    const text = '5月9日，社区召开共建联席会议。会议由社区书记高秀梅主持，区人大副主任罗永康参加活动。\n会议通报了共建项目。';
    expect(importedPeople(text).attendees).toEqual([['罗永康', '区人大副主任']]);
  });
});
