import { describe, expect, it } from 'vitest';
import { occasionKind } from '../../shared/importer/structure/occasion-kind';

/**
 * A 会上 account whose business is a deliberation is a topic (issue 11, round 39, import-88c;
 * bench/KEYING.md 17, 19). Every text here is made up.
 */

describe('people deliberating at the occasion', () => {
  it('reads 进行…研究/讨论 and 探讨了 as a topic', () => {
    expect(occasionKind('，各村书记结合村里实际就垃圾清运、河道保洁等问题进行详细研究，对下步重点进行梳理讨论。')).toBe('topic');
    expect(occasionKind('，與會成員積極發表意見，對於舊村改造、環境整治等議題進行了深入探討。')).toBe('topic');
    expect(occasionKind('，还就第三党支部调整相关事宜进行了商议和研究。')).toBe('topic');
  });

  it('reads hearing others’ reports later in the first clause as a topic', () => {
    expect(occasionKind('，县工商联领导围绕“融资难”“用工难”等问题听取了企业家们的汇报。')).toBe('topic');
  });

  it('leaves a report before the deliberation as the account', () => {
    expect(occasionKind('，各班子成员依次汇报了分管工作，分析了存在的问题，并就下步思路进行深入交流和探讨。')).toBeNull();
  });

  it('reads the people present studying a higher text first as a directive (KEYING 14, 16; round 43)', () => {
    expect(occasionKind('，参会人员认真学习了上级的重要讲话，并就做好防汛工作进行了深入研讨。')).toBe('directive');
  });

  it('leaves a deliberation followed by a stronger verb to that verb', () => {
    expect(occasionKind('，与会人员进行了讨论，会议决定由县水利局牵头。')).toBeNull();
  });
});
