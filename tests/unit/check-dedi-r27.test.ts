import { describe } from 'vitest';
import { runDeDiTable } from '../helpers/dedi-table';

// Sentences written for this test (round 27's readings of 的 for 地), not taken from any bench set.

describe('的 → 地: an adverbial before a verb phrase that jieba tags apart (de-di.ts adverbialBeforeVerb)', () => {
  runDeDiTable([
    // 每/各 alone before a measure is a determiner whatever jieba tags it: the verb has an object.
    ['工作人员认真的检查每一辆车。', ['认真[的→地]']],
    // A verb jieba tags n (清点) is a verb form: with an object it heads a verb phrase.
    ['工作人员仔细的清点每一批物资。', ['仔细[的→地]']],
    ['工作人員仔細的清點每一批物資。', ['仔細[的→地]'], 'hant'],
    // 有的 opening a clause is a pronoun: what follows it is the subject, then the predicate.
    ['有的村民仍然偷偷的焚烧秸秆。', ['偷偷[的→地]']],
    // A measure echoed round 又 is a way of doing, like 一遍遍.
    ['他一遍又一遍的向群众解释政策。', ['一遍[的→地]']],
    // Clean: each form heads a noun phrase here.
    ['一次又一次的失败没有让他放弃。', []],
    ['感谢志愿者仔细的清点和热情的服务。', []],
    ['有的问题仍然没有解决。', []],
    ['我们检查的每一辆车都有记录。', []],
  ]);
});

describe('地 → 的 after a verb that takes only a noun phrase (de-di.ts objectOfNounTaker)', () => {
  runDeDiTable([
    // A modifier the model writes before 的 (优质, tagged n) opens the object as a manner word does.
    ['为企业提供优质地服务。', ['优质[地→的]']],
    // A lone verb form closing the clause heads the object of a verb that takes acts as nouns.
    ['要保证学生有充足地睡眠。', ['充足[地→的]']],
    ['对困难群众给予大力地支持。', ['大力[地→的]']],
    // Clean: a verb that takes a verb phrase, a list of verbs, an adverbial after a subject.
    ['要坚持科学地发展。', []],
    ['营造、积极地推动。', []],
    ['他有意地回避。', []],
  ]);
});

describe('round 27 tuning: a negated degree after the doing, a word said twice (not blind)', () => {
  runDeDiTable([
    // 不够/不太 + an adjective closing the clause is a complement, after a verb jieba tags a too.
    ['部分村庄沟渠淤泥清理地不够彻底。', ['清理[地→得]']],
    ['部分村庄沟渠淤泥清理的不够彻底。', ['清理[的→得]']],
    ['不够彻底的整改要重来。', []],
    // A two-character word said twice, then a plain verb closing the clause.
    ['雨后部分地块的玉米成片成片的倒伏，减产风险加大。', ['成片[的→地]']],
    ['大家研究研究的结果。', []],
  ]);
});
