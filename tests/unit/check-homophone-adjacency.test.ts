import { describe, expect, it } from 'vitest';
import { checkText } from '../../shared/check';
import { jiebaDictionary, jiebaSegmenter, wordLayer } from '../../electron/services/check/segmenter';
import { analyse } from '../../shared/check/words/analyse';
import { HOMOPHONE_ADJACENCY_BAR, homophoneAdjacencyRule, parseHomophoneAdjacency } from '../../shared/check/words/homophone-adjacency';
import { HA_ALPHABET } from '../../shared/check/words/homophone-adjacency-data';

// Sentences written for this test, not taken from any bench set.

/** A neighbour's id: two digits of the table's alphabet. */
const id = (k: number): string => HA_ALPHABET[Math.floor(k / HA_ALPHABET.length)]! + HA_ALPHABET[k % HA_ALPHABET.length]!;
/** One packed item: the id and the lift in tenths (stored less 20). */
const item = (k: number, lift: number): string => id(k) + HA_ALPHABET[lift - 20]!;

/**
 * A table of one pair, 出发 written for 处罚: unigrams 10^-4.1 and 10^-4.8 (−7 tenths for 处罚), back-off
 * weights −0.5 and −0.3 (−2 after the word), and 处罚's lift after 予以 (id 0); 依法 is id 1.
 */
function table(opts: { lift: number; vetoLeft?: string }) {
  return parseHomophoneAdjacency({
    HA_ALPHABET,
    HA_WORDS: '予以 依法',
    HA_FIXES: `\n处罚 -48,-3 ${item(0, opts.lift)} -\n`,
    HA_WRITTEN: `\n出发 -41,-1 处罚 ${opts.vetoLeft ?? '-'} -\n`,
  });
}

function run(text: string, t: ReturnType<typeof table>, script: 'hans' | 'hant' = 'hans') {
  wordLayer();
  const a = analyse(text, script, jiebaSegmenter)!;
  return homophoneAdjacencyRule(a, text, jiebaDictionary(), t);
}

const SLIP = '对哄抬价格的商户要依法予以出发。';

describe('homophone-adjacency.ts: a twin the model knows beside the very neighbour', () => {
  it('sums the unigram difference, the back-off difference and the lift: -7 - 2 + 30 = 21 tenths is a warning', () => {
    expect(HOMOPHONE_ADJACENCY_BAR).toBe(20);
    expect(run(SLIP, table({ lift: 30 }))).toEqual([expect.objectContaining({ rule: 'WRD-04', severity: 'warning', word: '出发', replacement: '处罚' })]);
  });

  it('stays silent under the bar (-7 - 2 + 28 = 19)', () => {
    expect(run(SLIP, table({ lift: 28 }))).toEqual([]);
  });

  it('needs the neighbour the lift is for: 出发 after another word is left alone', () => {
    expect(run('代表团明天上午从市区出发。', table({ lift: 40 }))).toEqual([]);
  });

  it('lets a vouching neighbour (the written word has its own bigram, or report text puts it there) stop it', () => {
    expect(run(SLIP, table({ lift: 40, vetoLeft: id(0) }))).toEqual([]);
  });

  it('skips adverbs as written (应逐一核查 is no 注意), whatever the lift', () => {
    const adverb = parseHomophoneAdjacency({ HA_ALPHABET, HA_WORDS: '应', HA_FIXES: `\n注意 -40,-3 ${item(0, 60)} -\n`, HA_WRITTEN: '\n逐一 -50,-1 注意 - -\n' });
    expect(run('各单位应逐一核查。', adverb)).toEqual([]);
  });

  it('never makes an error: the evidence is one neighbour', () => {
    expect(run(SLIP, table({ lift: 90 }))[0]?.severity).toBe('warning');
  });
});

describe('homophone-adjacency.ts in the layer, with the shipped table', () => {
  const words = wordLayer();
  const wrd04 = (text: string, script: 'hans' | 'hant' = 'hans') =>
    checkText(text, { script, words })
      .filter((d) => d.rule === 'WRD-04')
      .map((d) => [text.slice(d.location.offset, d.location.offset + d.location.length), d.fix?.replacement, d.severity]);

  it('reads ordinary report words written for their twin beside a deciding neighbour', () => {
    expect(wrd04('对哄抬物价的行为，执法人员依法予以出发。')).toEqual([['出发', '处罚', 'warning']]);
    expect(wrd04('全镇干部群众三百余人开展义务指数活动。')).toEqual([['指数', '植树', 'warning']]);
  });

  it('leaves the same words alone where they are right', () => {
    expect(wrd04('我们要从群众最关心的问题出发，依法予以处罚。')).toEqual([]);
    expect(wrd04('全年完成义务植树八万株，空气质量综合指数同比下降。')).toEqual([]);
  });
});
