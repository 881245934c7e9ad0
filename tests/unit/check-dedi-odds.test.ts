import { describe, expect, it } from 'vitest';
import { jiebaDictionary, jiebaSegmenter, wordLayer } from '../../electron/services/check/segmenter';
import { analyse } from '../../shared/check/words/analyse';
import { DE_ODDS_ERROR, DE_ODDS_WARNING, deByOdds, deOdds } from '../../shared/check/words/de-di-odds';
import { shownDeDi } from '../helpers/dedi-table';

// Sentences written for this test, not taken from any bench set.

/** The odds reading's verdict on the first 地 or 得 of the text (the reading alone). */
function verdict(text: string, script: 'hans' | 'hant' = 'hans'): 'error' | 'warning' | null {
  wordLayer();
  const a = analyse(text, script, jiebaSegmenter)!;
  const i = a.tokens.findIndex((k) => k.word === '地' || k.word === '得');
  return deByOdds(a.tokens, i, jiebaDictionary());
}

/** The odds for 的 at the first 地 or 得 of the text. */
function odds(text: string): number {
  wordLayer();
  const a = analyse(text, 'hans', jiebaSegmenter)!;
  const i = a.tokens.findIndex((k) => k.word === '地' || k.word === '得');
  return deOdds(a.tokens[i - 1]!, a.tokens[i + 1]!, a.tokens[i]!.word === '地' ? 0 : 1);
}

describe('的 for 地 or 得 by a language model’s odds (de-di-odds.ts)', () => {
  it('the bars are ordered: an error needs more odds than a warning', () => {
    expect(DE_ODDS_ERROR).toBeGreaterThan(DE_ODDS_WARNING);
  });

  it('the odds follow the word before: a noun modifier leans to 的, a manner adverb to 地', () => {
    expect(odds('这是一份重要地文件。')).toBeGreaterThan(DE_ODDS_ERROR);
    expect(odds('各部门要认真地做好准备。')).toBeLessThan(DE_ODDS_WARNING);
    expect(odds('我们要坚定不移地走下去。')).toBeLessThan(0);
  });

  it('the odds follow the tag of the word after: a verb there leans to 地', () => {
    expect(odds('这是一份重要地文件。')).toBeGreaterThan(odds('这件事要重要地对待。'));
  });

  it.each([
    ['这是一份重要地文件。', 'error'],
    ['全县取得了丰硕得成果。', 'error'],
    ['干部群众付出了巨大得努力。', 'error'],
    ['要着力解决群众反映强烈得问题。', 'error'],
  ] as const)('reads 的: %s', (text, severity) => {
    expect(verdict(text)).toBe(severity);
  });

  it.each([
    // A manner word before 地, a verb after it: the adverbial's own place.
    '各部门要认真地做好准备。',
    '我们要坚定不移地走下去。',
    // 地 before a verb form needs the error bar's odds (不间断 is 2.3).
    '巡查队员昼夜不间断地巡查。',
    // A verb + 得: a complement, whatever follows.
    '集体资产台账也要填报得规范准确。',
    '今年秋粮收购工作部署得早。',
    // A verb fused with its object (制定方案 n) is a verb form; after a modal the phrase is the predicate.
    '要科学地制定方案。',
    '要一五一十地汇报情况。',
    // 得 + a degree word: a complement of degree, after an adjective too.
    '两地差距拉大，落后得相当严重。',
    // The character before and 地 make a word jieba split (低效 + 用地).
    '要清理迟迟不开工的低效用地项目。',
    // 天 … 地 …: heaven and earth in a parallel phrase.
    '加快建设天蓝地绿水清的美丽家园。',
    // One character before 地: mostly the noun (校地合作, 各地).
    '持续拓展校地合作。',
  ])('leaves alone: %s', (text) => {
    expect(verdict(text)).toBeNull();
  });

  it('reads Traditional text through its Simplified form', () => {
    expect(verdict('這是一份重要地文件。', 'hant')).toBe('error');
  });

  it('the layer fixes a slip only this reading finds, and not the right form', () => {
    expect(shownDeDi('这是一份重要地文件。')).toEqual(['重要[地→的]']);
    expect(shownDeDi('这是一份重要的文件。')).toEqual([]);
    expect(shownDeDi('干部群众付出了巨大得努力。')).toEqual(['巨大[得→的]']);
  });
});
