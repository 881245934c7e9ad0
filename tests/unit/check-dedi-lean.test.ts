import { describe, expect, it } from 'vitest';
import { runDeDiTable } from '../helpers/dedi-table';
import { leansAdverbial, leansNominal } from '../../shared/check/words/de-di-lean';

// Sentences written for this test, not taken from any bench/check-heldout set.
const run = runDeDiTable;

describe("a word's lean before 的/地 in the language model (de-di-lm.ts)", () => {
  it('reads adverbials jieba tags otherwise as adverbials, noun modifiers as nominal', () => {
    expect(leansAdverbial('定期')).toBe(true);
    expect(leansAdverbial('优质')).toBe(false);
    expect(leansNominal('优质')).toBe(true);
    expect(leansNominal('定期')).toBe(false);
  });
});

describe('的/地/得: a word the model writes before 地 + 的 + a verb and its object, in a directive → 地', () => {
  run([
    // 定期 (jieba vn) after a comma, 请 earlier in the sentence.
    ['请各街道办事处配合网格员，定期的走访辖区内的困难家庭。', ['定期[的→地]']],
    ['請各區公所配合網格員，定期的走訪轄區內的困難家庭。', ['定期[的→地]'], 'hant'],
    // Right as written: 地, or the word before a noun phrase object (实行定期的 + 巡查制度), or no directive.
    ['请各街道办事处配合网格员，定期地走访辖区内的困难家庭。', []],
    ['各街道要实行定期的走访制度。', []],
    ['请各单位将定期的走访记录报送街道。', []],
    // 做好 takes the phrase as its object (no office name holds it).
    ['请各社区做好定期的走访工作。', []],
    ['网格员定期的走访让困难家庭很安心。', []],
  ]);
});

describe('的/地/得: a word the model never writes before 地 + 地 + a noun phrase closing the clause → 的', () => {
  run([
    // 优质 (jieba n) before a noun phrase.
    ['要持续增加优质地医疗资源供给。', ['优质[地→的]']],
    ['要持续增加优质的医疗资源供给。', []],
    // A verb + noun after 地, owned by 营造 earlier in the clause: a noun phrase.
    ['要为群众营造温馨地休憩空间。', ['温馨[地→的]']],
    // No owner verb: 温馨 is the verb's adverbial.
    ['工作人员温馨地提醒游客注意安全。', []],
    // 地 of a noun jieba cut off its word (低效 + 用地): no modifier's 地.
    ['要依法收回长期不用的低效用地项目。', []],
  ]);
});

describe('的/地/得: 得 + a word the model never writes before 地 + a noun closing the clause → 的', () => {
  run([
    ['全镇上下营造了争先创优得良好氛围。', ['创优[得→的]']],
    ['各村形成了互帮互助得优良传统。', ['互助[得→的]']],
    // A complement after 得, no noun: right as written.
    ['这项工作开展得良好。', []],
    ['全镇上下营造了争先创优的良好氛围。', []],
  ]);
});
