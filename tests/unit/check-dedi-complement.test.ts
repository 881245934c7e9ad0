import { describe, expect, it } from 'vitest';
import { wordLayer } from '../../electron/services/check/segmenter';
import { checkText } from '../../shared/check';

const words = wordLayer();
const deDi = (text: string): string[] =>
  checkText(text, { script: 'hans', words })
    .filter((d) => d.rule === 'WRD-05' || d.rule === 'LNG-01')
    .map((d) => `${text.slice(d.location.offset, d.location.offset + d.location.length)}→${d.fix?.replacement}`);

describe('的 for 得 before 不 + a complement, with a preposition earlier in the clause', () => {
  // 对 names what the predicate is about; 不 + verb closing the clause is a complement, not a noun.
  it.each(['有的单位对安全生产责任落实的不到位。', '有的部门对整改要求执行的不彻底，要严肃问责。'])('%s', (text) => {
    expect(deDi(text)).toEqual(['的→得']);
  });

  // After a preposition, 的 + a noun (不足, 不合理收费) is the object phrase: right as written.
  it.each(['对工作中存在的不足要认真整改。', '对群众反映的不合理收费，要坚决纠正。', '对发现的不安全因素要及时处置。'])('no finding: %s', (text) => {
    expect(deDi(text)).toEqual([]);
  });
});

describe('的 for 得 after the layer’s own verbs jieba tags otherwise, and before (还) 不够', () => {
  // 压实 and 督导 are nouns to jieba, which keeps its tag for a word it has: analyse.ts retags them v.
  it.each(['有的单位整改责任压实的不到位，群众意见较大。', '部分企业安全投入的还不够，隐患整改进度偏慢。'])('%s', (text) => {
    expect(deDi(text)).toEqual(['的→得']);
  });
  // A person before the verb makes verb + 的 what was done; a noun phrase before 不够 is its subject.
  it.each(['我们做的还不够，群众还不满意。', '这些措施还不够，要继续加力。', '各镇的压实责任清单要在月底前报送。'])('no finding: %s', (text) => {
    expect(deDi(text)).toEqual([]);
  });
});
