import { describe, expect, it } from 'vitest';
import { checkText } from '../../shared/check';
import { jiebaDictionary, jiebaSegmenter, wordLayer } from '../../electron/services/check/segmenter';
import { analyse } from '../../shared/check/words/analyse';
import { parseHomophoneAdjacency } from '../../shared/check/words/homophone-adjacency';
import { HOMOPHONE_ADJACENCY_RARE_BAR, homophoneAdjacencyRareRule } from '../../shared/check/words/homophone-adjacency-rare';
import { HA_ALPHABET, HA_WRITTEN } from '../../shared/check/words/homophone-adjacency-rare-data';
import { HA_WRITTEN as MAIN_WRITTEN } from '../../shared/check/words/homophone-adjacency-data';
import { HA_WRITTEN as WIDE_WRITTEN } from '../../shared/check/words/homophone-adjacency-wide-data';

// Sentences written for this test, not taken from any bench set.

const id = (k: number): string => HA_ALPHABET[Math.floor(k / HA_ALPHABET.length)]! + HA_ALPHABET[k % HA_ALPHABET.length]!;
const item = (k: number, lift: number): string => id(k) + HA_ALPHABET[lift - 20]!;

/** A rare table of one pair, 步数 written for 部署 after 统一 (id 0): equal unigrams and back-offs, so the lift alone decides. */
function table(lift: number) {
  return parseHomophoneAdjacency({ HA_ALPHABET, HA_WORDS: '统一', HA_FIXES: `\n部署 -50,-3 ${item(0, lift)} -\n`, HA_WRITTEN: '\n步数 -50,-3 部署 - -\n' });
}

function run(text: string, t: ReturnType<typeof table>) {
  wordLayer();
  return homophoneAdjacencyRareRule(analyse(text, 'hans', jiebaSegmenter)!, text, jiebaDictionary(), t);
}

const SLIP = '全区按照统一步数推进老旧小区改造。';
const pairs = (lines: string) =>
  lines.split('\n').flatMap((l) => {
    const [w, , ts] = l.split(' ');
    return w && ts ? ts.split(',').map((t) => [w, t] as const) : [];
  });

describe('homophone-adjacency-rare.ts: rare written words, which neither adjacency table reads', () => {
  it('reads its lines at 3.0: a lift of 30 tenths warns, 29 does not', () => {
    expect(HOMOPHONE_ADJACENCY_RARE_BAR).toBe(30);
    expect(run(SLIP, table(30))).toEqual([expect.objectContaining({ rule: 'WRD-04', severity: 'warning', word: '步数', replacement: '部署' })]);
    expect(run(SLIP, table(29))).toEqual([]);
  });

  it('holds only written words jieba counts 3 to 29 beside fixes of 30+ counted 10^0.5 times as often', () => {
    // jieba's own counts, as the tool read them: the layer's added words (vocabulary.ts) are 30+ and never written here.
    const dict = jiebaDictionary();
    const rare = pairs(HA_WRITTEN);
    expect(rare.length).toBeGreaterThan(1000);
    expect(rare.filter(([w, t]) => dict.freq(w) < 3 || dict.freq(w) >= 30 || dict.freq(t) < 30 || dict.freq(t) < 10 ** 0.5 * dict.freq(w))).toEqual([]);
  });

  it('holds no pair of the main or the wide table (their written words are 30+)', () => {
    const other = new Set([...pairs(MAIN_WRITTEN), ...pairs(WIDE_WRITTEN)].map(([w, t]) => `${w} ${t}`));
    expect(pairs(HA_WRITTEN).filter(([w, t]) => other.has(`${w} ${t}`))).toEqual([]);
  });
});

describe('homophone-adjacency-rare.ts in the layer, with the shipped tables', () => {
  const words = wordLayer();
  const wrd04 = (text: string) =>
    checkText(text, { script: 'hans', words })
      .filter((d) => d.rule === 'WRD-04')
      .map((d) => [text.slice(d.location.offset, d.location.offset + d.location.length), d.fix?.replacement, d.severity]);

  it('reads a rare written word beside the neighbour its twin is the collocation of', () => {
    expect(wrd04(SLIP)).toEqual([['步数', '部署', 'warning']]);
    expect(wrd04('镇卫生院耳科门诊本周起延长服务时间。')).toEqual([['耳科', '儿科', 'warning']]);
  });

  it('leaves the rare word alone where it is right', () => {
    expect(wrd04('健步走活动中，每人每天的步数都会上传。')).toEqual([]);
    expect(wrd04('耳鼻喉科和耳科的医生都参加了义诊。')).toEqual([]);
  });
});
