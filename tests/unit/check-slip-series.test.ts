import { describe, expect, it } from 'vitest';
import { jiebaDictionary, jiebaSegmenter, wordLayer } from '../../electron/services/check/segmenter';
import { analyse } from '../../shared/check/words/analyse';
import { seriesAlike, seriesPartnersOf } from '../../shared/check/words/series';
import { lookAlike } from '../../shared/check/words/shape';
import { slips } from '../../shared/check/words/slip';
import type { Script } from '../../shared/model';

// Sentences written for this test (no place named), not taken from any bench set.
const layer = wordLayer();
const dict = jiebaDictionary();
const found = (text: string, script: Script = 'hans'): string[] => layer.check(text, script).map((f) => `${f.rule}:${f.severity} ${f.word}→${f.replacement}`);
const slip = (text: string, script: Script = 'hans') => slips(analyse(text, script, jiebaSegmenter)!, dict);

describe('round 28: same-reading look-alikes in any position (series.ts)', () => {
  it('pairs characters of one syllable that share a component the position-bound families miss', () => {
    // 桨/浆 share 将's top over 木 or 水; 梅/霉 share 每 beside 木 and under 雨: no same-position part.
    expect(lookAlike('桨', '浆')).toBe(false);
    expect(seriesAlike('桨', '浆')).toBe(true);
    expect(seriesAlike('霉', '梅')).toBe(true);
    expect(seriesPartnersOf('桨')).toContain('浆');
    // Same component, other syllable: no pair (摊 tān / 难 nán); and no pair of a mere radical.
    expect(seriesAlike('江', '河')).toBe(false);
  });

  it('reads a slip of such a pair as one of both likenesses', () => {
    const s = slip('墙体砌筑所用砂桨须按配合比现场拌制。').find((x) => x.word === '砂浆');
    expect(s?.kind).toBe('both');
    expect(slip('牆體砌築所用砂槳須按配合比現場拌製。', 'hant').find((x) => x.word === '砂浆')?.kind).toBe('both');
  });

  it('reaches a target jieba counts under the sound floor of 30 through the look-alike search', () => {
    expect(dict.freq('砂浆')).toBeLessThan(30);
    expect(found('墙体砌筑所用砂桨须按配合比现场拌制。')).toContain('WRD-02:warning 砂桨→砂浆');
    expect(found('牆體砌築所用砂槳須按配合比現場拌製。', 'hant')).toContain('WRD-02:warning 砂槳→砂漿');
  });

  it('leaves the right forms alone', () => {
    expect(found('墙体砌筑所用砂浆须按配合比现场拌制。')).toEqual([]);
    expect(found('牆體砌築所用砂漿須按配合比現場拌製。', 'hant')).toEqual([]);
  });
});
