import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';
import { findItems } from '../../shared/importer/structure/items';
import { leadlessOpensSection } from '../../shared/importer/structure/leadless';
import { parsePeopleList } from '../../shared/importer/structure/people';

/**
 * Round 31 (import-56a): section structure. Every text here is made up.
 */
const NOW = { now: new Date('2026-12-05T00:00:00Z') };

describe('a list cut after its first point', () => {
  const CUT = ['3月2日，县委书记周明主持召开县委常委会会议。', '会议传达学习了全省经济工作会议精神。', '就抓好春季防火工作，周明提出三点要求。一是压实责任。各乡镇要把防火责任落到每座山头，做到'].join(
    '\n',
  );

  it('reads a lone 一是 in a text that stops mid-sentence as a list of one point', () => {
    const last = importText(CUT, NOW).draft.sections.at(-1)!;
    expect(last.kind).toBe('action-list');
    expect(last.items).toHaveLength(1);
  });

  it('leaves a lone 一是 in a text that ends whole as prose', () => {
    expect(findItems('要抓好落实，一是要守住底线。')).toBeNull();
    expect(findItems('要抓好落实，一是要守住底线，这是')).not.toBeNull();
    expect(findItems('要抓好落实，二是要守住底线，这是')).toBeNull();
  });
});

describe('an opening that ends in an exclamation mark', () => {
  const OPENED = [
    '3月8日上午',
    '政协青川市第五届委员会第三次会议在庄严的国歌声中隆重开幕!',
    '市政协主席王立群，市政协副主席赵明、胡涛出席会议并在主席台前排就座。',
    '市委书记孙国强，市长李文涛出席会议并在主席台前排就座。',
    '市领导周平、吴刚出席会议并在主席台就座。',
    '政协青川市第五届委员会第三次会议应到委员230名，出席当天会议的221名，符合规定。',
    '胡涛主持会议。',
    '王立群代表市政协常务委员会向大会报告工作。',
  ].join('\n');
  const meeting = importText(OPENED, NOW).draft.meeting;

  it('is the opening, so the session is named and the lines after it are who attended', () => {
    expect(meeting.name).toBe('政协青川市第五届委员会第三次会议');
    expect(meeting.attendees.map((p) => p.name)).toEqual(expect.arrayContaining(['王立群', '赵明', '孙国强', '李文涛', '周平', '吴刚']));
  });

  it('takes a bare name that chairs below from the attendance list, with the title the list gave', () => {
    expect(meeting.chair).toEqual({ name: '胡涛', title: '市政协副主席' });
    expect(meeting.attendees.map((p) => p.name)).not.toContain('胡涛');
  });

  it('gives a chair read without a title the title the attendance list gave', () => {
    const chair = importText(OPENED.replaceAll('胡涛', '钱红'), NOW).draft.meeting.chair;
    expect(chair).toEqual({ name: '钱红', title: '市政协副主席' });
  });
});

describe('the meeting consulting on an item', () => {
  it('reads 会议协商了 as an agenda item, a topic', () => {
    const text = ['3月2日，市政协主席王立主持召开主席会议。', '会议协商了大会议程和日程。'].join('\n');
    const sections = importText(text, NOW).draft.sections;
    expect(sections.map((s) => [s.kind, s.lead])).toEqual([
      ['text', ''],
      ['topic', '会议协商了'],
    ]);
  });
});

describe('a paragraph that opens with the clock time a sitting began', () => {
  it('is a step of the meeting, its own section; the quorum still stays with the opening', () => {
    expect(leadlessOpensSection('上午9时，李明宣布大会开幕，全体起立，奏唱国歌。')).toBe(true);
    expect(leadlessOpensSection('当日9时30分，大会开幕。')).toBe(true);
    expect(leadlessOpensSection('12日上午，与会代表分组讨论政府工作报告。')).toBe(true);
    expect(leadlessOpensSection('会议应到代表230名，实到221名，符合法定人数。')).toBe(false);
  });
});

describe('a list of bare names with one rare surname', () => {
  it('reads each part as a person, but a list with a unit in it stays out of persons', () => {
    expect(parsePeopleList('萧旭、杨建国、杨树青、松永兰、余金泉').map((p) => p.name)).toEqual(['萧旭', '杨建国', '杨树青', '松永兰', '余金泉']);
    expect(parsePeopleList('萧旭、杨建国、杨树青、松山局').map((p) => p.name)).not.toEqual(['萧旭', '杨建国', '杨树青', '松山局']);
  });
});
