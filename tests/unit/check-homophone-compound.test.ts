import { describe, expect, it } from 'vitest';
import { checkText } from '../../shared/check';
import { jiebaDictionary, jiebaSegmenter, wordLayer } from '../../electron/services/check/segmenter';
import { analyse } from '../../shared/check/words/analyse';
import { homophoneCompoundRule } from '../../shared/check/words/homophone-compound';
import { reportTwinsOf } from '../../shared/check/words/homophone-context';

// Sentences written for this test, not taken from any bench/check-heldout set.

function run(text: string, script: 'hans' | 'hant' = 'hans') {
  wordLayer();
  const a = analyse(text, script, jiebaSegmenter)!;
  return homophoneCompoundRule(a, text, jiebaDictionary()).map((f) => [f.word, f.replacement, f.severity]);
}

describe('homophone-compound.ts: a twin that takes the lone character after the written word', () => {
  it('flags a word report text never uses whose twin makes a word of the orphaned suffix', () => {
    expect(run('这批罐头的保值期只有六个月，过期一律下架。')).toEqual([['保值', '保质', 'warning']]);
    expect(run('群众可在网站流言板反映问题。')).toEqual([['流言', '留言', 'warning']]);
  });

  it('reads a twin two characters away by sound from the context table (激愤榜 → 积分榜)', () => {
    expect(run('联赛激愤榜前三名将获得晋级资格。')).toEqual([['激愤', '积分', 'warning']]);
  });

  it('writes the fix in the document script', () => {
    expect(run('這批罐頭的保值期只有六個月。', 'hant')).toEqual([['保值', '保質', 'warning']]);
  });

  it('leaves the right word, a function character and a suffix the written word takes alone', () => {
    expect(run('这批罐头的保质期只有六个月。')).toEqual([]);
    expect(run('市场上有人借机炒作保值的说法。')).toEqual([]);
    expect(run('黄金的保值性较好。')).toEqual([]);
  });

  it('leaves a word report text uses, however well its twin takes the suffix (防控网, 防空网)', () => {
    expect(reportTwinsOf('防控')).toBeNull();
    expect(run('村里织密防控网，守住疫情关口。')).toEqual([]);
  });

  it('is wired into the word layer as a WRD-04 warning', () => {
    const found = checkText('这批罐头的保值期只有六个月。', { script: 'hans', words: wordLayer() });
    expect(found).toEqual([expect.objectContaining({ rule: 'WRD-04', severity: 'warning', params: { found: '保值', expected: '保质' } })]);
  });
});
