import { describe, expect, it } from 'vitest';
import { jiebaDictionary, wordLayer } from '../../electron/services/check/segmenter';
import { cedictTarget } from '../../shared/check/words/cedict-rare';
import { rareTarget } from '../../shared/check/words/slip-rare';
import type { Script } from '../../shared/model';

// Sentences written for this test (no place named), not taken from any bench set.
const layer = wordLayer();
const dict = jiebaDictionary();
const found = (text: string, script: Script = 'hans'): string[] => layer.check(text, script).map((f) => `${f.rule}:${f.severity} ${f.word}→${f.replacement}`);

describe('round 46 (check-114c): rare slip targets CC-CEDICT lists', () => {
  it('holds rare words jieba and fcitx5 both lack, not names, variants or non-words', () => {
    for (const w of ['琵鹭', '盗伐', '碳汇', '检录']) {
      expect(cedictTarget(w)).toBe(true);
      expect(dict.freq(w)).toBeLessThan(10);
      expect(rareTarget(w)).toBe(false);
    }
    // 会议 is jieba's own target; 枇鹭 and 盗阀 are slips; 北京 a place; 磨菇 only a variant of 蘑菇.
    for (const w of ['会议', '枇鹭', '盗阀', '北京', '磨菇']) expect(cedictTarget(w)).toBe(false);
  });

  it('names such a word for a slip that sounds and looks like it, in both scripts', () => {
    expect(found('湿地公园去年冬季记录到枇鹭十余只。')).toContain('WRD-02:warning 枇鹭→琵鹭');
    expect(found('志工在濕地記錄到三隻黑臉枇鷺停棲覓食。', 'hant')).toContain('WRD-02:warning 枇鷺→琵鷺');
  });

  it('leaves the right forms alone', () => {
    expect(found('湿地公园去年冬季记录到琵鹭十余只。')).toEqual([]);
    expect(found('志工在濕地記錄到三隻黑臉琵鷺停棲覓食。', 'hant')).toEqual([]);
  });
});
