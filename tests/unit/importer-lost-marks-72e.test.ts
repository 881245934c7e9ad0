import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';
import { findLooseDate } from '../../shared/importer/structure/dates';

/**
 * Dates whose marks the capture lost in parts the round-48 reading did not cover: a range of days,
 * a year written or run into the digits, a clause after a purpose clause, and a lost 日 after a
 * written month. Every text here is made up.
 */
const NOW = { now: new Date('2026-12-05T00:00:00Z') };

describe('a lost 月 with more around it', () => {
  it('reads a range of days after the lost month', () => {
    expect(findLooseDate('52日至4日，某镇召开第三届人民代表大会第二次会议。')).toMatchObject({ text: '52日至4日', month: 5, day: 2 });
    expect(findLooseDate('915-16日，学校在图书馆召开务虚会。')).toMatchObject({ text: '915-16日', month: 9, day: 15 });
  });

  it('reads a written year and a year run into the digits', () => {
    expect(findLooseDate('2023年44日，区长李明主持召开区长办公会。')).toMatchObject({ text: '2023年44日', year: 2023, month: 4, day: 4 });
    expect(findLooseDate('202337日下午，某县召开全县工作会议。')).toMatchObject({ text: '202337日下午', year: 2023, month: 3, day: 7 });
  });

  it('reads it at the start of a clause after a purpose clause', () => {
    const found = findLooseDate('根据上级有关会议精神，46日，某镇召开防汛工作会议。')!;
    expect([found.text, found.month, found.day]).toEqual(['46日', 4, 6]);
    expect(found.index).toBe('根据上级有关会议精神，'.length);
  });

  it('still reads no real day or bare number as a lost month', () => {
    expect(findLooseDate('12日至13日，某镇召开会议。')).toMatchObject({ month: 0, day: 12 });
    expect(findLooseDate('全镇共有1200户，某镇召开会议。')).toBeNull();
  });

  it('dates the report by it over the page stamp', () => {
    const text = '某校召开务虚会\n\n时间：2024/09/20\n\n915-16日，学校在图书馆召开务虚会，校长王强主持会议。\n\n会议强调，要抓好落实。';
    const r = importText(text, NOW);
    expect(r.recognized.dateText).toBe('915-16日');
    expect(r.draft.meeting.date).toBe('2024-09-15');
  });
});

describe('a lost 日 after a written month', () => {
  it('reads the month and day where the sentence goes on to convene', () => {
    expect(findLooseDate('根据有关文件精神，3月18，某镇组织全镇干部，召开春耕工作会议。')).toMatchObject({ text: '3月18', month: 3, day: 18 });
  });

  it('reads none where nothing is convened (a deadline)', () => {
    expect(findLooseDate('截至3月15，全县完成了整改。')).toBeNull();
    expect(findLooseDate('3月15，全县完成了整改。')).toBeNull();
  });
});

describe('the issue day written short', () => {
  it('reads 今 alone between the body and its verb', () => {
    expect(findLooseDate('某縣議會今召開第3次臨時大會，由議長主持。')).toMatchObject({ text: '今', relative: 0 });
    expect(findLooseDate('本會至今召開三次會議。')).toBeNull();
  });

  it('reads a part of the issue day that opens the sentence', () => {
    expect(findLooseDate('今晚，某市政协举行常委会议。')).toMatchObject({ text: '今晚', relative: 0 });
    expect(findLooseDate('昨晚，某区政府召开防汛会议。')).toMatchObject({ text: '昨晚', relative: -1 });
    expect(findLooseDate('某县召开会议，提醒今晚有大雨。')).toBeNull();
  });

  it('dates the report by the issue over the page stamp', () => {
    const text = '某縣議會臨時大會\n\n2024-05-06 10:20\n\n某縣議會今召開第3次臨時大會，由議長王大同主持。\n\n會中決議延會。';
    expect(importText(text, NOW).recognized.dateText).toBe('今');
  });
});
