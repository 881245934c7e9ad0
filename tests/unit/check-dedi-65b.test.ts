import { describe } from 'vitest';
import { runDeDiTable } from '../helpers/dedi-table';

// Sentences written for this test, not taken from any bench/check-heldout or check-train set.
const run = runDeDiTable;

describe('的 → 地 before a verb whose phrase a second verb carries on (de-di-declarative.ts)', () => {
  run([
    // The verb's phrase goes on with a second verb (独居 v) that modifies its object.
    ['社工细心的倾听独居老人的诉求，', ['细心[的→地]']],
    ['护士细心的照料独居老人的起居，', ['细心[的→地]']],
    // Right as written.
    ['社工细心地倾听独居老人的诉求，', []],
    // Two verbs closing the clause are a compound noun, the object of 作了.
    ['老师对课文作了全面深入的讲解分析，', []],
    // The second verb opens the predicate whose subject the phrase before is.
    ['群众热情的帮助使我们深受感动。', []],
    ['医生耐心的解答打消了群众顾虑。', []],
  ]);
});
