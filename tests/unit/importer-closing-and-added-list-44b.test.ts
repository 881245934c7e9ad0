import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';
import { importedPeople } from '../helpers/imported-people';

/**
 * Round 28 (import-44b): a session reported by its closing, named in the clause that says it
 * finished its agenda or as the subject of 闭会; and an attendance list that adds to those named
 * before (出席会议的还包括：…), with associations as the units of Macau-style entries. Every text
 * here is made up.
 */
const NOW = { now: new Date('2026-12-05T00:00:00Z') };

describe('a session reported by its closing', () => {
  it('names the session that finished its agenda, not a meeting held later the same day', () => {
    const text = [
      '政协第九届东川市委员会第四次会议圆满完成各项议程，昨日上午在东川会堂闭幕。 市政协主席刘建新，副主席孙卫东在主席台就座。',
      '闭幕大会前，在孙卫东的主持下，举行选举大会。会议补选何丽为市政协副主席。',
    ].join('\n');
    expect(importText(text, NOW).draft.meeting.name).toBe('政协第九届东川市委员会第四次会议');
  });

  it('reads 闭会 as a sitting that closes, its subject the meeting', () => {
    const text = [
      '3月2日下午，南川省十四届人大常委会第十次会议闭会。',
      '省委书记周立民出席下午举行的第三次全体会议。省人大常委会副主任陈国华主持会议。',
      '会议表决通过了《南川省河道管理条例》。',
    ].join('\n');
    const { meeting } = importText(text, NOW).draft;
    expect(meeting.name).toBe('南川省十四届人大常委会第十次会议');
    expect(meeting.chair.name).toBe('陈国华');
  });

  it('takes no name from 闭会期间 (the recess between sittings)', () => {
    const text = '5月6日，区人大常委会召开主任会议。会议研究了闭会期间代表活动安排。';
    expect(importText(text, NOW).draft.meeting.name).toBe('区人大常委会主任会议');
  });
});

describe('an attendance list that adds to those named before', () => {
  it('reads 出席会议的还包括：… with each office, its unit and an association as the unit', () => {
    const text = [
      '社会服务委员会于2025年3月4日举行全体会议，由委员会主席、民政局张立平局长主持。',
      '出席会议的还包括：民政局李文华副局长、卫生局赵志明厅长、青年联合总会陈美玲理事长、妇女联合总会王秀英副理事长。',
    ].join('\n');
    expect(importedPeople(text).attendees).toEqual([
      ['李文华', '民政局副局长'],
      ['赵志明', '卫生局厅长'],
      ['陈美玲', '青年联合总会理事长'],
      ['王秀英', '妇女联合总会副理事长'],
    ]);
  });

  it('reads 出席是次会议还包括 without 的 the same way', () => {
    const text = ['咨询委员会本年度第一次全体会议于今（12）日举行，由委员会主席刘志强主持。', '出席是次会议还包括：民政局李文华副局长、卫生局赵志明厅长。'].join('\n');
    expect(importedPeople(text).attendees.map(([name]) => name)).toEqual(['李文华', '赵志明']);
  });
});

describe('leaders seated in the front row of the rostrum', () => {
  it('reads 在主席台前排就座 as attendance, as 在主席台就座 is', () => {
    const text = [
      '政协第九届东川市委员会第四次会议今天上午在东川会堂闭幕，大会由刘建新主持。 市政协主席刘建新，副主席孙卫东、何丽，秘书长赵敏在主席台前排就座。 市委书记周立民在主席台就座。',
      '会议通过了政治决议。',
    ].join('\n');
    expect(importedPeople(text).attendees.map(([name]) => name)).toEqual(['孙卫东', '何丽', '赵敏', '周立民']);
  });
});
