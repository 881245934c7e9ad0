import { describe } from 'vitest';
import { runDeDiTable } from '../helpers/dedi-table';

// Sentences written for this test, not taken from any bench/check-heldout or check-train set.
const run = runDeDiTable;

describe('的/地/得: a modal, a manner word, 地: the predicate follows, so 地 is right', () => {
  run([
    // The verb after 地 is one jieba tags as a noun (调度 n) or a numeral opens it (一推了之).
    ['各水库要科学合理地调度蓄水。', []],
    ['对群众来信，不能不假思索地一推了之。', []],
    ['各單位應主動積極地出擊，查處違法行為。', [], 'hant'],
  ]);
});

describe('的/地/得: a verb between the modal and the manner word still opens an object', () => {
  run([
    ['全镇要形成浓厚地学习氛围。', ['浓厚[地→的]']],
    ['这是一项长期地任务。', ['长期[地→的]']],
  ]);
});
