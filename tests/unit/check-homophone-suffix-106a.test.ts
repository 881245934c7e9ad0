import { describe, expect, it } from 'vitest';
import { checkText } from '../../shared/check';
import { jiebaDictionary, jiebaSegmenter, wordLayer } from '../../electron/services/check/segmenter';
import { analyse } from '../../shared/check/words/analyse';
import { homophoneCompoundRule } from '../../shared/check/words/homophone-compound';
import { reportTwinsOf } from '../../shared/check/words/homophone-context';

// Sentences written for this test, not taken from any bench set.

function run(text: string, script: 'hans' | 'hant' = 'hans') {
  wordLayer();
  const a = analyse(text, script, jiebaSegmenter)!;
  return homophoneCompoundRule(a, text, jiebaDictionary()).map((f) => [f.word, f.replacement]);
}

describe('homophone-compound.ts: an ordinary word orphaned of a suffix its same-reading twin takes', () => {
  it('reads a word report text uses when a twin read from the three-character words takes the suffix', () => {
    expect(reportTwinsOf('告发')).toBeNull();
    expect(run('每年七八月是山洪灾害告发期，沿河各村要安排专人值守。')).toEqual([['告发', '高发']]);
    expect(run('园区新建的创业腐化器已入驻企业二十家。')).toEqual([['腐化', '孵化']]);
    expect(run('这种包装袋的蜜蜂性较差，容易受潮。')).toEqual([['蜜蜂', '密封']]);
  });

  it('finds a twin unlike the written word in both characters (启示性 → 歧视性)', () => {
    expect(run('招聘公告不得附加任何启示性要求。')).toEqual([['启示', '歧视']]);
  });

  it('leaves the right words and a twin compound that is a rare use of the twin (防空网)', () => {
    expect(run('每年七八月是山洪灾害高发期，沿河各村要安排专人值守。')).toEqual([]);
    expect(run('这种包装袋的密封性较差，容易受潮。')).toEqual([]);
    expect(run('村里织密防控网，守住疫情关口。')).toEqual([]);
  });

  it('takes no numeral compound or diminutive 儿 as the suffix (十几里, 正事儿)', () => {
    expect(run('周末市集裡人很多。', 'hant')).toEqual([]);
    expect(run('请关注北辰政事儿栏目。')).toEqual([]);
  });

  it('reaches the word layer as a WRD-04 warning', () => {
    const found = checkText('园区新建的创业腐化器已入驻企业二十家。', { script: 'hans', words: wordLayer() });
    expect(found).toEqual([expect.objectContaining({ rule: 'WRD-04', severity: 'warning', params: { found: '腐化', expected: '孵化' } })]);
  });
});
