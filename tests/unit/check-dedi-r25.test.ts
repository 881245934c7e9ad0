import { describe } from 'vitest';
import { runDeDiTable } from '../helpers/dedi-table';

// Sentences written for this test (round 25's classes of 的/地/得), not taken from any bench set.
describe('的/地/得, round 25: 挨X挨Y cut apart, a doing after the work it names, listed complements', () => {
  runDeDiTable([
    // A patterned adverbial jieba cuts into single characters (挨/田/挨/块) is still the pattern.
    ['工作队要挨家挨户的走访困难群众。', ['挨户[的→地]']],
    ['技术人员挨田挨块的检查墒情。', ['挨块[的→地]']],
    ['工作隊要挨家挨戶的走訪困難群眾。', ['挨戶[的→地]'], 'hant'],
    ['工作队要挨家挨户地走访困难群众。', []],
    // A one-character verb of doing after the verb naming the work: how it went is a complement.
    ['有的单位问题整改做的不彻底，反复出现。', ['改做[的→得]']],
    ['有的单位问题整改做得不彻底，反复出现。', []],
    ['他们为整改做的工作很多。', []],
    // A listed complement (规范) after a noun-tagged verb of a topic.
    ['个别仓库物资储存的不规范，存在隐患。', ['储存[的→得]']],
    ['个别仓库物资储存得不规范，存在隐患。', []],
    ['要加强物资储存的规范管理。', []],
  ]);
});
