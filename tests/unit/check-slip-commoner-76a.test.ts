import { describe, expect, it } from 'vitest';
import { jiebaDictionary, jiebaSegmenter, wordLayer } from '../../electron/services/check/segmenter';
import { analyse } from '../../shared/check/words/analyse';
import { slipBar, slips, type Slip } from '../../shared/check/words/slip';

// Sentences written for this test (no place or person named), not taken from any bench set.
const layer = wordLayer();
const dict = jiebaDictionary();
const found = (text: string): string[] => layer.check(text, 'hans').map((f) => `${f.rule}:${f.severity} ${f.word}→${f.replacement}`);
const hitOf = (text: string, word: string): Slip | undefined => slips(analyse(text, 'hans', jiebaSegmenter)!, dict).find((s) => s.word === word);

describe('round 36: a common target of both likenesses written with the commoner, free character', () => {
  it('names 烘干 for 哄干 and 谎报 for 慌报 between words, under the low band of both likenesses', () => {
    const dryer = '合作社新添了两台玉米哄干设备。';
    const hit = hitOf(dryer, '烘干')!;
    expect(hit.commoner).toBe(true);
    // Under the low band's bar of both likenesses (5.5), over the step below it.
    expect(hit.gain).toBeLessThan(5.5);
    expect(found(dryer)).toContain('WRD-02:warning 哄干→烘干');
    expect(found('部分企业慌报出口数量骗取退税。')).toContain('WRD-02:warning 慌报→谎报');
  });

  it('lowers the bar of a common target of both likenesses one step, and only of that kind', () => {
    const both: Slip = { start: 0, word: '烘干', kind: 'both', gain: 5, freq: 92 };
    expect(slipBar(both, 'hans')).toBe(5.5);
    expect(slipBar({ ...both, commoner: true }, 'hans')).toBe(4);
    expect(slipBar({ ...both, commoner: true }, 'hant')).toBe(5);
    expect(slipBar({ ...both, kind: 'sound', commoner: true }, 'hans')).toBe(8.5);
  });

  it('keeps the bar for a bound written character (校 of 市校, an abbreviation)', () => {
    const hit = hitOf('本次市校合作共建签约仪式在学院举行。', '市郊');
    expect(hit?.commoner).toBeFalsy();
    expect(found('本次市校合作共建签约仪式在学院举行。')).toEqual([]);
  });

  it('keeps the bar inside a run of lone characters (a coined abbreviation, 扩面增品提标)', () => {
    const text = '政策性农业保险将扩面增品提标。';
    expect(hitOf(text, '赠品')?.commoner).toBeFalsy();
    expect(found(text)).toEqual([]);
  });

  it('leaves the right forms alone', () => {
    expect(found('合作社新添了两台玉米烘干设备。')).toEqual([]);
    expect(found('部分企业谎报出口数量骗取退税。')).toEqual([]);
  });
});
