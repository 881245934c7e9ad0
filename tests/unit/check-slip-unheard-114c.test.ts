import { describe, expect, it } from 'vitest';
import { jiebaDictionary, jiebaSegmenter, wordLayer } from '../../electron/services/check/segmenter';
import { analyse } from '../../shared/check/words/analyse';
import { slipBar, slips } from '../../shared/check/words/slip';
import type { Script } from '../../shared/model';

// Sentences written for this test (no place named), not taken from any bench set.
const layer = wordLayer();
const dict = jiebaDictionary();
const found = (text: string, script: Script = 'hans'): string[] => layer.check(text, script).map((f) => `${f.rule}:${f.severity} ${f.word}→${f.replacement}`);
const hit = (text: string, word: string, script: Script = 'hans') => {
  const h = slips(analyse(text, script, jiebaSegmenter)!, dict).find((s) => s.word === word)!;
  return { gain: h.gain, bar: slipBar(h, script) };
};

describe('round 46 (check-114c): a window no lexicon holds, and one another lexicon holds', () => {
  it('raises a slip just under its bar when no lexicon holds the written window', () => {
    const text = '要扭转经济下行的颓式，关键在项目。';
    const { gain, bar } = hit(text, '颓势');
    // Under its bar: before the step the rule named nothing here.
    expect(gain).toBeLessThan(bar);
    expect(gain).toBeGreaterThan(bar - 0.5);
    expect(found(text)).toContain('WRD-02:warning 颓式→颓势');
    expect(found('要扭转经济下行的颓势，关键在项目。')).toEqual([]);
  });

  it('leaves a coined parallel pair at its bar (首贷、续贷)', () => {
    const text = '银行推出首贷、续贷优惠，支持小微企业。';
    const { gain, bar } = hit(text, '首代');
    expect(gain).toBeGreaterThan(bar - 0.5);
    expect(found(text)).toEqual([]);
  });

  it('reads a window another lexicon holds as that word, for a likeness of sound alone', () => {
    // 酪農 (dairy farmer) is a word of CC-CEDICT that jieba lacks; 老農 scores over its bar.
    const text = '牧場裡的酪農每天清晨擠奶。';
    const { gain, bar } = hit(text, '老农', 'hant');
    expect(gain).toBeGreaterThan(bar);
    expect(found(text, 'hant')).toEqual([]);
  });
});
