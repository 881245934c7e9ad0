import { describe, expect, it } from 'vitest';
import { runDeDiTable } from '../helpers/dedi-table';
import { analyse } from '../../shared/check/words/analyse';
import { jiebaSegmenter } from '../../electron/services/check/segmenter';
import { coordinatedMannerBeforeVerb } from '../../shared/check/words/de-di-coordinated';

// Sentences written for this test, not taken from any bench/check-heldout or check-train set.
const run = runDeDiTable;

/** Whether the coordinated reading alone takes the first 的 of a sentence for 地. */
function reads(s: string): boolean {
  const t = analyse(s, 'hans', jiebaSegmenter)!.tokens;
  return coordinatedMannerBeforeVerb(
    t,
    t.findIndex((k) => k.word === '的'),
  );
}

describe('的/地/得: two manner words said together + 的 + a verb → 地 (de-di-coordinated.ts)', () => {
  it('reads the pair where a predicate opens', () => {
    expect(reads('驻站医生耐心细致的解答村民的疑问。')).toBe(false); // a 的 inside the object: not read
    expect(reads('我们将持续不断的提升窗口服务水平。')).toBe(true);
    expect(reads('各乡镇要通过广播等方式及时准确的通报汛情。')).toBe(true);
  });
  run([
    ['我们将持续不断的提升窗口服务水平。', ['不断[的→地]']],
    ['巡查队员將主動積極的出擊，守住每一段河堤。', ['積極[的→地]'], 'hant'],
    ['各乡镇要通过广播等方式及时准确的通报汛情。', ['准确[的→地]']],
    // Right as written with 地.
    ['我们将持续不断地提升窗口服务水平。', []],
  ]);
});

describe('的/地/得: a pair of manner words where 的 is right', () => {
  run([
    // After a verb the phrase is its object.
    ['我们要发扬认真细致的工作作风。', []],
    // A determiner builds a noun phrase.
    ['这种耐心细致的讲解让群众很满意。', []],
    // The phrase is the subject of a verb of effect in the next clause.
    ['工作人员耐心细致的讲解，赢得了群众的好评。', []],
    // 将 as 把: a verb after the object takes the phrase.
    ['我们将持续不断的监测数据报送市局。', []],
  ]);
});

describe('的/地/得: 地 after a paired or set-phrase adverbial stays 地 (coordinatedMannerBeforeDi)', () => {
  run([
    // A set phrase the model writes before 地, then a verb jieba tags n closing the clause.
    ['镇里安排网格员风雨无阻地巡山，及时劝返进山人员。', []],
    ['街道每天安排护林员夜以继日地巡山，劝阻违规用火。', []],
    // After 有了 the run modifies the object: 的 was meant.
    ['大家对这项改革有了更加全面深刻地认识。', ['深刻[地→的]']],
    // A noun compound after it is a noun phrase: 的 was meant.
    ['参加防汛是全体党员义不容辞地政治责任。', ['容辞[地→的]']],
  ]);
});
