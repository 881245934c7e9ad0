import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';

/** The day given in a later sentence of the opening, when the first gives none. Made-up texts. */
const NOW = new Date('2026-03-05T00:00:00Z');
const dateOf = (opening: string) => importText([opening, '会议传达学习了全国两会精神。'].join('\n'), { now: NOW }).recognized.dateText;
const first = '县统计局召开党组会议，局长王强主持会议。';

describe('a date in a later opening sentence', () => {
  it.each([
    ['会议于本月十六日在三楼举行。', '本月十六日'],
    ['会议于16日上午在三楼举行。', '16日上午'],
    ['16日上午，会议在三楼举行。', '16日上午'],
  ])('reads the day of the sentence that says the meeting sat: %s', (later, want) => {
    expect(dateOf(first + later)).toBe(want);
  });

  it.each(['会议要求于20日前召开各股室会议。', '会议要求本月二十日前完成整改。', '各股室将于25日举行培训。'])('takes no deadline or plan for the day: %s', (later) => {
    expect(dateOf(first + later)).toBe('');
  });

  it('keeps the first sentence day over a later one', () => {
    expect(dateOf('本月十日，县统计局召开党组会议，局长王强主持会议。会议于本月十六日续会举行。')).toBe('本月十日');
  });
});
