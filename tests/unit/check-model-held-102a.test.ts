import { describe, expect, it } from 'vitest';
import { wordLayer } from '../../electron/services/check/segmenter';
import { rareTarget } from '../../shared/check/words/slip-rare';

// Sentences written for this test (fictional places), not taken from any bench set.
const layer = wordLayer();
const found = (text: string): string[] => layer.check(text, 'hans').map((f) => `${f.rule} ${f.word}→${f.replacement}`);

describe("a rare word fcitx5's model holds is no slip of a same-sound word unlike it", () => {
  it('reads no slip in a model word that looks nothing like the commoner twin (民宿 beside 民俗)', () => {
    expect(rareTarget('民宿')).toBe(true);
    expect(found('柳湾镇新开的几家民宿假期里几乎天天客满。')).toEqual([]);
    expect(rareTarget('试机')).toBe(true);
    expect(found('青禾电厂检修完毕，工人们正逐台试机。')).toEqual([]);
  });

  it('still reads it when a neighbour collocates with the twin in the model (全力 + 救治)', () => {
    expect(rareTarget('久治')).toBe(true);
    expect(found('柳湾镇卫生院正全力久治落水的两名村民。')).toContain('WRD-03 久治→救治');
  });

  it('still reads a rare word that is not a model word (堪察 → 勘察)', () => {
    expect(rareTarget('堪察')).toBe(false);
    expect(found('柳湾镇组织专家到现场堪察山体裂缝情况。')).toContain('WRD-03 堪察→勘察');
  });
});
