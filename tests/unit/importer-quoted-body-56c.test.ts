import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';

/**
 * The convening body written in quotes, or set off by a comma from where it met (issue 11, round
 * 31, import-56c): the 纪要 header still names it with the meeting (bench/KEYING.md 1). Made-up texts.
 */
const NOW = new Date('2026-03-05T00:00:00Z');
const name = (text: string) => importText(text, { now: NOW }).draft.meeting.name;

describe('a quoted body, or one set off by a comma', () => {
  it('names a quoted body with its quotes, without what is said of it before them', () => {
    expect(name('【晨报专讯】政府去年成立的「某某发展督导组」昨举行第二次会议，由组长主持。\n会议指出，要抓好落实。')).toBe('「某某发展督导组」第二次会议');
    expect(name('「某某服务平台推进委员会」于8月5日召开第四次全体会议。会议由委员会主席某某主持。\n会议指出，要抓好落实。')).toBe('「某某服务平台推进委员会」第四次全体会议');
  });

  it('takes the body from the clause before when the verb’s clause holds only where it met', () => {
    expect(name('日前，某市服务业职工总会，于职工驿站中心召开第八届会员代表大会第一次会议，选举产生新一届理事会。\n会议指出，要抓好落实。')).toBe('某市服务业职工总会第八届会员代表大会第一次会议');
  });
});
