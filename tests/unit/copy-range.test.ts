import { describe, expect, it } from 'vitest';
import { copyNumbersOf, copyRangeProblem, parseCopyRange } from '../../shared/model';

describe('copy ranges (编号)', () => {
  it('reads a range as users type it, with any dash an input method gives', () => {
    for (const text of ['21-40', '000021–000040', '21～40', ' 21 — 40 ', '２１－４０', '21至40']) expect(parseCopyRange(text), text).toEqual({ from: 21, to: 40 });
    expect(parseCopyRange('7')).toEqual({ from: 7, to: 7 });
  });

  it('names what is wrong with a bad range', () => {
    expect(parseCopyRange('21,40')).toMatchObject({ code: 'syntax' });
    expect(parseCopyRange('')).toMatchObject({ code: 'syntax' });
    expect(parseCopyRange('40-21')).toEqual({ code: 'order', from: 40, to: 21 });
    expect(parseCopyRange('0-5')).toMatchObject({ code: 'outOfRange' });
    expect(parseCopyRange('1-1000000')).toMatchObject({ code: 'outOfRange' });
    expect(parseCopyRange('1-501')).toEqual({ code: 'tooMany', count: 501, max: 500 });
    expect(copyRangeProblem({ from: 1, to: 500 })).toBeNull();
    expect(copyRangeProblem({ from: 1.5, to: 3 })).toMatchObject({ code: 'outOfRange' });
  });

  it('lists the numbers in print order', () => {
    expect(copyNumbersOf({ from: 21, to: 24 })).toEqual([21, 22, 23, 24]);
  });
});
