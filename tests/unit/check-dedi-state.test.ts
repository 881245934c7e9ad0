import { describe, expect, it } from 'vitest';
import { runDeDiTable } from '../helpers/dedi-table';
import { leanAfterDei } from '../../shared/check/words/de-di-state';

// Sentences written for this test, not taken from any bench/check-heldout or check-train set.
const run = runDeDiTable;

describe("the model's lean of a word to follow 得 rather than 的 (de-di-verb-data.ts)", () => {
  it('lists complements of state, not nouns', () => {
    expect(leanAfterDei('井然有序')!).toBeGreaterThanOrEqual(1);
    expect(leanAfterDei('干干净净')!).toBeGreaterThanOrEqual(1);
    expect(leanAfterDei('问题')).toBeNull();
    expect(leanAfterDei('工作')).toBeNull();
  });
});

describe('的/地/得: a verb + 的 + a state word the model writes after 得, closing the clause → 得', () => {
  run([
    ['仓库里的救灾物资码放的井然有序。', ['码放[的→得]']],
    ['村里的小广场打扫的干干净净，', ['打扫[的→得]']],
    ['倉庫裡的救災物資碼放的井然有序。', ['碼放[的→得]'], 'hant'],
    // Right as written.
    ['仓库里的救灾物资码放得井然有序。', []],
    // A verb + 的 + a noun: the 的 phrase is the noun's modifier.
    ['会上提出的问题，', []],
  ]);
});
