import { describe } from 'vitest';
import { runDeDiTable } from '../helpers/dedi-table';

// Sentences written for this test, not taken from any bench/check-heldout or check-train set.
const run = runDeDiTable;

describe('的/地/得: the sole predicate after an adverbial known by its shape, or after a pivot → 地', () => {
  run([
    // 分 + how the work is split (jieba: 分组 vn, 分批 m, 分段 n), after a pivot verb and its person.
    ['街道组织志愿者分组的走访困难家庭，收集群众意见。', ['分组[的→地]']],
    ['镇里动员党员分批的清理河道垃圾。', ['分批[的→地]']],
    // After a subject cut into a trade and its person morpheme (护路队 + 员), or one with a modifier of its own.
    ['护路队员分段的清扫积雪路面，保障通行。', ['分段[的→地]']],
    ['受灾的群众将分批的转移到安置点。', ['分批[的→地]']],
    // 并 + a verb adds a second predicate; an adverb inside the object's modifier predicates nothing.
    ['企业若主动的退还多领补贴并说明情况，可从轻处理。', ['主动[的→地]']],
    ['队员们连夜的转运已经打包的物资。', ['连夜[的→地]']],
    // A verb jieba reads as a noun, after an adverb, taking nouns joined by 與.
    ['里幹事逐一的清點轄內消防栓與沙包。', ['逐一[的→地]'], 'hant'],
  ]);
});

describe('的/地/得: the same words where the phrase is a noun phrase', () => {
  run([
    // A verb form and a noun, the next clause its predicate.
    ['园区持续的发展空间，吸引了不少企业。', []],
    ['该镇分类的处理方式，受到群众好评。', []],
    // A pivot verb's person owning the noun phrase; a later predicate of its own.
    ['公司组织员工的培训，由人事科负责。', []],
    ['组织干部分批的培训计划已经印发。', []],
    // At the clause's start no subject opens a predicate.
    ['长时间的监控录像显示，车辆曾多次进出。', []],
    ['分批的拆除工作，要在月底前完成。', []],
  ]);
});
