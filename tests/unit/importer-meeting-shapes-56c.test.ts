import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';

/**
 * Sentence shapes that name the meeting and were not read (issue 11, round 31, import-56c): the
 * meeting's verb glued to its name, a sitting that finished or ended as the subject, and the
 * sitting a report was given in or news was heard at. Made-up texts.
 */
const NOW = new Date('2026-03-05T00:00:00Z');
const name = (text: string) => importText(text, { now: NOW }).draft.meeting.name;

describe('a meeting named with its verb glued on', () => {
  it('reads a bracketed bare meeting before what it did', () => {
    expect(name('8月2日上午，某集团党委中心组召开（扩大）会议集中学习全会精神。班子成员参加会议。\n会议要求，要抓好落实。')).toBe('某集团党委中心组（扩大）会议');
  });

  it('ends a named meeting where its own verb begins', () => {
    expect(name('8月2日，青禾镇召开专题会议传达学习全会精神。镇班子成员参加会议。\n会议要求，要抓好落实。')).toBe('青禾镇专题会议');
  });
});

describe('a sitting that finished or ended', () => {
  it('reads the sitting that finished its agenda where it closed, no comma between', () => {
    expect(name('6月2日下午，政协某省第九届委员会常务委员会第三次会议完成各项议程在省城闭幕。\n会议审议通过了有关事项。')).toBe('政协某省第九届委员会常务委员会第三次会议');
  });

  it('reads a sitting that ended as the subject of 圆满结束', () => {
    expect(name('2025年3月2日，某市人民医院2024年度干部述职大会在报告厅圆满结束，大会为期两天。\n会上，述职人员作了汇报。')).toBe('某市人民医院2024年度干部述职大会');
  });
});

describe('the sitting a report was given in', () => {
  it('reads 在…定期会中 and 在…大会作 as the sitting', () => {
    expect(name('县长某某2日在县议会第9届第3次定期会中进行施政总报告，感谢各界支持。\n他表示，要抓好落实。')).toBe('县议会第9届第3次定期会');
    expect(name('代理县长某某今日在某县议会第8届第2次大会作施政总报告，提出六项规划。\n他表示，要抓好落实。')).toBe('某县议会第8届第2次大会');
  });

  it('reads the meeting news was heard at', () => {
    expect(name('近日，记者从某省实施乡村振兴战略推进会上获悉，今年工作稳步推进。\n会议要求，要抓好落实。')).toBe('某省实施乡村振兴战略推进会');
  });

  it('takes no meeting from 在社会中', () => {
    expect(name('近日，各界在构建和谐美好社会中发挥作用，稳步推进各项工作。\n他们表示，要抓好落实。')).toBe('');
  });
});
