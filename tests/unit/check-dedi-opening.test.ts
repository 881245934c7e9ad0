import { describe } from 'vitest';
import { runDeDiTable } from '../helpers/dedi-table';

// Sentences written for this test, not taken from any bench/check-heldout or check-train set.
const run = runDeDiTable;

describe('的/地/得: a manner word opening the predicate + 的 + a verb jieba tags otherwise → 地', () => {
  run([
    // 关怀 (jieba nr), 联系 (n): verbs all the same after a modal and a manner word, with an object.
    ['街道干部应主动的关怀辖区内的孤寡老人。', ['主动[的→地]']],
    ['学校将主动的联系学生家长。', ['主动[的→地]']],
    // Two nouns joined by 与 make one subject; a verb of asking takes the person who then acts.
    ['社长与书记应主动的关怀村里的留守儿童。', ['主动[的→地]']],
    ['税务局呼吁纳税人主动的补报补缴税款。', ['主动[的→地]']],
    ['區公所人員挨家挨戶的關懷轄內長者。', ['挨戶[的→地]'], 'hant'],
    // Right as written with 地.
    ['学校将主动地联系学生家长。', []],
  ]);
});

describe('的/地/得: the same frame where 的 is right', () => {
  run([
    // A noun phrase subject: a modal, a copula or a verb with its aspect mark follows.
    ['认真的态度是做好工作的前提。', []],
    ['合理的建议要及时采纳。', []],
    ['热情的接待赢得了居民的好评。', []],
    // With no modal, a predicate of its own later in the clause (an adverb) makes it a subject.
    ['社工定期的回访工作很有成效。', []],
    // 将 as 把: nouns and then the clause's verb follow.
    ['各单位将定期的检查结果报送区政府。', []],
    // A list of modifiers after a verb: the verb's object.
    ['深入开展多层次、全方位的学习宣传活动。', []],
    // After a degree word: a graded modifier.
    ['必须落实最严格的耕地保护制度。', []],
  ]);
});
