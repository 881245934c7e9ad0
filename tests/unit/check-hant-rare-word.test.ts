import { describe, expect, it } from 'vitest';
import { wordLayer } from '../../electron/services/check/segmenter';
import { checkText } from '../../shared/check';
import { sameTone } from '../../shared/check/words/same-tone';
import { isTaiwanRareKnown } from '../../shared/check/words/taiwan';
import type { Script } from '../../shared/model';
import { taiwanRareKnown } from '../../tools/derive-taiwan-words';

// rareWord's Traditional floor (rules.ts): made-up sentences only.
describe('rare words in Traditional text', () => {
  const words = wordLayer();
  const fixes = (text: string, script: Script = 'hant'): string[] =>
    checkText(text, { script, words }).map((f) => `${text.slice(f.location.offset, f.location.offset + f.location.length)}→${f.fix?.replacement ?? ''}`);

  it('reads a rare word Taiwan does not know, same syllable and tone as a common one, as in Simplified', () => {
    expect(fixes('市府絕不孤負市民的殷切期待。')).toContain('孤負→辜負');
    expect(fixes('兩隊在決賽中正面交風。')).toContain('交風→交鋒');
  });

  it('keeps the high floor for a different tone (Zhuyin is typed with tones)', () => {
    expect(fixes('本年度信增三处长照据点。', 'hans')).toContain('信增→新增');
    expect(fixes('本年度信增三處長照據點。')).toEqual([]);
  });

  it("keeps the high floor for a rare word Taiwan's input method knows", () => {
    expect(fixes('本教材由專家學者審訂後出版。')).toEqual([]);
  });

  it('looks a Taiwan word up as written, not by its Simplified reading', () => {
    expect(fixes('他以公共服務為終身志業。')).toEqual([]);
  });
});

describe('two lone characters at a clause end in Traditional text', () => {
  const words = wordLayer();
  const fixes = (text: string): string[] =>
    checkText(text, { script: 'hant', words }).map((f) => `${text.slice(f.location.offset, f.location.offset + f.location.length)}→${f.fix?.replacement ?? ''}`);

  it('reads them as in Simplified when Taiwan does not know them and the tone is the same', () => {
    expect(fixes('請各里於汛期前完成側溝排察。')).toContain('排察→排查');
    expect(fixes('人力不足仍是本所的短版。')).toContain('短版→短板');
  });
});

describe('sameTone', () => {
  it('compares one character by its toned reading in each word', () => {
    expect(sameTone('防讯', '防汛', 1)).toBe(true);
    expect(sameTone('建管', '监管', 0)).toBe(false);
    expect(sameTone('建管', '监管', 5)).toBe(false);
  });
});

describe('taiwanRareKnown', () => {
  const dict = {
    freq: (w: string): number => ({ 甲乙: 3, 丙丁: 3, 戊己: 40, 庚辛: 3 })[w] ?? 0,
    near: (w: string) => (w === '甲乙' || w === '戊己' ? [{ word: '甲丙', at: 1, sameSound: true, freq: 500 }] : w === '庚辛' ? [{ word: '庚壬', at: 1, sameSound: false, freq: 500 }] : []),
  };
  it('keeps words jieba counts rare that one same-reading character makes a target of, not in the cut', () => {
    expect(taiwanRareKnown(['甲乙', '丙丁', '戊己', '庚辛', '甲乙丙丁'], new Set(), dict, (s) => s)).toEqual(['甲乙']);
    expect(taiwanRareKnown(['甲乙'], new Set(['甲乙']), dict, (s) => s)).toEqual([]);
  });
  it('is in the data module', () => {
    expect(isTaiwanRareKnown('審訂')).toBe(true);
    expect(isTaiwanRareKnown('孤負')).toBe(false);
  });
});
