import { describe, expect, it } from 'vitest';
import { jiebaDictionary, jiebaSegmenter, wordLayer } from '../../electron/services/check/segmenter';
import { analyse } from '../../shared/check/words/analyse';
import { slipBar, slips, type Slip } from '../../shared/check/words/slip';

// Sentences written for this test (no place or person named), not taken from any bench set.
const layer = wordLayer();
const dict = jiebaDictionary();
const found = (text: string): string[] => layer.check(text, 'hans').map((f) => `${f.rule}:${f.severity} ${f.word}→${f.replacement}`);

describe('round 35: a rare target whose written character is the commoner of the two', () => {
  it("reads which of two characters an input method lists first by jieba's count of each", () => {
    // 脏 is the commoner of 脏/赃: an input method lists it first, and a hurried writer takes it.
    expect(dict.freq('脏')).toBeGreaterThan(2 * dict.freq('赃'));
    // 铆 is the rarer of 铆/卯: a text that writes 铆足 chose it.
    expect(dict.freq('铆')).toBeLessThan(dict.freq('卯'));
  });

  it('names 销赃 for 销脏, a rare target the common bar of both likenesses left unread', () => {
    const text = '这家回收站涉嫌帮人销脏，已被查封。';
    const hit = slips(analyse(text, 'hans', jiebaSegmenter)!, dict).find((s) => s.word === '销赃')!;
    expect(hit.rare).toBe(true);
    expect(hit.commoner).toBe(true);
    // Under the rare targets' bar of 7.5, over the written-commoner bar.
    expect(hit.gain).toBeLessThan(7.5);
    expect(found(text)).toContain('WRD-02:warning 销脏→销赃');
  });

  it('keeps the common bar for a rare target written with the rarer character', () => {
    const rare: Slip = { start: 0, word: '卯足', kind: 'both', gain: 7, freq: 10, rare: true };
    expect(slipBar(rare, 'hans')).toBe(7.5);
    expect(slipBar({ ...rare, commoner: true }, 'hans')).toBe(6);
    expect(slipBar({ ...rare, commoner: true }, 'hant')).toBe(6);
  });

  it('leaves the right form alone', () => {
    expect(found('这家回收站涉嫌帮人销赃，已被查封。')).toEqual([]);
  });
});
