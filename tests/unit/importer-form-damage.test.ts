import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';
import { findRunDate } from '../../shared/importer/structure/dates';

/**
 * A form record as a capture leaves it: the date field's 年/月/日 lost (digits run together), two
 * labelled fields on one line, the heading printed again, each time fuller. Every text is made up.
 */
const NOW = new Date('2026-03-05T00:00:00Z');

describe('a date field whose 年/月/日 were lost', () => {
  it('reads a 民国 run and a Gregorian run, keeping the text as captured', () => {
    expect(findRunDate('民國1120315(星期三)下午2')).toMatchObject({ text: '民國1120315(星期三)下午2', year: 2023, month: 3, day: 15 });
    expect(findRunDate('20240907 上午')).toMatchObject({ year: 2024, month: 9, day: 7 });
    expect(findRunDate('991103')).toMatchObject({ year: 2010, month: 11, day: 3 });
  });

  it('reads no date from a run that is no month and day', () => {
    expect(findRunDate('1121345')).toBeNull();
    expect(findRunDate('電話 0229876543')).toBeNull();
  });
});

describe('a damaged form record', () => {
  const record = [
    '會議紀錄',
    '第3次行政會議紀錄',
    '嵐山科技大學112學年度第3次行政會議紀錄',
    '時間:民國1130412(星期五)下午2',
    '地點:行政大樓第一會議室',
    '主席:校長文凱              記錄:林宜蓁',
    '壹、主席報告',
    '本學期招生情形良好，請各單位持續配合辦理。',
    '決議:洽悉。',
  ];
  const r = importText(record.join('\n'), { now: NOW });

  it('takes the fullest restatement of the heading as the title', () => {
    expect(r.draft.title).toBe('嵐山科技大學112學年度第3次行政會議紀錄');
    expect(r.draft.meeting.name).toBe('嵐山科技大學112學年度第3次行政會議');
  });

  it('splits two labelled fields on one line and reads the chair from a title and a short run', () => {
    expect(r.draft.meeting.chair).toMatchObject({ name: '文凱', title: '校長' });
  });

  it('dates the record from the run of digits', () => {
    // Brackets are made full-width by the punctuation pass, as in any paragraph.
    expect(r.recognized.dateText).toBe('民國1130412（星期五）下午2');
    expect(r.draft.meeting.date).toBe('2024-04-12');
  });
});
