import { describe, expect, it } from 'vitest';
import { wordLayer } from '../../electron/services/check/segmenter';

// Sentences written for this test (no place or person named), not taken from any bench set.
const layer = wordLayer();
const found = (text: string): string[] => layer.check(text, 'hans').map((f) => `${f.rule}:${f.severity} ${f.word}→${f.replacement}`);

describe('round 41: a slip warning after its fix written right in the unit (index.ts slipAfterRightForm)', () => {
  it('reads the stretch as a slip when the unit has not written the fix', () => {
    expect(found('各岗位值守人员也增员至每班八人。')).toContain('WRD-02:warning 增员→增援');
  });

  it('drops it when the same reading was written right before it: the input method would offer that first', () => {
    expect(found('抢险队伍连夜赶来增援，各岗位值守人员也增员至每班八人。')).toEqual([]);
  });

  it('keeps it when the right form comes only after it', () => {
    expect(found('各岗位值守人员也增员至每班八人，抢险队伍连夜赶来增援。')).toContain('WRD-02:warning 增员→增援');
  });
});
