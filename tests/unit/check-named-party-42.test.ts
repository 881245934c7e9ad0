import { describe, expect, it } from 'vitest';
import { wordLayer } from '../../electron/services/check/segmenter';
import { checkText } from '../../shared/check';

const words = wordLayer();

// Sentences written for this test: a body the text has named, shortened to its last character + 方.
describe('a named body shortened to its last character + 方 (affix.ts namedParty)', () => {
  const words2 = (text: string): string[] =>
    checkText(text, { script: 'hans', words })
      .filter((d) => d.rule.startsWith('WRD'))
      .map((d) => `${text.slice(d.location.offset, d.location.offset + d.location.length)}→${d.fix?.replacement}`);
  it.each([['新建的科技馆上月开放，馆方计划增设互动展项。'], ['区图书馆延长了开放时间，馆方表示欢迎读者。']])('%s is no slip', (text) => {
    expect(words2(text)).toEqual([]);
  });
  it('with no body named before it, 馆方 is still read as 官方', () => {
    expect(words2('馆方计划增设互动展项。')).toEqual(['馆方→官方']);
  });
});
