import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';

/**
 * A person leading those present through a text (X带领与会同志传达学习了…) passes it on, a directive
 * (KEYING 11's 领学); a person asking after context clauses with commas (X结合…，联系…，提出四点要求。
 * 一要…) leads the numbered points as an action list. Every text here is made up.
 */
const NOW = new Date('2026-03-05T00:00:00Z');
const OPENING = '4月20日上午，学校召开党委理论学习中心组第三次集体学习会议。党委书记宁明、校长冯信参加。';
const sectionsOf = (...paragraphs: string[]) =>
  importText([OPENING, ...paragraphs].join('\n'), { now: NOW })
    .draft.sections.filter((s) => s.lead)
    .map((s) => [s.kind, s.lead, s.items.length]);

describe('a person leading the study, then asking after context clauses', () => {
  it('reads both leads, in either script', () => {
    expect(
      sectionsOf(
        '宁明带领与会同志传达学习了省委书记在省委经济工作会议上的讲话精神。',
        '宁明结合讲话内容，联系学校实际，提出三点要求。',
        '一要认清形势，明确目标。',
        '二要忠诚履职，自我革命。',
        '三要解放思想，大干实干。',
      ),
    ).toEqual([
      ['directive', '宁明带领与会同志传达学习了', 0],
      ['action-list', '宁明结合讲话内容，联系学校实际，提出三点要求', 3],
    ]);
    expect(sectionsOf('寧明帶領與會同志傳達學習了省委書記的講話精神。')).toEqual([['directive', '寧明帶領與會同志傳達學習了', 0]]);
  });

  it('reads no lead from a clause that only describes (为…, …的)', () => {
    expect(sectionsOf('为结合学校实际，联系工作，提出的要求要落实。')).toEqual([]);
  });
});
