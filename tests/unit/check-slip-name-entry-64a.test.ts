import { describe, expect, it } from 'vitest';
import { wordLayer } from '../../electron/services/check/segmenter';
import { checkText } from '../../shared/check';
import type { Script } from '../../shared/model';

// Sentences written for this test, not taken from any bench set.
const words = wordLayer();
const shown = (text: string, script: Script = 'hans'): string[] =>
  checkText(text, { script, words })
    .filter((d) => d.rule === 'WRD-02')
    .map((d) => `${text.slice(d.location.offset, d.location.offset + d.location.length)}→${d.fix?.replacement}`);

describe('an everyday word jieba tags as a name is a slip target for a same-reading look-alike (slip.ts, round 33)', () => {
  it('names 苗圃 (nr, starting with the surname 苗) for 苗浦', () => {
    expect(shown('县林业局在城郊建成苗浦基地一处。')).toEqual(['苗浦→苗圃']);
    expect(shown('绿化所用树苗全部来自本地苗浦。')).toEqual(['苗浦→苗圃']);
  });

  it('names 蓝藻 (nr, starting with the surname 蓝) for 篮藻, in either script', () => {
    expect(shown('入夏后湖面出现篮藻聚集，环保部门加密监测。')).toEqual(['篮藻→蓝藻']);
    expect(shown('入夏後湖面出現籃藻聚集，環保單位加密監測。', 'hant')).toEqual(['籃藻→藍藻']);
  });

  it('leaves the right words alone', () => {
    expect(shown('县林业局在城郊建成苗圃基地一处，入夏后湖面蓝藻聚集。')).toEqual([]);
  });
});
