import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';
import { formList } from '../../shared/importer/structure/form-list';

/** A Hong Kong or Macau association's record: each name written before its office. Made-up texts. */
const NOW = new Date('2026-03-05T00:00:00Z');
const record = [
  '第三屆(第五次)常務會議紀錄',
  ' 會議日期 : 2025年4月27日 (星期一)',
  '  主持    : 陳立明首席會長',
  '  出席     :  林志華會長  鄭柏恩會長   黃英成會董  龍振明會董',
  '             梁潔雯會董   黃勝光先生',
  '  列席     :  盧玉珍   何京華',
  '會議內容:',
  '(一) 通過上次會議記錄;',
  '(二) 青年工作組講述日前召開座談會,關於推動會務的建議;',
  '鄭柏恩會長在會上表示,本會應多舉辦拜訪活動。',
].join('\n');

describe('a form that writes the name before the office', () => {
  const m = importText(record, { now: NOW }).draft.meeting;

  it('reads the chair line as name and office', () => {
    expect(m.chair).toEqual({ name: '陳立明', title: '首席會長' });
  });

  it('reads each spaced entry of the list as one person with the office after the name', () => {
    expect(m.attendees.map((p) => [p.title, p.name]).slice(0, 5)).toEqual([
      ['會長', '林志華'],
      ['會長', '鄭柏恩'],
      ['會董', '黃英成'],
      ['會董', '龍振明'],
      ['會董', '梁潔雯'],
    ]);
    expect(m.attendees.map((p) => p.name)).toContain('黃勝光');
    expect(m.observers.map((p) => p.name)).toEqual(['盧玉珍', '何京華']);
  });

  it('takes the meeting from the record headline, not a meeting an item mentions', () => {
    expect(m.name).toBe('第三屆（第五次）常務會議');
  });
});

describe('formList', () => {
  it('turns a spaced name-then-office entry title first', () => {
    expect(formList('林志華會長  黃英成會董')).toBe('會長林志華、會董黃英成');
  });

  it('still reads an office written before the names', () => {
    expect(formList('副县长 张明远 王晓丽')).toBe('副县长张明远、王晓丽');
  });
});
