import { describe, expect, it } from 'vitest';
import { importedPeople } from '../helpers/imported-people';

/**
 * Who took part in a visit or an activity (参加调研, 参加…活动), those who accompanied a leader as a
 * clause of their own, team members titled 成员, and a group described by what its people are not
 * (不是代表的…). Every text here is made up.
 */
describe('attendance at visits and activities', () => {
  // The leader who 带队 attends too (KEYING 19, added after this test was written: the leader who
  // leads the group attends, 参加; structure/visitors.ts).
  it('reads who took part in a visit, apart from those who accompanied the leader', () => {
    const text =
      '5月9日下午，县政协主席韩立带队到城南街道调研指导工作。县政协副主席罗敏，县政协秘书长郑涛陪同，城南街道党工委书记孙浩，街道党工委副书记、办事处主任胡蓉参加调研。\n韩立指出，要抓好基层治理。';
    expect(importedPeople(text).attendees).toEqual([
      ['韩立', '县政协主席'],
      ['罗敏', '县政协副主席'],
      ['郑涛', '县政协秘书长'],
      ['孙浩', '城南街道党工委书记'],
      ['胡蓉', '街道党工委副书记、办事处主任'],
    ]);
  });

  it('reads team members titled 成员 and a group who took part in an activity', () => {
    const text = '6月3日，县政协委员活动组进入东湖社区开展委员进社区活动。活动组组长林峰，副组长董婷，成员许亮、曹敏，东湖社区班子成员参加入驻活动。\n林峰表示，要为群众办实事。';
    expect(importedPeople(text).attendees).toEqual([
      ['林峰', '活动组组长'],
      ['董婷', '副组长'],
      ['许亮', '成员'],
      ['曹敏', '成员'],
      ['东湖社区班子成员', ''],
    ]);
  });

  it('keeps 成员 alone, or a team’s members, as a group when no name follows', () => {
    const text = '6月3日，县政协召开主席会议，县政协主席林峰主持会议。县政协领导班子成员参加会议。\n会议研究了有关事项。';
    expect(importedPeople(text).attendees).toEqual([['县政协领导班子成员', '']]);
  });

  it('does not cut a group described as not being deputies', () => {
    const text = '3月5日上午，区人大常委会召开第十次会议，区人大常委会主任王强主持会议。不是代表的街道党组织书记列席会议。\n会议听取了区政府的报告。';
    expect(importedPeople(text).observers).toEqual([['不是代表的街道党组织书记', '']]);
  });

  it('still drops whom an attendee stood in for', () => {
    const text = '3月5日，市政府召开常务会议，市长江海主持会议。市政府副秘书长陈立代表周市长出席。\n会议研究了有关事项。';
    expect(importedPeople(text).attendees).toEqual([['陈立', '市政府副秘书长']]);
  });

  it('reads who took part from the paragraph that told the day, when the opening is a later step', () => {
    const text =
      '委员进社区\n\n6月3日，县政协委员活动组进入东湖社区，开展委员进社区活动。活动组组长林峰，副组长董婷，东湖社区班子成员参加入驻活动。\n首先，举行了委员进社区公示牌挂牌仪式。然后，召开了座谈会。社区负责人介绍了社区的基本情况。\n林峰表示，要为群众办实事。';
    expect(importedPeople(text).attendees).toEqual([
      ['林峰', '活动组组长'],
      ['董婷', '副组长'],
      ['东湖社区班子成员', ''],
    ]);
  });
});
