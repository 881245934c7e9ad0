import { describe } from 'vitest';
import { runDeDiTable } from '../helpers/dedi-table';

// Sentences written for this test, not taken from any bench/check-heldout or check-train set.
const run = runDeDiTable;

describe('的/地/得: 把/将 + object + verb + 的 + a describing phrase closing the clause → 得', () => {
  run([
    // The verb jieba tags n (布置) or as a name (陈列) is the frame's verb all the same.
    ['文化站把展厅布置的古色古香，吸引了不少游客。', ['布置[的→得]']],
    ['展覽館將老照片與舊報紙陳列的井然有序，市民可免費參觀。', ['陳列[的→得]'], 'hant'],
    // A word jieba tags v right before the verb (知识 v) is read with it; a four-character phrase of any tag.
    ['讲师把防疫知识讲解的通俗易懂，学员频频点头。', ['讲解[的→得]']],
    // 地 in the same place: no verb follows it.
    ['志愿者把活动室布置地温馨整洁。', ['布置[地→得]']],
    // Right as written.
    ['文化站把展厅布置得古色古香，吸引了不少游客。', []],
  ]);
});

describe('的/地/得: 把 frames whose 的 is a noun phrase', () => {
  run([
    // The frame has its verb already (作为), or the verb has its object (落实 + 到基层).
    ['要把安全生产作为全年工作的重中之重。', []],
    ['要把责任落实到基层的方方面面。', []],
    // A verb closes the clause after 的: 的 ends 把's object.
    ['各村把收集的意见整理好。', []],
    ['要把群众的满意作为检验标准。', []],
  ]);
});
