import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';
import { parsePeopleList } from '../../shared/importer/structure/people';

/**
 * Round 38 (import-84a): attendee shapes the importer missed in several TRAIN reports, each read by
 * a general signal (an attendance verb, a closing credit, a joining word, the segmenter's reading).
 * Every text here is made up.
 */
const NOW = new Date('2026-06-01T00:00:00Z');
const people = (text: string) => {
  const m = importText(text, { now: NOW }).draft.meeting;
  return [...m.attendees, ...m.observers].map((p) => [p.name, p.title]);
};
const listed = (raw: string) => parsePeopleList(raw).map((p) => [p.name, p.title]);

describe('guests who came to hear the members (到会听取)', () => {
  it('attend, also in a paragraph after a presidium list and before a closing credit', () => {
    const text = [
      '5日上午，青州市政协五届二次会议举行第二次全体会议，进行大会发言。',
      '大会的执行主席是甲一鸣、乙二平。',
      '市委书记范立群，市委副书记、市长韩秋生以及市直有关部门负责人到会听取委员发言。甲一鸣主持会议。（据《青州日报》宋林）',
    ].join('\n');
    expect(people(text)).toEqual([
      ['范立群', '市委书记'],
      ['韩秋生', '市委副书记、市长'],
      ['市直有关部门负责人', ''],
    ]);
  });
});

describe('以及 between two titled people', () => {
  it('joins them as 、 does, each with the title written for them', () => {
    expect(listed('社区党委副书记范秋云同志以及社区党委委员、综治办主任顾立平同志')).toEqual([
      ['范秋云', '社区党委副书记'],
      ['顾立平', '社区党委委员、综治办主任'],
    ]);
  });

  it('still keeps a group after 以及 whole', () => {
    expect(listed('副镇长范秋云以及镇直有关单位负责人')).toEqual([
      ['范秋云', '副镇长'],
      ['镇直有关单位负责人', ''],
    ]);
  });
});

describe('a leader who 亲率 the heads of units', () => {
  it('attends, and the units they lead are one group, not names under the title', () => {
    const text = '6月3日，河西乡公所举办乡政座谈会。乡长邵启明亲率民政、财务、建设等课室主管出席。';
    expect(people(text)).toEqual([
      ['邵启明', '乡长'],
      ['民政、财务、建设等课室主管', ''],
    ]);
  });

  it('leaves a list of long names after a title as names', () => {
    expect(listed('副县长次仁多吉、坚赞、洛桑平措')).toEqual([
      ['次仁多吉', '副县长'],
      ['坚赞', '副县长'],
      ['洛桑平措', '副县长'],
    ]);
  });
});

describe('a visit told in the paragraph before the talk it holds', () => {
  const visit = '5月6日，山南县县委书记闻立本率党政考察团来我县参观考察。县领导车子明、沈立达等陪同。';

  it('gives the visiting leader and the hosts who accompany as attendees, the chair named later', () => {
    const text = [visit, '考察团一行召开座谈会。', '县长车子明主持会议，对考察团表示欢迎。'].join('\n');
    expect(people(text)).toEqual([
      ['闻立本', '山南县县委书记'],
      ['沈立达', '县领导'],
    ]);
  });

  it('not when the opening gives a day of its own (another item of a 简报)', () => {
    const text = ['●5月6日，副县长闻立本率队到北岭乡调研。', '●5月7日，县政府召开防汛工作会议。县长车子明主持会议。'].join('\n');
    expect(people(text)).toEqual([]);
  });
});

describe('words between the list and its verb', () => {
  it('先后 before 陪同 is no part of the last name', () => {
    const text = '今天上午，省报记者站站长方一鸣一行来我县调研采访。县委书记邵春林，县委常委、宣传部部长钱立达先后陪同调研。';
    expect(people(text)).toEqual([
      ['方一鸣', '省报记者站站长'],
      ['邵春林', '县委书记'],
      ['钱立达', '县委常委、宣传部部长'],
    ]);
  });

  it('等 before a comma closes a run of named people, the group after it stays its own', () => {
    expect(listed('镇党委书记鲍明远，商会执行秘书长邵海林等，以及有关专家、商会企业家')).toEqual([
      ['鲍明远', '镇党委书记'],
      ['邵海林', '商会执行秘书长'],
      ['有关专家、商会企业家', ''],
    ]);
  });
});
