import { describe, expect, it } from 'vitest';
import { checkText } from '../../shared/check';
import { jiebaDictionary, jiebaSegmenter, wordLayer } from '../../electron/services/check/segmenter';
import { analyse } from '../../shared/check/words/analyse';
import { homophoneCollocateRule } from '../../shared/check/words/homophone-collocate';

// Sentences written for this test, not taken from any bench/check-heldout set.

function run(text: string, script: 'hans' | 'hant' = 'hans') {
  wordLayer();
  const a = analyse(text, script, jiebaSegmenter)!;
  return homophoneCollocateRule(a, text, jiebaDictionary()).map((f) => [f.word, f.replacement, f.severity]);
}

describe('homophone-collocate.ts: a twin that makes a dictionary compound with the neighbouring word', () => {
  it('flags a word whose twin makes a compound with the word before it (日光 + 温室)', () => {
    expect(run('今年全镇新建日光纹饰两百座。')).toEqual([['纹饰', '温室', 'warning']]);
    expect(run('县里采购了一批生物之际用于病虫害防治。')).toEqual([['之际', '制剂', 'warning']]);
  });

  it('flags a word whose twin makes a compound with the word after it (纪律 + 处分)', () => {
    expect(run('对相关责任人给予机率处分。')).toEqual([['机率', '纪律', 'warning']]);
  });

  it('writes the fix in the document script', () => {
    expect(run('今年全鎮新建日光紋飾兩百座。', 'hant')).toEqual([['紋飾', '溫室', 'warning']]);
  });

  it('leaves the right word and the written word beside a neighbour that makes no compound of the twin', () => {
    expect(run('今年全镇新建日光温室两百座。')).toEqual([]);
    expect(run('这批瓷器的纹饰十分精美。')).toEqual([]);
  });

  it('leaves a verb after the neighbour: the word before a verb is its subject, no modifier (社会 + 注意)', () => {
    expect(run('这一做法引起了社会注意。')).toEqual([]);
  });

  it('leaves a pair sharing a character: both compounds can be meant (试用阶段 beside 实用阶段)', () => {
    expect(run('这批新型农机已进入试用阶段。')).toEqual([]);
    expect(run('商会将组织公会干部参加培训。')).toEqual([]);
  });

  it('leaves a lone-character neighbour: a suffix joins almost any noun (检查权 beside 监察权)', () => {
    expect(run('执法人员依法行使检查权。')).toEqual([]);
  });

  it('leaves a neighbour the tables vouch for beside the written word (登记制度 beside 等级制度)', () => {
    expect(run('各村要严格执行外来人员登记制度。')).toEqual([]);
  });

  it('leaves a compound that is a rare use of the twin (事件报告 beside 时间报告)', () => {
    expect(run('各单位要在规定时间报告处理结果。')).toEqual([]);
  });

  it('is wired into the word layer as a WRD-04 warning', () => {
    const found = checkText('请在表格中填写通信低值和联系电话。', { script: 'hans', words: wordLayer() });
    expect(found).toEqual([expect.objectContaining({ rule: 'WRD-04', severity: 'warning', params: { found: '低值', expected: '地址' } })]);
  });
});
