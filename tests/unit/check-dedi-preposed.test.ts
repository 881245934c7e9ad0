import { describe } from 'vitest';
import { runDeDiTable } from '../helpers/dedi-table';

// Sentences written for this test, not taken from any bench/check-heldout or check-train set.
const run = runDeDiTable;

describe('的/地/得: a subject, a preposition phrase, manner word + 的 + the predicate → 地', () => {
  run([
    // An aspect mark after the verb.
    ['工程队按照图纸的要求有条不紊的加固了梁柱。', ['不紊[的→地]']],
    // The verb takes its object, and the clause ends with a full stop.
    ['物业公司按照先急后缓的顺序有序的更换小区内的水表。', ['有序[的→地]']],
    // A time closed by its locative, a clause inside it; a second verb joined by 并.
    ['店主若于检查开始前主动的清理并登记过期食品，可免予处罚。', ['主动[的→地]']],
    ['技术员在上门回访时耐心的讲解新设备的使用方法。', ['耐心[的→地]']],
    // The verb closing its clause, the next clause a second predicate of the same subject.
    ['监测站对每处取水口精准的排查，找出违规取水的源头。', ['精准[的→地]']],
    ['村民小组对广场四周的落叶和散落垃圾集中统一的清扫，并建立清扫台账。', ['统一[的→地]']],
    // Right as written.
    ['工程队按照图纸的要求有条不紊地加固了梁柱。', []],
  ]);
});

describe('的/地/得: the same shape where the phrase is the preposition’s object or a topic', () => {
  run([
    // The phrase is the preposition's object; the predicate is in the next clause.
    ['各部门按照省委统一的部署，扎实开展工作。', []],
    ['各地在省委坚强的领导下，扎实推进改革。', []],
    // The next clause grades or judges the phrase before it.
    ['村民对工作队耐心的帮扶工作，非常认可。', []],
    ['群众对社区工作人员热情的服务态度，十分满意。', []],
    // A noun-tagged word before a verb: that verb is the predicate.
    ['我们依据相关法律明确的规定处理此事。', []],
    // A verb inside the preposition's object takes the phrase.
    ['各地对企业进行全面的检查。', []],
  ]);
});
