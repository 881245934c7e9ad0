import { describe } from 'vitest';
import { runDeDiTable } from '../helpers/dedi-table';

// Sentences written for this test, not taken from any bench/check-heldout or check-train set.
const run = runDeDiTable;

describe('的/地/得: a strong adverbial + 地 + a verb jieba tags n + its object keeps 地', () => {
  run([
    // 联系 n: a verb here, with its object 家长; 主动 is a word the model writes before 地.
    ['班主任主动地联系家长。', []],
    ['班主任仍主动地联系家长，说明假期安排。', []],
    ['班主任仍主動地聯繫家長，說明假期安排。', [], 'hant'],
    ['队员精心地调配药剂。', []],
  ]);
});

describe('的/地/得: modifiers the model does not lean to 地 still read 地 → 的', () => {
  run([
    ['各村要形成浓厚地宣传氛围。', ['浓厚[地→的]']],
    ['医院须提供安全地诊疗环境。', ['安全[地→的]']],
  ]);
});
