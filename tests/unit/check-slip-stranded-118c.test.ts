import { describe, expect, it } from 'vitest';
import { jiebaDictionary, jiebaSegmenter, wordLayer } from '../../electron/services/check/segmenter';
import { analyse } from '../../shared/check/words/analyse';
import { slipBar, slips } from '../../shared/check/words/slip';
import type { Script } from '../../shared/model';

// Sentences written for this test (no place named), not taken from any bench set.
const layer = wordLayer();
const dict = jiebaDictionary();
const found = (text: string, script: Script = 'hans'): string[] => layer.check(text, script).map((f) => `${f.rule}:${f.severity} ${f.word}→${f.replacement}`);
const hit = (text: string, word: string) => slips(analyse(text, 'hans', jiebaSegmenter)!, dict).find((s) => s.word === word)!;

describe('round 47 (check-118c): a slip that leaves the kept character a bound morpheme alone', () => {
  it('reads 侯 + 诊 (诊 bound, alone) as 候诊 under the rare bar', () => {
    const text = '医院在门诊大厅增设侯诊座椅，方便患者休息。';
    const h = hit(text, '候诊');
    expect(h.stranded).toBe(true);
    // Under the bar of a rare target of both likenesses (7.5), over the stranded partner's.
    expect(h.gain).toBeLessThan(7.5);
    expect(h.gain).toBeGreaterThan(slipBar(h, 'hans'));
    expect(found(text)).toContain('WRD-02:warning 侯诊→候诊');
    expect(found('医院在门诊大厅增设候诊座椅，方便患者休息。')).toEqual([]);
  });

  it('reads 捡 + 录 and 农 + 模 alike, whichever character slipped', () => {
    expect(found('运动员须在开赛前到捡录处报到。')).toContain('WRD-02:warning 捡录→检录');
    expect(found('回收废旧农模，减少白色污染。')).toContain('WRD-02:warning 农模→农膜');
    expect(found('运动员须在开赛前到检录处报到。')).toEqual([]);
  });

  it('keeps the bar where the written character is far the rarer (添 beside 天 of 天翼)', () => {
    // 翼 is bound and alone, 天翼 a rare target of both likenesses scoring over 5.5: but a writer who
    // typed tian got 天 first, so 添 was chosen, and the rare bar (7.5) stays.
    const text = '为企业发展添翼助力。';
    const h = hit(text, '天翼');
    expect(h.gain).toBeGreaterThan(5.5);
    expect(h.stranded).toBeFalsy();
    expect(found(text)).toEqual([]);
  });
});
