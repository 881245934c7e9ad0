import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';
import { visitingLeaders } from '../../shared/importer/structure/visitors';

/**
 * The leaders of a visiting group (round 37, import-80c; KEYING 17–19). Every text here is made up.
 */
const attendees = (text: string) => importText(text).draft.meeting.attendees.map((p) => [p.name, p.title]);

describe('the leader of a visiting group attends the talk the report is about', () => {
  it('reads 一行 + 来 as a visitor, before the hosts the opening lists', () => {
    const text = '6月3日，南岭市农业农村局局长林若川一行来我县调研，并在县政府召开座谈会。副县长宋启明参加座谈。\n林若川表示，要加强合作。';
    expect(attendees(text)).toEqual([
      ['林若川', '南岭市农业农村局局长'],
      ['宋启明', '副县长'],
    ]);
  });

  it('reads 率…组, 带队 and a list of leaders before 等一行', () => {
    expect(visitingLeaders('3月5日，省政协副秘书长戴文华率调研组到我市开展专题调研。')).toEqual([{ name: '戴文华', title: '省政协副秘书长', unit: '' }]);
    expect(visitingLeaders('4月2日，市政协副主席郭永宁带队，来县政协开展调研。').map((p) => p.name)).toEqual(['郭永宁']);
    expect(visitingLeaders('11月8日，县政协副主席严若冰、县政协常委柯定安等一行到青塘镇开展座谈。').map((p) => p.name)).toEqual(['严若冰', '柯定安']);
    expect(visitingLeaders('7月1日，鄰縣鎮長何思遠一行5人蒞臨本鎮交流。').map((p) => p.name)).toEqual(['何思遠']);
  });

  it('leaves the chair among the visitors as chair only', () => {
    const text = '5月9日，市委常委范志成一行来青塘镇调研，随后主持召开座谈会。镇党委书记卢海涛参加会议。\n范志成强调，要抓好落实。';
    const draft = importText(text).draft;
    expect(draft.meeting.chair.name).toBe('范志成');
    expect(draft.meeting.attendees.map((p) => p.name)).toEqual(['卢海涛']);
  });
});

describe('what is no visiting leader', () => {
  it('names no one for a group by its kind or a unit', () => {
    expect(visitingLeaders('5月3日，县领导一行来青塘镇调研。')).toEqual([]);
    expect(visitingLeaders('5月3日，市审计局调研组一行到我县调研。')).toEqual([]);
  });

  it('needs the visit after the group word: 一行 closing a list that attended is read elsewhere', () => {
    expect(visitingLeaders('县委书记许文川一行出席开幕式。')).toEqual([]);
    expect(visitingLeaders('副县长许文川陪同市长郑海一行来我镇调研。')).toEqual([]);
  });

  // KEYING 18, 28: the kinds of people a leader brings to the place attend beside the leader, as a group.
  it('reads the members the leader brought, who are not named, as one group', () => {
    expect(visitingLeaders('2月1日，市政协主席罗定山率市直有关部门负责人到我县视察。').map((p) => p.name)).toEqual(['罗定山', '市直有关部门负责人']);
  });
});

describe('guests who 到会指导 in a paragraph of their own after the opening', () => {
  it('reads them as attendees, each with the title written for them', () => {
    const text = '3月1日，县政协十届一次会议开幕。\n市委指导组组长戈立新，指导组成员马林、白雪松到会指导。\n会上，县委书记甲文明作了讲话。';
    expect(attendees(text)).toEqual([
      ['戈立新', '市委指导组组长'],
      ['马林', '指导组成员'],
      ['白雪松', '指导组成员'],
    ]);
  });

  it('names nobody for a team named as a unit', () => {
    const text = '3月1日，州人大常委会召开会议。主任李崇主持会议。省委组织部换届督导组到会指导。\n会上，李崇作了讲话。';
    expect(attendees(text)).toEqual([]);
  });
});

describe('a visitor with several offices, and the visit told in the day paragraph', () => {
  it('reads one person whose offices are joined by 、', () => {
    expect(visitingLeaders('8月3日，全国人大民族委员会副主任委员、农工党中央副主席严若松率调研组在青州等地调研。')).toEqual([
      { name: '严若松', title: '全国人大民族委员会副主任委员、农工党中央副主席', unit: '' },
    ]);
  });

  it('reads the leader from the paragraph that told the day when a later step is the opening', () => {
    const text = [
      '4月9日，省林业局副局长沈安国率调研组一行6人，到我县开展林业改革调研。县政协副主席田雨农参加调研。',
      '在汇报会上，沈安国介绍了调研安排。',
      '在青石期间，调研组实地察看了苗木基地，举行座谈会听取意见。',
    ].join('\n');
    expect(attendees(text).map(([n]) => n)).toEqual(['沈安国', '田雨农']);
  });
});
