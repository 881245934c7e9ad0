import { describe, expect, it } from 'vitest';
import { adoptedKind } from '../../shared/importer/structure/adopted-kind';

/**
 * The meeting passing a text on, then stressing what must be done in the same sentence, is a
 * requirement (bench/KEYING.md 12: requirement over directive; issue 11, import-72c). Made-up texts.
 */
const kindOf = (lead: string, body: string) => adoptedKind({ kind: 'directive', lead, paragraphs: [body] });

describe('passing on, then stressing', () => {
  it('reads …精神，会议强调： as a requirement', () => {
    expect(kindOf('会议传达学习了', '县委全会精神，会议强调：各部门要抓好落实。')).toBe('requirement');
  });

  it('reads …汇报强调， glued on and …，强调了 as a requirement', () => {
    expect(kindOf('会议传达学习', '全省扩大会议精神，听取协作工作情况汇报强调，要深化合作。')).toBe('requirement');
    expect(kindOf('会议首先传达了', '上级关于防汛的指示精神，强调了防汛的紧迫性。')).toBe('requirement');
  });

  it('keeps the directive when 强调 is a noun joined by 和', () => {
    expect(kindOf('会议传达了', '全镇禁烧方案精神，并对秋季禁烧工作进行了部署和强调，确保工作顺利。')).toBe('directive');
  });

  it('keeps the directive when 强调 stands only inside a quoted title', () => {
    expect(kindOf('会议传达学习了', '《关于强调要抓好秋收的通知》精神。')).toBe('directive');
  });

  it('keeps the directive when the stress comes in a later sentence', () => {
    expect(kindOf('会议传达学习了', '县委全会精神。会议强调，要抓好落实。')).toBe('directive');
  });

  it('still reads a later adoption as the decision', () => {
    expect(kindOf('会议传达学习了', '县委全会精神，强调要抓好落实，审议通过了实施方案。')).toBe('decision');
  });
});
