import { describe } from 'vitest';
import { runDeDiTable } from '../helpers/dedi-table';

// Sentences written for this test, not taken from any bench/check-heldout or check-train set.
const run = runDeDiTable;

describe('的/地/得: 地 after a manner adverbial known by its shape is kept (de-di-patterned.ts)', () => {
  run([
    // 分 + how the work is split (分片 n, 分段 n, 分组 vn) owns no noun: 巡查 vn + 重点 n after it is
    // the verb and its object, not a noun compound the word before would own.
    ['镇里组织护林员分片地巡查重点林区。', []],
    ['街道安排网格员分片地巡查重点楼栋。', []],
    ['执法队分段地巡查重点河道。', []],
    ['县里组织干部分组地督查重点项目。', []],
    // The same shapes before 的 and a verb still read 地; a noun that owns what follows still reads 的.
    ['要分类的处置各类问题。', ['分类[的→地]']],
    ['县委地工作部署要落实到位。', ['县委[地→的]']],
  ]);
});
