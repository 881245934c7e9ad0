import { describe, expect, it } from 'vitest';
import { checkText } from '../../shared/check';
import { jiebaDictionary, jiebaSegmenter, wordLayer } from '../../electron/services/check/segmenter';
import { analyse } from '../../shared/check/words/analyse';
import { lmAcrossRule } from '../../shared/check/words/lm-pairs';
import { reportCount } from '../../shared/check/words/report-pairs';

// Sentences written for this test, not taken from any bench/check-heldout set.

function run(text: string) {
  const rule = lmAcrossRule(analyse(text, 'hans', jiebaSegmenter)!, text, jiebaDictionary()).map((f) => [f.word, f.replacement, f.severity]);
  // The layer keeps the finding (no earlier rule takes the span).
  const layer = checkText(text, { script: 'hans', words: wordLayer() }).filter((d) => d.rule === 'WRD-04');
  expect(layer.map((d) => d.fix?.replacement)).toEqual(rule.map((r) => r[1]));
  return rule;
}

describe('lm-pairs.ts lmAcrossRule: the twin’s bigram read across one intervening word', () => {
  it('reads a list partner across 、 (人力、无力 → 物力) and a verb across a place word (砍伐…数目 → 树木)', () => {
    expect(run('这次培训需要投入大量人力、无力和财力。')).toEqual([['无力', '物力', 'warning']]);
    expect(run('他在大学选修了无理、化学两门课。')).toEqual([['无理', '物理', 'warning']]);
    expect(run('村民不得私自砍伐山上数目。')).toEqual([['数目', '树木', 'warning']]);
  });

  it('leaves the right word, and reads nothing across a clause mark', () => {
    expect(run('这次培训需要投入大量人力、物力和财力。')).toEqual([]);
    expect(run('人力，无力，都缺。')).toEqual([]);
    expect(run('检查发现数目不符。')).toEqual([]);
  });

  it('leaves a written word report text uses more often than the twin (新型 against 新兴)', () => {
    expect(reportCount('新型')).toBeGreaterThan(reportCount('新兴'));
    expect(run('本市新型电池产业规模扩大。')).toEqual([]);
  });
});
