import { describe, expect, it } from 'vitest';
import { wordLayer } from '../../electron/services/check/segmenter';
import { rareKinOf } from '../../shared/check/words/series';
import type { Script } from '../../shared/model';

// Sentences written for this test (no place or person named), not taken from any bench set.
const layer = wordLayer();
const found = (text: string, script: Script = 'hans'): string[] => layer.check(text, script).map((f) => `${f.rule} ${f.word}→${f.replacement}`);

describe('round 41: a rare character drawn like a common one (rare-kin.ts)', () => {
  it('pairs a rare character with the common ones of its layout and a like part only', () => {
    expect(rareKinOf('凅')).toContain('涸'); // 冫 + 固 beside 氵 + 固
    expect(rareKinOf('崁')).toContain('嵌'); // 山 over 坎 beside 山 over 甘欠
    expect(rareKinOf('埸')).toContain('场'); // 土 + 易 beside 場, 土 + 昜
    // A common character has no entry: the families and series tables hold its look-alikes.
    expect(rareKinOf('河')).toEqual([]);
  });

  it.each([
    ['连续三个月没有降雨，村里几口水塘已经干凅。', 'WRD-02 干凅→干涸'],
    ['这批新型灯具采用崁入式安装，不占用顶部空间。', 'WRD-02 崁入→嵌入'],
    ['双方在调解员主持下当埸签订了赔偿协议。', 'WRD-02 当埸→当场'],
  ])('%s', (text, want) => {
    expect(found(text)).toContain(want);
  });

  it('leaves the right forms alone', () => {
    expect(found('连续三个月没有降雨，村里几口水塘已经干涸。')).toEqual([]);
    expect(found('这批新型灯具采用嵌入式安装，不占用顶部空间。')).toEqual([]);
    expect(found('双方在调解员主持下当场签订了赔偿协议。')).toEqual([]);
  });
});
