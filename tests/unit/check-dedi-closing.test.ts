import { describe, expect, it } from 'vitest';
import { runDeDiTable } from '../helpers/dedi-table';
import { leanBeforeDi } from '../../shared/check/words/de-di-declarative';
import { STRONG_MANNER } from '../../shared/check/words/de-di-closing';

// Sentences written for this test, not taken from any bench/check-heldout or check-train set.
const run = runDeDiTable;

describe("the model's strong manner lean (de-di-closing.ts)", () => {
  it('keeps words the model writes before 地 nearly as often as before 的, not noun modifiers', () => {
    expect(leanBeforeDi('苦口婆心')!).toBeGreaterThanOrEqual(STRONG_MANNER);
    expect(leanBeforeDi('仔细')!).toBeGreaterThanOrEqual(STRONG_MANNER);
    // 热情 leans to 的 more (群众热情的接待 is a noun phrase as often): under the bar.
    expect(leanBeforeDi('热情')!).toBeLessThan(STRONG_MANNER);
  });
});

describe('的/地/得: a subject + a strong manner word + 的 + a verb closing the clause → 地', () => {
  run([
    ['面对拒不搬离的住户，网格员苦口婆心的劝导，终于说服了他们。', ['婆心[的→地]']],
    ['调查人员沿着排水沟仔细的追查，找到了污水的来源。', ['仔细[的→地]']],
    ['調查人員沿著排水溝仔細的追查，找到了汙水的來源。', ['仔細[的→地]'], 'hant'],
    // Right as written with 地.
    ['面对拒不搬离的住户，网格员苦口婆心地劝导，终于说服了他们。', []],
  ]);
});

describe('的/地/得: the same words where 的 is right', () => {
  run([
    // A preposition or verb taking the phrase as its object.
    ['经过网格员苦口婆心的劝导，住户终于同意搬离。', []],
    ['感谢网格员苦口婆心的劝导，住户终于同意搬离。', []],
    // The phrase is the subject of a verb of effect in the next clause.
    ['网格员苦口婆心的劝导，让住户打消了顾虑。', []],
    // A manner word the model leans to 的 (热情): a noun phrase as often.
    ['群众热情的接待，大家都记在心里。', []],
  ]);
});
