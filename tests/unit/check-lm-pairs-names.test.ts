import { describe, expect, it } from 'vitest';
import { jiebaDictionary, jiebaSegmenter, wordLayer } from '../../electron/services/check/segmenter';
import { checkText } from '../../shared/check';
import { analyse } from '../../shared/check/words/analyse';
import { lmPairNamesRule } from '../../shared/check/words/lm-pairs';

// Made-up sentences: a common word jieba tags as a name (保鲜 ns, 闻名 nr, 林立 nr) written for its
// same-reading twin, or the twin for it, where the open-gram model's neighbours decide
// (lm-pairs-names-data.ts). The first table leaves every name-tagged word alone.
const words = wordLayer();
const dict = jiebaDictionary();
const rule = (text: string): string[] => lmPairNamesRule(analyse(text, 'hans', jiebaSegmenter)!, text, dict).map((d) => `${d.word}→${d.replacement}:${d.severity}`);
const layer = (text: string): string[] =>
  checkText(text, { script: 'hans', words })
    .filter((d) => d.rule === 'WRD-04')
    .map((d) => `${text.slice(d.location.offset, d.location.offset + d.location.length)}→${d.fix?.replacement}`);

describe('WRD-04 from the names table of the input method model (lm-pairs.ts lmPairNamesRule)', () => {
  const cases: [string, string, string][] = [
    // 商业 before it: 商业保险, never 商业保鲜 (保鲜 is tagged ns by jieba).
    ['全县鼓励农户投保商业保鲜，分散自然灾害风险。', '保鲜→保险:warning', '全县鼓励农户投保商业保险，分散自然灾害风险。'],
    // 生态 before it: 生态文明, not 生态闻名 (闻名 nr).
    ['要把生态闻名建设摆在更加突出的位置。', '闻名→文明:warning', '要把生态文明建设摆在更加突出的位置。'],
  ];
  it.each(cases)('flags the slip in %s, not the right word in the same frame', (wrong, found, right) => {
    expect(rule(wrong)).toEqual([found]);
    expect(rule(right)).toEqual([]);
    expect(layer(wrong)).toEqual([found.replace(/:.*/, '')]);
    expect(layer(right)).toEqual([]);
  });

  it('leaves a name-tagged word alone where its own neighbours speak for it', () => {
    expect(rule('城区高楼林立，交通十分便利。')).toEqual([]);
    expect(rule('这座古镇以手工瓷器闻名全国。')).toEqual([]);
  });

  it('only warns: a name-tagged word may be a name after all', () => {
    for (const [wrong] of cases) expect(rule(wrong).every((f) => f.endsWith(':warning'))).toBe(true);
  });
});
