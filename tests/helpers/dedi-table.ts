import { expect, it } from 'vitest';
import { wordLayer } from '../../electron/services/check/segmenter';
import { checkText } from '../../shared/check';
import type { Script } from '../../shared/model';

/** The WRD-05 findings on a text, shown as "two characters before[written→fix]". */
export function shownDeDi(text: string, script: Script = 'hans'): string[] {
  return checkText(text, { script, words: wordLayer() })
    .filter((d) => d.rule === 'WRD-05')
    .map((d) => `${text.slice(d.location.offset - 2, d.location.offset)}[${text.slice(d.location.offset, d.location.offset + d.location.length)}→${d.fix?.replacement}]`);
}

/** One test per row: the text, the WRD-05 findings wanted (shownDeDi's form), its script. */
export function runDeDiTable(table: [string, string[], Script?][]): void {
  for (const [text, want, script] of table) {
    it(`${text} → ${want.join(', ') || 'nothing'}`, () => {
      expect(shownDeDi(text, script)).toEqual(want);
    });
  }
}
