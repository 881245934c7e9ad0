import { describe, expect, it } from 'vitest';
import { jiebaSegmenter, wordLayer } from '../../electron/services/check/segmenter';
import { checkText } from '../../shared/check';
import { analyse, predicateOpener } from '../../shared/check/words/analyse';

// Sentences written for this test, not taken from any bench set.
const words = wordLayer();
const slipsShown = (text: string): string[] =>
  checkText(text, { script: 'hans', words })
    .filter((d) => d.rule === 'WRD-02')
    .map((d) => `${text.slice(d.location.offset, d.location.offset + d.location.length)}→${d.fix?.replacement}`);

describe('an adverb or conjunction opening the predicate is no half of a slipped word (round 47)', () => {
  it('reads a noun suffix before 则 + a verb as the end of the subject, not 师则 → 实则', () => {
    expect(slipsShown('维修师则到现场逐台检查设备。')).toEqual([]);
  });

  it('reads a name before 则 + a preposition as the subject, not 芬则 → 分则', () => {
    expect(slipsShown('调解员王淑芬则在一旁耐心劝导双方。')).toEqual([]);
  });

  it('asks for a one-character adverb or conjunction with a verb or preposition right after it', () => {
    const a = analyse('维修师则到现场逐台检查设备。', 'hans', jiebaSegmenter)!;
    const at = a.tokens.findIndex((k) => k.word === '则');
    expect(predicateOpener(a.tokens[at - 1], a.tokens[at], a.tokens[at + 1], a.tokens[at]!.start)).toBe(true);
    // Not at another offset, and not with a noun after it.
    expect(predicateOpener(a.tokens[at - 1], a.tokens[at], a.tokens[at + 1], a.tokens[at]!.start + 1)).toBe(false);
    expect(predicateOpener(a.tokens[at - 1], a.tokens[at], { word: '设备', tag: 'n', start: a.tokens[at]!.end, end: a.tokens[at]!.end + 2 }, a.tokens[at]!.start)).toBe(false);
  });

  it('still raises a slip of an adjective before an adverb and a verb noun (娇正工作 → 矫正)', () => {
    expect(slipsShown('全镇持续推进社区娇正工作。')).toEqual(['娇正→矫正']);
  });

  it('still raises a slip whose other character is no function word (枪救 → 抢救)', () => {
    expect(slipsShown('救援人员到场后立即展开枪救，伤者已送医。')).toEqual(['枪救→抢救']);
  });
});
