import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';

/**
 * A person's requirement whose subject is too long for the lead window (issue 11, import-11e;
 * bench/KEYING.md 2). Every text here is made up for the test.
 */
const NOW = new Date('2026-03-05T00:00:00Z');
const leads = (lines: string[]) => importText(lines.join('\n'), { now: NOW }).draft.sections.map((s) => [s.kind, s.lead]);
const opening = '6月2日上午，镇党委书记罗远山主持召开全镇安全生产工作会议，镇全体干部参加会议。';

describe('a person, a long clause, then a bare 要求 after the comma', () => {
  it('makes the sentence its own requirement section, led by the person', () => {
    expect(leads([opening, '会议强调，要压实各村安全责任。县安委会督查组副组长对我镇汛前隐患排查的总体安排表示完全赞同，要求各村既要查清底数又要立行立改。'])).toEqual([
      ['text', ''],
      ['requirement', '会议强调'],
      ['requirement', '县安委会督查组副组长'],
    ]);
  });

  it('leaves the opening alone when the person only chairs or attends', () => {
    const got = leads(['6月2日上午，县委书记罗远山出席全镇安全生产工作会议并讲话，要求各村压实责任。', '会议强调，要守住底线。']);
    expect(got[0]).toEqual(['text', '']);
    expect(got.slice(1)).toEqual([['requirement', '会议强调']]);
  });
});
