import { describe, expect, it } from 'vitest';
import { wordLayer } from '../../electron/services/check/segmenter';
import type { Script } from '../../shared/model';

// Sentences written for this test (no place named), not taken from any bench set.
const layer = wordLayer();
const found = (text: string, script: Script = 'hans'): string[] => layer.check(text, script).map((f) => `${f.rule}:${f.severity} ${f.word}→${f.replacement}`);

describe('round 51 (check-134b): a misspelling jieba kept as a floor entry no other lexicon holds', () => {
  it('reads the entry as a broken word, its characters searched as lone ones are', () => {
    // 戒勉 is a jieba entry at its floor (3) that neither fcitx5's model, CC-CEDICT nor the input
    // method's list holds: the segmenter read it as a word, so the slip rule never searched it.
    expect(found('纪委对两名履职不力的干部进行了戒勉谈话。')).toContain('WRD-02:warning 戒勉→诫勉');
    expect(found('纪委对两名履职不力的干部进行了诫勉谈话。')).toEqual([]);
  });

  it('in Traditional text too, where the rare-word rule asks a target of 3,000', () => {
    expect(found('祠堂正門上方懸掛一塊扁額，為清代遺物。', 'hant')).toContain('WRD-02:warning 扁額→匾額');
    expect(found('保育區內全面禁止守獵，違者依法處罰。', 'hant')).toContain('WRD-02:warning 守獵→狩獵');
    expect(found('祠堂正門上方懸掛一塊匾額，為清代遺物。', 'hant')).toEqual([]);
  });

  it('leaves an entry whose written character is the rarer, a distributive unit, and counted levels', () => {
    // 供 is rarer alone than 共: the input method offers 共 first, so 供餐 was chosen.
    expect(found('社区食堂每天中午为行动不便的老人供餐。')).toEqual([]);
    expect(found('社區據點每週三中午供餐，長者可前往用餐。', 'hant')).toEqual([]);
    expect(found('人大办公室逐件答复代表建议，限期办结。')).toEqual([]);
    expect(found('校院两级党委要把责任扛在肩上。')).toEqual([]);
  });
});
