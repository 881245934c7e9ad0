import { describe, expect, it } from 'vitest';
import { runDeDiTable } from '../helpers/dedi-table';
import { leanAfterDi, leanBeforeDi, mannerByLean } from '../../shared/check/words/de-di-declarative';

// Sentences written for this test, not taken from any bench/check-heldout or check-train set.
const run = runDeDiTable;

describe("the language model's leans around 地 (de-di-verb-data.ts)", () => {
  it('reads words written before 地 as manner words whatever jieba tags them, noun modifiers not', () => {
    // 麻利 (jieba nr), 偷偷 (d): the model writes them before 地 about as often as before 的.
    expect(mannerByLean({ word: '麻利', tag: 'nr', start: 0, end: 2 })).toBe(true);
    expect(mannerByLean({ word: '偷偷', tag: 'd', start: 0, end: 2 })).toBe(true);
    // 良好 leans far to 的 (under the table's floor); 共同 is an adverb to jieba, listed with its
    // lean because the model writes 共同的 (目标).
    expect(leanBeforeDi('良好')).toBeNull();
    expect(leanBeforeDi('共同')!).toBeLessThan(-1);
    expect(mannerByLean({ word: '良好', tag: 'a', start: 0, end: 2 })).toBe(false);
    expect(mannerByLean({ word: '共同', tag: 'd', start: 0, end: 2 })).toBe(false);
  });
  it('keeps verbs jieba tags otherwise that the model writes after 地 (团结 a)', () => {
    expect(leanAfterDi('团结')!).toBeGreaterThanOrEqual(0.5);
    expect(leanAfterDi('需求')).toBeNull();
  });
});

describe('的/地/得: a subject + a manner word + 的 + a verb and its object, with no modal → 地', () => {
  run([
    ['网格员热情的接待前来咨询的居民。', ['热情[的→地]']],
    ['驻村干部苦口婆心的开导两户村民。', ['婆心[的→地]']],
    ['巡逻队员小心翼翼的清理了路面上的碎玻璃。', ['翼翼[的→地]']],
    ['社區志工熱情的接待前來諮詢的居民。', ['熱情[的→地]'], 'hant'],
    // A verb + 在 + a place is a verb phrase whatever jieba tags the verb (团结 a).
    ['全体党员紧密的团结在党支部周围。', ['紧密[的→地]']],
    // The same with 地: right as written.
    ['网格员热情地接待前来咨询的居民。', []],
    ['全体党员紧密地团结在党支部周围。', []],
  ]);
});

describe('的/地/得: the same words where 的 is right', () => {
  run([
    // A noun phrase subject: the verb after 的 is followed by a verb, not an object.
    ['网格员热情的接待赢得了居民的好评。', []],
    // Under a preposition: 下 opens no object.
    ['在志愿者热情的帮助下，老人顺利办完了手续。', []],
    // The object of a verb that takes a noun phrase.
    ['这次活动受到了群众热情的欢迎和支持。', []],
    // A noun compound's head closes the clause after the verb.
    ['他始终保持着认真的学习态度。', []],
    ['大家怀着共同的奋斗目标走到一起。', []],
    // A determiner opens a noun phrase.
    ['这种热情的接待方式值得推广。', []],
    // A noun modifier the model writes before 的.
    ['社区为居民提供良好的休闲环境。', []],
    // X的 + a verb used as a noun.
    ['项目的推进离不开群众的支持。', []],
  ]);
});

describe('的/地/得: an adverbial verb (持续, vd) before the manner word opens the predicate too', () => {
  run([
    ['市场监管局将持续不定期的抽查辖区餐饮门店。', ['定期[的→地]']],
    ['市場監管局將持續不定期的抽查轄區餐飲門店。', ['定期[的→地]'], 'hant'],
    // A verb earlier in the clause takes the phrase as its object: 的 is right.
    ['各地要开展持续深入的调查研究工作。', []],
    ['这次活动得到了持续热情的支持。', []],
  ]);
});
