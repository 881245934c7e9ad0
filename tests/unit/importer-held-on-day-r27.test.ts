import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';

/**
 * The day after 于/於 in the opening sentence itself, when that sentence says the meeting sat (round
 * 27's tuning, as its class; made-up texts).
 */
const NOW = new Date('2026-03-05T00:00:00Z');
const dateText = (opening: string) => importText([opening, '大會審議和通過了各項報告，最後進行選舉。'].join('\n'), { now: NOW }).recognized.dateText;

describe('a day after 於 in the opening sentence', () => {
  it('reads the day in Chinese numerals with its hour', () => {
    expect(dateText('澳門青年商會於十三日晚上八時在會所舉行了第五十次會員大會。')).toBe('十三日晚上八時');
  });

  it('reads it in digits too', () => {
    expect(dateText('区工商联于16日上午在三楼会议室召开执委会议。')).toBe('16日上午');
  });

  it('leaves a deadline alone', () => {
    expect(dateText('区工商联召开执委会议，要求各商会于20日前报送材料。')).not.toBe('20日');
  });
});
