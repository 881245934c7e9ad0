import { describe, expect, it } from 'vitest';
import { readHeader } from '../../shared/importer/structure/header';

/** A day of this month between the body and 召开 is when, not part of the body. Made-up texts. */
describe('本月 before 召开', () => {
  it('keeps the body in the meeting’s name, in both scripts', () => {
    expect(readHeader('县政府于本月6日召开常务会议，县长王海涛主持。').meetingName).toBe('县政府常务会议');
    expect(readHeader('縣府於本月十二日召開縣務會議，由縣長陳一鳴主持。').meetingName).toBe('縣府縣務會議');
  });

  it('reads a month and day there as before', () => {
    expect(readHeader('县政府于3月6日召开常务会议，县长王海涛主持。').meetingName).toBe('县政府常务会议');
  });
});
