import { describe, expect, it } from 'vitest';
import { maskedIndex } from '../../shared/check/words/masked-index';

/** The plain reading the packed index replaces: every word of the length that differs only at k. */
function naive(words: string[], written: string, k: number): string[] {
  return words.filter((w) => w.length === written.length && [...w].every((c, j) => j === k || c === written[j]));
}

describe('the masked-word index', () => {
  const words = ['建蔽率', '建築率', '查緝', '查驗', '檢附', '檢查', '共體時艱', '共同時間', '號誌', '號召', '𠀋字'];
  const index = maskedIndex(words, 2, 4);

  it('finds every word one character from a written stretch at the masked position, and only those', () => {
    for (const [written, k] of [
      ['建敝率', 1],
      ['查輯', 1],
      ['撿附', 0],
      ['共體時堅', 3],
      ['號志', 1],
      ['查某', 1],
      ['無此詞', 0],
    ] as const)
      expect(index.targets(written, k).split('|').filter(Boolean).sort()).toEqual(naive(words, written, k).sort());
    expect(index.targets('查輯', 1).split('|').sort()).toEqual(['查緝', '查驗']);
  });

  it('says nothing for a length or position it does not hold, nor for a word with an astral character', () => {
    expect(index.targets('建敝率高了', 1)).toBe('');
    expect(index.targets('建敝率', 5)).toBe('');
    expect(index.targets('𠀋宇', 1)).toBe('');
  });
});
