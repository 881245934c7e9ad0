import { describe, expect, it } from 'vitest';
import { converter } from '../../shared/script/converter';
import { foldToSimplified, prepareFold } from '../../shared/script/fold';

/** The search fold table, built a slice at a time in idle periods (the library's first search). */
describe('the Traditional fold table built in slices', () => {
  it('takes many short slices and then folds exactly as OpenCC does, character for character', () => {
    let slices = 1;
    while (!prepareFold(0)) slices++;
    // a zero budget still makes progress (256 code points a slice), so it ends, in many steps
    expect(slices).toBeGreaterThan(50);
    expect(prepareFold(0)).toBe(true);
    expect(foldToSimplified('會議紀要：於海濤主持，討論經濟發展')).toBe('会议纪要：于海涛主持，讨论经济发展');
    const toSimplified = converter('t', 'cn');
    for (const ch of '歷曆發髮臺檯製衝週乾幹') {
      const s = toSimplified(ch);
      expect(foldToSimplified(ch)).toBe(s.length === 1 ? s : ch);
    }
    expect(foldToSimplified('abc 123')).toBe('abc 123');
  });
});
