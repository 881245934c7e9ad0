import { describe, expect, it } from 'vitest';
import { wordLayer } from '../../electron/services/check/segmenter';
import { checkText } from '../../shared/check';

const words = wordLayer();
const deDi = (text: string): string[] =>
  checkText(text, { script: 'hans', words })
    .filter((d) => d.rule === 'WRD-05')
    .map((d) => `${text.slice(d.location.offset, d.location.offset + d.location.length)}→${d.fix?.replacement}`);

describe('的 for 得 before a complement, whatever jieba tags the verb or the adjective', () => {
  // 整理 is a verb jieba tags n; 井然有序 is a state the model writes after 得.
  it('这批文件归档整理的井然有序，查阅十分方便。', () => {
    expect(deDi('这批文件归档整理的井然有序，查阅十分方便。')).toEqual(['的→得']);
  });
  // 即时 is an adverb of timing jieba tags c: after 不够 and closing the clause, the complement's.
  it('部分路段的积水清运的不够即时，群众有意见。', () => {
    expect(deDi('部分路段的积水清运的不够即时，群众有意见。')).toEqual(['的→得']);
  });
  // A verb of saying + 的 names what was said: no finding.
  it('no finding: 这个问题说的不够清楚。', () => {
    expect(deDi('这个问题说的不够清楚。')).toEqual([]);
  });
});
