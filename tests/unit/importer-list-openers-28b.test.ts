import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';

/** The ways a paragraph after the opening says who attended. Made-up texts. */
const NOW = new Date('2026-03-05T00:00:00Z');
const opening = '3月6日，市政署召開管理委員會會議，由主席陳一鳴主持。';
const business = '會議強調，要做好社區服務。';
const people = (line: string) => {
  const m = importText([opening, line, business].join('\n'), { now: NOW }).draft.meeting;
  return [...m.attendees, ...m.observers].map((p) => [p.title, p.name]);
};
const both = [
  ['副主席', '李春燕'],
  ['委員', '趙國強'],
];

describe('a list that follows its verb', () => {
  it.each([
    '出席是次會議的包括副主席李春燕、委員趙國強。',
    '與會者包括副主席李春燕、委員趙國強。',
    '參與會議的有副主席李春燕、委員趙國強。',
    '到會的有副主席李春燕、委員趙國強。',
    '出席的官員包括副主席李春燕、委員趙國強。',
  ])('reads %s', (line) => expect(people(line)).toEqual(both));

  it('does not read a paragraph that opens with 与会 and does business', () => {
    expect(people('与会人员一致认为，副主席李春燕提出的方案可行。')).toEqual([]);
  });
});

describe('a list before its verb', () => {
  it('leaves 亦有 out of the last name', () => expect(people('副主席李春燕、委員趙國強亦有出席。')).toEqual(both));

  it('reads a titled person and the groups before 参会', () => {
    expect(people('副市长李春燕，市直各部门、各区主要负责人参会。')).toEqual([
      ['副市长', '李春燕'],
      ['', '市直各部门、各区主要负责人'],
    ]);
  });
});
