import { describe, expect, it } from 'vitest';
import { jiebaDictionary, jiebaSegmenter, wordLayer } from '../../electron/services/check/segmenter';
import { analyse } from '../../shared/check/words/analyse';
import { slips } from '../../shared/check/words/slip';

// Sentences written for this test, not taken from any bench set.
const layer = wordLayer();
const dict = jiebaDictionary();
const found = (text: string): string[] => layer.check(text, 'hans').map((f) => `${f.rule} ${f.word}→${f.replacement}`);
const tones = (text: string): string[] => slips(analyse(text, 'hans', jiebaSegmenter)!, dict).map((s) => `${s.word} ${s.kind} ${s.tone ?? '-'}`);

describe('round 37: the slip rule reads whether a same-syllable slip keeps its tone (Simplified)', () => {
  it('names a slip of the same syllable and tone a little under the bar it had', () => {
    // 梅/霉 méi, 消/销 xiāo: the 同音字 a writer reaches for; both scored half a point under their bars.
    expect(found('仓库里发现一批梅变的面粉。')).toContain('WRD-02 梅变→霉变');
    expect(found('严厉打击非法集资和传消活动。')).toContain('WRD-02 传消→传销');
    expect(tones('严厉打击非法集资和传消活动。')).toContain('传销 both same');
  });

  it('leaves a name whose same-syllable twin, a common word, has another tone', () => {
    // 燕 yān, 延 yán: 燕津 abbreviates two made-up places, no slip of 延津.
    expect(tones('要强化燕津协同发展。')).toContain('延津 sound other');
    expect(found('要强化燕津协同发展。')).toEqual([]);
  });

  it('leaves the bars of Traditional text alone', () => {
    expect(slips(analyse('嚴厲打擊非法集資和傳消活動。', 'hant', jiebaSegmenter)!, dict).every((s) => s.tone === undefined)).toBe(true);
  });
});
