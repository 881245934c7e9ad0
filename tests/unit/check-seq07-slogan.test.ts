import { describe, expect, it } from 'vitest';
import { checkText } from '../../shared/check';

// Sentences written for this test.
const seq07 = (text: string): number[] =>
  checkText(text, { script: 'hans' })
    .filter((d) => d.rule === 'SEQ-07')
    .map((d) => d.location.offset);

describe('SEQ-07: an ordinal word takes a comma only where it opens a list item', () => {
  it('flags 第一、 and 首先、 opening a clause', () => {
    expect(seq07('第一、要提高认识。')).toEqual([2]);
    expect(seq07('会议要求：首先、要统一思想。')).toEqual([7]);
  });

  it('leaves a slogan that ends in 第一 inside a 、 list', () => {
    expect(seq07('坚持安全第一、预防为主、综合治理的方针。')).toEqual([]);
    expect(seq07('树立质量第一、信誉至上的理念。')).toEqual([]);
  });
});
