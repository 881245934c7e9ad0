import { describe, expect, it } from 'vitest';
import { wordLayer } from '../../electron/services/check/segmenter';
import { checkText } from '../../shared/check';
import type { Script } from '../../shared/model';

// Web pages that print a reading after each character (會(huì)議) are pasted as they are; the
// readings split every word, and the near-miss rule read the halves as slips (議在 → 意在).
// Sentences written for this test.
const words = wordLayer();
const shown = (text: string, script: Script): string[] =>
  checkText(text, { script, words })
    .filter((d) => d.rule.startsWith('WRD'))
    .map((d) => `${text.slice(d.location.offset, d.location.offset + d.location.length)}→${d.fix?.replacement}`);

describe('word layer on text carrying pinyin readings', () => {
  it('reads no slip across a reading that splits a word', () => {
    expect(shown('會(huì)議在縣行政中心召開，會(huì)議室坐滿了人。', 'hant')).toEqual([]);
    expect(shown('縣長主持會議，縣領(lǐng)導出席。', 'hant')).toEqual([]);
    expect(shown('会(huì)议在县行政中心召开。', 'hans')).toEqual([]);
  });

  it('still reads a slip away from the readings', () => {
    expect(shown('會(huì)議要求抓好防汎工作，一股作氣完成任務。', 'hant').length).toBeGreaterThan(0);
  });
});
