import { describe, expect, it } from 'vitest';
import { wordLayer } from '../../electron/services/check/segmenter';
import { checkText } from '../../shared/check';

const words = wordLayer();
const deDi = (text: string): string[] =>
  checkText(text, { script: 'hans', words })
    .filter((d) => d.rule === 'WRD-05' || d.rule === 'LNG-01')
    .map((d) => `${text.slice(d.location.offset, d.location.offset + d.location.length)}→${d.fix?.replacement}`);

describe('a four-character set phrase jieba tags as a noun, after a modal, before a verb', () => {
  // jieba tags 实事求是 n, so the idiom pattern did not start; after 要 and before a plain verb it is
  // the manner of the verb.
  it('要实事求是的看待成绩 → 地', () => {
    expect(deDi('要实事求是的看待成绩。')).toEqual(['的→地']);
  });
  // A noun head after 的 (态度, 作风), or 将 read as 把: right as written.
  it.each(['需要实事求是的态度。', '要以实事求是的态度对待问题。', '将实事求是的作风贯穿始终。', '要实事求是地反映情况。'])('no finding: %s', (text) => {
    expect(deDi(text)).toEqual([]);
  });
});

describe('地 before an adjective + noun phrase closing the clause', () => {
  // jieba keeps 良好氛围 as one entry tagged v; split by the dictionary it is adjective + noun.
  it.each(['全社会营造了尊重人才地良好氛围。', '在全市营造了干事创业地浓厚氛围。'])('%s → 的', (text) => {
    expect(deDi(text)).toEqual(['地→的']);
  });
  // A verb after 地, or 地 as a noun: right as written.
  it.each(['要认真地研究问题。', '要积极地创造良好环境。', '要扎实地做好重点工作。', '这里是一片肥沃土地。'])('no finding: %s', (text) => {
    expect(deDi(text)).toEqual([]);
  });
});

describe('an adjective that is the predicate of a phrase ending in a verb', () => {
  // jieba reads 群众反映 as one phrase (i); 强烈 is its predicate and "群众反映强烈的" modifies
  // 突出问题: 的 is right. A modal before the adjective still makes it an adverbial.
  it('no finding: 群众反映强烈的突出问题', () => {
    expect(deDi('对群众反映强烈的突出问题要抓紧解决。')).toEqual([]);
  });
  it('要认真的研究 → 地', () => {
    expect(deDi('对群众反映的问题要认真的研究。')).toEqual(['的→地']);
  });
});

describe('a superlative, or verb + 了, before adjective + 的: a noun phrase', () => {
  // Rewritten real-report spots: 最 + adjective + 的 is attributive, and after 营造了 the object
  // follows, whatever jieba tags the head.
  it.each(['让群众感受到最直接、最踏实的照顾。', '当前最紧要的是建立协作机制。', '各支部营造了浓厚的学习氛围。'])('no finding: %s', (text) => {
    expect(deDi(text)).toEqual([]);
  });
});
