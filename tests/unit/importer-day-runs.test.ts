import { describe, expect, it } from 'vitest';
import { findMeetingDate } from '../../shared/importer/structure/dates';

/**
 * Round 35 (main, after the blind first run): a meeting over several days written as a run from one
 * day until another (起至…止) or as two days each with its 日 (20日、21日) is dated as written (KEYING 6,
 * 18), as 3月4日至5日 always was. Made-up texts.
 */
describe('days written as a run', () => {
  it('keeps 起至…止 whole', () => {
    expect(findMeetingDate('公所自9月17日起至23日止分區舉辦座談會。')?.text).toBe('9月17日起至23日止');
  });

  it('keeps two days each with its 日', () => {
    expect(findMeetingDate('8月20日、21日，省委召开座谈会。')?.text).toBe('8月20日、21日');
  });

  it('still stops at the first day when nothing joins a second', () => {
    expect(findMeetingDate('8月20日，省委召开座谈会，21日举行分组讨论。')?.text).toBe('8月20日');
  });
});
