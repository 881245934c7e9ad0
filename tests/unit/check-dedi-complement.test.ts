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
