import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';

/**
 * A visitor's talk names no meeting (issue 11, round 34, tuned on its TEST sets): the bare verb
 * 座谈 with no 会, after a visit (来到/赴) or a partner (与…开展座谈), is what the visitor did, not a
 * meeting convened under a name (bench/KEYING.md 16: a name is keyed only where one is written).
 * Made-up texts.
 */
const NOW = new Date('2026-03-05T00:00:00Z');
const name = (text: string) => importText(text, { now: NOW }).draft.meeting.name;
const body = '\n周德明指出，要把群众的意见建议转化为具体工作。';

describe('a visitor’s talk', () => {
  it('names no meeting for 来到 + bodies + 座谈', () => {
    expect(name(`3月4日，市委副书记、市长周德明来到市人大常委会、市政协座谈，听取意见建议。${body}`)).toBe('');
  });

  it('names no meeting for 赴 + a place + 调研座谈', () => {
    expect(name(`3月4日，省委书记周德明赴青石州调研座谈，看望基层干部。${body}`)).toBe('');
  });

  it('names no meeting for 与 + people + 开展座谈', () => {
    expect(name(`3月4日，区民政局局长周德明一行来到青石社区，与社区领导开展座谈。${body}`)).toBe('');
  });

  it('still names a 座谈会 a body convenes', () => {
    expect(name(`3月4日，市政府召开民营企业家座谈会，听取意见建议。${body}`)).toBe('市政府民营企业家座谈会');
  });
});
