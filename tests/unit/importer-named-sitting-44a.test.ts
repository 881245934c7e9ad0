import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';
import { namedMeetingAt } from '../../shared/importer/structure/named-meeting';

/**
 * Round 28 (import-44a): a sitting named in full as the subject of a lead verb (a standing
 * committee's sub-meeting, a council named by body and number, a preparatory sitting, two sittings
 * named together) opens its item as 会议 does. Made-up texts.
 */
const NOW = { now: new Date('2026-12-05T00:00:00Z') };
const leads = (text: string) => importText(text, NOW).draft.sections.map((s) => [s.kind, s.lead]);

describe('a sitting named in full as a lead subject', () => {
  it('opens one item per sub-meeting of a standing committee', () => {
    const text = [
      '4月2日，区委书记林远主持召开区委常委会会议。区委副书记、区长许平出席会议。',
      '区委常委会暨区委防汛工作领导小组会议听取我区防汛准备情况汇报，研究部署下一步工作。林远指出，要压实各级责任。',
      '区委常委会暨区委深改委第五次会议，听取有关改革方案起草情况的汇报。',
    ].join('\n');
    expect(leads(text)).toEqual([
      ['text', ''],
      ['topic', '区委常委会暨区委防汛工作领导小组会议听取我区防汛准备情况汇报'],
      ['directive', '林远指出'],
      ['topic', '区委常委会暨区委深改委第五次会议，听取有关改革方案起草情况的汇报'],
    ]);
  });

  it('reads a council named by body, year and number, and a preparatory sitting, like the meeting', () => {
    const council = ['5月6日，县人大常委会召开主任会议。县人大常委会主任赵明主持。', '县人大常委会2026年第五次主任会议决定，任命王华为县人大常委会办公室副主任。'].join('\n');
    expect(leads(council)).toEqual([
      ['text', ''],
      ['decision', '县人大常委会2026年第五次主任会议决定'],
    ]);
    const preparatory = ['1月8日，县政协十届三次会议举行预备会议。', '預備會議審議通過了大會議程。'].join('\n');
    expect(leads(preparatory).slice(1)).toEqual([['decision', '預備會議審議通過了']]);
  });

  it('names two sittings held together as one subject', () => {
    const text = ['1月25日，县政协召开主席会议和常委会议。县政协主席周平主持。', '主席会议、常委会议分别审议通过了大会选举办法（草案）。'].join('\n');
    expect(leads(text).slice(1)).toEqual([['decision', '主席会议、常委会议分别审议通过了']]);
  });

  it('leaves a higher meeting passed on, a clause ending in 会议, and a sitting pointed at to the other rules', () => {
    // The studied meeting quoted after 传达 is the matter, not this meeting.
    expect(namedMeetingAt('会议传达了全市安全生产工作会议精神。全市安全生产工作会议强调，要守牢底线。', 18)).toBe(0);
    // A studied meeting not named 全… is held back by the 传达 before it.
    const text = '会议传达了市委常委会会议精神。市委常委会会议强调，要守牢底线。';
    expect(namedMeetingAt(text, text.indexOf('。') + 1)).toBe(0);
    // A clause whose object is a meeting, a copula, a hand-over.
    expect(namedMeetingAt('根据前期会议部署，各单位开展了自查。', 0)).toBe(0);
    expect(namedMeetingAt('今日是本届议会首次会议，政府提出预算案。', 0)).toBe(0);
    expect(namedMeetingAt('并同意将上述事项提交常委会议审议。', 0)).toBe(0);
    expect(namedMeetingAt('本次会议审议了三项议题。', 0)).toBe(0);
    // And the meeting's own word alone needs no naming.
    expect(namedMeetingAt('会议听取了汇报。', 0)).toBe(0);
  });

  it('gives the name with its comma when the sitting is named before a comma', () => {
    expect(namedMeetingAt('区委深改委第五次会议，听取汇报。', 0)).toBe('区委深改委第五次会议，'.length);
    expect(namedMeetingAt('省政府党组会议暨常务会议传达学习了有关精神。', 0)).toBe('省政府党组会议暨常务会议'.length);
  });
});
