import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';

/** A paper's issue-relative word with the part of the day fused in, then the date in brackets. Made-up texts. */
const NOW = new Date('2026-03-05T00:00:00Z');
const dateOf = (opening: string) => importText([opening, '会议通过了候选人名单。'].join('\n'), { now: NOW }).recognized.dateText;

describe('今晚（2月19日） and its kin', () => {
  it.each([
    ['今晚（2月19日），县人大会议主席团举行第二次会议。主席团常务主席王强主持会议。', '今晚（2月19日）'],
    ['昨晚(18日)，县人大会议主席团举行第二次会议。主席团常务主席王强主持会议。', '昨晚(18日)'],
    ['今晨(3/4)，縣議會舉行臨時會議。議長王強主持會議。', '今晨(3/4)'],
  ])('keeps the word with the bracket: %s', (opening, want) => {
    expect(dateOf(opening).replace(/（/g, '(').replace(/）/g, ')')).toBe(want.replace(/（/g, '(').replace(/）/g, ')'));
  });

  it('still reads 今天（2月19日）上午 whole', () => {
    expect(dateOf('今天（2月19日）上午，县政府召开常务会议。县长王强主持会议。')).toBe('今天（2月19日）上午');
  });

  it('does not take a fused word far from the bracket', () => {
    expect(dateOf('今晚将有大雨。2月19日，县政府召开常务会议。县长王强主持会议。')).toBe('2月19日');
  });
});
