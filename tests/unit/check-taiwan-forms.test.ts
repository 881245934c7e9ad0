import { describe, expect, it } from 'vitest';
import { checkText } from '../../shared/check';
import { acceptedForms, variantPairs } from '../../tools/derive-taiwan-forms';

/** LNG-02's findings in a Traditional document, as the characters found. */
const mixed = (text: string): string[] =>
  checkText(text, { script: 'hant' })
    .filter((d) => d.rule === 'LNG-02')
    .map((d) => String(d.params?.found));

describe('LNG-02 in a Traditional document: forms Taiwan writes both ways', () => {
  it.each([
    // variant pairs Taiwan writes both ways in many words: any word, listed or not (占比)
    ['違規占用道路者，依法處罰。'],
    ['本市綠能發電占比已逾三成。'],
    ['周末期間加開區間車。'],
    ['雇主應於期限內申報。'],
    ['環保局將加強空污熱區稽查，嚴查污水偷排。'],
    // a word Taiwan writes so, although the character pair is not a variant everywhere
    ['本會持續扎根基層，服務鄉親。'],
    ['請各村里長協助宣導。'],
  ])('accepts %s', (text) => {
    expect(mixed(text)).toEqual([]);
  });

  it.each([
    ['干部應依規定辦理。', '干'],
    ['征求意見後辦理。', '征'],
    ['里面還有三箱物資。', '里'],
    ['于是決定延期辦理。', '于'],
    ['委由廠商制作海報。', '制'],
    ['會議强調，要抓落實。', '强'],
    ['請於期限内完成。', '内'],
  ])('still flags the Simplified character in %s', (text, found) => {
    expect(mixed(text)).toEqual([found]);
  });
});

describe('derive-taiwan-forms', () => {
  // A toy OpenCC: 甲 → 乙 (乙 converts back to 甲), 丙 → 丁.
  const toTaiwan = (s: string): string => s.replace(/甲/g, '乙').replace(/丙/g, '丁');
  const toSimplified = (s: string): string => s.replace(/乙/g, '甲').replace(/丁/g, '丙');

  it('keeps a form counted often and not far rarer than OpenCC’s', () => {
    const freq = new Map([
      ['甲一', 100],
      ['乙一', 300],
      ['甲二', 20],
      ['乙二', 5000],
      ['甲三', 5],
      ['一二', 999],
    ]);
    // 甲一: 100 vs 300, kept; 甲二: 250 times rarer, a mainland form; 甲三: a stray entry; 一二: no change.
    expect(acceptedForms(['甲一', '甲二', '甲三', '一二'], freq, toTaiwan, toSimplified)).toEqual(['甲一']);
  });

  it('counts a pair as variants only across enough words whose other form Taiwan writes too', () => {
    const words = ['甲一', '甲二', '甲三', '甲四', '甲五', '丙一', '丙二', '丙三', '丙四', '丙五'];
    const freq = new Map<string, number>(words.map((w) => [toTaiwan(w), 50]));
    // 丙's other forms are never written in Taiwan: another word OpenCC misreads, not a variant.
    for (const w of words.filter((x) => x.startsWith('丙'))) freq.delete(toTaiwan(w));
    expect(variantPairs(words, freq, toTaiwan, toSimplified)).toEqual(['甲乙']);
    expect(variantPairs(words.slice(0, 4), freq, toTaiwan, toSimplified)).toEqual([]);
  });
});
