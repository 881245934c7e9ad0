import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';

/**
 * Round 5 (issue 11, import-11e): a party committee's minutes written as one paragraph — names
 * with no titles, an absence between two attendance clauses, items of business numbered inline —
 * and a group joined by 以及. Every text here is made up for the test.
 */
const NOW = new Date('2026-03-05T00:00:00Z');
const imp = (lines: string[]) => importText(lines.join('\n'), { now: NOW });
const minutes = [
  '3月9日下午，石如海主持召开九届党委常委会第41次会议。王立群、李春生、赵海波、孙静怡参加会议，陈文昌请假，周启明列席会议。 1.会议传达学习了上级近期会议精神。 2.会议研究了干部工作。 3.会议审议并原则同意《关于加强实验室安全管理的意见》。',
];

describe('names with no titles under one attendance verb', () => {
  it('are each a person, and the absent one is in neither list', () => {
    const m = imp(minutes).draft.meeting;
    expect(m.attendees.map((p) => p.name)).toEqual(['王立群', '李春生', '赵海波', '孙静怡']);
    expect(m.observers.map((p) => p.name)).toEqual(['周启明']);
  });

  it('leaves a list of units alone', () => {
    const m = imp(['3月9日，县长石如海主持召开县政府常务会议。县发改局、县财政局、县住建局参加会议。', '会议强调，要抓好落实。']).draft.meeting;
    expect(m.attendees.map((p) => p.name)).not.toContain('县财政局');
  });
});

describe('items of business numbered inline', () => {
  it('each open a section of their own kind', () => {
    const s = imp(minutes).draft.sections.filter((x) => x.lead);
    expect(s.map((x) => [x.kind, x.lead])).toEqual([
      ['directive', '会议传达学习了'],
      // an agenda item, as 讨论了 is (KEYING 19)
      ['topic', '会议研究了'],
      ['decision', '会议审议并原则同意'],
    ]);
  });
});

describe('a group joined by 以及', () => {
  it('is named without the joining word', () => {
    const m = imp(['1月7日，市政协常委会举行第五次会议。市政协副主席莫永安、韦宁，以及市政协常委会组成人员出席会议。', '会议审议通过了有关事项。']).draft.meeting;
    expect(m.attendees.map((p) => p.name)).toContain('市政协常委会组成人员');
  });
});
