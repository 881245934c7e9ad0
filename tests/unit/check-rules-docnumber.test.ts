import { describe, expect, it } from 'vitest';
import { applyTextFixes, checkText } from '../../shared/check';

const rules = (text: string) => checkText(text, { script: 'hans' });
const ids = (text: string) => rules(text).map((d) => d.rule);
const fixed = (text: string) => applyTextFixes(text, rules(text));

describe('PUN-03: 发文字号 sequence', () => {
  it('flags 第 and a leading zero, fixes to the spec form', () => {
    expect(ids('〔2024〕第01号')).toContain('PUN-03');
    expect(fixed('国发〔2024〕第01号')).toBe('国发〔2024〕1号');
    expect(ids('国发〔2024〕1号')).not.toContain('PUN-03');
  });
  it('adds a missing 号 only at a clear end', () => {
    expect(fixed('根据国发〔2024〕3，')).toBe('根据国发〔2024〕3号，');
    expect(ids('国发〔2024〕3号文件')).not.toContain('PUN-03');
    expect(ids('见〔2024〕3a')).not.toContain('PUN-03');
  });
  it('does not report what PUN-02 already fixes', () => {
    const d = rules('国办发【2024】第01号');
    expect(d.map((x) => x.rule)).toEqual(['PUN-02']);
  });
});

describe('PUN-04: 发文字号 year has four digits', () => {
  it('flags 〔24〕 without a fix, passes 〔2024〕', () => {
    const d = rules('国发〔24〕3号').filter((x) => x.rule === 'PUN-04');
    expect(d).toHaveLength(1);
    expect(d[0]!.fix).toBeUndefined();
    expect(ids('国发〔2024〕3号')).not.toContain('PUN-04');
    expect(ids('国发〔24〕3号')).not.toContain('NUM-02');
  });
  it('also in the wrong brackets when a 号 follows; not in a bracketed aside', () => {
    expect(ids('国发[24]3号')).toContain('PUN-04');
    expect(ids('共计（24）人')).not.toContain('PUN-04');
  });
});

describe('NUM-09: 份号 and 保密期限', () => {
  it('份号 12 -> 000012', () => {
    expect(ids('份号：12')).toContain('NUM-09');
    expect(fixed('份号：12')).toBe('份号：000012');
    expect(ids('份号：000012')).not.toContain('NUM-09');
  });
  it('机密★一年 -> 机密★1年', () => {
    expect(fixed('机密★一年')).toBe('机密★1年');
    expect(ids('机密★1年')).not.toContain('NUM-09');
    expect(fixed('秘密★六个月')).toBe('秘密★6个月');
  });
});
