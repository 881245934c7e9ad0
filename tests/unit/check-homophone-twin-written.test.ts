import { describe, expect, it } from 'vitest';
import { checkText } from '../../shared/check';
import { wordLayer } from '../../electron/services/check/segmenter';

// Sentences written for this test, not taken from any bench/check-heldout set.

function found(text: string, script: 'hans' | 'hant' = 'hans') {
  return checkText(text, { script, words: wordLayer() })
    .filter((f) => f.rule === 'WRD-04')
    .map((f) => [f.params?.found, f.params?.expected, f.severity]);
}

describe('a same-reading warning whose fix the paragraph already writes right', () => {
  it('still warns when the twin is nowhere else in the paragraph', () => {
    expect(found('会议上没有人提出异见。')).toEqual([['异见', '意见', 'warning']]);
    expect(found('會議上沒有人提出異見。', 'hant')).toEqual([['異見', '意見', 'warning']]);
  });

  it('is withdrawn when the twin stands written right elsewhere (the input method offers the last pick first)', () => {
    expect(found('会上征求意见时，没有人提出异见。')).toEqual([]);
    expect(found('會上徵求意見時，沒有人提出異見。', 'hant')).toEqual([]);
  });

  it('leaves an error alone: the twin elsewhere does not excuse a fixed collocation broken', () => {
    expect(found('前期调研已经完成，各单位要做好前妻准备工作。')).toEqual([['前妻', '前期', 'error']]);
  });
});
