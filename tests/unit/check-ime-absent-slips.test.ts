import { describe, expect, it } from 'vitest';
import { wordLayer } from '../../electron/services/check/segmenter';
import { IME_ABSENT_SLIPS } from '../../shared/check/words/ime-absent-slips';
import type { Script } from '../../shared/model';

// Sentences written for this test (fictional places), not taken from any bench set.
const layer = wordLayer();
const found = (text: string, script: Script = 'hans'): string[] => layer.check(text, script).map((f) => `${f.rule} ${f.word}→${f.replacement}`);

describe('round 33: rare jieba entries the input method leaves out (ime-absent-slips.ts)', () => {
  it('lists a misspelling jieba kept and not a word of the model', () => {
    expect(IME_ABSENT_SLIPS.has('碑贴')).toBe(true);
    expect(IME_ABSENT_SLIPS.has('碑帖')).toBe(false);
  });

  it('names a same-reading look-alike target under the rare-word floor (碑帖 36, 秤砣 22)', () => {
    expect(found('市文化馆收藏的这批碑贴已完成数字化扫描。')).toContain('WRD-03 碑贴→碑帖');
    expect(found('柳湾镇农贸市场的公平秤坨每月由市场监管所校验一次。')).toContain('WRD-03 秤坨→秤砣');
  });

  it('leaves the right form alone', () => {
    expect(found('市文化馆收藏的这批碑帖已完成数字化扫描。')).toEqual([]);
  });

  it('does not lower the floor in Traditional text, where Taiwan’s own words are absent from the model', () => {
    expect(found('市文化館收藏的這批碑貼已完成數位化掃描。', 'hant')).toEqual([]);
  });
});
