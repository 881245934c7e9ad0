import { describe, expect, it } from 'vitest';
import { checkText } from '../../shared/check';
import { wordLayer } from '../../electron/services/check/segmenter';
import { HF_FIXES } from '../../shared/check/words/homophone-adjacency-far-data';
import { HA_FIXES as MAIN_FIXES } from '../../shared/check/words/homophone-adjacency-data';
import { HA_FIXES as WIDE_FIXES } from '../../shared/check/words/homophone-adjacency-wide-data';
import { HA_FIXES as RARE_FIXES } from '../../shared/check/words/homophone-adjacency-rare-data';
import { HA_FIXES as OPEN_FIXES } from '../../shared/check/words/homophone-adjacency-open-data';
import { homophoneAdjacencyFarRule, parseHomophoneAdjacencyFar } from '../../shared/check/words/homophone-adjacency-far';
import { analyse } from '../../shared/check/words/analyse';
import { jiebaDictionary, jiebaSegmenter } from '../../electron/services/check/segmenter';

// Sentences written for this test, not taken from any bench set.

describe('homophone-adjacency-far.ts: the four tables’ pairs beside neighbours they cannot name', () => {
  it('holds items only for fixes of the four adjacency tables (it adds neighbours, never pairs)', () => {
    const fixes = new Set([MAIN_FIXES, WIDE_FIXES, RARE_FIXES, OPEN_FIXES].flatMap((t) => t.split('\n').map((l) => l.split(' ')[0]!)));
    const far = HF_FIXES.split('\n').map((l) => l.split(' ')[0]!);
    expect(far.length).toBeGreaterThan(1000);
    expect(far.filter((t) => !fixes.has(t))).toEqual([]);
  });

  it('fires on the item the table passes, and not where the written word vouches for the neighbour', () => {
    const dict = jiebaDictionary();
    const text = '小区新建地峡停车场一处。';
    const a = analyse(text, 'hans', jiebaSegmenter)!;
    // One neighbour (id "!!"), one item of 地下 before it, lift 2.0 (tenths less 20: digit 0).
    const item = { HF_ALPHABET: '!"', HF_WORDS: '停车场', HF_FIXES: '地下 - !!!' };
    expect(homophoneAdjacencyFarRule(a, text, dict, parseHomophoneAdjacencyFar({ ...item, HF_VETOES: '' })).map((f) => f.replacement)).toEqual(['地下']);
    expect(homophoneAdjacencyFarRule(a, text, dict, parseHomophoneAdjacencyFar({ ...item, HF_VETOES: '地峡 - !!' }))).toEqual([]);
    expect(homophoneAdjacencyFarRule(a, text, dict, parseHomophoneAdjacencyFar({ ...item, HF_FIXES: '', HF_VETOES: '' }))).toEqual([]);
  });
});

describe('homophone-adjacency-far.ts in the layer, with the shipped tables', () => {
  const words = wordLayer();
  const wrd04 = (text: string) =>
    checkText(text, { script: 'hans', words })
      .filter((d) => d.rule === 'WRD-04')
      .map((d) => [text.slice(d.location.offset, d.location.offset + d.location.length), d.fix?.replacement, d.severity]);

  it('reads a twin the model knows beside a field word report text hardly uses', () => {
    expect(wrd04('小区新建地峡停车场一处。')).toEqual([['地峡', '地下', 'warning']]);
    expect(wrd04('近年来游客铸件增多。')).toEqual([['铸件', '逐渐', 'warning']]);
    expect(wrd04('村民就义诊治更加方便。')).toEqual([['就义', '就医', 'warning']]);
    expect(wrd04('长时间看屏幕容易导致实利疲劳。')).toEqual([['实利', '视力', 'warning']]);
  });

  it('leaves the sentences alone when they are written right', () => {
    expect(wrd04('小区新建地下停车场一处。')).toEqual([]);
    expect(wrd04('近年来游客逐渐增多。')).toEqual([]);
    expect(wrd04('村民就医诊治更加方便。')).toEqual([]);
    expect(wrd04('长时间看屏幕容易导致视力疲劳。')).toEqual([]);
  });
});
