import { describe, expect, it } from 'vitest';
import { checkText } from '../../shared/check';
import { jiebaDictionary, jiebaSegmenter, wordLayer } from '../../electron/services/check/segmenter';
import { analyse } from '../../shared/check/words/analyse';
import { HOMOPHONE_CONTEXT_PARAMS, homophoneContextRule, parseHomophoneContext } from '../../shared/check/words/homophone-context';
import { HC_ALPHABET } from '../../shared/check/words/homophone-context-data';

// Sentences written for this test, not taken from any bench/check-heldout set.

/** One packed item: a neighbour's id (two digits) and a lift in tenths (one digit). */
const item = (id: number, lift: number): string => HC_ALPHABET[Math.floor(id / 91)]! + HC_ALPHABET[id % 91]! + HC_ALPHABET[lift]!;

/**
 * A table of one pair, 前妻 written for 前期: unigrams 10^-5.0 and 10^-4.0 (+10 tenths for 前期), back-off
 * weights -0.3 and -0.5 (-2 after the word), and lifts for 前期 after 等 and before 准备.
 */
function table(opts: { leftLift: number; rightLift: number; counts?: string; twinLeft?: string }) {
  return parseHomophoneContext({
    HC_ALPHABET,
    HC_WORDS: '等 准备',
    HC_COUNTS: `\n${opts.counts ?? '前期 2 0'}\n`,
    HC_FIXES: `\n前期 -40,-5 前妻 ${item(0, opts.leftLift)} ${item(1, opts.rightLift)}\n`,
    HC_TWINS: `\n前妻 -50,-3 ${opts.twinLeft ?? ''} \n`,
  });
}

function run(text: string, t: ReturnType<typeof table>, fold: 'all' | 'odd' | 'even' = 'all', script: 'hans' | 'hant' = 'hans') {
  wordLayer();
  const a = analyse(text, script, jiebaSegmenter)!;
  return homophoneContextRule(a, text, jiebaDictionary(), t, { ...HOMOPHONE_CONTEXT_PARAMS, fold });
}

const SLIP = '已完成勘察设计等前妻准备工作。';

describe('homophone-context.ts: the genre prior and the model ratio', () => {
  it('sums the prior, the back-off ratio and both lifts: 10 + 10 - 2 + 10 = 28 tenths is a warning', () => {
    expect(run(SLIP, table({ leftLift: 10, rightLift: 10 }))).toEqual([expect.objectContaining({ rule: 'WRD-04', severity: 'warning', word: '前妻', replacement: '前期' })]);
  });

  it('stays silent under the warning bar (10 + 5 - 2 + 10 = 23)', () => {
    expect(run(SLIP, table({ leftLift: 5, rightLift: 10 }))).toEqual([]);
  });

  it('makes an error from 45 tenths in Simplified text, never in Traditional', () => {
    expect(run(SLIP, table({ leftLift: 30, rightLift: 30 }))[0]?.severity).toBe('error');
    expect(run('已完成勘察設計等前妻準備工作。', table({ leftLift: 30, rightLift: 30 }), 'all', 'hant')[0]?.severity).toBe('warning');
  });

  it("counts the written word's own collocation against the twin", () => {
    // 前妻 after 等 with a lift of 2.0 takes 20 tenths off: 28 - 20 = 8.
    expect(run(SLIP, table({ leftLift: 10, rightLift: 10, twinLeft: item(0, 20) }))).toEqual([]);
  });

  it('needs the twin used in report text and the written word never, in the chosen batches', () => {
    const t = table({ leftLift: 10, rightLift: 10, counts: '前期 2 0' });
    expect(run(SLIP, t, 'odd')).toHaveLength(1);
    expect(run(SLIP, t, 'even')).toEqual([]);
    expect(run(SLIP, table({ leftLift: 10, rightLift: 10, counts: '前期 2 0\n前妻 0 1' }))).toEqual([]);
  });
});

describe('homophone-context.ts in the word layer (shipped tables)', () => {
  const words = wordLayer();
  const wrd04 = (text: string, script: 'hans' | 'hant' = 'hans') => checkText(text, { script, words }).filter((d) => d.rule === 'WRD-04');

  it.each([
    ['新区已完成道路工程的勘察设计等前妻准备工作。', '前期', 'hans'],
    ['重大事项须及时向上级轻视报告。', '请示', 'hans'],
  ] as const)('flags the slip in %s', (text, fix, script) => {
    expect(wrd04(text, script).map((d) => d.fix?.replacement)).toEqual([fix]);
  });

  it("reads no word of Taiwan's own lexicon in Traditional text (連絡 is Taiwan's form of 聯絡)", () => {
    expect(wrd04('請攜帶身分證並留下連絡電話，資料由公所保管。', 'hant')).toEqual([]);
  });

  it.each([
    // The right forms, and the wrong forms where they are meant.
    '新区已完成道路工程的勘察设计等前期准备工作。',
    '他与前妻育有一子，双方已协议离婚。',
    '决不能轻视安全隐患。',
    '演员深情演唱了一首老歌。',
  ])('leaves %s alone', (text) => {
    expect(wrd04(text)).toEqual([]);
  });
});
