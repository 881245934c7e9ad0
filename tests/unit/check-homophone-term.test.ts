import { describe, expect, it } from 'vitest';
import { checkText } from '../../shared/check';
import { jiebaDictionary, jiebaSegmenter, wordLayer } from '../../electron/services/check/segmenter';
import { analyse } from '../../shared/check/words/analyse';
import { homophoneTermRule } from '../../shared/check/words/homophone-term';

// Sentences written for this test, not taken from any bench/check-heldout set.

function run(text: string, script: 'hans' | 'hant' = 'hans') {
  wordLayer();
  const a = analyse(text, script, jiebaSegmenter)!;
  return homophoneTermRule(a, text, jiebaDictionary()).map((f) => [f.word, f.replacement, f.severity]);
}

describe('homophone-term.ts: a twin the modifier before it completes into a jieba term', () => {
  it('flags a word whose twin makes a four-character term with the modifier before it', () => {
    expect(run('实验室新购了三台分析遗弃。')).toEqual([['遗弃', '仪器', 'warning']]);
    expect(run('电力公司架设了一条专用显露。')).toEqual([['显露', '线路', 'warning']]);
    expect(run('村民对这次土地全书调查很满意。')).toEqual([['全书', '权属', 'warning']]);
  });

  it('writes the fix in the document script', () => {
    expect(run('實驗室新購了三台分析遺棄。', 'hant')).toEqual([['遺棄', '儀器', 'warning']]);
  });

  it('leaves the right term and the written word after a modifier that makes no term of the twin', () => {
    expect(run('实验室新购了三台分析仪器。')).toEqual([]);
    expect(run('沿河新筑的长堤有三公里。')).toEqual([]);
  });

  it('leaves a head after the word: a head noun takes almost any modifier (报销制度 beside 剥削制度)', () => {
    expect(run('公司要加强财务报销制度建设。')).toEqual([]);
  });

  it('leaves a pair sharing a character: both terms can be meant (工作实际 beside 工作实绩)', () => {
    expect(run('各单位要结合工作实际制定实施方案。')).toEqual([]);
  });

  it('leaves a modifier the adjacency tables vouch for beside the written word (有志 + 服务)', () => {
    expect(run('我们有志服务基层群众。')).toEqual([]);
  });

  it('is wired into the word layer as a WRD-04 warning', () => {
    const found = checkText('电力公司架设了一条专用显露。', { script: 'hans', words: wordLayer() });
    expect(found).toEqual([expect.objectContaining({ rule: 'WRD-04', severity: 'warning', params: { found: '显露', expected: '线路' } })]);
  });
});
