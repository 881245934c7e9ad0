import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';

/**
 * 指示精神 is a noun (the spirit of an instruction), not someone instructing: a speech going on
 * (要…统一到上级领导指示精神上来) names no speaker and opens no section (bench/KEYING.md 10; issue 11,
 * import-60a). Every text here is made up.
 */
const NOW = new Date('2026-03-05T00:00:00Z');

describe('指示精神 as a noun', () => {
  it('keeps the speech going on in the section before it', () => {
    const text = [
      '3月2日，县委召开常委会议，县委书记韩松主持会议。',
      '会议要求，各级各部门要提高站位，抓好落实。',
      '要深化认识、坚决行动，切实把思想和行动统一到上级领导指示精神和县委部署要求上来。要顾全大局，形成合力。',
    ].join('\n');
    const leads = importText(text, { now: NOW })
      .draft.sections.filter((s) => s.lead)
      .map((s) => [s.kind, s.lead]);
    expect(leads).toEqual([['requirement', '会议要求']]);
  });

  it('still reads a leader instructing', () => {
    const text = ['3月2日，县委召开常委会议，县委书记韩松主持会议。', '韩松指示，各乡镇要立即排查隐患。'].join('\n');
    const leads = importText(text, { now: NOW })
      .draft.sections.filter((s) => s.lead)
      .map((s) => s.kind);
    expect(leads).toEqual(['directive']);
  });
});
