import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';
import { isFurnitureByScore } from '../../shared/importer/cleanup/line-score';

/** Round 34 (import-68e): menu cells framed by bars, markdown pictures, and days a report gives
 * outside its opening sentence. Made-up texts. */
const NOW = new Date('2026-03-05T00:00:00Z');
const run = (lines: string[]) => importText(lines.join('\n'), { now: NOW });

describe('a menu cell printed with its border bar, a markdown picture', () => {
  it.each(['河湾论坛 |', '| 电子报刊', '|', '![河湾晨景]()', '要闻 ![]()'])('is furniture outside the article: %s', (line) => {
    expect(isFurnitureByScore(line, { outside: true, repeated: false })).toBe(true);
  });

  it('keeps a headline the table framed', () => {
    expect(isFurnitureByScore('县政府召开第九次常务会议 |', { outside: true, repeated: false })).toBe(false);
  });

  it('drops the menu rows above a report and keeps the report', () => {
    const r = run(['首页 | 时政 | 民生 | ![]() |', '河湾论坛 |', '电子报刊 |', '县政府召开第九次常务会议', '3月2日上午，县政府召开第九次常务会议，县长王明远主持会议。', '会议研究了春耕生产工作。']);
    expect(r.text).not.toContain('河湾论坛');
    expect(r.text).not.toContain('电子报刊');
    expect(r.text).not.toContain('![]()');
    expect(r.text).toContain('县长王明远主持会议');
  });
});

describe('the issue-relative day after 于 in a later sentence', () => {
  it('dates a session that opened 于今天下午', () => {
    const r = run([
      '2019-01-07 08:35:35 来源：河湾网',
      '又到一年一度的市两会时间。经过精心筹备，市政协十二届三次会议各项筹备工作已全部就绪。会议于今天下午在河湾剧院开幕，10日下午闭幕。',
      '本次会议是在全市上下贯彻落实市委全会精神的形势下召开的，意义非同寻常。',
    ]);
    expect(r.recognized.dateText).toBe('今天下午');
  });
});

describe('a day that opens a later sentence of the paragraph before the opening', () => {
  it('dates the meeting, not the page stamp', () => {
    const r = run([
      '发布日期：2025-03-12 来源：北坡林业集团',
      '使命催人奋进，实干成就未来。3月1日上午，北坡林业集团2025年工作会议暨职工代表大会在松城宾馆开幕。会议全面总结了三年来的工作。',
      '集团领导出席大会，大会由副总经理刘志成主持。',
    ]);
    expect(r.recognized.dateText).toBe('3月1日上午');
  });
});

describe("a browser tab's title: the site's short name, an underscore, its full name", () => {
  it.each(['河湾在线_河湾新闻门户网', '北坡之窗_北坡县人民政府网站'])('is furniture outside the article: %s', (line) => {
    expect(isFurnitureByScore(line, { outside: true, repeated: false })).toBe(true);
  });

  it('is not taken for the headline, and the opening is dated', () => {
    const r = run([
      '河湾在线_河湾新闻门户网',
      '',
      '热门关键词:',
      '',
      '县政府召开第九次常务会议，王明远主持',
      '',
      '来源: 作者: 发布时间:2019-02-22',
      '',
      '19日，县政府召开第九次常务会议，县长王明远主持会议。会议研究了春耕生产工作。',
    ]);
    expect(r.draft.title).toBe('县政府召开第九次常务会议，王明远主持');
    expect(r.recognized.dateText).toBe('19日');
  });
});

describe('the issue-relative day in the paragraph right before the opening', () => {
  it('dates the meeting that paragraph announces', () => {
    const r = run(['丁副省长今天早上参加全省民营企业家座谈会。', '座谈会在省政府礼堂举行，省政协副主席李向东主持会议，二十余名企业家出席。', '会议听取了企业家的意见建议。']);
    expect(r.recognized.dateText).toBe('今天早上');
  });
});

describe('the day right after the meeting that sat', () => {
  it.each([
    ['北港市議會第三屆第二次定期大會十七日召開預備會議，排定大會議程。此次定期大會自九月十七日起至十一月二十日。', '十七日'],
    ['河湾社北京5月9日电 政协河湾省第十二届委员会第七次主席会议9日在河湾举行，省政协主席孙立平主持会议。', '9日'],
  ])('dates the meeting by the day: %s', (opening, want) => {
    expect(run([opening, '会议审议了有关事项。']).recognized.dateText).toBe(want);
  });

  it('not when a later sentence opens with its own day (the first meeting is the occasion)', () => {
    expect(run(['中共河湾省委第十二届三次全体会议24日召开。28日上午，县委理论学习中心组集中学习全会精神，县委书记王刚主持。', '会议要求，各部门要抓好落实。']).recognized.dateText).toBe('28日上午');
  });
});

describe('the clock after a day given in a later sentence', () => {
  it('keeps the clock as written (KEYING 6)', () => {
    const r = run(['河湾教育学会日前成立。会长陈立民致辞。成立大会于本月十六日下午三时假河湾科学馆会议厅举行。', '会议通过了学会章程。']);
    expect(r.recognized.dateText).toBe('本月十六日下午三时');
  });
});

describe('a short note in brackets after the last sentence', () => {
  it.each(['（河湾市委宣传部）', '(中新网河湾新闻转载)', '（相关新闻刊二版）', '（发稿/图片：陈雨；审核：李立/王晨）'])("is the page's, not the report's: %s", (note) => {
    const r = run(['3月2日，县政府召开常务会议，县长王明远主持会议。会议研究了春耕工作。', `会议要求抓好落实，确保完成任务。${note}`]);
    expect(r.text).not.toContain(note.slice(1, -1));
    expect(r.text).toContain('确保完成任务。');
  });

  it('keeps a bracket that holds a sentence of its own', () => {
    const r = run(['3月2日，县政府召开常务会议，县长王明远主持会议。会议研究了春耕工作。', '会议要求抓好落实。（各乡镇要在月底前报送进展，逾期通报。）']);
    expect(r.text).toContain('逾期通报');
  });
});

describe('a count or the verb of doing before the meeting name', () => {
  it.each([
    ['8月10日，一场“邻里事”议事会在河湾街道社区举行，街道书记王红主持。', '“邻里事”议事会'],
    ['3月2日，省督导组来到河湾区检查站，与区委书记汪立国就联防联控工作，进行专题调研会商座谈。', '专题调研会商座谈'],
  ])('is left out of the name: %s', (opening, want) => {
    expect(run([opening, '会议要求，各方要抓好落实。']).draft.meeting.name).toBe(want);
  });
});
