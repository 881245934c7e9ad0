import { describe, expect, it } from 'vitest';
import { jiebaDictionary } from '../../electron/services/check/segmenter';
import { readingGroups, readingIndex } from '../../shared/check/words/twins';

// The dev tools' twin index: same-reading words by key; a written word not kept itself still finds
// the kept words of its sound, even when only one is kept (a group of one).
const dict = jiebaDictionary();

describe('reading index and groups', () => {
  it('groups same-reading words by a toneless key', () => {
    const groups = readingGroups(dict, ['指出', '支出', '权力', '权利', '部署']);
    expect(groups.get('zhi chu')).toEqual(['指出', '支出']);
    expect(groups.get('quan li')).toEqual(['权力', '权利']);
    // 部署 has no twin among the words given: no group.
    expect([...groups.values()].flat()).not.toContain('部署');
  });

  it('keeps groups of one in the index, and lets the caller choose the words', () => {
    const index = readingIndex(dict, ['指出', '支出', '部署'], (freq) => freq >= 1);
    expect(index.get('bu shu')).toEqual(['部署']);
    const none = readingIndex(dict, ['指出', '支出'], () => false);
    expect(none.size).toBe(0);
  });
});
