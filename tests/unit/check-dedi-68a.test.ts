import { describe } from 'vitest';
import { runDeDiTable } from '../helpers/dedi-table';

// Sentences written for this test, not taken from any bench/check-heldout or check-train set.
const run = runDeDiTable;

describe('的 → 得 after a verb jieba files as another part of speech, before a degree word + an adjective closing the clause (de-di.ts complement)', () => {
  run([
    // 整备 b, 修正 nr: verbs all the same before 的 + 相当/不够 + an adjective and the clause's end.
    ['仓库应急物资整备的相当充分。', ['整备[的→得]']],
    ['营区车辆整备的非常迅速。', ['整备[的→得]']],
    ['防汛物資整備的相當充足，各區均已完成檢查。', ['整備[的→得]'], 'hant'],
    ['簡報資料修正的不夠完整，請重新送審。', ['修正[的→得]'], 'hant'],
    // Right as written.
    ['仓库应急物资整备得相当充分。', []],
    // A preposition earlier makes the words its topic: left alone.
    ['对车辆整备的相当重视。', []],
  ]);
});

describe('的 → 得 before 不 + an adjective jieba keeps as one token (de-di.ts complementAfterDoing)', () => {
  run([
    // 不合理 is one token (n): after a thing done and its verb, closing the clause, it is how the doing turned out.
    ['会场座位安排的不合理，代表意见较大。', ['安排[的→得]']],
    ['部分站点设置的不合理。', ['设置[的→得]']],
    ['会场座位安排得不合理，代表意见较大。', []],
    // A verb of being there names what is there: a noun phrase.
    ['制度中存在的不合理，要及时纠正。', []],
  ]);
});

describe('的 → 地 in a statement: a subject jieba closes with a noun morpheme, an object opened by a verb form (de-di-declarative.ts)', () => {
  run([
    // 讲解 + 师 (ng): the morpheme closes the subject before the manner word.
    ['讲解师一丝不苟的介绍每一件展品。', ['不苟[的→地]']],
    ['装修师一丝不苟的打磨每一块木板。', ['不苟[的→地]']],
    // 流动 + 商贩, 防疫 + 物资: a verb form before a noun opens the verb's object.
    ['协管员耐心的劝导流动商贩进入市场。', ['耐心[的→地]']],
    ['志愿者细心的清理防疫物资。', ['细心[的→地]']],
    // Right as written.
    ['协管员耐心地劝导流动商贩进入市场。', []],
    // The verb's noun use heads the phrase that is the subject of what follows.
    ['医生耐心的解答打消了群众顾虑。', []],
  ]);
});

describe('地 → 的 after an object-taking verb jieba tags vn, or before an adjective it tags v (de-di-objects.ts compoundObjectAfterDi)', () => {
  run([
    // 设置 vn takes the compound 回收站点 as its object; 固定 is its attribute.
    ['街道要设置固定地回收站点，方便居民。', ['固定[地→的]']],
    // 完善 v is an adjective here, the attribute of 排水设施, the object of 建设.
    ['新建小区要配套建设完善地排水设施，实行雨污分流。', ['完善[地→的]']],
    // Right as written.
    ['街道要设置固定的回收站点，方便居民。', []],
    // A manner word the model writes before 地 keeps it: the verb phrase after is what is done that way.
    ['各单位要联动高效地处置险情。', []],
  ]);
});

describe('的 → 地 after a numeral-measure said twice, after the clause subject, before a verb form (de-di-derived.ts repeatedMeasureBeforeVerb)', () => {
  run([
    // 检查 vn with its object: the pair after the subject 果农 opens the predicate.
    ['果农一株一株的检查果树受损情况。', ['一株[的→地]']],
    ['果農一株一株的檢查果樹受損情況。', ['一株[的→地]'], 'hant'],
    // Right as written.
    ['果农一株一株地检查果树受损情况。', []],
    // After 经过 the pair and the verb form are its object, a noun phrase.
    ['经过一株一株的检查，果树受损情况已经摸清。', []],
  ]);
});
