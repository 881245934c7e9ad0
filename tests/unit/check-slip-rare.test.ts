import { describe, expect, it } from 'vitest';
import { jiebaSegmenter, wordLayer } from '../../electron/services/check/segmenter';
import { analyse } from '../../shared/check/words/analyse';
import { jiebaDictionary } from '../../electron/services/check/segmenter';
import { slips } from '../../shared/check/words/slip';
import { rareTarget } from '../../shared/check/words/slip-rare';
import type { Script } from '../../shared/model';

// Sentences written for this test (no place named), not taken from any bench set.
const layer = wordLayer();
const dict = jiebaDictionary();
const found = (text: string, script: Script = 'hans'): string[] => layer.check(text, script).map((f) => `${f.rule}:${f.severity} ${f.word}→${f.replacement}`);

describe('round 30: rare targets that fcitx5 holds and jieba counts under the floor', () => {
  it('holds rare domain words and not common ones or non-words', () => {
    for (const w of ['淬炼', '渗滤', '资遣', '汰换', '媒合']) expect(rareTarget(w)).toBe(true);
    expect(dict.freq('淬炼')).toBeLessThan(10);
    // 会议 is common in jieba: it is the ordinary candidates' business, not this set's.
    for (const w of ['会议', '粹炼', '太换', '资谴']) expect(rareTarget(w)).toBe(false);
  });

  it('names a rare target for a slip that sounds and looks like it', () => {
    // 粹 cuì for 淬 cuì: jieba counts 淬炼 under 10, so before this set the rule had no word to name.
    expect(found('要在重大任务中粹炼作风、增长本领。')).toContain('WRD-02:warning 粹炼→淬炼');
    expect(found('垃圾填埋场的渗虑液须经处理达标后排放。')).toContain('WRD-02:warning 渗虑→渗滤');
  });

  it('does so in Traditional text, read through its Simplified form', () => {
    expect(found('因訂單減少而資譴員工的企業，應依法通報。', 'hant')).toContain('WRD-02:warning 資譴→資遣');
  });

  it('scores a rare target as a warning only, never an error', () => {
    const a = analyse('要在重大任务中粹炼作风、增长本领。', 'hans', jiebaSegmenter)!;
    const hit = slips(a, dict).find((s) => s.word === '淬炼')!;
    expect(hit.rare).toBe(true);
    expect(layer.check('要在重大任务中粹炼作风、增长本领。', 'hans').filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('leaves the right forms alone', () => {
    expect(found('要在重大任务中淬炼作风、增长本领。')).toEqual([]);
    expect(found('因訂單減少而資遣員工的企業，應依法通報。', 'hant')).toEqual([]);
  });
});
