import { describe } from 'vitest';
import { runDeDiTable } from '../helpers/dedi-table';

// Sentences written for this test, not taken from any bench/check-heldout or check-train set.
const run = runDeDiTable;

describe("的 → 地 after a distributive shape read over jieba's cut (de-di-patterned.ts)", () => {
  run([
    // 一X一X cut into four single tokens (一/垄/一/垄), a subject before it.
    ['农技员一垄一垄的查看秧苗长势，', ['一垄[的→地]']],
    // 一X又一X after a subject and a place phrase, then a preposition opening the verb's phrase.
    ['队员在路口一遍又一遍的向游客讲解规定。', ['一遍[的→地]']],
    // AXAY over two tokens (分类 + 分批), after a modal.
    ['各乡镇要分类分批的实施农村污水治理。', ['分批[的→地]']],
    // 分 + a measure jieba files as an adverb (批次 d).
    ['工作人员分批次的引导游客入园。', ['批次[的→地]']],
    // A subject, then a 对-phrase, then the shape: the predicate opens after the subject.
    ['工作组对帮扶户一对一的开展走访，', ['对一[的→地]']],
    // A verb form closing the clause right after a subject and the shape.
    ['果农一株一株的检查。', ['一株[的→地]']],
    // Right as written.
    ['农技员一垄一垄地查看秧苗长势，', []],
    // Before a noun, or a verb + noun compound that is the subject of what follows.
    ['一排排的房子整齐排列。', []],
    ['乡里分批分次的补助资金已到账。', []],
    ['社区一对一的帮扶对象有三户。', []],
    ['一对一的帮扶让群众受益。', []],
  ]);
});

describe('的 → 得 before a complement after a one-character verb (de-di-state.ts, de-di.ts)', () => {
  run([
    // A one-character verb jieba tags n (记) after its topic, before an AABB state word.
    ['值班员把交接时间记的含含糊糊。', ['间记[的→得]']],
    // 偏 + a one-character adjective closing the clause: an excess, as 太 + one is.
    ['机房空调温度调的偏低，', ['度调[的→得]']],
    // 太 + a time adjective jieba files tg (晚).
    ['险情信息上报的太晚，', ['上报[的→得]']],
    // Right as written, and 的 before a noun or after a verb of saying.
    ['值班员把交接时间记得含含糊糊。', []],
    ['偏高的温度要调低。', []],
    ['他说的太多。', []],
  ]);
});

describe('no 地 → 的 after a four-character phrase a modal earlier in the clause opens (de-di-coordinated.ts)', () => {
  run([
    // A verb and its object between the modal and the phrase, then the verb after 地.
    ['各村要发动群众集中统一地清理沟渠，', []],
    ['各队要安排人员科学合理地调配物资，', []],
    ['要结合水位、墒情变化科学合理地调度，', []],
    // Right after a verb (执行, fused as 严格执行 nr) the phrase opens its object: 的.
    ['各单位要严格执行厉行节约地规定，', ['节约[地→的]']],
    // A compound's head noun closing the clause: 的.
    ['要制定科学合理地管理方案。', ['合理[地→的]']],
  ]);
});
