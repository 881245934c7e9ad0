import { describe, expect, it } from 'vitest';
import { applyTextFixes, checkText } from '../../shared/check';

const rules = (text: string) => checkText(text, { script: 'hans' });
const ids = (text: string) => rules(text).map((d) => d.rule);
const fixed = (text: string) => applyTextFixes(text, rules(text));

describe('PUN-11: ranges repeat the unit or sign', () => {
  it.each([
    ['投资9～16亿元', '投资9亿～16亿元'],
    ['增长15～30%', '增长15%～30%'],
    ['增长15~30%', '增长15%～30%'],
    ['需要3~5天', '需要3～5天'],
  ])('%s -> %s', (wrong, right) => {
    expect(ids(wrong)).toContain('PUN-11');
    expect(fixed(wrong)).toBe(right);
    expect(ids(right)).not.toContain('PUN-11');
  });
  it('leaves plain units and complete ranges alone', () => {
    expect(ids('需要3～5天，投资9亿～16亿元，增长15%～30%')).not.toContain('PUN-11');
  });
});

describe('NUM-05: no mixed digit systems in one number', () => {
  it('flags 4千 and 1百零8, without a fix', () => {
    for (const wrong of ['共4千人', '1百零8项']) {
      const d = rules(wrong).filter((x) => x.rule === 'NUM-05');
      expect(d, wrong).toHaveLength(1);
      expect(d[0]!.fix).toBeUndefined();
    }
  });
  it('allows 万/亿 units, Chinese or Arabic alone, and units such as 千米', () => {
    for (const right of ['共4000人', '共四千人', '一百零八项', '10亿零817万5288', '全长5千米', '提高2百分点']) expect(ids(right), right).not.toContain('NUM-05');
  });
});

describe('NUM-06: fixed expressions keep Chinese numerals', () => {
  it.each([
    ['14五规划', '十四五规划'],
    ['纪念5四运动', '纪念五四运动'],
    ['落实中央8项规定精神', '落实中央八项规定精神'],
  ])('%s -> %s', (wrong, right) => {
    expect(ids(wrong)).toContain('NUM-06');
    expect(fixed(wrong)).toBe(right);
    expect(ids(right)).not.toContain('NUM-06');
    expect(ids(`“${right}”`)).not.toContain('NUM-06');
  });
  it('is a warning and not triggered by dates or longer numbers', () => {
    expect(rules('14五规划')[0]!.severity).toBe('warning');
    expect(ids('2014五月')).not.toContain('NUM-06');
    expect(ids('共214五人')).not.toContain('NUM-06');
  });
});
