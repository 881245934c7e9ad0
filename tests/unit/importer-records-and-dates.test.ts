import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';

/**
 * Records (會議紀錄) and newspaper dates (issue 11, import-11f): dates in Chinese numerals, 民國
 * years with weekday and spaced digits, a record's headline with its date, a body named with its
 * 党组, lists nested in one item, and lines a record repeats. Every text here is made up.
 */
const NOW = new Date('2026-03-05T00:00:00Z');
const run = (text: string) => importText(text, { now: NOW });

describe('dates and records', () => {
  it('finds a date in Chinese numerals in the paragraph after a dateless opening', () => {
    const r = run(['【特訊】諮詢委員會日前召開特別大會，審議年度預算修改。', '會議於五月三十一日下午在大禮堂舉行，由主席歐陽明主持。', '委員會對預算修改進行審議，一致通過。'].join('\n'));
    expect(r.recognized.dateText).toBe('五月三十一日下午');
  });

  it('reads a 民國 date with its weekday and digits spaced out by a PDF', () => {
    const r = run(['開會時間:中華民國 1 0 3 年 9 月 17 日星期三上午 9 時 30 分', '會議主持人:陳局長', '主席裁示:同意辦理。'].join('\n'));
    // KEYING 14 (round 42): the capture's spaces are closed in the date text.
    expect(r.recognized.dateText).toBe('中華民國103年9月17日星期三上午9時30分');
    expect(r.draft.meeting.date).toBe('2014-09-17');
  });

  it('takes a record’s meeting name and date from its headline', () => {
    const r = run(
      [
        '嶺東市政府第88次市政會議紀錄111/01/04',
        '市長提示:',
        '一、請各局處加強防疫宣導，連假期間不要有防疫疲勞，並請民政系統協助長輩接種。',
        '二、請都發局盡量提前完成公營住宅興建工程，遇到突發狀況請盡速排除。',
      ].join('\n'),
    );
    expect(r.draft.meeting.name).toBe('嶺東市政府第88次市政會議');
    expect(r.recognized.dateText).toBe('111/01/04');
    expect(r.draft.meeting.date).toBe('2022-01-04');
  });

  it('keeps a body ending in 党组 out of the person reading', () => {
    const r = run(['日前，区人大常委会党组召开扩大会议，区人大常委会党组书记、主任吴森主持并讲话。', '会议传达学习了有关精神。'].join('\n'));
    expect(r.draft.meeting.name).toBe('区人大常委会党组扩大会议');
  });

  it('keeps a record’s repeated sentence (決定：准予備查。) after each item', () => {
    const r = run(
      ['嶺東市政府第88次市政會議紀錄', '報告事項', '一、法制處陳報「法案介紹」報告。(詳如書面資料)', '決定:准予備查。', '二、經濟發展局陳報「節電」報告。(詳如書面資料)', '決定:准予備查。'].join('\n'),
    );
    expect(r.draft.sections.filter((s) => s.lead === '決定').length).toBe(2);
  });

  it('drops a 關鍵詞 line of a ruby mirror', () => {
    const r = run(['海川區(qū)政協(xié)召開常委會議', '2月26日上午，區政協主席莊明主持會議。', '會議審議并通過了年度工作安排。', '編輯:冉靜', '關(guān)鍵詞:海川區(qū)政協(xié) 莊明'].join('\n'));
    expect(r.text).not.toContain('莊明\n');
    expect(r.text).not.toMatch(/關鍵詞/u);
  });
});

describe('lists and leads in a speech', () => {
  const speech = [
    '2月9日下午，区政府召开全体会，区长严明出席会议并讲话。',
    '严明在讲话中强调，一要认清形势。二要抓住重点，明确方向，抓住重点：一是加快产业升级。二是推进棚户区改造。三是加强城市管理。四是加快基础设施建设。三要加强政府自身建设。',
    '他强调，今年的任务较为繁重。',
  ].join('\n');

  it('counts the outer 一要 list, not the 一是 list nested in its second item', () => {
    const s = run(speech).draft.sections.find((x) => x.lead === '严明在讲话中强调');
    expect(s?.kind).toBe('action-list');
    expect(s?.items.length).toBe(3);
  });

  it('takes 他强调 opening a paragraph as the speaker’s next point; 明确方向 is no decision', () => {
    const s = run(speech).draft.sections;
    expect(s.map((x) => [x.kind, x.lead])).toEqual([
      ['text', ''],
      ['action-list', '严明在讲话中强调'],
      ['requirement', '他强调'],
    ]);
  });

  it('gives a ；-joined run its decision, whatever its first lead', () => {
    const text = ['6月27日，柳溪县人民政府第八次常务会议召开。', '会议传达学习了有关精神；集中学习了预算法；讨论通过了招商实施方案；听取了防汛工作汇报。'].join('\n');
    const s = run(text).draft.sections;
    expect(s.map((x) => [x.kind, x.lead])).toEqual([
      ['text', ''],
      ['decision', '会议传达学习了'],
    ]);
  });
});
