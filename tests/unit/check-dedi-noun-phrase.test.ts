import { describe, expect, it } from 'vitest';
import { shownDeDi } from '../helpers/dedi-table';

// Sentences written for this test, not taken from any bench/check-heldout set.

describe('地 → 的 after a numeral-measure in an object place (de-di-noun-phrase.ts)', () => {
  it.each<[string, string]>([
    // Head tagged vn (教训, 工作, 检查): the numeral-measure after 是 or a verb opens a noun phrase.
    ['这是一次深刻地教训，大家要引以为戒。', '深刻[地→的]'],
    ['这是一项长期地工作。', '长期[地→的]'],
    ['下周开展一次全面地检查。', '全面[地→的]'],
    // 一 + a measure after 了: one head closing the clause, even one jieba tags v (决定).
    ['会议通过了一项重要地决定。', '重要[地→的]'],
  ])('%s', (text, expected) => {
    expect(shownDeDi(text)).toEqual([expected]);
  });

  it.each([
    // The right forms.
    '这是一次深刻的教训，大家要引以为戒。',
    '下周开展一次全面的检查。',
    // After an adverb the numeral counts the doing: 地 + a verb is right.
    '他们先后两次深入地调研。',
    '这次会议再一次深刻地阐述了改革的意义。',
    '他们第一次真正地感受到了变化。',
    // An ordinal may count the doing; a modal opens a verb phrase.
    '这是第一次认真地思考。',
    '要一次认真地检查到位。',
  ])('no finding: %s', (text) => {
    expect(shownDeDi(text)).toEqual([]);
  });
});

describe('地 → 的 after verb + 了 before a head that is no verb (de-di-noun-phrase.ts)', () => {
  it.each<[string, string]>([
    ['我们付出了艰辛地努力，终于完成了任务。', '艰辛[地→的]'],
    // A noun jieba files as an adverb (进步 d).
    ['大家取得了显著地进步。', '显著[地→的]'],
  ])('%s', (text, expected) => {
    expect(shownDeDi(text)).toEqual([expected]);
  });

  it.each([
    '我们付出了艰辛的努力，终于完成了任务。',
    // A degree adverb before 地 and an adjective after: right as written.
    '大家听了非常地高兴。',
    // A verb after 地.
    '他看完了认真地思考。',
  ])('no finding: %s', (text) => {
    expect(shownDeDi(text)).toEqual([]);
  });
});

describe('地 → 的 in a noun-taking verb object with coordinated modifiers (de-di.ts)', () => {
  it('提供优质高效地政务服务 → 的 (优质: a word written before 的)', () => {
    expect(shownDeDi('要为企业提供优质高效地政务服务。')).toEqual(['高效[地→的]']);
  });

  it.each(['要为企业提供优质高效的政务服务。', '要积极主动地提供政务服务。'])('no finding: %s', (text) => {
    expect(shownDeDi(text)).toEqual([]);
  });
});

describe('地 → 的 after a determiner with its measure (de-di-noun-phrase.ts)', () => {
  it.each<[string, string]>([
    // The phrase as a subject: a verb follows the noun.
    ['这种积极地态度值得肯定。', '积极[地→的]'],
    // 宝贵 is tagged nr; the language model writes it before 的.
    ['这些宝贵地经验要推广。', '宝贵[地→的]'],
    ['各项具体地措施要落实到位。', '具体[地→的]'],
  ])('%s', (text, expected) => {
    expect(shownDeDi(text)).toEqual([expected]);
  });

  it.each([
    '这种积极的态度值得肯定。',
    // A verb after 地.
    '这些积极地参与活动的群众受到表彰。',
    // 这样 is an adverb of manner, no determiner.
    '这样认真地研究问题很有必要。',
    // A verb form (检查 vn) may be the doing the adverbial modifies.
    '这次认真地检查发现了问题。',
  ])('no finding: %s', (text) => {
    expect(shownDeDi(text)).toEqual([]);
  });
});
