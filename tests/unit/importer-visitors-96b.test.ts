import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';
import { visitingLeaders } from '../../shared/importer/structure/visitors';

/**
 * Visitors told from the host's side, those who accompany or go along with them (round 41,
 * import-96b; KEYING 11, 17–19, 22). Every text here is made up.
 */
const NOW = new Date('2026-03-05T00:00:00Z');
const names = (paragraph: string) => visitingLeaders(paragraph).map((p) => `${p.title}|${p.name}`);

describe('a visit told from the host side: 莅临 and 来 + the visit work', () => {
  it('reads the leaders who 莅临 the writer’s place to do the visit’s work', () => {
    expect(names('4月8日下午，青川市教育局局长罗定川、副局长岑晓梅莅临我校调研教学工作。')).toEqual(['青川市教育局局长|罗定川', '副局长|岑晓梅']);
  });

  it('reads 来 + a place + the visit work, with the companions 在…的陪同下 after an occasion opened by 在', () => {
    expect(names('在植树节到来之际，3月11日上午，南湖区委书记柏立言在区委常委、办公室主任卫春和的陪同下，来校走访慰问教职工。')).toEqual(['南湖区委书记|柏立言', '区委常委、办公室主任|卫春和']);
  });

  it('reads companions named only by their kind as one group', () => {
    const got = visitingLeaders('5月6日上午，平安县县长蒲正清在县直有关部门负责人的陪同下莅临青石镇开展防汛检查。');
    expect(got.map((p) => [p.name, p.title])).toEqual([
      ['蒲正清', '平安县县长'],
      ['县直有关部门负责人', ''],
    ]);
  });

  it('reads 再次来到 as 来到', () => {
    expect(names('9日晚，市委书记钱立山，市长晏东平等市领导，再次来到市防汛指挥中心召开会商会。')).toEqual(['市委书记|钱立山', '市长|晏东平']);
  });
});

describe('a leader who leads a group on and those who go along', () => {
  it('reads 带领 + those led + a comma + 前往', () => {
    // KEYING 18, 28: those the leader brings attend beside the leader, as a group.
    expect(names('10月9日，副院长葛明远带领教务处和各学院负责人，前往邻省大学开展教学交流。')).toEqual(['副院长|葛明远', '|教务处和各学院负责人']);
  });

  it('reads the titled people who 一同前往 after the leader’s visit', () => {
    expect(names('6月3日，市文联党组书记、主席鲍云起同志率队到城东街道开展调研，副主席祁雨同志，办公室主任、二级调研员卜晓晨同志一同前往调研。')).toEqual([
      '市文联党组书记、主席|鲍云起',
      '副主席|祁雨',
      '办公室主任、二级调研员|卜晓晨',
    ]);
  });

  it('reads them through the importer as attendees of the talk', () => {
    const text = ['5月6日上午，平安县县长蒲正清在县直有关部门负责人的陪同下莅临青石镇开展防汛检查，并召开座谈会。', '蒲正清强调，要压实防汛责任。'].join('\n');
    expect(importText(text, { now: NOW }).draft.meeting.attendees.map((p) => p.name)).toEqual(['蒲正清', '县直有关部门负责人']);
  });
});

describe('what is no visit from the host side', () => {
  it('leaves a visit named inside a longer phrase out', () => {
    expect(names('会议强调，要落实好省委书记霍启东来我市调研时的指示精神。')).toEqual([]);
  });

  it('leaves a name that ends in 来 before 等陪同 to the escort reading', () => {
    expect(names('市领导鲍晓东、唐元来等陪同考察。')).toEqual([]);
  });

  it('leaves 带来 and 以来 alone', () => {
    expect(names('副县长岑立明带来调研成果。')).toEqual([]);
    expect(names('县长岑立明就任以来调研了十个乡镇。')).toEqual([]);
  });
});
