import { describe, expect, it } from 'vitest';
import { wordLayer } from '../../electron/services/check/segmenter';
import { checkText } from '../../shared/check';
import { properTaggedVerb } from '../../shared/check/words/noun-tagged-verbs-set';

const words = wordLayer();
const deDi = (text: string): string[] =>
  checkText(text, { script: 'hans', words })
    .filter((d) => d.rule === 'WRD-05')
    .map((d) => `${text.slice(d.location.offset, d.location.offset + d.location.length)}→${d.fix?.replacement}`);

describe('a verb jieba files as a proper name, after a modal + manner word + 的', () => {
  it('knows 申报 (nz) as a verb by CC-CEDICT', () => {
    expect(properTaggedVerb('申报')).toBe(true);
    expect(properTaggedVerb('北京')).toBe(false);
  });

  it('reads 应当 + 如实 + 的 + 申报 + object as 地', () => {
    expect(deDi('个体户应当如实的申报经营所得。')).toEqual(['的→地']);
  });

  // Without a modal such a word after 的 is as often a noun: left alone.
  it('keeps 的 before the word used as a noun', () => {
    expect(deDi('全年的申报工作已经结束。')).toEqual([]);
  });
});
