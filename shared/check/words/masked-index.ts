/**
 * Words of one length found by all their characters but one (建?率 → 建蔽率), kept as a few packed
 * strings instead of a map entry per masked form.
 *
 * Why packed: a Map of the Taiwan list's ~21,000 masked forms (round 19's first version) lived for
 * the word worker's lifetime, and the worker's first check of 20 fresh Simplified pages, which never
 * looks anything up in it, went from 89–98 ms to 99–180 ms (bench/check-fresh.ts, through the worker;
 * with the map not built, 83–95 ms). One string per (length, masked position) is one heap object.
 *
 * Layout: for each length L and position k, every word of length L with its k-th character moved to
 * the end, sorted and concatenated: fixed-width records, so a binary search on the other L - 1
 * characters finds the run of words that differ from a written stretch only at k.
 */
export type MaskedIndex = {
  /** The words that equal `written` everywhere but at `k`, '|'-joined ('' for none). */
  targets(written: string, k: number): string;
};

export function maskedIndex(words: Iterable<string>, minLength: number, maxLength: number): MaskedIndex {
  const byLength = new Map<number, string[]>();
  for (const w of words) {
    // records are fixed-width in UTF-16 units: a word with an astral character would break the width
    if (w.length < minLength || w.length > maxLength || [...w].length !== w.length) continue;
    const list = byLength.get(w.length) ?? [];
    list.push(w);
    byLength.set(w.length, list);
  }
  const packed = new Map<string, string>();
  for (const [length, list] of byLength)
    for (let k = 0; k < length; k++)
      packed.set(
        `${length}:${k}`,
        list
          .map((w) => w.slice(0, k) + w.slice(k + 1) + w[k])
          .sort()
          .join(''),
      );
  return {
    targets(written, k) {
      const length = written.length;
      const records = packed.get(`${length}:${k}`);
      if (!records || k < 0 || k >= length) return '';
      const rest = written.slice(0, k) + written.slice(k + 1);
      const count = records.length / length;
      const keyAt = (i: number): string => records.slice(i * length, i * length + length - 1);
      let lo = 0;
      let hi = count;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (keyAt(mid) < rest) lo = mid + 1;
        else hi = mid;
      }
      const out: string[] = [];
      for (let i = lo; i < count && keyAt(i) === rest; i++) {
        const ch = records[i * length + length - 1]!;
        out.push(written.slice(0, k) + ch + written.slice(k + 1));
      }
      return out.join('|');
    },
  };
}
