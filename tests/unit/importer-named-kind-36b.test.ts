import { describe, expect, it } from 'vitest';
import { parsePeopleList } from '../../shared/importer/structure/people';
import { importedPeople } from '../helpers/imported-people';

/**
 * Titled people, then 等 and the kind they belong to, then more kinds of people: 党委副书记、总经理X等
 * 集团公司领导班子成员、中层管理人员 / 县长X等县领导和有关部门负责人. Every text here is made up.
 */
const entries = (raw: string) => parsePeopleList(raw).map((p) => [p.name, p.title]);

describe('titled people before 等 and their kind', () => {
  it('reads each titled person and leaves the kind after 等 as theirs', () => {
    expect(entries('镇人大主席罗文清等镇领导班子成员')).toEqual([['罗文清', '镇人大主席']]);
  });

  it('keeps a kind 、-joined to more kinds as one group', () => {
    expect(entries('党委副书记、总经理程立新等集团公司领导班子成员、中层管理人员')).toEqual([
      ['程立新', '党委副书记、总经理'],
      ['集团公司领导班子成员、中层管理人员', ''],
    ]);
  });

  it('reads the group joined by 和 after the kind, even with a surname no list holds', () => {
    expect(entries('县委书记孙建华、县长蹇明远等县领导和有关部门负责人')).toEqual([
      ['孙建华', '县委书记'],
      ['蹇明远', '县长'],
      ['有关部门负责人', ''],
    ]);
  });

  it('reads the pattern as one comma-part of a longer list (Traditional)', () => {
    const text = '10日上午，我鎮召開鄉村振興動員大會。鎮黨委書記周志明，鎮人大主席鄭文濤等鎮領導班子成員，各村黨組織書記參加了會議。\n周志明要求，要抓好落實。';
    expect(importedPeople(text).attendees).toEqual([
      ['周志明', '鎮黨委書記'],
      ['鄭文濤', '鎮人大主席'],
      ['各村黨組織書記', ''],
    ]);
  });

  it('reads the group joined after the kind of bare names too', () => {
    // KEYING 14: the level's leaders named after 等 (县领导) is each name's label.
    expect(entries('孙建华、罗丽萍等县领导和有关部门负责人')).toEqual([
      ['孙建华', '县领导'],
      ['罗丽萍', '县领导'],
      ['有关部门负责人', ''],
    ]);
  });

  it('keeps the joined group when the opening names who attended', () => {
    const text = '4月7日，全县重点工程推进会在县行政中心召开。县委书记孙建华、县长蹇明远等县领导和有关部门负责人参加。\n孙建华要求，要抓好落实。';
    expect(importedPeople(text).attendees).toEqual([
      ['孙建华', '县委书记'],
      ['蹇明远', '县长'],
      ['有关部门负责人', ''],
    ]);
  });

  it('leaves a list of units before 等 alone', () => {
    expect(entries('县发改局、县财政局等部门负责人').map(([n]) => n)).toEqual(['县发改局、县财政局等部门负责人']);
  });
});
