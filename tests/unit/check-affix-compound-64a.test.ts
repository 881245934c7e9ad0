import { describe, expect, it } from 'vitest';
import { jiebaDictionary, jiebaSegmenter, wordLayer } from '../../electron/services/check/segmenter';
import { checkText } from '../../shared/check';
import { affixCompound } from '../../shared/check/words/affix';
import { SUFFIX_CHARS } from '../../shared/check/words/affix-chars';
import { analyse } from '../../shared/check/words/analyse';
import { nearMissRule } from '../../shared/check/words/rules';
import { shapeRule } from '../../shared/check/words/shape';
import { slips } from '../../shared/check/words/slip';

// Sentences written for this test, not taken from any bench set.
const words = wordLayer();
const dict = jiebaDictionary();
const slipsShown = (text: string): string[] =>
  checkText(text, { script: 'hans', words })
    .filter((d) => d.rule === 'WRD-02')
    .map((d) => `${text.slice(d.location.offset, d.location.offset + d.location.length)}→${d.fix?.replacement}`);

describe('a noun coined with a productive affix is no slip (affix.ts, round 33)', () => {
  it('reads 总 + 分馆 + 制 as a coined system noun, not 馆制 → 管制', () => {
    expect(slipsShown('全市推广总分馆制服务模式，各乡镇设立分馆。')).toEqual([]);
    expect(slipsShown('区里试点总分馆制，图书统一采购。')).toEqual([]);
  });

  it('silences each slip reading of the stretch: the near-miss, the look-alike and the slip rule', () => {
    const text = '区里试点总分馆制，图书统一采购。';
    const a = analyse(text, 'hans', jiebaSegmenter)!;
    expect(nearMissRule(a, text, dict)).toEqual([]);
    expect(shapeRule(a, text, dict)).toEqual([]);
    expect(slips(a, dict).filter((s) => s.start >= 6 && s.start <= 7)).toEqual([]);
  });

  it('still raises a slip whose other character makes no nouns (救 of 展开 + 枪救)', () => {
    expect(slipsShown('救援人员到场后立即展开枪救，伤者已送医。')).toEqual(['枪救→抢救']);
  });

  it('asks for a word counted ten times outside the window and an affix inside it', () => {
    expect(SUFFIX_CHARS.has('制')).toBe(true);
    expect(SUFFIX_CHARS.has('救')).toBe(false);
    // 分馆 (21) + 制: a suffix after a word.
    expect(affixCompound(dict, '总分馆制', 2, 2)).toBe(true);
    // The changed character is the suffix itself, not the word's: no compound reading.
    expect(affixCompound(dict, '总分馆制', 2, 3)).toBe(false);
    // 开枪 (377) + 救: 救 makes no nouns.
    expect(affixCompound(dict, '展开枪救', 2, 2)).toBe(false);
    // Nothing outside the window: the text starts there.
    expect(affixCompound(dict, '馆制', 0, 0)).toBe(false);
  });
});
