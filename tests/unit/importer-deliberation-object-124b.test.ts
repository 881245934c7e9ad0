import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';

/**
 * Round 48 (import-124b): a deliberation written as the object of a light verb (进行 / 展开) is the
 * meeting's agenda item, a `topic` (bench/KEYING.md 5, 14, 16), whatever titles stand in its object,
 * for the meeting, the meeting pointed at (本次座谈会) or the meeting with an adverb of order.
 * Every text here is made up.
 */
const NOW = { now: new Date('2026-12-05T00:00:00Z') };
const kinds = (body: string[]): string[] =>
  importText(['6月2日，平安县卫生健康局召开第三次局务会议，局长周文主持会议。', ...body].join('\n'), NOW)
    .draft.sections.filter((s) => s.lead)
    .map((s) => `${s.lead.slice(0, 6)}:${s.kind}`);

describe('a deliberation as the object of a light verb', () => {
  it('reads titles in the object as one word each', () => {
    expect(kinds(['会议依次对《平安县乡镇卫生院绩效考核办法（试行）》《关于调整家庭医生签约服务费的方案》《关于购置救护车的请示》进行了审议。'])).toEqual(['会议依次对《:topic']);
  });

  it('reads 展开讨论 as 进行讨论 and the meeting pointed at as the meeting', () => {
    expect(kinds(['会议首先听取了各科室的汇报。', '随后，会议就如何做好夏季防汛展开讨论。'])).toContain('随后，会议就:topic');
    expect(kinds(['本次座谈会围绕“基层医疗服务能力提升”进行专题讨论。'])).toEqual(['本次座谈会围:topic']);
  });
});
