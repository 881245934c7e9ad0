import { describe, expect, it } from 'vitest';
import { wordLayer } from '../../electron/services/check/segmenter';
import { checkText } from '../../shared/check';

// Sentences written for this test, not taken from any bench/check-heldout set.
const words = wordLayer();
const deDi = (text: string): string[] =>
  checkText(text, { script: 'hans', words })
    .filter((d) => d.rule === 'WRD-05')
    .map((d) => `${text.slice(d.location.offset - 2, d.location.offset)}${text.slice(d.location.offset, d.location.offset + d.location.length)}→${d.fix?.replacement}`);

describe('的 → 得 before 不/很 joined with a one-character adjective (de-di.ts complementAfterDoing)', () => {
  it.each<[string, string]>([
    // 不严 (a) after a verb whose topic is another doing (审核 v).
    ['审核把关的不严，导致出现问题。', '把关的→得'],
    // 很早 (d) after a verb jieba tags n (部署), a thing as topic.
    ['这项工作部署的很早。', '部署的→得'],
    ['资料收集的不全。', '收集的→得'],
  ])('%s', (text, expected) => {
    expect(deDi(text)).toEqual([expected]);
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
    expect(deDi(text)).toEqual([]);
  });
});
