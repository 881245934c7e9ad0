import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';
import { findLooseDate, findMeetingDate, findRunDate } from '../../shared/importer/structure/dates';

/**
 * Dates whose marks the capture lost, as the blind first runs met them in several batches: 月 lost
 * between a one-digit month and day (34日下午), 日 lost before the part of day (3月15上午), and a
 * form's date run with a leading zero lost (2015427, 民国 10342). Every text here is made up.
 */
const NOW = { now: new Date('2026-12-05T00:00:00Z') };

describe('a day no month can hold', () => {
  it('reads two digits above 31 before 日 as a month and a day', () => {
    const found = findLooseDate('34日下午，市第五医院党委召开动员部署会。')!;
    expect([found.text, found.month, found.day]).toEqual(['34日下午', 3, 4]);
    expect(findLooseDate('33日，区长王强主持召开区长办公会议。')?.text).toBe('33日');
  });

  it('keeps a real day, and reads no two digits without 日 or a day of 0', () => {
    const found = findLooseDate('15日，区长王强主持召开会议。')!;
    expect([found.month, found.day]).toEqual([0, 15]);
    expect(findLooseDate('45下午，区长王强主持会议。')).toBeNull();
    expect(findLooseDate('40日，区长王强主持会议。')).toBeNull();
  });

  it('dates the report by it over the page stamp', () => {
    const text = '区政府召开区长办公会议\n\n发布时间：2025-03-04\n\n33日，区长王强主持召开区长办公会议，研究部署重点工作。\n\n会议强调，要抓好落实。';
    const r = importText(text, NOW);
    expect(r.recognized.dateText).toBe('33日');
    expect(r.draft.meeting.date).toBe('2025-03-03');
  });
});

describe('a day that lost its 日 before the part of day', () => {
  it('reads 3月15上午 whole', () => {
    expect(findMeetingDate('3月15上午，农工党南川省委会召开大会。')?.text).toBe('3月15上午');
    expect(findMeetingDate('2024年3月5下午3时，县政府召开会议。')?.text).toBe('2024年3月5下午3时');
  });

  it('reads no month and number with nothing after them', () => {
    expect(findMeetingDate('截至3月15，全县完成了整改。')).toBeNull();
  });
});

describe('a form date run with a leading zero lost', () => {
  it('reads a Gregorian year and a 民国 year when one split is a date', () => {
    expect(findRunDate('2015427 (星期一)')).toMatchObject({ text: '2015427 (星期一)', year: 2015, month: 4, day: 27 });
    expect(findRunDate('10342(週三)')).toMatchObject({ year: 2014, month: 4, day: 2 });
  });

  it('reads none when two splits are dates, and still reads whole runs as before', () => {
    expect(findRunDate('2015111')).toBeNull();
    expect(findRunDate('民國1061021(星期六)上午9')).toMatchObject({ year: 2017, month: 10, day: 21 });
    expect(findRunDate('20240315 下午3')).toMatchObject({ year: 2024, month: 3, day: 15 });
  });
});
