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

describe('what stands between the people and the attendance verb', () => {
  it('a manner word (现场, 集体, 全程) before the verb is no part of the group', () => {
    const text = ['6月3日上午，市建设集团召开安全生产工作会议。会议由集团副总经理罗文山主持，集团各部门负责人现场参会，各子公司负责人以视频方式参加会议。', '会议强调，要守住底线。'].join('\n');
    const got = people(text).map(([name]) => name);
    expect(got).toContain('集团各部门负责人');
    expect(got.some((n) => n!.endsWith('现场'))).toBe(false);
  });

  it('全程 before 参加 is how they took part, not who', () => {
    const text = ['7月8日，县工商联召开乡贤座谈会。县委统战部部长罗文山主持会议，县工商联有关同志全程参加会议。', '罗文山指出，要凝聚合力。'].join('\n');
    expect(people(text)).toContainEqual(['县工商联有关同志', '']);
  });

  it('a clause giving a report between attendance clauses names no attendee', () => {
    const text = ['9月2日，全省社区治理现场推进会议在江城召开。副省长罗文山出席会议并讲话，省民政厅厅长方志远作全省社区治理工作报告，市委书记邓子恒出席会议并致辞。', '会议要求，要抓好落实。'].join(
      '\n',
    );
    const got = people(text).map(([name]) => name);
    expect(got).toEqual(expect.arrayContaining(['罗文山', '邓子恒']));
    expect(got.some((n) => n!.includes('报告'))).toBe(false);
  });

  it('主持 inside a bracketed note does not cut the list', () => {
    const text = ['3月5日，学院召开理论学习中心组学习（扩大）会议。各中层正职（含主持工作的副职）、各支部书记等列席会议。', '会议指出，要学深悟透。'].join('\n');
    expect(people(text).map(([name]) => name)).toContainEqual('各中层正职（含主持工作的副职）、各支部书记');
  });
});

describe('those who came to hear a report', () => {
  it('a closing line of groups who 聆听报告 names who attended', () => {
    const text = [
      '5月6日，省委宣讲团来区宣讲全会精神。宣讲团成员罗文山作宣讲报告。',
      '罗文山指出，要学深悟透。',
      '区直各部门主要负责同志，各街道党工委书记聆听报告。',
      '根据安排，宣讲团还将深入基层宣讲。',
    ].join('\n');
    const got = people(text).map(([name]) => name);
    expect(got).toEqual(expect.arrayContaining(['区直各部门主要负责同志', '各街道党工委书记']));
  });
});

describe('a meeting hoped for is not the opening', () => {
  it('希望今后举办更多…座谈会 in the last paragraph leaves the visit as the opening', () => {
    const text = [
      '江州侨联与乡亲联谊会交流座谈',
      '江州市侨联与乡亲联谊会负责人一行五日到访海城，与当地联谊会代表交流。',
      '江州市侨联副主席罗文山、海城镇镇长方志远，海城联谊会会长邓子恒等参加。邓子恒称，要把乡情传下去。',
      '罗文山介绍了该市的投资环境。',
      '邓子恒希望今后举办更多同类型的座谈会，促进多方合作。',
    ].join('\n');
    const m = importText(text, { now: NOW }).draft.meeting;
    expect(m.attendees.map((p) => p.name)).toEqual(expect.arrayContaining(['罗文山', '方志远', '邓子恒']));
    expect(m.name).not.toContain('更多');
  });

  it('a visiting party going to a place to attend a talk is not a line of who attended', () => {
    const text = [
      '9月5日，江州学院党委书记罗文山一行到海城镇调研指导乡村振兴工作，县委副书记方志远参加调研。',
      '罗文山一行首先来到海城镇人民政府参加座谈会。会上，罗文山听取了镇党委的情况介绍。',
      '方志远表示，要深化合作。',
    ].join('\n');
    const got = people(text).map(([name]) => name);
    expect(got.some((n) => n!.includes('来到'))).toBe(false);
  });
});

describe('who organised a meeting did not chair it', () => {
  it('X组织召开 names no chair (KEYING 7: only 主持 makes one); the meeting is still read', () => {
    const text = ['3月6日，县卫健局党组书记、局长罗文山组织召开局党组（扩大）会议，传达学习全国两会精神。', '会议要求，要抓好落实。'].join('\n');
    const m = importText(text, { now: NOW }).draft.meeting;
    expect(m.chair).toEqual({ name: '', title: '' });
    expect(m.name).toContain('党组');
  });

  it('X主持召开 still names the chair', () => {
    const text = ['3月6日，县卫健局党组书记、局长罗文山主持召开局党组（扩大）会议，传达学习全国两会精神。', '会议要求，要抓好落实。'].join('\n');
    expect(importText(text, { now: NOW }).draft.meeting.chair.name).toBe('罗文山');
  });
});

describe('bare names that chair in turn', () => {
  it('甲、乙分别主持了上午和下午的会议 names both as the chair (KEYING 9)', () => {
    const text = ['市人大常委会第九次会议昨日举行。市人大常委会主任罗文山，副主任方志远、邓子恒出席会议。罗文山、邓子恒分别主持了上午和下午的会议。', '会议听取了市政府的工作报告。'].join('\n');
    expect(importText(text, { now: NOW }).draft.meeting.chair.name).toBe('罗文山、邓子恒');
  });

  it('two places before 分别主持 are no chairs', () => {
    const text = ['3月2日，两地联席会议在江城召开。江北、江南分别主持会议。', '会议通过了合作协议。'].join('\n');
    expect(importText(text, { now: NOW }).draft.meeting.chair.name).toBe('');
  });
});

describe('a form whose people label names who they are', () => {
  const form = [
    '县政府召开第七次常务会议',
    '会议时间：',
    '2025年3月4日',
    '会议议题：',
    '1.听取春耕生产工作情况汇报。',
    '2.研究防汛工作事宜。',
    '3.研究安全生产工作事宜。',
    '4.听取信访工作情况汇报。',
    '参会领导：',
    '罗文山、方志远、邓子恒，县政府办公室主任钟立人',
    '会议内容：',
    '3月4日上午，县委副书记、县长罗文山主持召开县政府第7次常务会议，研究春耕生产、防汛等事宜。',
    '会议指出，要抓好春耕生产。',
  ].join('\n');

  it('参会领导： labels the roll as 出席： does', () => {
    const got = people(form);
    expect(got).toContainEqual(['钟立人', '县政府办公室主任']);
    expect(got.map(([name]) => name)).toEqual(expect.arrayContaining(['方志远', '邓子恒']));
  });

  it('the dated paragraph that chairs the meeting below the form is the opening', () => {
    const m = importText(form, { now: NOW }).draft.meeting;
    expect(m.chair).toEqual({ name: '罗文山', title: '县委副书记、县长' });
    expect(m.attendees.map((p) => p.name)).not.toContain('罗文山');
  });
});
