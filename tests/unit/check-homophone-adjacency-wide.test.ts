import { describe, expect, it } from 'vitest';
import { checkText } from '../../shared/check';
import { jiebaDictionary, jiebaSegmenter, wordLayer } from '../../electron/services/check/segmenter';
import { analyse } from '../../shared/check/words/analyse';
import { parseHomophoneAdjacency } from '../../shared/check/words/homophone-adjacency';
import { HOMOPHONE_ADJACENCY_WIDE_BAR, homophoneAdjacencyWideRule } from '../../shared/check/words/homophone-adjacency-wide';
import { HA_ALPHABET, HA_WRITTEN } from '../../shared/check/words/homophone-adjacency-wide-data';
import { HA_WRITTEN as MAIN_WRITTEN } from '../../shared/check/words/homophone-adjacency-data';
import { TARGET_TERMS } from '../../shared/check/words/target-terms';
import { OFFICIAL_WORDS } from '../../shared/check/words/vocabulary';

// Sentences written for this test, not taken from any bench set.

const id = (k: number): string => HA_ALPHABET[Math.floor(k / HA_ALPHABET.length)]! + HA_ALPHABET[k % HA_ALPHABET.length]!;
const item = (k: number, lift: number): string => id(k) + HA_ALPHABET[lift - 20]!;

/** A wide table of one pair, 耳科 written for 儿科 before 门诊 (id 0): unigrams −5.0 and −4.6, back-offs −0.3 and −0.3. */
function table(lift: number) {
  return parseHomophoneAdjacency({ HA_ALPHABET, HA_WORDS: '门诊', HA_FIXES: `\n儿科 -46,-3 - ${item(0, lift)}\n`, HA_WRITTEN: '\n耳科 -50,-3 儿科 - -\n' });
}

function run(text: string, t: ReturnType<typeof table>) {
  wordLayer();
  return homophoneAdjacencyWideRule(analyse(text, 'hans', jiebaSegmenter)!, text, jiebaDictionary(), t);
}

const SLIP = '流感高发期，县医院耳科门诊接诊量明显增加。';

describe('homophone-adjacency-wide.ts: pairs the main table leaves out, at a higher bar', () => {
  it('reads its lines at 3.0, not the main rule 2.0: 4 + 0 + 26 = 30 tenths warns, 4 + 0 + 25 = 29 does not', () => {
    expect(HOMOPHONE_ADJACENCY_WIDE_BAR).toBe(30);
    expect(run(SLIP, table(26))).toEqual([expect.objectContaining({ rule: 'WRD-04', severity: 'warning', word: '耳科', replacement: '儿科' })]);
    expect(run(SLIP, table(25))).toEqual([]);
  });

  it('holds no pair of the main table (that table answers for those at its own bar)', () => {
    const pairs = (lines: string) =>
      lines.split('\n').flatMap((l) => {
        const [w, , ts] = l.split(' ');
        return w && ts ? ts.split(',').map((t) => `${w} ${t}`) : [];
      });
    const main = new Set(pairs(MAIN_WRITTEN));
    const wide = pairs(HA_WRITTEN);
    expect(wide.length).toBeGreaterThan(1000);
    expect(wide.filter((p) => main.has(p))).toEqual([]);
  });

  it('holds only pairs whose fix jieba counts at least 10^0.5 times the written word (the second source)', () => {
    // The layer adds its own words to the dictionary (vocabulary.ts, target-terms.ts): the tool read jieba's counts.
    const dict = jiebaDictionary();
    const own = new Set<string>([...OFFICIAL_WORDS, ...TARGET_TERMS]);
    const low = HA_WRITTEN.split('\n').flatMap((l) => {
      const [w, , ts] = l.split(' ');
      return w && ts ? ts.split(',').filter((t) => !own.has(t) && !own.has(w) && dict.freq(t) < 10 ** 0.5 * dict.freq(w)) : [];
    });
    expect(low).toEqual([]);
  });
});

describe('homophone-adjacency-wide.ts in the layer, with the shipped tables', () => {
  const words = wordLayer();
  const wrd04 = (text: string) =>
    checkText(text, { script: 'hans', words })
      .filter((d) => d.rule === 'WRD-04')
      .map((d) => [text.slice(d.location.offset, d.location.offset + d.location.length), d.fix?.replacement, d.severity]);

  it('reads pairs the main table leaves out, where the model and jieba agree', () => {
    expect(wrd04('疾控中心每季度对农村集中供水工程开展水蛭检测。')).toEqual([['水蛭', '水质', 'warning']]);
    expect(wrd04('仓库内的消防七彩要定期检查。')).toEqual([['七彩', '器材', 'warning']]);
  });

  it('leaves the written word alone where it is right', () => {
    expect(wrd04('水蛭养殖户要做好池塘的水质检测。')).toEqual([]);
    expect(wrd04('广场铺上了七彩塑胶地面，消防器材也已配齐。')).toEqual([]);
  });
});
