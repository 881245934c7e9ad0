import { describe, expect, it } from 'vitest';
import { wordLayer } from '../../electron/services/check/segmenter';
import { checkText } from '../../shared/check';

// Made-up sentences: 地 before a verb jieba tags n (核算, 动员) and its object is right; the
// noun-phrase reading (一项长期地任务 → 的) must not take the verb for the phrase's first noun.
const words = wordLayer();
const deDi = (text: string): string[] =>
  checkText(text, { script: 'hans', words })
    .filter((d) => d.rule === 'WRD-05')
    .map((d) => `${text.slice(d.location.offset, d.location.offset + d.location.length)}→${d.fix?.replacement}`);

describe('地 before a noun-tagged verb and its object', () => {
  it.each(['评估机构要认真地核算房屋价值。', '评估机构要实事求是地核算房屋价值，兼顾长远利益。', '各村要广泛地动员群众参与环境整治。'])('no finding: %s', (text) => {
    expect(deDi(text)).toEqual([]);
  });
  it('still reads 地 before a noun phrase in an object place as 的', () => {
    expect(deDi('会议明确了一项长期地任务。')).toEqual(['地→的']);
  });
});
