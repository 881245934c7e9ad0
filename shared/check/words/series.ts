import { SHAPE_SERIES } from './shape-series';

/**
 * Same-reading look-alikes the position-bound families (shape-families.ts) do not hold: two common
 * characters of one syllable that share a telling component in any position, or one built on the
 * other (桨/浆 share 将's top over 木 or 水; 梅/霉 share 每 beside 木 and under 雨; 仿 is 方 with 亻).
 * Derived by tools/derive-shape-series.mjs. The slip rule (slip.ts) reads them as slips of both
 * likenesses, the commonest kind real drafts make: before, 砂桨 for 砂浆 was a slip of sound alone,
 * held to the sound bar and to targets jieba counts 30+, and the blind sets missed it.
 * Only the slip rule reads this table: the near-miss and shape rules keep their own look-alikes.
 */
let partners: Map<string, string[]> | null = null;

/** The characters of the same syllable that look like `ch` by this table (empty when none). */
export function seriesPartnersOf(ch: string): readonly string[] {
  if (!partners) {
    partners = new Map();
    for (const pair of SHAPE_SERIES.split(' ')) {
      const [x, y] = [...pair];
      if (!x || !y) continue;
      partners.set(x, [...(partners.get(x) ?? []), y]);
      partners.set(y, [...(partners.get(y) ?? []), x]);
    }
  }
  return partners.get(ch) ?? [];
}

/** Whether `x` and `y` are such a pair. */
export function seriesAlike(x: string, y: string): boolean {
  return seriesPartnersOf(x).includes(y);
}
