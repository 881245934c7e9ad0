import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';

/**
 * Convening bodies by their short names (issue 11, import-13): a 街道 written as X街, a company
 * written without 公司 (X科技, X股份). The 纪要 header names the body with the meeting
 * (bench/KEYING.md 1). Every text here is made up.
 */
const NOW = new Date('2026-03-05T00:00:00Z');
const name = (text: string) => importText(text, { now: NOW }).draft.meeting.name;

describe('convening bodies by short name', () => {
  it('prefixes a 街 that convenes in a named room', () => {
    expect(name('5月6日上午，东湖街在二楼会议室组织召开共建工作推进会，会议由街道党工委书记韩立新主持。\n会议通报了共建项目进展。')).toBe('东湖街共建工作推进会');
  });

  it('prefixes a company named by its short name', () => {
    expect(name('3月2日下午，青禾科技召开2021年第2次党委会议，公司党委委员参加会议。\n会议研究了年度工作要点。')).toBe('青禾科技2021年第2次党委会议');
    expect(name('3月2日，远帆股份召开安全生产专题会议，公司班子成员参加会议。\n会议部署了安全检查。')).toBe('远帆股份安全生产专题会议');
  });
});
