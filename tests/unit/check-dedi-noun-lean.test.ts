import { describe, expect, it } from 'vitest';
import { jiebaDictionary, jiebaSegmenter, wordLayer } from '../../electron/services/check/segmenter';
import { analyse } from '../../shared/check/words/analyse';
import { leanAfterDe, NOUN_LEAN, nounAfterDe, nounClosingAfterDi } from '../../shared/check/words/de-di-right';
import type { Script } from '../../shared/model';
import { runDeDiTable } from '../helpers/dedi-table';

// Sentences written for this test, not taken from any bench/check-heldout set.

/** Whether nounClosingAfterDi reads the text's 地 as 的 (the reading alone, not the whole rule). */
function readsDe(text: string, script: Script = 'hans'): boolean {
  wordLayer();
  const a = analyse(text, script, jiebaSegmenter)!;
  return a.tokens.some((t, i) => t.word === '地' && nounClosingAfterDi(a.tokens, i, jiebaDictionary()));
}

describe("the model's lean after 的 over 地 (de-di-right.ts)", () => {
  it('sets nouns jieba tags as verbs apart from the verbs an adverbial modifies', () => {
    // 需求 and 诉求 are tagged v by jieba; the model has seen them after 的 twenty times as often.
    expect(leanAfterDe('需求')).toBeGreaterThanOrEqual(NOUN_LEAN);
    expect(leanAfterDe('支持')).toBeLessThan(NOUN_LEAN);
    expect(nounAfterDe('需求')).toBe(true);
    expect(nounAfterDe('意愿')).toBe(true);
    // Verbs that follow 地 are not in the table at all.
    expect(leanAfterDe('推进')).toBe(0);
    expect(leanAfterDe('开展')).toBe(0);
    expect(nounAfterDe('落实')).toBe(false);
  });
});

describe('地 → 的 before nouns that close the clause (de-di-right.ts nounClosingAfterDi)', () => {
  it.each([
    // A noun jieba tags v, at a full stop.
    '养老服务是高龄老人最迫切地需求。',
    // A plain noun, at a full stop and at a comma.
    '要充分尊重农户真实地意愿。',
    '帮助小微企业解决现实地困难，稳住就业。',
    // Two nouns, then a comma.
    '全力打造优美地人居环境，让群众住得舒心。',
    // The nouns end where an adverb opens the predicate.
    '围绕居民集中反映地热点问题逐项作出答复。',
  ])('reads 的: %s', (text) => {
    expect(readsDe(text)).toBe(true);
  });

  it.each([
    // A verb after 地 closing the clause: the adverbial's own place. No modal here, so the lean
    // decides: 支持, 竞争, 总结 do not reach NOUN_LEAN.
    '各部门积极地支持，不设门槛。',
    '企业之间公平地竞争。',
    '各部门认真地总结。',
    '他们在新居里幸福地生活。',
    '各地稳妥地推进改革，不搞一刀切。',
    // A verb-noun the model does not lean to 的 (规划): a verb after 地.
    '新区科学地规划。',
    // 地 is land: 用地 is a word and jieba split it off the word before.
    '全县农用地面积保持稳定。',
  ])('leaves alone: %s', (text) => {
    expect(readsDe(text)).toBe(false);
  });

  it.each([
    // After a modal the modifier and 地 open the predicate, whatever the word after 地 leans to.
    '要主动地联系。',
    '要及时地反馈。',
  ])('leaves alone after a modal: %s', (text) => {
    expect(readsDe(text)).toBe(false);
  });
});

describe('the layer fixes the slip (WRD-05)', () => {
  runDeDiTable([
    ['养老服务是高龄老人最迫切地需求。', ['迫切[地→的]']],
    ['养老服务是高龄老人最迫切的需求。', []],
    ['要充分尊重农户真實地意願。', ['真實[地→的]'], 'hant'],
    ['要稳妥地推进改革，不能操之过急。', []],
  ]);
});
