import { describe, expect, it } from 'vitest';
import { checkText } from '../../shared/check';
import { jiebaDictionary, jiebaSegmenter, wordLayer } from '../../electron/services/check/segmenter';
import { analyse } from '../../shared/check/words/analyse';
import { homophoneSpanRule } from '../../shared/check/words/homophone-span';

// Sentences written for this test, not taken from any bench/check-heldout set.

function run(text: string, script: 'hans' | 'hant' = 'hans') {
  wordLayer();
  const a = analyse(text, script, jiebaSegmenter)!;
  return homophoneSpanRule(a, text, jiebaDictionary()).map((f) => [f.word, f.replacement, f.severity]);
}

describe('homophone-span.ts: a twin of two lone characters jieba reads as no word', () => {
  it('names the twin a table records beside the neighbouring word', () => {
    // 带|客 教师: 代课 before 教师; 民众 检|具: 检举 after 民众
    expect(run('今年新招带客教师五人。')).toEqual([['带客', '代课', 'warning']]);
    expect(run('警方根据民众检具查获一批假药。')).toEqual([['检具', '检举', 'warning']]);
  });

  it('writes the fix in the document script', () => {
    expect(run('今年新招帶客教師五人。', 'hant')).toEqual([['帶客', '代課', 'warning']]);
  });

  it('is reported by the word layer', () => {
    const found = checkText('今年新招带客教师五人。', { script: 'hans', words: wordLayer() }).filter((d) => d.rule === 'WRD-04');
    expect(found.map((d) => [d.location.offset, d.location.length, d.fix?.replacement])).toEqual([[4, 2, '代课']]);
  });

  it('leaves the right word, and a neighbour no table records beside the twin', () => {
    expect(run('今年新招代课教师五人。')).toEqual([]);
    expect(run('这所学校缺少带客人员。')).toEqual([]);
  });

  it('leaves a span an input method or a dictionary holds as a word (企稳 回升)', () => {
    expect(run('全面企稳回升的势头已经形成。')).toEqual([]);
  });

  it('leaves lone function words, modifiers and numerals (更|低, 市|副 市长)', () => {
    expect(run('成本更低，效果更好。')).toEqual([]);
    expect(run('北岸市副市长出席会议。')).toEqual([]);
  });
});
