import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';

/**
 * A leader judging what was reported (X对…给予了充分肯定 / 表示赞扬) speaks as X表示 does: a directive
 * lead; praise followed in its sentence by 并强调 takes the stronger verb's kind. Every text is made up.
 */
const NOW = new Date('2026-03-05T00:00:00Z');
const OPENING = '近日，自治区党委巡视组到北山矿业检查指导工作。\n旗委副书记赵国主持召开座谈会。';
const sectionsOf = (...paragraphs: string[]) =>
  importText([OPENING, ...paragraphs].join('\n'), { now: NOW })
    .draft.sections.map((s) => s.kind)
    .filter((k) => k !== 'text');

describe('praise as a lead', () => {
  it('reads X对…给予了充分肯定 as a directive, in either script', () => {
    expect(sectionsOf('自治区党委巡视员杜明对北山矿业的经营管理工作给予了充分肯定，希望相关部门给予支持。')).toEqual(['directive']);
    expect(sectionsOf('自治區黨委巡視員杜明對北山礦業的經營管理工作給予了充分肯定，希望相關部門給予支持。')).toEqual(['directive']);
  });

  it('takes the kind of 并强调 after the praise', () => {
    expect(sectionsOf('杜明对前期筹备工作给予肯定，并强调，各工作组要持续加大工作力度。')).toEqual(['requirement']);
  });

  it('leaves the meeting praising to the meeting’s own readings', () => {
    const kinds = importText('3月2日，县人大常委会召开主任会议。\n会议对县检察院推进改革所取得的成效给予了充分肯定。', { now: NOW }).draft.sections.map((s) => s.lead);
    expect(kinds.some((l) => l.includes('给予了充分肯定'))).toBe(false);
  });
});
