import { describe, expect, it } from 'vitest';
import { checkText } from '../../shared/check';
import { jiebaDictionary, jiebaSegmenter, wordLayer } from '../../electron/services/check/segmenter';
import { analyse } from '../../shared/check/words/analyse';
import { homophoneFieldTermRule } from '../../shared/check/words/homophone-field-term';

// Sentences written for this test, not taken from any bench/check-heldout set.

function run(text: string, script: 'hans' | 'hant' = 'hans') {
  wordLayer();
  const a = analyse(text, script, jiebaSegmenter)!;
  return homophoneFieldTermRule(a, text, jiebaDictionary()).map((f) => [f.word, f.replacement, f.severity]);
}

describe('homophone-field-term.ts: a twin that makes a four-character term with a noun beside it', () => {
  it('flags a word whose twin makes a jieba term with the head noun after it', () => {
    expect(run('学校把德语工作列入年度计划。')).toEqual([['德语', '德育', 'warning']]);
    expect(run('节日期间市胶管部门加强巡查。')).toEqual([['胶管', '交管', 'warning']]);
  });

  it('flags a word whose twin makes a CC-CEDICT term jieba lacks, on either side', () => {
    expect(run('山区要防范暴雨引发的次声灾害。')).toEqual([['次声', '次生', 'warning']]);
    expect(run('做好慢性急病的随访管理。')).toEqual([['急病', '疾病', 'warning']]);
  });

  it('writes the fix in the document script', () => {
    expect(run('山區要防範暴雨引發的次聲災害。', 'hant')).toEqual([['次聲', '次生', 'warning']]);
  });

  it('leaves the right term', () => {
    expect(run('山区要防范暴雨引发的次生灾害。')).toEqual([]);
    expect(run('学校把德育工作列入年度计划。')).toEqual([]);
  });

  it('leaves a term that is a rare use of the twin (剥削制度 3 beside 剥削 1,321)', () => {
    expect(run('公司的报销制度很严格。')).toEqual([]);
  });

  it('leaves a verb beside the word: a term is a noun phrase (注重时效 beside 注重实效)', () => {
    expect(run('办案要注重时效。')).toEqual([]);
  });

  it('leaves a written verb: it governs the noun beside it (围绕理论 beside 微扰理论)', () => {
    expect(run('他围绕理论学习作了辅导。')).toEqual([]);
  });

  it('leaves a pair report text writes (工作实际 beside 工作实绩)', () => {
    expect(run('各单位要结合工作实际制定方案。')).toEqual([]);
  });

  it('proposes no twin CC-CEDICT gives only as a name or a variant (美语, 帐户)', () => {
    expect(run('学校开设了美育课程。')).toEqual([]);
    expect(run('资金直接打入本人银行账户。')).toEqual([]);
  });

  it('is wired into the word layer as a WRD-04 warning', () => {
    const found = checkText('山区要防范暴雨引发的次声灾害。', { script: 'hans', words: wordLayer() });
    expect(found).toEqual([expect.objectContaining({ rule: 'WRD-04', severity: 'warning', params: { found: '次声', expected: '次生' } })]);
  });
});
