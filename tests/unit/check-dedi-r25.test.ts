import { describe, expect, it } from 'vitest';
import { wordLayer } from '../../electron/services/check/segmenter';
import { checkText } from '../../shared/check';
import type { Script } from '../../shared/model';

// Sentences written for this test (round 25's classes of 的/地/得), not taken from any bench set.
const words = wordLayer();
const dedi = (text: string, script: Script = 'hans'): string[] =>
  checkText(text, { script, words })
    .filter((d) => d.rule === 'WRD-05')
    .map((d) => `${text.slice(d.location.offset, d.location.offset + d.location.length)}→${d.fix?.replacement}`);

describe('的/地/得, round 25', () => {
  it('reads 挨X挨Y + 的 + a verb as going from one to the next: 地', () => {
    expect(dedi('工作队要挨家挨户的走访困难群众。')).toEqual(['的→地']);
    expect(dedi('技术人员挨田挨块的检查墒情。')).toEqual(['的→地']);
    expect(dedi('工作隊要挨家挨戶的走訪困難群眾。', 'hant')).toEqual(['的→地']);
    expect(dedi('工作队要挨家挨户地走访困难群众。')).toEqual([]);
  });

  it('reads a verb of doing after the work it names, + 的 + 不 + how it went: 得', () => {
    expect(dedi('有的单位问题整改做的不彻底，反复出现。')).toEqual(['的→得']);
    expect(dedi('有的单位问题整改做得不彻底，反复出现。')).toEqual([]);
    expect(dedi('他们为整改做的工作很多。')).toEqual([]);
  });

  it('reads a listed complement (规范, 准确) after a noun-tagged verb of a topic: 得', () => {
    expect(dedi('个别仓库物资储存的不规范，存在隐患。')).toEqual(['的→得']);
    expect(dedi('个别仓库物资储存得不规范，存在隐患。')).toEqual([]);
    expect(dedi('要加强物资储存的规范管理。')).toEqual([]);
  });
});
