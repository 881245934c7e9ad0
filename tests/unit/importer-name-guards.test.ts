import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';

/**
 * Two clauses that end in a meeting word without naming a meeting: someone coming to (or staying
 * at) a council's house, and the host and the invited speaker before the meeting they held. Every
 * text here is made up.
 */
const name = (text: string) => importText(text, { now: new Date('2026-03-05T00:00:00Z') }).draft.meeting.name;

describe('meeting names', () => {
  it('reads no meeting from people coming to a council', () => {
    expect(name('青石市議會今天進行施政報告與質詢。上午7點開放登記，3人登記，其中兩人上午6點就到議會，一人前一晚就睡在議會。')).toBe('');
  });

  it('still reads a council sitting as a meeting', () => {
    expect(name('青石縣議會定期會今日開議，由議長韓冬主持。')).toBe('青石縣議會定期會');
  });

  it('leaves the host and the invited speaker out of the name', () => {
    expect(name('3月12日，我院邀请到市委党校教研部主任梁栋开展学习贯彻全会精神宣讲报告会。会议由院党委副书记韦长青主持。')).toBe('学习贯彻全会精神宣讲报告会');
  });
});
