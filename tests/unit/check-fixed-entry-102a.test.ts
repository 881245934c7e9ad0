import { describe, expect, it } from 'vitest';
import { jiebaDictionary, wordLayer } from '../../electron/services/check/segmenter';

// Sentences written for this test (fictional places), not taken from any bench set.
const layer = wordLayer();
const dict = jiebaDictionary();
const found = (text: string): string[] => layer.check(text, 'hans').map((f) => `${f.rule} ${f.word}→${f.replacement}`);

describe('a fixed four-character entry jieba tags no idiom, broken by one lone character', () => {
  it('reads the broken form of an entry jieba tags n or nr', () => {
    // jieba tags these n and nr, not i or l; CC-CEDICT does not mark them as idioms either.
    expect(dict.tagOf('作奸犯科')).toBe('n');
    expect(found('柳湾镇综治办提醒，对做奸犯科的行为要坚决打击。')).toContain('WRD-02 做奸犯科→作奸犯科');
    expect(dict.tagOf('任重道远')).toBe('nr');
    expect(found('青禾街道的老旧小区改造任重道源，还要久久为功。')).toContain('WRD-02 任重道源→任重道远');
  });

  it('leaves a changed character alone that is grammar, or inside a word of its own', () => {
    // 的 + 分辨率: a particle, not a slip of 低分辨率.
    expect(found('青禾遥感站升级后，影像的分辨率明显提高。')).toEqual([]);
    // 建账 is a word the writer chose: 建账立制 is no broken 建章立制.
    expect(found('柳湾村集体经济组织今年全面建账立制。')).toEqual([]);
  });

  it('leaves a window that cuts a word at its edge alone', () => {
    // 公布 + 于 + 市府: two phrases meeting, not a broken 公布于世.
    expect(found('青禾区的检查结果将公布于市府网站。')).toEqual([]);
  });
});
