import { describe, expect, it } from 'vitest';
import { checkText } from '../../shared/check';
import { jiebaDictionary, wordLayer } from '../../electron/services/check/segmenter';
import { HOMOPHONE_ADJACENCY_BAR } from '../../shared/check/words/homophone-adjacency';
import { HOMOPHONE_ADJACENCY_OPEN_BAR } from '../../shared/check/words/homophone-adjacency-open';
import { HA_WRITTEN } from '../../shared/check/words/homophone-adjacency-open-data';
import { HA_WRITTEN as MAIN_WRITTEN } from '../../shared/check/words/homophone-adjacency-data';
import { HA_WRITTEN as WIDE_WRITTEN } from '../../shared/check/words/homophone-adjacency-wide-data';
import { TARGET_TERMS } from '../../shared/check/words/target-terms';
import { OFFICIAL_WORDS } from '../../shared/check/words/vocabulary';

// Sentences written for this test, not taken from any bench set.

const pairs = (lines: string): string[] =>
  lines.split('\n').flatMap((l) => {
    const [w, , ts] = l.split(' ');
    return w && ts ? ts.split(',').map((t) => `${w} ${t}`) : [];
  });

describe('homophone-adjacency-open.ts: the pairs the main table drops for a fix report text never uses', () => {
  it('reads its lines at the main rule bar (same evidence, only the genre filter differs)', () => {
    expect(HOMOPHONE_ADJACENCY_OPEN_BAR).toBe(HOMOPHONE_ADJACENCY_BAR);
  });

  it('holds no pair of the main or the wide table (each answers for its own at its own bar)', () => {
    const other = new Set([...pairs(MAIN_WRITTEN), ...pairs(WIDE_WRITTEN)]);
    const open = pairs(HA_WRITTEN);
    expect(open.length).toBeGreaterThan(1000);
    expect(open.filter((p) => other.has(p))).toEqual([]);
  });

  it('holds only written words jieba counts 300 times or more (a slip writes the commoner candidate)', () => {
    // The layer adds its own words to the dictionary (vocabulary.ts, target-terms.ts): the tool read jieba's counts.
    const dict = jiebaDictionary();
    const own = new Set<string>([...OFFICIAL_WORDS, ...TARGET_TERMS]);
    const rare = HA_WRITTEN.split('\n')
      .map((l) => l.split(' ')[0]!)
      .filter((w) => w && !own.has(w) && dict.freq(w) < 300);
    expect(rare).toEqual([]);
  });
});

describe('homophone-adjacency-open.ts in the layer, with the shipped tables', () => {
  const words = wordLayer();
  const wrd04 = (text: string) =>
    checkText(text, { script: 'hans', words })
      .filter((d) => d.rule === 'WRD-04')
      .map((d) => [text.slice(d.location.offset, d.location.offset + d.location.length), d.fix?.replacement, d.severity]);

  it('reads a twin the model knows beside the very neighbour, though report text never used the fix', () => {
    expect(wrd04('暑期用电复合持续攀升，供电所加强巡检。')).toEqual([['复合', '负荷', 'warning']]);
    expect(wrd04('全市新增旅游经典三处。')).toEqual([['经典', '景点', 'warning']]);
    expect(wrd04('道路施工期间禁止车辆同行。')).toEqual([['同行', '通行', 'warning']]);
    expect(wrd04('本次事故未造成人员上网，财产损失正在核定。')).toEqual([['上网', '伤亡', 'warning']]);
  });

  it('leaves the written word alone where it is right', () => {
    expect(wrd04('新建厂房的屋面采用复合材料。')).toEqual([]);
    expect(wrd04('这部经典著作值得反复阅读。')).toEqual([]);
    expect(wrd04('项目成果将邀请同行专家评审。')).toEqual([]);
    expect(wrd04('学生每天上网学习不超过一小时。')).toEqual([]);
  });
});
