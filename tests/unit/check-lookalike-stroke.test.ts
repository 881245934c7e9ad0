import { describe, expect, it } from 'vitest';
import { wordLayer } from '../../electron/services/check/segmenter';
import { checkText } from '../../shared/check';
import { lookAlike } from '../../shared/check/words/shape';
import type { Script } from '../../shared/model';

// Sentences written for this test, not taken from any bench/check-heldout or check-train set.
const words = wordLayer();
const shown = (text: string, script: Script = 'hans'): string[] =>
  checkText(text, { script, words })
    .filter((d) => d.rule.startsWith('WRD'))
    .map((d) => `${d.rule}:${d.severity} ${text.slice(d.location.offset, d.location.offset + d.location.length)}→${d.fix?.replacement}`);

describe('look-alikes one stroke apart (人/入, 折/拆, 撤/撒)', () => {
  it('pairs characters that share no component but differ by a stroke', () => {
    expect(lookAlike('人', '入')).toBe(true);
    expect(lookAlike('拆', '折')).toBe(true);
    expect(lookAlike('撒', '撤')).toBe(true);
    expect(lookAlike('人', '八')).toBe(false);
  });

  it.each([
    ['经审查，该公司的许可申请已被依法撒销。', 'hans', 'WRD-02:warning 撒销→撤销'],
    ['經審查，該公司的許可已被依法撒銷。', 'hant', 'WRD-02:warning 撒銷→撤銷'],
  ] as const)('%s', (text, script, want) => {
    expect(shown(text, script)).toContain(want);
  });

  it('leaves the right forms alone', () => {
    expect(shown('各项补助资金要及时纳入预算，已撤销的项目不得拆分申报。')).toEqual([]);
  });
});
