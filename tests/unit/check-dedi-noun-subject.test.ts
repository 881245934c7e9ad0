import { describe, expect, it } from 'vitest';
import { wordLayer } from '../../electron/services/check/segmenter';
import { checkText } from '../../shared/check';

const words = wordLayer();
const deDi = (text: string): string[] =>
  checkText(text, { script: 'hans', words })
    .filter((d) => d.rule === 'WRD-05')
    .map((d) => `${text.slice(d.location.offset, d.location.offset + d.location.length)}→${d.fix?.replacement}`);

describe('地 for 的 before nouns that a verb or adverb follows', () => {
  // The nouns after 地 are what the verb after them takes or says something of: 地 opens no adverbial.
  it.each(['老旧楼道里裸露地线缆直接搭在窗框上。', '院内随意堆放地木料进行了集中清理。'])('%s', (text) => {
    expect(deDi(text)).toEqual(['地→的']);
  });
  // An adverbial 地 before an adverb or a preposition and its verb stays.
  it.each(['工作人员耐心地逐户上门宣传。', '大家主动地向群众宣讲政策。', '同志们历史地辩证地看待问题。'])('no finding: %s', (text) => {
    expect(deDi(text)).toEqual([]);
  });
});
