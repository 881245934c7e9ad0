import { describe, expect, it } from 'vitest';
import { pool, readCheckRun, readImporterRun } from '../../bench/blind-record';

// The record is read from the scorers' own summary lines, as bench/score-heldout.ts and
// bench/score-check.ts print them: a change in those lines must not silently drop a set from the
// pooled blind figure.
describe('the blind record reads the scorers summary lines', () => {
  it('the importer overall line', () => {
    const text = 'field   right / total   accuracy\ntitle   5 / 5   100.0%\noverall (strict)            278 / 298     93.3%\n';
    expect(readImporterRun(text)).toEqual({ right: 278, total: 298 });
    expect(readImporterRun('title 5 / 5 100.0%')).toBeUndefined();
  });

  it('the checker lines, by kind and with the clean sentences', () => {
    const text = [
      'MISSED homophone 小车→校车 ',
      'faults caught 16/30 (fix right 15); by kind misspelling 4/8, idiom 6/6, homophone 2/9, de-di 4/7',
      'clean sentences: 1/20 with a false error, 2 with a false warning (6 Traditional)',
    ].join('\n');
    expect(readCheckRun(text)).toEqual({
      right: 16,
      total: 30,
      byKind: { misspelling: [4, 8], idiom: [6, 6], homophone: [2, 9], 'de-di': [4, 7] },
      falseErrors: 1,
      falseWarnings: 2,
    });
  });

  it('pools sets by their counts, not by averaging percentages', () => {
    const a = readCheckRun('faults caught 1/10 (fix right 1); by kind homophone 1/10')!;
    const b = readCheckRun('faults caught 29/30 (fix right 29); by kind homophone 9/9, idiom 20/21')!;
    const p = pool([a, undefined, b]);
    expect([p.right, p.total]).toEqual([30, 40]);
    expect(p.byKind).toEqual({ homophone: [10, 19], idiom: [20, 21] });
  });
});
