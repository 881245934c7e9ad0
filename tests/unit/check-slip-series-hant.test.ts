import { describe, expect, it } from 'vitest';
import { jiebaDictionary, jiebaSegmenter, wordLayer } from '../../electron/services/check/segmenter';
import { analyse } from '../../shared/check/words/analyse';
import { hantSeriesPartnersOf, seriesAlike } from '../../shared/check/words/series';
import { lookAlike } from '../../shared/check/words/shape';
import { slips } from '../../shared/check/words/slip';

// Sentences written for this test (no place named), not taken from any bench set.
const layer = wordLayer();
const dict = jiebaDictionary();
const found = (text: string): string[] => layer.check(text, 'hant').map((f) => `${f.rule}:${f.severity} ${f.word}→${f.replacement}`);
const slip = (text: string) => slips(analyse(text, 'hant', jiebaSegmenter)!, dict);

describe('round 31: same-reading look-alikes of Traditional characters (shape-series-hant.ts)', () => {
  it('pairs Traditional characters whose Simplified forms share nothing, in Simplified', () => {
    // 驚/警 share 敬, 匱/櫃 share 匱; 惊/警 and 匮/柜 share no part in either Simplified table.
    expect(lookAlike('惊', '警') || seriesAlike('惊', '警')).toBe(false);
    expect(lookAlike('匮', '柜') || seriesAlike('匮', '柜')).toBe(false);
    expect(hantSeriesPartnersOf('驚')).toContain('警');
    expect(hantSeriesPartnersOf('匱')).toContain('柜');
    // The Simplified form as written has no such partner: the table is read by the written form.
    expect(hantSeriesPartnersOf('惊')).toEqual([]);
  });

  it('reads such a slip in Traditional text as one of both likenesses', () => {
    expect(slip('颱風接近時，縣府將發布淹水預驚並通知各里長。').find((x) => x.word === '预警')?.kind).toBe('both');
  });

  it('raises it at the bar of both likenesses, not that of sound alone', () => {
    expect(found('颱風接近時，縣府將發布淹水預驚並通知各里長。')).toContain('WRD-02:warning 預驚→預警');
    expect(found('倉庫裡的鐵匱已全數清點造冊。')).toContain('WRD-02:warning 鐵匱→鐵櫃');
  });

  it('leaves the right forms alone', () => {
    expect(found('颱風接近時，縣府將發布淹水預警並通知各里長。')).toEqual([]);
    expect(found('倉庫裡的鐵櫃已全數清點造冊。')).toEqual([]);
  });
});
