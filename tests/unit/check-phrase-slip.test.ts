import { describe, expect, it } from 'vitest';
import { jiebaDictionary, jiebaSegmenter, wordLayer } from '../../electron/services/check/segmenter';
import { checkText } from '../../shared/check';
import { analyse } from '../../shared/check/words/analyse';
import { phraseSlipRule } from '../../shared/check/words/phrase-slip';

// Sentences written for this test, not taken from any bench set.
const words = wordLayer();
const dict = jiebaDictionary();
const shown = (text: string): string[] =>
  checkText(text, { script: 'hans', words })
    .filter((d) => d.rule.startsWith('WRD'))
    .map((d) => `${text.slice(d.location.offset, d.location.offset + d.location.length)}→${d.fix?.replacement}`);
const rule = (text: string): string[] => phraseSlipRule(analyse(text, 'hans', jiebaSegmenter)!, text, dict).map((f) => `${f.word}→${f.replacement}`);

describe('phraseSlipRule: fixed four-character forms broken where the other idiom rules do not look', () => {
  it('reads a misspelt idiom jieba lists at its floor frequency against the idiom', () => {
    expect(shown('这样的人才可谓凤毛麋角。')).toContain('凤毛麋角→凤毛麟角');
    expect(shown('这些旧设备早已分文不直。')).toContain('分文不直→分文不值');
  });

  it('reads a set phrase jieba counts under the near-miss floor (tag l)', () => {
    expect(shown('村里组织群众群防群至，守住了堤坝。')).toContain('群防群至→群防群治');
  });

  it('leaves the right forms alone', () => {
    for (const t of ['农村群防群治工作持续加强。', '这样的人才可谓凤毛麟角。', '他们对困难群众感同身受。']) expect(rule(t)).toEqual([]);
  });

  it('reads no set phrase into two real words unless the slip is of the same sound', () => {
    expect(rule('秸秆焚烧现象明显减少。')).toEqual([]);
    expect(rule('大量采购办公用品须走招标程序。')).toEqual([]);
  });

  it('takes no floor-frequency entry of jieba as a target', () => {
    expect(rule('全省上下团结一心。')).toEqual([]);
    expect(rule('提高治理能力和水平。')).toEqual([]);
  });
});
