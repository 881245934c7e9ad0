import { describe, expect, it } from 'vitest';
import { wordLayer } from '../../electron/services/check/segmenter';
import { checkText } from '../../shared/check';

// Sentences written for this test, not taken from any bench/check-heldout set.
const words = wordLayer();
const deDi = (text: string): string[] =>
  checkText(text, { script: 'hans', words })
    .filter((d) => d.rule === 'WRD-05')
    .map((d) => `${text.slice(d.location.offset, d.location.offset + d.location.length)}→${d.fix?.replacement}`);

/**
 * jieba files some verbs as nouns (照料 n). After a manner word and 地, such a verb with its object
 * after it is the adverbial's own verb phrase: 地 is right (de-di.ts nounAfterDi).
 */
describe('地 before a verb jieba tags as a noun, with its object', () => {
  it('leaves 悉心地照料 + object alone', () => {
    expect(deDi('社工每天悉心地照料空巢老人，按时为他们送餐。')).toEqual([]);
  });

  it('still reads 地 before a noun phrase as 的', () => {
    expect(deDi('这是一次深刻地教训。')).toEqual(['地→的']);
  });
});
