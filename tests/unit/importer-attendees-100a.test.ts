import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';

/**
 * Round 42 (import-100a): attendees lost where names close on 等 and the kind they belong to inside
 * a longer list. Every text here is made up.
 */
const NOW = new Date('2026-06-01T00:00:00Z');
const people = (text: string) => {
  const m = importText(text, { now: NOW }).draft.meeting;
  return [...m.attendees, ...m.observers].map((p) => [p.name, p.title]);
};

describe('names closed by 等 and their kind inside a list of several entries', () => {
  it('a rare-surnamed last name before 等领导 shares the title written before the run', () => {
    const text = ['4月2日，省作协第五届全委会在江城召开。省作协副主席高远山、石明川、井振东等领导，省作协委员，各市作协负责人出席会议。', '会议强调，要繁荣创作。'].join('\n');
    const got = people(text);
    expect(got).toContainEqual(['井振东', '省作协副主席']);
    expect(got).not.toContainEqual(['井振东等领导', '']);
  });

  it('bare names before 等 and a kind naming several bodies joined by 、 are each a person', () => {
    const text = [
      '1月9日，市政协十届三次会议在市会堂开幕。',
      '苏立本、曹文澜、韦宏达等市委、市人大常委会、市政府领导班子成员，市法院、市检察院主要负责同志出席会议。',
      '会议听取了常委会工作报告。',
    ].join('\n');
    const got = people(text).map(([name]) => name);
    expect(got).toEqual(expect.arrayContaining(['苏立本', '曹文澜', '韦宏达', '市法院、市检察院主要负责同志']));
    expect(got.some((n) => n!.includes('等'))).toBe(false);
  });

  it('a level’s leaders joined to units by 以及 stay a kind and a group', () => {
    const text = ['5月6日，县政府召开专题会议。李文成、张立安等县领导以及县委办、县政府办等有关单位主要负责同志参加会议。', '会议要求，要抓好落实。'].join('\n');
    const got = people(text);
    expect(got).toContainEqual(['李文成', '县领导']);
    expect(got).toContainEqual(['县委办、县政府办等有关单位主要负责同志', '']);
  });
});

describe('a deputy’s title among titles joined by 、', () => {
  it('县人大代表、县领导 before a run of names is each one’s title', () => {
    const text = [
      '3月1日上午，县第九届人民代表大会第二次会议举行预备会议。县人大常委会主任罗文山主持会议。',
      '会议通过了大会议程。',
      '县人大代表、县领导钟立人、方明远、邓子恒，县法院院长等参加会议。',
    ].join('\n');
    const got = people(text);
    expect(got).toContainEqual(['钟立人', '县人大代表、县领导']);
    expect(got).toContainEqual(['邓子恒', '县人大代表、县领导']);
  });
});

describe('a text-and-picture credit closing the last paragraph', () => {
  it('（图/文：…） after the attendance sentence goes inline and the sentence stays', () => {
    const text = [
      '3月1日上午，县第九届人民代表大会第二次会议举行预备会议。县人大常委会主任罗文山主持会议。',
      '会议通过了大会议程。',
      '县领导钟立人、方明远、邓子恒等参加会议。（图/文：县融媒体中心 林小川）',
    ].join('\n');
    const result = importText(text, { now: NOW });
    expect(result.draft.meeting.attendees.map((p) => p.name)).toEqual(expect.arrayContaining(['钟立人', '方明远', '邓子恒']));
    expect(result.removed.map((r) => r.original.trim())).toContainEqual('（图/文：县融媒体中心 林小川）');
  });

  it('a picture credited to its photographer alone is still a caption', () => {
    const text = ['3月1日上午，县政协召开常委会议。县政协主席罗文山主持会议。', '会议通过了工作要点。', '会场一角。（图/林小川）'].join('\n');
    const result = importText(text, { now: NOW });
    expect(result.removed.map((r) => r.original.trim())).toContainEqual('会场一角。（图/林小川）');
  });
});
