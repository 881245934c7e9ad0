import { describe, expect, it } from 'vitest';
import { wordLayer } from '../../electron/services/check/segmenter';
import { checkText } from '../../shared/check';
import type { Script } from '../../shared/model';

// Sentences written for this test, not taken from any bench/check-heldout set.

/** The word-layer findings (rule, written stretch → fix) on a text. */
function words(text: string, script: Script = 'hans'): string[] {
  return checkText(text, { script, words: wordLayer() })
    .filter((d) => d.rule.startsWith('WRD'))
    .map((d) => `${d.rule} ${text.slice(d.location.offset, d.location.offset + d.location.length)}→${d.fix?.replacement}`);
}

describe('a measure word counting what follows starts no broken word (measure.ts)', () => {
  it('reads 那座 + 危桥 as a count, not 座危 → 座位', () => {
    expect(words('村口那座危桥已经封闭。')).toEqual([]);
  });

  it('still reads a slip in the counted noun phrase (护拦 → 护栏)', () => {
    // Only windows that start at the measure word are skipped, not the noun phrase's own.
    expect(words('这座桥梁的护拦已经修复。')).toContain('WRD-02 护拦→护栏');
  });
});

describe("Traditional text: a word of Taiwan's lexicon is no rare slip (rules.ts rareWord)", () => {
  it('leaves 防制 (Taiwan: prevention and control) alone', () => {
    expect(words('市府持續推動毒品防制工作。', 'hant')).toEqual([]);
    expect(words('衛生局持續加強菸害防制宣導。', 'hant')).toEqual([]);
  });
});
