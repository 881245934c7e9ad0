import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';

/**
 * A lead standing between two numbered points of one run (一要…。强调…。二要…) is part of the point it
 * stands in (bench/KEYING.md 17: a named lead inside a numbered point stays inside the list); a lead
 * that opens a run of its own (同时，乙强调：一是…) and the meeting named again still open sections.
 * Every text here is made up (names, places, bodies).
 */
const NOW = new Date('2026-06-01T00:00:00Z');
const OPENING = '5月6日上午，青岭县召开防汛工作会议，县长高远山主持会议，各乡镇负责人参加会议。';
const sectionsOf = (...paragraphs: string[]) =>
  importText([OPENING, ...paragraphs].join('\n'), { now: NOW })
    .draft.sections.slice(1)
    .map((s) => ({ kind: s.kind, lead: s.lead, items: s.items.length }));

describe('leads inside a run of numbered points (import-96a)', () => {
  it('keeps a bare lead between 一要 and 二要 inside the list', () => {
    const s = sectionsOf('高远山要求，全县上下要立即进入临战状态。一要压实责任。强调各乡镇主要负责人要坐镇指挥。二要排查隐患。三要备足物资。');
    expect(s.map((x) => x.lead)).toEqual(['高远山要求']);
    expect(s[0]).toMatchObject({ kind: 'action-list', items: 3 });
  });

  it('keeps a named lead between 一是 and 二是 inside the list', () => {
    const s = sectionsOf('会上，副县长林晓春传达了省里提出的三点要求：一是守住底线。省长指出，汛期安全是头等大事。二是科学调度。三是及时预警。');
    expect(s.map((x) => x.lead)).toEqual(['会上']);
  });

  it('opens a section at a lead that starts a run of its own', () => {
    const s = sectionsOf('高远山要求相关部门：一是压实责任；二是排查隐患。同时，副县长林晓春强调：一是备足物资；二是及时预警。');
    expect(s.map((x) => x.lead)).toEqual(['高远山要求', '同时，副县长林晓春强调']);
  });
});
