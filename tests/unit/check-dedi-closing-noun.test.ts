import { describe, expect, it } from 'vitest';
import { jiebaSegmenter, wordLayer } from '../../electron/services/check/segmenter';
import { analyse } from '../../shared/check/words/analyse';
import { closingNounAfterDi } from '../../shared/check/words/de-di-noun-phrase';
import { shownDeDi } from '../helpers/dedi-table';

// Sentences written for this test, not taken from any bench/check-heldout set.

/** Whether closingNounAfterDi reads the text's 地 as 的 (the reading alone, not the whole rule). */
function readsDe(text: string): boolean {
  wordLayer();
  const a = analyse(text, 'hans', jiebaSegmenter)!;
  return a.tokens.some((t, i) => t.word === '地' && closingNounAfterDi(a.tokens, i));
}

describe("地 → 的 before a noun closing a verb's object (de-di-noun-phrase.ts closingNounAfterDi)", () => {
  it.each([
    // A verb, a modifier (or two side by side), 地, one or two plain nouns, the clause's end.
    '全镇形成了浓厚地舆论氛围，群众广泛参与。',
    '要兼顾群众眼前的诉求，也要兼顾长远地利益。',
    '要认真研究具体地措施，做到一村一策。',
    '要为企业营造和谐稳定地社会环境。',
    // A verb's result complement closes it as 了 does: its object follows.
    '让广大师生吃上放心地饭菜。',
    // A verb and the object's owner before the modifier.
    '要把调研成果转化为推动发展地思路、举措。',
  ])('reads 的: %s', (text) => {
    expect(readsDe(text)).toBe(true);
  });

  it('the layer fixes a slip only this reading finds', () => {
    expect(shownDeDi('要把调研成果转化为推动发展地思路、举措。')).toEqual(['发展[地→的]']);
    expect(shownDeDi('要把调研成果转化为推动发展的思路、举措。')).toEqual([]);
  });

  it.each([
    // After a modal or a subject the phrase is the predicate: a word jieba tags n is a verb there.
    '要按时地交账。',
    '大家要自觉地守纪。',
    '他们有说有笑地聊天。',
    // A verb jieba files as a noun (noun-tagged-verbs.ts) after 地.
    '会议要求全面地总结。',
    // A verb or verb form after 地.
    '各地要积极稳妥地推进。',
    '要深入地调研。',
    // 地 the noun "land, place" after one character or a noun.
    '要组织在地企业积极参与。',
    '要建设天蓝地绿水清的美丽乡村。',
    // More of the clause after the noun: left to the other readings.
    '他们热情地服务群众。',
  ])('leaves 地: %s', (text) => {
    expect(readsDe(text)).toBe(false);
  });
});

describe("地 after a modal and a modifier, closing the clause, is the predicate's (de-di.ts adjectiveBeforeNoun)", () => {
  it.each([
    // Verbs jieba tags n or a (总结, 指导, 落实, 联系): after 要 + an adverbial they are predicates.
    '要认真地总结。',
    '要细致地指导。',
    '要切实地落实。',
    '要主动地联系。',
  ])('no finding: %s', (text) => {
    expect(shownDeDi(text)).toEqual([]);
  });

  it("still reads a noun closing a verb's object as 的 (取得了显著地成效)", () => {
    expect(shownDeDi('今年的整治工作取得了显著地成效。')).toEqual(['显著[地→的]']);
  });
});
