import { describe, expect, it } from 'vitest';
import { jiebaDictionary, jiebaSegmenter, wordLayer } from '../../electron/services/check/segmenter';
import { analyse } from '../../shared/check/words/analyse';
import { slipBar, slips } from '../../shared/check/words/slip';

// Sentences written for this test (no place named), not taken from any bench set.
const layer = wordLayer();
const dict = jiebaDictionary();
const found = (text: string): string[] => layer.check(text, 'hans').map((f) => `${f.rule}:${f.severity} ${f.word}→${f.replacement}`);
const hit = (text: string, word: string) => slips(analyse(text, 'hans', jiebaSegmenter)!, dict).find((s) => s.word === word)!;

describe('round 48 (check-122c): a rare target whose written character is bound and the commoner', () => {
  it('reads 滩 (bound, alone, commoner than 摊) + 销 as 摊销 under the bound bar', () => {
    const text = '装修费用按五年期限分期滩销，计入当期成本。';
    const h = hit(text, '摊销');
    expect(h.rare).toBe(true);
    expect(h.bound).toBe(true);
    expect(h.offered).toBe(true);
    // Under the rare bar of both likenesses (7.5), over the bound bar (6).
    expect(h.gain).toBeLessThan(7.5);
    expect(slipBar(h, 'hans')).toBe(6);
    expect(found(text)).toContain('WRD-02:warning 滩销→摊销');
    expect(found('装修费用按五年期限分期摊销，计入当期成本。')).toEqual([]);
  });

  it('keeps the rare bar where the bound written character is the rarer (蟹 beside 解)', () => {
    const h = hit('滩涂上常见招潮蟹和弹涂鱼。', '潮解');
    expect(h.rare).toBe(true);
    expect(h.bound).toBe(true);
    expect(h.offered).toBeFalsy();
    expect(slipBar(h, 'hans')).toBe(7.5);
  });
});
