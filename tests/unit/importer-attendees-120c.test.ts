import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';
import { attendedEvent } from '../../shared/importer/structure/attended-event';
import { attendingClauses } from '../../shared/importer/structure/attending-clauses';
import { parsePeopleList } from '../../shared/importer/structure/people';

// Reports written for this test (fictional people and places), not taken from any bench set.
function people(text: string): string[] {
  const { meeting } = importText(text).draft;
  return [...meeting.attendees, ...meeting.observers].map((p) => (p.title ? `${p.title}|${p.name}` : p.name));
}

describe('counted groups read with the one list of manner words', () => {
  it('takes 准时 off a counted group in the body, as the opening readers do', () => {
    const text = '某局召开安全工作会议\n\n3月1日，某局召开安全工作会议，局长王明主持会议。\n会上，各村党支部书记30余人准时参加会议。\n会议强调，要抓好安全生产。';
    expect(people(text)).toContain('各村党支部书记');
  });
});

describe('a demonstrative after the attendance verb points at the event reported', () => {
  it('reads the list before 出席了本次…的各项活动 in a body clause', () => {
    expect(attendingClauses('州长甲某,副州长乙某等州领导分别出席了本次会议的各项活动')[0]?.list).toBe('州长甲某,副州长乙某等州领导');
  });

  it('takes 此次 + any event word as an attended event, a bare demonstrative as none', () => {
    expect(attendedEvent('此次庆典')).toBe(true);
    expect(attendedEvent('本次')).toBe(false);
  });

  it('reads titled people who 出席了此次庆典 in the opening', () => {
    const text = '某中学举行建校十周年庆典\n\n9月10日，某中学迎来建校十周年庆典。区委书记、管委会主任顾文涛，市委组织部副部长柯明华出席了此次庆典。\n校长韦正平在致辞中讲到，要办好学校。';
    expect(people(text)).toEqual(expect.arrayContaining(['区委书记、管委会主任|顾文涛', '市委组织部副部长|柯明华']));
  });
});

describe('the roll that closes a sentence of business', () => {
  it('reads the titled people after the clauses that tell what the meeting did', () => {
    const text = '某局召开安全工作会议\n\n3月1日，某局召开安全工作会议，局长王明主持会议。\n会议听取了各科室汇报，研究了下一步工作，副局长吕晓峰、副局长成志远出席。\n会议强调，要抓好落实。';
    expect(people(text)).toEqual(expect.arrayContaining(['副局长|吕晓峰', '副局长|成志远']));
  });

  it('reads an unsure word only in the roll, not in the clauses before it', () => {
    const text = '某局召开安全工作会议\n\n3月1日，某局召开安全工作会议，局长王明主持会议。\n会议通报了未来一周天气情况，提出了防范措施，副局长吕晓峰、成志远出席。\n会议强调，要抓好落实。';
    expect(people(text)).toEqual(expect.arrayContaining(['副局长|吕晓峰', '副局长|成志远']));
  });
});

describe('a bare 领导 after 等 closes the titled names before it', () => {
  it('reads the kinds after 等领导、 as one group, their own 等 kept', () => {
    expect(parsePeopleList('某省教育厅副处长苏明华等领导、某交流中心代表、某省教研室领导、某工程大学等大学领导')).toEqual([
      { name: '苏明华', title: '某省教育厅副处长', unit: '' },
      { name: '某交流中心代表、某省教研室领导、某工程大学等大学领导', title: '', unit: '' },
    ]);
  });
});
