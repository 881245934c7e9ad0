import { describe, expect, it } from 'vitest';
import { jiebaDictionary, jiebaSegmenter, wordLayer } from '../../electron/services/check/segmenter';
import { analyse } from '../../shared/check/words/analyse';
import { kinPartnersOf, seriesAlike } from '../../shared/check/words/series';
import { lookAlike } from '../../shared/check/words/shape';
import { slips } from '../../shared/check/words/slip';
import type { Script } from '../../shared/model';

// Sentences written for this test (no place or person named), not taken from any bench set.
const layer = wordLayer();
const dict = jiebaDictionary();
const found = (text: string, script: Script = 'hans'): string[] => layer.check(text, script).map((f) => `${f.rule}:${f.severity} ${f.word}→${f.replacement}`);
const slip = (text: string, script: Script = 'hans') => slips(analyse(text, script, jiebaSegmenter)!, dict);

describe('round 31: look-alikes of another reading in any position (shape-kin.ts)', () => {
  it('pairs characters sharing a telling component that no other table pairs', () => {
    // 漱/嗽 share 欶, 遗/遣 share 辶 round a like body: no same-position part, no shared reading.
    for (const [x, y] of [
      ['漱', '嗽'],
      ['遗', '遣'],
    ] as const) {
      expect(lookAlike(x, y) || seriesAlike(x, y)).toBe(false);
      expect(kinPartnersOf(x)).toContain(y);
    }
    // A mere radical makes no kin: 江 and 河 share only 氵.
    expect(kinPartnersOf('江')).not.toContain('河');
  });

  it('names such a correction and marks it kin', () => {
    expect(slip('入冬以来，社区门诊接诊的咳漱患者明显增多。').find((x) => x.word === '咳嗽')?.kin).toBe(true);
  });

  it('raises a kin slip that clears the kin bar', () => {
    expect(found('入冬以来，社区门诊接诊的咳漱患者明显增多。')).toContain('WRD-02:warning 咳漱→咳嗽');
    expect(found('公司通过劳务派遗方式招用了一批保洁员。')).toContain('WRD-02:warning 派遗→派遣');
  });

  it('holds kin to a bar above the rhyme bar: 地檢署 is no 簽署', () => {
    // 檢/簽 share 佥 and a final; 签署 scores over the Traditional rhyme bar (11) but under the kin bar.
    const s = slip('這起詐騙案已移送地檢署偵辦。', 'hant').find((x) => x.word === '签署');
    expect(s?.kin).toBe(true);
    expect(s!.gain).toBeGreaterThan(11);
    expect(found('這起詐騙案已移送地檢署偵辦。', 'hant')).toEqual([]);
  });

  it('leaves the right forms alone', () => {
    expect(found('入冬以来，社区门诊接诊的咳嗽患者明显增多。')).toEqual([]);
    expect(found('公司通过劳务派遣方式招用了一批保洁员。')).toEqual([]);
  });
});
