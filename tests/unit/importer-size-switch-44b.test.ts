import { describe, expect, it } from 'vitest';
import { importText, isFurnitureLine } from '../../shared/importer';

/**
 * Round 28 (import-44b): a page's type-size switch (字体 大 中 小) left without its label or without
 * its buttons is furniture; the meta line it sits on must not date the report. Made-up lines.
 */
describe('a type-size switch missing half of itself', () => {
  it('drops the label alone in its bracket, its buttons lost', () => {
    expect(isFurnitureLine('【字体:', false)).toBe(true);
    expect(isFurnitureLine('[字號：]', false)).toBe(true);
  });

  it('drops a meta line whose switch lost its label, so its stamp does not date the report', () => {
    const text = [
      '县政府召开常务会议',
      ' 时间:2024-05-06 10:20      大    中    小      来源: 青河新闻网',
      '4月30日，县长王明主持召开县政府常务会议。',
      '会议原则通过了《青河县农村供水实施方案》。',
    ].join('\n');
    const r = importText(text, { now: new Date('2026-12-05T00:00:00Z') });
    expect(r.recognized.dateText).toBe('4月30日');
    expect(r.removed.some((c) => c.kind === 'furniture' && c.original.includes('来源'))).toBe(true);
  });

  it('keeps prose that names 大中小学 on a line with a source', () => {
    expect(isFurnitureLine('会议要求，全县 大中小学要落实安全责任，来源于上级通报的问题要限期整改。', false)).toBe(false);
  });
});
