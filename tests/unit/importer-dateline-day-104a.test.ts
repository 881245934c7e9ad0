import { describe, expect, it } from 'vitest';
import { findLooseDate } from '../../shared/importer/structure/dates';

/** A dateline's day right after the sentence's subject, before any verb. Every text is made up. */
describe('the day after the subject', () => {
  it('reads a day in digits or Han numerals before any verb', () => {
    expect(findLooseDate('【本報消息】青山市政協委員一行七日到訪白沙，期間交流合作。')?.text).toBe('七日');
    expect(findLooseDate('副省长王明23日到白沙市，检查安全生产工作。')?.text).toBe('23日');
    expect(findLooseDate('青山里12日社區發展協會成立大會。')?.text).toBe('12日');
    expect(findLooseDate('县委书记李强9日下午走访企业，了解生产情况。')?.text).toBe('9日下午');
  });

  it('reads 昨 and 今 written the same way', () => {
    const yesterday = findLooseDate('立法會昨三讀通過條例草案。');
    expect(yesterday?.text).toBe('昨');
    expect(yesterday?.relative).toBe(-1);
    expect(findLooseDate('縣議會今進行縣長施政報告，議員質詢。')?.text).toBe('今');
  });

  it('reads no span, no count, no plan and no word 今 begins', () => {
    expect(findLooseDate('他3日内完成全部工作。')).toBeNull();
    expect(findLooseDate('会议为期三日圆满结束。')).toBeNull();
    expect(findLooseDate('气象署预计於29日下午发布警报。')).toBeNull();
    expect(findLooseDate('县委今后要加强领导。')).toBeNull();
    expect(findLooseDate('县政府今年完成任务。')).toBeNull();
  });
});
