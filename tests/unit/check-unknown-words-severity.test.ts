import { describe, expect, it } from 'vitest';
import { wordLayer } from '../../electron/services/check/segmenter';
import { checkText } from '../../shared/check';
import type { Script } from '../../shared/model';

/**
 * Round 21: on real report text (bench/check-realtext.ts) the word layer's errors were false 41
 * times in 42. An error is what "fix all" applies, so a guess must be a warning: a same-sound word
 * spelt across a run of lone characters (where the segmenter meets a name or a body's abbreviation
 * it does not know), and two common words read as a phrase that is no idiom. Slips stay errors.
 */
const words = wordLayer();
const wordFindings = (text: string, script: Script = 'hans'): string[] =>
  checkText(text, { script, words })
    .filter((d) => d.rule.startsWith('WRD-'))
    .map((d) => `${d.rule}:${d.severity}:${text.slice(d.location.offset, d.location.offset + d.location.length)}→${d.fix?.replacement}`);

describe('a guess across an unknown name or abbreviation is a warning, never an error', () => {
  it.each([
    ['经区发规办审核同意。', 'WRD-02:warning:发规→法规'],
    ['区文观局负责推动。', 'WRD-02:warning:文观→文官'],
  ])('%s', (text, expected) => {
    expect(wordFindings(text)).toEqual([expected]);
  });
  // Round 25: a name right after a post (whatever its surname) and the official term 一府一委两院
  // are read as what they are: no finding at all, neither error nor warning.
  // Round 30: a level + abbreviated bureau + head (县卫健局) and a head closing a body's name (各室委)
  // are read as bodies' names (proper.ts): no finding either.
  it.each(['由党委书记蔺庆华主持。', '加强对“一府一委两院”的监督。', '县卫健局党组书记王强出席。', '人大常委会各室委负责同志参加。'])('%s: no finding', (text) => {
    expect(wordFindings(text)).toEqual([]);
  });
});

describe('two common words read as a phrase that is no idiom: a warning', () => {
  it('聯繫會議 (Taiwan writes it so): since round 25 a term of its own, no finding', () => {
    expect(wordFindings('各鄉鎮村里長聯繫會議昨日召開。', 'hant')).toEqual([]);
  });
});

describe('slips stay errors', () => {
  it.each([
    ['要深入挖崛红色资源。', 'WRD-02:error:挖崛→挖掘'],
    ['大家谈笑风声，气氛热烈。', 'WRD-01:error:谈笑风声→谈笑风生'],
    ['各单位不能松驰懈怠。', 'WRD-01:error:松驰→松弛'],
  ])('%s', (text, expected) => {
    expect(wordFindings(text)).toEqual([expected]);
  });
});
