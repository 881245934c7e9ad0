import { describe, expect, it } from 'vitest';
import { jiebaDictionary, jiebaSegmenter, wordLayer } from '../../electron/services/check/segmenter';
import { analyse } from '../../shared/check/words/analyse';
import { slipRule, slips } from '../../shared/check/words/slip';
import type { Script } from '../../shared/model';

// Sentences written for this test (no place named), not taken from any bench set.
const layer = wordLayer();
const dict = jiebaDictionary();
const found = (text: string, script: Script = 'hans'): string[] => layer.check(text, script).map((f) => `${f.rule}:${f.severity} ${f.word}→${f.replacement}`);
const slip = (text: string, script: Script = 'hans') => slips(analyse(text, script, jiebaSegmenter)!, dict);

describe('round 26: slips of words jieba counts under 300 have lower bars', () => {
  it('names a same-sound look-alike slip of a rare target the common bar left unread', () => {
    // 恣意 (79) scores about 7.1, under the common bar of 7.5 for both likenesses.
    const s = slip('个别经营者姿意抬高价格，扰乱市场秩序。').find((x) => x.word === '恣意');
    expect(s?.freq).toBeLessThan(300);
    expect(s?.gain).toBeLessThan(7.5);
    expect(found('个别经营者姿意抬高价格，扰乱市场秩序。')).toContain('WRD-02:warning 姿意→恣意');
  });

  it('does so in Traditional text too', () => {
    expect(found('部分業者渝期未改善，將依法處分。', 'hant')).toContain('WRD-02:warning 渝期→逾期');
  });

  it('keeps the common bar for a common target: two ordinary characters meeting are no slip', () => {
    // 各 + 室委 scores over the rare sound bar (8.5) for 各市 (870), under the common one (10.5).
    const text = '县人大常委会各室委负责同志列席会议。';
    const s = slip(text).find((x) => x.word === '各市');
    expect(s!.freq).toBeGreaterThanOrEqual(300);
    expect(s!.gain).toBeGreaterThan(8.5);
    expect(s!.gain).toBeLessThan(10.5);
    const a = analyse(text, 'hans', jiebaSegmenter)!;
    expect(slipRule(a, text, dict).map((f) => f.replacement)).not.toContain('各市');
  });

  it('reads the short names of government organs jieba lacks as known, not as slips', () => {
    expect(found('市卫健委党组书记主持召开会议。')).toEqual([]);
    expect(found('县医保局、住建局联合开展专项检查。')).toEqual([]);
  });
});
