import { describe, expect, it } from 'vitest';
import { wordLayer } from '../../electron/services/check/segmenter';
import { checkText } from '../../shared/check';
import type { Script } from '../../shared/model';

// Made-up sentences, both ways: the slip flagged with its fix, the right use left alone.
const words = wordLayer();
const dedi = (text: string, script: Script = 'hans'): string[] =>
  checkText(text, { script, words })
    .filter((d) => d.rule === 'WRD-05')
    .map((d) => `${text.slice(d.location.offset, d.location.offset + d.location.length)}→${d.fix?.replacement}`);

describe('的/地/得, round 14 shapes (de-di-objects.ts)', () => {
  it('地 before the noun object of a verb earlier in the clause is 的', () => {
    expect(dedi('要努力营造风清气正地发展环境。')).toEqual(['地→的']);
    expect(dedi('要解决好群众关心地热点问题。')).toEqual(['地→的']);
  });

  it('leaves 地 before a verb alone, and verbs jieba tags as nouns', () => {
    expect(dedi('要认真地研究问题。')).toEqual([]);
    expect(dedi('要科学地规划布局。')).toEqual([]);
    expect(dedi('要组织群众有序地撤离。')).toEqual([]);
    expect(dedi('要推动经济平稳地发展。')).toEqual([]);
  });

  it('请 + an office + a manner word + 的 + a verb and its object is 地, in either script', () => {
    expect(dedi('请财政局及时的拨付专项资金。')).toEqual(['的→地']);
    expect(dedi('请各乡镇密切的关注雨情水情。')).toEqual(['的→地']);
    expect(dedi('請交通局定期的檢查轄區橋梁。', 'hant')).toEqual(['的→地']);
  });

  it('leaves a noun phrase after 请 alone', () => {
    expect(dedi('请专家作精彩的演讲。')).toEqual([]);
    expect(dedi('市场监管局定期的检查很有必要。')).toEqual([]);
  });

  it('逐 + a unit (逐户逐人, 逐项) before 的 and a verb is 地; 逐年 is no such unit', () => {
    expect(dedi('各社区要逐户逐人的登记信息。')).toEqual(['的→地']);
    expect(dedi('要逐项的核对台账。')).toEqual(['的→地']);
    expect(dedi('他对逐年的变化很清楚。')).toEqual([]);
  });

  it('leaves 地 after a distributive alone however jieba cuts it (逐段逐点地排查隐患)', () => {
    expect(dedi('巡查组沿河堤逐段逐点地排查隐患。')).toEqual([]);
    expect(dedi('工作组逐村逐户地核查名单。')).toEqual([]);
    expect(dedi('巡查组沿河堤逐段逐点的排查隐患。')).toEqual(['的→地']);
  });

  it('a one-character verb of doing + 的 + a four-character description closing the clause is 得', () => {
    expect(dedi('这次培训班办的有声有色。')).toEqual(['的→得']);
    expect(dedi('这次培训班办得有声有色。')).toEqual([]);
  });
});

describe('地 as a noun is left alone', () => {
  it('在地 (Taiwan: local) before a noun is no particle', () => {
    expect(dedi('縣府將協助在地製造業升級轉型。', 'hant')).toEqual([]);
  });
});

describe('的 → 得 after a verb jieba tags as a noun', () => {
  it('reads 调度的太慢 as a complement, in either script', () => {
    expect(dedi('部分群众认为抽水机调度的太慢，积水迟迟未能排除。')).toEqual(['的→得']);
    expect(dedi('部分民眾認為抽水機調度的太慢，積水遲遲未能排除。', 'hant')).toEqual(['的→得']);
  });

  it('leaves 调度的 before a noun alone', () => {
    expect(dedi('抽水机调度的重点是低洼地区。')).toEqual([]);
  });
});
