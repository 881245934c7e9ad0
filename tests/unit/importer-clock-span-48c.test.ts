import { describe, expect, it } from 'vitest';
import { findLooseDate, findMeetingDate } from '../../shared/importer/structure/dates';

/**
 * The clock as records write it (KEYING 6: the date as written): closed on 整, or the span the
 * meeting sat (09時至17時, 9:00-11:30). Every text here is made up.
 */
describe('the clock written in full', () => {
  it('keeps 整 after the hour', () => {
    expect(findMeetingDate('112年7月24日（一）上午10時整，縣府召開擴大會報。')?.text).toBe('112年7月24日（一）上午10時整');
  });

  it('keeps the span of hours the meeting sat', () => {
    expect(findMeetingDate('中華民國109年12月18日（星期五）09時至17時，舉行研習會。')?.text).toBe('中華民國109年12月18日（星期五）09時至17時');
    expect(findMeetingDate('3月5日上午9:00-11:30，县政府召开常务会议。')?.text).toBe('3月5日上午9:00-11:30');
    expect(findLooseDate('8日上午9时至11时，县政府召开常务会议。')?.text).toBe('8日上午9时至11时');
  });

  it('takes no span that is no clock, and still reads a span of days', () => {
    expect(findMeetingDate('3月5日下午3时到会指导工作。')?.text).toBe('3月5日下午3时');
    expect(findMeetingDate('3月4日9时至5日，县人代会举行。')?.text).toBe('3月4日9时至5日');
  });
});
