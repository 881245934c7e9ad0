import { describe } from 'vitest';
import { runDeDiTable } from '../helpers/dedi-table';

// Sentences written for this test, not taken from any bench/check-heldout or check-train set.
const run = runDeDiTable;

describe('的/地/得: a manner word + 地 + a verb jieba tags as a noun is right as written', () => {
  run([
    // An aspect mark after the word makes it a verb (布局 n to jieba).
    ['各乡镇合理地布局了便民服务网点。', []],
    ['各村合理地布局了服务网点。', []],
    // A four-character entry opening with a plain verb (集结 v) closing a statement's clause.
    ['接到命令后，民兵们迅速地集结待命。', []],
    ['接到預警後，隊員們迅速地集結待命。', [], 'hant'],
  ]);
});

describe('的/地/得: 地 before a noun phrase is still read as 的', () => {
  run([
    // No aspect mark, no verb half: a noun phrase after a verb + 了 or a numeral-measure.
    ['这是一项长期地任务。', ['长期[地→的]']],
    ['全镇形成了浓厚地学习氛围。', ['浓厚[地→的]']],
  ]);
});
