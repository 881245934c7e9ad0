import { expect, it } from 'vitest';
import { wordLayer } from '../../electron/services/check/segmenter';
import { checkText } from '../../shared/check';
import type { Script } from '../../shared/model';

/** The WRD-04 (confusable pair) findings on a text, shown as "written→fix". */
export function shownPairs(text: string, script: Script = 'hans'): string[] {
  return checkText(text, { script, words: wordLayer() })
    .filter((d) => d.rule === 'WRD-04')
    .map((d) => `${text.slice(d.location.offset, d.location.offset + d.location.length)}→${d.fix?.replacement}`);
}

/**
 * One test per pair: the wrong form in the slot that decides it gets exactly `fix`; the same word in
 * its own sense (`right`) gets nothing.
 */
export function runPairTable(pairs: [wrong: string, fix: string, right: string, script?: Script][]): void {
  for (const [wrong, fix, right, script] of pairs) {
    it(`${fix}: flagged in its slot, left alone in its own sense`, () => {
      expect(shownPairs(wrong, script)).toEqual([fix]);
      expect(shownPairs(right, script)).toEqual([]);
    });
  }
}
