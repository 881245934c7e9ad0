import { describe, expect, it } from 'vitest';
import { wordLayer } from '../../electron/services/check/segmenter';
import { IME_COMPOUNDS, IME_WORDS } from '../../shared/check/words/ime-words';
import type { Script } from '../../shared/model';

// Sentences written for this test (fictional places), not taken from any bench set.
const layer = wordLayer();
const found = (text: string, script: Script = 'hans'): string[] => layer.check(text, script).map((f) => `${f.rule} ${f.word}→${f.replacement}`);

describe('round 17, second wave: real words jieba counts low', () => {
  it('reads no slip in a rare word an input method lists (客服 beside 克服)', () => {
    expect(IME_WORDS.has('客服')).toBe(true);
    expect(found('青禾街道已安排客服专员每周回访辖区企业。')).toEqual([]);
  });

  it('reads a listed rare word whose character is built on the meant one of its reading (暴光 → 曝光)', () => {
    // 曝 is 暴 under 日: a same-reading series pair (series.ts), not a shape-family pair.
    expect(IME_WORDS.has('暴光')).toBe(true);
    expect(found('青禾街道的违规停车问题被媒体暴光后，城管部门立即整改。')).toContain('WRD-03 暴光→曝光');
  });

  it('still reads a rare misspelling the input method leaves out', () => {
    expect(IME_WORDS.has('堪察')).toBe(false);
    expect(found('柳湾镇组织专家到现场堪察山体裂缝情况。')).toContain('WRD-03 堪察→勘察');
  });

  it('takes two lone characters that are a jieba word for that word in Traditional text', () => {
    expect(found('行經柳湾路口時請留意後車動態，保持安全距離。', 'hant')).toEqual([]);
    expect(found('駕駛人變換車道前應注意後車，避免擦撞。', 'hant')).toEqual([]);
  });

  it('takes a compound the input method lists as evidence for the twin, in Simplified text', () => {
    expect(IME_COMPOUNDS.has('地质灾害')).toBe(true);
    expect(found('柳湾镇要对山区的地址灾害隐患开展拉网式排查。')).toContain('WRD-04 地址→地质');
    expect(found('柳湾镇要对山区的地质灾害隐患开展拉网式排查。')).toEqual([]);
    // Not in Traditional text: the lexicon is the mainland's (Taiwan's 工作會報 beside 工作汇报).
    expect(found('本區每月召開工作會報，檢討各課室進度。', 'hant')).toEqual([]);
  });
});
