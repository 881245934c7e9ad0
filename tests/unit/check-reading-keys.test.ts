import { describe, expect, it } from 'vitest';
import { jiebaDictionary } from '../../electron/services/check/segmenter';
import { commonReadingKey, parseWordReadings, readingGroups, readingIndex, readingKeys, twinsIn } from '../../shared/check/words/twins';

// The dev tools' reading key (round 33): a word carries the readings an input method lists it under,
// not its characters' common readings, which for a polyphone in its word are often no reading at all.
const dict = jiebaDictionary();

describe('reading keys by word', () => {
  it('parses the table format: a word, then readings joined by commas, syllables by dashes', () => {
    const m = parseWordReadings('甲乙jia-yi 丙丁bing-ding,bing-zheng 𠀀丁ke-ding');
    expect(m.get('甲乙')).toEqual(['jia yi']);
    expect(m.get('丙丁')).toEqual(['bing ding', 'bing zheng']);
    // A character outside the BMP is two UTF-16 units: the word is cut at the first letter.
    expect(m.get('𠀀丁')).toEqual(['ke ding']);
  });

  it("keys a polyphone by its word's reading, not by the character's common one", () => {
    // 参 alone reads can; in 人参 it is shen, as in 人身; 长 alone is chang, zhang in 议长.
    expect(commonReadingKey(dict, '人参')).toBe('ren can');
    expect(readingKeys(dict, '人参')).toEqual(['ren shen']);
    expect(readingKeys(dict, '议长')).toEqual(['yi zhang']);
    // A word the input methods read by its characters keeps that key.
    expect(readingKeys(dict, '指出')).toEqual(['zhi chu']);
  });

  it('pairs words by their real readings: right twins join, wrong ones part', () => {
    const groups = readingGroups(dict, ['人参', '人身', '议长', '依仗', '异常']);
    expect(groups.get('ren shen')).toEqual(['人参', '人身']);
    expect(groups.get('yi zhang')).toEqual(['议长', '依仗']);
    // 异常 is yi chang: no longer a twin of 议长, so no group of its own.
    expect(groups.has('yi chang')).toBe(false);
  });

  it('puts a word of two readings in both groups and answers twins over both', () => {
    // 一行 is yi hang (a group of people) and yi xing (one line of conduct).
    const index = readingIndex(dict, ['一行', '移行'], () => true);
    expect(index.get('yi hang')).toContain('一行');
    expect(index.get('yi xing')).toContain('一行');
    // 移行 is listed under both readings too: a twin once, however many readings the two share.
    expect(twinsIn(index, dict, '一行')).toEqual(['移行']);
  });
});
