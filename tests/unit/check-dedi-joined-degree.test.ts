import { describe, expect, it } from 'vitest';
import { shownDeDi } from '../helpers/dedi-table';

// Sentences written for this test, not taken from any bench/check-heldout set.

describe('的 → 得 before 不/很 joined with a one-character adjective (de-di.ts complementAfterDoing)', () => {
  it.each<[string, string]>([
    // 不严 (a) after a verb whose topic is another doing (审核 v).
    ['审核把关的不严，导致出现问题。', '把关[的→得]'],
    // 很早 (d) after a verb jieba tags n (部署), a thing as topic.
    ['这项工作部署的很早。', '部署[的→得]'],
    ['资料收集的不全。', '收集[的→得]'],
  ])('%s', (text, expected) => {
    expect(shownDeDi(text)).toEqual([expected]);
  });

  it.each([
    '审核把关得不严，导致出现问题。',
    // 多/少 count what was done: 的 names it.
    '这方面研究的很少。',
    '今年新增的很多。',
    // After a person what was done is the subject.
    '这件事情他做的不好。',
    '他们住的很近。',
    // After 是 a noun phrase.
    '问题是审核把关的不严。',
  ])('no finding: %s', (text) => {
    expect(shownDeDi(text)).toEqual([]);
  });
});
