import { describe, expect, it } from 'vitest';
import { jiebaSegmenter, wordLayer } from '../../electron/services/check/segmenter';
import { analyse } from '../../shared/check/words/analyse';
import { ownerBeforeDe } from '../../shared/check/words/de-di-owner';
import { runDeDiTable } from '../helpers/dedi-table';

// Sentences written for this test, not taken from any bench set.

/** Whether ownerBeforeDe reads the text's first 得 as 的 (the reading alone). */
function readsDe(text: string, script: 'hans' | 'hant' = 'hans'): boolean {
  wordLayer();
  const a = analyse(text, script, jiebaSegmenter)!;
  const i = a.tokens.findIndex((t) => t.word === '得');
  return i > 0 && ownerBeforeDe(a.tokens, i);
}

describe('得 → 的 where the word before owns or does what follows (de-di-owner.ts ownerBeforeDe)', () => {
  it.each([
    // A noun or a pronoun of owning, then a noun phrase: no complement follows a noun.
    '要不断提升辖区居民得生活质量。',
    '根据市委得工作部署，抓好落实。',
    '这是我们得责任。',
    // A verb, then plain nouns closing its clause: a complement is a state, never a bare noun.
    '对企业反映得问题，要逐项建立台账。',
    // The verb may be one jieba files as a verb form (发展 vn).
    '会议研究了关于促进民营经济健康发展得意见。',
    // A noun, then a verb closing the clause: the verb's noun use.
    '此次座谈会得召开，提高了居民参与的积极性。',
  ])('reads 的: %s', (text) => {
    expect(readsDe(text)).toBe(true);
  });

  it('reads Traditional text as Simplified', () => {
    expect(readsDe('要不斷提升轄區居民得生活質量。', 'hant')).toBe(true);
  });

  it.each([
    // Complements: a state after a verb or an adjective.
    '各项工作开展得扎实有序。',
    '问题整改得很及时。',
    '他把材料整理得井井有条。',
    // 得 the verb (obtain) and 得 = must.
    '要让群众得实惠。',
    '这件事我们得研究一下。',
    '这件事我们得研究方案。',
    '这件事我们得抓紧。',
    '各项工作开展得好。',
    // A manner word jieba files as a noun: 得 there is written for 地, not for 的.
    '各村要有序得推进改厕工作。',
    // A degree complement jieba files as a noun.
    '情况报告得太晚，影响了处置。',
  ])('keeps 得: %s', (text) => {
    expect(readsDe(text)).toBe(false);
  });
});

describe('the whole rule on 得 between an owner and its noun phrase', () => {
  runDeDiTable([
    ['要充分发挥党组织得战斗堡垒作用。', ['组织[得→的]']],
    ['要让群众得实惠。', []],
    ['这件事我们得研究一下。', []],
  ]);
});

describe('地 → 的 after a noun that owns what follows (de-di-owner.ts ownerBeforeDi)', () => {
  runDeDiTable([
    ['公司地经营状况良好。', ['公司[地→的]']],
    ['要坚决落实厅党组地决策部署。', ['党组[地→的]']],
    ['要不断提升辖区居民地生活质量。', ['居民[地→的]']],
    // A distinguishing word or adjective may open the phrase before its noun.
    ['要准确把握企业地主要诉求。', ['企业[地→的]']],
    // A noun used as a manner word, a verb after 地, a word made with 地: no owner.
    ['要历史地看待这个问题。', []],
    ['要辩证地看待成绩。', []],
    ['他们在当地群众中威信很高。', []],
  ]);
});
