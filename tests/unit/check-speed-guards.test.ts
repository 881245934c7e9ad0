import { describe, expect, it } from 'vitest';
import { jiebaDictionary, wordLayer } from '../../electron/services/check/segmenter';
import { checkText } from '../../shared/check';

/**
 * The cold-cache speed-ups (checkspeed-11g) skip work that cannot produce a finding. These tests
 * pin what the skips rely on, so a change that makes a skip drop real findings fails here.
 */
const words = wordLayer();
const dict = jiebaDictionary();

describe('hasIdiomNeighbour: the cheap test before the idiom search', () => {
  // Every 4-character stretch of these made-up sentences (idiom slips and plain report text): when
  // the full search finds an idiom one character away, the cheap test must say so too.
  const text = '各部门要严正以待、敷衍塞则不可取，工作要不拆不扣，言简意骇，竞竞业业，会议要求认真研究部署落实各项工作。';
  const stretches = Array.from({ length: text.length - 3 }, (_, i) => text.slice(i, i + 4)).filter((s) => /^\p{Script=Han}{4}$/u.test(s));

  it('never says no where near() returns an idiom', () => {
    const withIdiom = stretches.filter((s) => dict.near(s).some((c) => dict.get(c.word)?.tag === 'i'));
    expect(withIdiom).toEqual(expect.arrayContaining(['严正以待', '敷衍塞则', '不拆不扣', '言简意骇']));
    for (const s of withIdiom) expect(dict.hasIdiomNeighbour(s), s).toBe(true);
  });

  it('says no for plain stretches, and for any other length', () => {
    expect(dict.hasIdiomNeighbour('会议要求')).toBe(false);
    expect(dict.hasIdiomNeighbour('认真研究')).toBe(false);
    expect(dict.hasIdiomNeighbour('不拆不')).toBe(false);
  });

  it('the idiom slips are still found', () => {
    const found = checkText('要严正以待。\n敷衍塞则不可取。\n工作要不拆不扣。', { script: 'hans', words }).map((d) => d.fix?.replacement);
    expect(found).toEqual(expect.arrayContaining(['严阵以待', '敷衍塞责', '不折不扣']));
  });
});

describe('a character finding hides a word finding only in its own unit', () => {
  // The first line's TERM-01 covers offsets 3-4; the second line's word layer flags 的 at offset 3
  // (WRD-05). That finding must stay: findings are matched by place (field, section, paragraph),
  // through a map instead of a scan of every earlier one.
  it('keeps the other line’s finding at the same offset', () => {
    const ds = checkText('要认真布署工作。\n要积极的推进工作。', { script: 'hans', words });
    expect(ds.map((d) => `${d.rule}@${d.location.paragraph}:${d.location.offset}`)).toEqual(['TERM-01@0:3', 'WRD-05@1:3']);
  });

  // LNG-01 is the exception: where the word layer speaks on the same 的 its finding is kept instead.
  it('LNG-01 yields to the word layer on the same characters', () => {
    const ds = checkText('大家要积极的推进工作。', { script: 'hans', words });
    expect(ds.map((d) => `${d.rule}@${d.location.offset}`)).toEqual(['WRD-05@5']);
  });
});
