import { describe, expect, it } from 'vitest';
import { wordLayer } from '../../electron/services/check/segmenter';
import { checkText } from '../../shared/check';

// Sentences written for this test, not taken from any bench/check-heldout set.
const words = wordLayer();
const shown = (text: string): string[] =>
  checkText(text, { script: 'hans', words })
    .filter((d) => d.rule.startsWith('WRD'))
    .map((d) => `${d.rule}:${d.severity} ${text.slice(d.location.offset, d.location.offset + d.location.length)}→${d.fix?.replacement}`);

/**
 * jieba lists some four-character phrases as idioms at its floor frequency (日见增多, 3). Where the
 * text writes a common word in their place (日渐 661 for 日见), it is two real words meeting, not a
 * broken idiom: no finding, least of all an error.
 */
describe('a floor-entry idiom against two common words (rules.ts idiomSlip)', () => {
  it('leaves 日渐增多 alone', () => {
    expect(shown('随着城区常住人口日渐增多，学位供给压力持续加大。')).toEqual([]);
    expect(shown('近年来来访群众日渐增多，接待窗口增设到四个。')).toEqual([]);
  });

  it('still reads a same-sound slip of a common idiom', () => {
    expect(shown('对群众反映的问题，有关部门不能敷衍塞则。')).toEqual(['WRD-02:error 敷衍塞则→敷衍塞责']);
  });
});
