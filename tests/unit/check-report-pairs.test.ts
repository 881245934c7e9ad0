import { describe, expect, it } from 'vitest';
import { checkText } from '../../shared/check';
import { jiebaDictionary, jiebaSegmenter, wordLayer } from '../../electron/services/check/segmenter';
import { analyse } from '../../shared/check/words/analyse';
import { reportPairRule } from '../../shared/check/words/report-pairs';

// Sentences written for this test, not taken from any bench/check-heldout set.

function run(text: string, script: 'hans' | 'hant' = 'hans') {
  const words = wordLayer();
  const a = analyse(text, script, jiebaSegmenter)!;
  const rule = reportPairRule(a, text, jiebaDictionary()).map((f) => [f.word, f.replacement, f.severity]);
  // The layer keeps the finding (no surer rule, no proper-name stretch takes the span).
  const layer = checkText(text, { script, words }).filter((d) => d.rule === 'WRD-04');
  expect(layer.map((d) => d.fix?.replacement)).toEqual(rule.map((r) => r[1]));
  return rule;
}

describe('report-pairs.ts: a word report text never uses, beside a neighbour its twin collocates with there', () => {
  it('flags the word by the twin’s neighbour after it (独居 + 老人, 结对 + 帮扶)', () => {
    expect(run('社区志愿者每周上门看望赌局老人。')).toEqual([['赌局', '独居', 'warning']]);
    expect(run('两个村签订了结队帮扶协议。')).toEqual([['结队', '结对', 'warning']]);
  });

  it('flags the word by the twin’s neighbour before it (农资 + 打假)', () => {
    expect(run('县里开展春季农资打架行动。')).toEqual([['打架', '打假', 'warning']]);
  });

  it('proposes a twin jieba counts rarely that report text uses beside the neighbour (侧记, 停诊, 值守)', () => {
    expect(run('这是一篇会议侧击，记下了讨论的全过程。')).toEqual([['侧击', '侧记', 'warning']]);
    expect(run('卫生院昨天贴出听诊公告，下周一恢复接诊。')).toEqual([['听诊', '停诊', 'warning']]);
    expect(run('镇里安排专人执手，防汛期间不得脱岗。')).toEqual([['执手', '值守', 'warning']]);
    expect(run('这是一篇会议侧记，记下了讨论的全过程。')).toEqual([]);
  });

  it('writes the fix in the document script', () => {
    expect(run('社區志工每週上門看望賭局老人。', 'hant')).toEqual([['賭局', '獨居', 'warning']]);
  });

  it('leaves the right word, and the written word where its neighbours are no twin’s collocation', () => {
    expect(run('社区志愿者每周上门看望独居老人。')).toEqual([]);
    expect(run('两名男子在街头打架被带走调查。')).toEqual([]);
  });

  it('leaves a word report text uses (a word of the register) and never proposes a function word', () => {
    expect(run('接到可疑电话后应立即报警。')).toEqual([]);
  });
});
