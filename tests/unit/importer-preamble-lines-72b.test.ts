import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';
import { headlineAbove } from '../../shared/importer/structure/sections';

/**
 * Round 35 (import-72b): lines with no sentence mark above the paragraph that convenes the meeting
 * (a subtitle 传达学习…精神 安排部署…工作, a kicker 决定于5月28日召开…, 赵某主持并讲话 钱某出席) are the
 * page's preamble, even when they open with a lead verb: the meeting's business is told after it
 * convenes. They joined no section before only when they had no lead. A record's numbered part
 * above its minutes (壹、主席報告) is not such a line. Made-up texts.
 */
const NOW = { now: new Date('2026-12-06T00:00:00Z') };
const sections = (lines: string[]) => importText(lines.join('\n'), NOW).draft.sections;

describe('headline lines above the opening', () => {
  it('keeps a subtitle that opens with a lead verb in the opening', () => {
    const got = sections([
      '青州市委常委会召开扩大会议',
      '传达学习全省防汛工作会议精神 安排部署全市防汛工作',
      '6月3日下午，青州市委常委会召开扩大会议，传达学习全省防汛工作会议精神，研究部署全市防汛工作。',
      '会议强调，各地各部门要压实防汛责任，确保安全度汛。',
    ]);
    expect(got.map((s) => s.lead)).toEqual(['', '会议强调']);
    expect(got[0]!.kind).toBe('text');
  });

  it('keeps a kicker 决定… and a chair line in the opening', () => {
    const got = sections([
      '南岭县政协召开主席会议',
      '决定于7月2日召开县政协常委会议',
      '王青山主持并讲话 李晓川出席',
      '6月25日，南岭县政协召开主席会议。县政协主席王青山主持会议并讲话。',
      '会议听取了常委会议筹备情况的汇报。',
      '王青山指出，要精心做好常委会议各项准备。',
    ]);
    expect(got).toHaveLength(3);
    expect(got[0]!.lead).toBe('');
    expect(got[0]!.paragraphs.join('')).toContain('决定于7月2日');
    expect(got[1]!.lead.startsWith('会议听取了')).toBe(true);
  });

  it('reads a numbered part or a sentence as no headline', () => {
    expect(headlineAbove('传达学习全省防汛工作会议精神 安排部署全市防汛工作')).toBe(true);
    expect(headlineAbove('壹、主席報告')).toBe(false);
    expect(headlineAbove('（二）討論事項')).toBe(false);
    expect(headlineAbove('会议强调，要压实责任。')).toBe(false);
    expect(headlineAbove('决定于7月2日召开县政协常委会议'.repeat(5))).toBe(false);
  });
});
