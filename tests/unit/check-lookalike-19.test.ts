import { describe, expect, it } from 'vitest';
import { wordLayer } from '../../electron/services/check/segmenter';
import { checkText } from '../../shared/check';
import { lookAlike } from '../../shared/check/words/shape';
import type { Script } from '../../shared/model';

// Sentences written for this test, not taken from any bench/check-heldout set.
const words = wordLayer();
const shown = (text: string, script: Script = 'hans'): string[] =>
  checkText(text, { script, words })
    .filter((d) => d.rule.startsWith('WRD'))
    .map((d) => `${d.rule}:${d.severity} ${text.slice(d.location.offset, d.location.offset + d.location.length)}→${d.fix?.replacement}`);

describe('a look-alike of the same reading (round 15, check-19)', () => {
  it('knows look-alikes by their shared part, not by sound alone', () => {
    expect(lookAlike('杆', '秆')).toBe(true);
    expect(lookAlike('驾', '架')).toBe(true);
    // Same reading, nothing shared: no look-alike.
    expect(lookAlike('架', '价')).toBe(false);
  });

  // A rare written word one same-reading look-alike from a word 20+ times commoner (not the 50:1
  // a sound slip alone needs), and a term of three characters jieba counts under the common floor.
  it.each([
    ['党委要经常告戒党员干部守住底线。', 'WRD-03:warning 告戒→告诫'],
    ['外墙施工前要逐层验收脚手驾的连墙件。', 'WRD-02:warning 脚手驾→脚手架'],
  ])('%s', (text, want) => {
    expect(shown(text)).toContain(want);
  });

  // Right as written: the measure word 杆 and the look-alike's own words stay untouched.
  // 补齐 is a word of its own: 不 is a free character, so its look-alike 补 is no slip for it.
  it.each(['要补齐基础设施短板。', '每杆路灯都要编号登记。', '村里新立了两杆旗杆。', '施工单位要搭设合格的脚手架。', '要加强秸秆综合利用。', '驾驶员要持证上岗。'])('%s has no finding', (text) => {
    expect(shown(text)).toEqual([]);
  });
});

describe('的/地/得: an adjective + 地 + a four-character noun phrase jieba tags i (check-19)', () => {
  const dedi = (text: string): string[] => shown(text).filter((x) => x.startsWith('WRD-05'));
  it('corrects 地 to 的 before the noun phrase', () => {
    expect(dedi('要彻底排除各类重大地安全隐患。')).toEqual(['WRD-05:warning 地→的']);
  });
  it('leaves 的 before the noun phrase and 地 before a verb', () => {
    expect(dedi('要彻底排除各类重大的安全隐患。')).toEqual([]);
    expect(dedi('要全面地排查安全隐患。')).toEqual([]);
  });
});
