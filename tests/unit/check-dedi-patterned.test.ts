import { describe, expect, it } from 'vitest';
import { shownDeDi } from '../helpers/dedi-table';

// Sentences written for this test, not taken from any bench/check-heldout set.

describe('的 → 地 after a manner adverbial known by its shape (de-di-patterned.ts)', () => {
  it.each<[string, string]>([
    // A repeated first character, AXAY (加班加点 n, 一五一十 m), after a subject or a modal.
    ['工作人员加班加点的赶制材料。', '加点[的→地]'],
    ['要一五一十的汇报情况。', '一十[的→地]'],
    // X打X (实打实 i).
    ['各单位要实打实的解决问题。', '打实[的→地]'],
    // 不分 + a pair (不分昼夜 v) before a verb and a place.
    ['他们不分昼夜的奋战在一线。', '昼夜[的→地]'],
    // 分 + how the work is split: one token (分类 n, 分批 m) or 分 + a noun (分 + 步骤).
    ['要分类的处置各类问题。', '分类[的→地]'],
    ['要分步骤的推进改革工作。', '步骤[的→地]'],
    // A modal, then a preposition and its object, then the adverbial.
    ['乡政府要按照名册分批的疏散居民。', '分批[的→地]'],
    // A verb form closing the clause is the verb's object too.
    ['要分批分期的推进改造。', '分期[的→地]'],
    // A verb form (宣传 vn) after a subject, with a noun object closing the clause.
    ['他们挨家挨户的宣传政策。', '挨户[的→地]'],
  ])('%s', (text, expected) => {
    expect(shownDeDi(text)).toEqual([expected]);
  });

  it.each([
    // The right forms.
    '工作人员加班加点地赶制材料。',
    '大家不分昼夜地奋战在一线。',
    '要一五一十地汇报情况。',
    // After a verb or 是 the phrase modifies a noun.
    '要进行分类的处理。',
    '这是加班加点的成果。',
    // A noun after 的.
    '分类的标准要统一。',
    '各种各样的问题要解决。',
    '各行各业的群众积极参与。',
    // At a clause's start a verb + noun may be a compound the phrase modifies.
    '分期的付款方式更灵活。',
    '不分昼夜的值守人员十分辛苦。',
    // A determiner builds a noun phrase.
    '这些一点一滴的积累经验很重要。',
    // The preposition's own object.
    '要按照分类的标准处置。',
    // A verb form heading a noun compound (宣传工作), or followed by more than its object.
    '他们挨家挨户的宣传工作做得很好。',
    '他们不分昼夜的服务热线很受欢迎。',
    '这是挨家挨户的宣传政策。',
  ])('no finding: %s', (text) => {
    expect(shownDeDi(text)).toEqual([]);
  });
});
