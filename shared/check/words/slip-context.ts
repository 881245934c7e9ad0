/**
 * A second witness for the slip rule (slip.ts, WRD-02): whether fcitx5's language model holds a
 * strong collocation of two words (slip-context-data.ts, derived by tools/derive-slip-context.ts from
 * libime's lm_sc.arpa). The rule's own score is a unigram one (jieba's counts over the stretch), and
 * for a slip of one likeness alone (签属 for 签署, 防犯 for 防范: same syllable only) it does not set a
 * slip apart from two ordinary characters that merely meet. Whether the corrected word collocates with
 * the word beside it (签署 + 了, 群众 + 防范 + 意识 …) is evidence from another model, trained on other
 * text, that the unigram score does not hold.
 *
 * The pairs are a Golomb-Rice coded set of hashes: decoded once, on first use, into a sorted array.
 */
import { SC_MOD, SC_PAIRS, SC_RICE } from './slip-context-data';

/** FNV-1a, 32 bits, over the UTF-16 code units of "A\tB". */
export function pairHash(a: string, b: string): number {
  let h = 0x811c9dc5;
  const s = `${a}\t${b}`;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Encodes pairs "A\tB" as a Rice-coded set (the derive tool and the tests use it). */
export function encodePairSet(pairs: readonly string[], rice: number): { mod: number; data: string } {
  const mod = Math.max(1, pairs.length) * 2 ** rice;
  const values = [
    ...new Set(
      pairs.map((p) => {
        const [a, b] = p.split('\t');
        return pairHash(a!, b!) % mod;
      }),
    ),
  ].sort((x, y) => x - y);
  const bits: number[] = [];
  let prev = 0;
  for (const v of values) {
    const d = v - prev;
    prev = v;
    for (let q = Math.floor(d / 2 ** rice); q > 0; q--) bits.push(1);
    bits.push(0);
    for (let k = rice - 1; k >= 0; k--) bits.push(Math.floor(d / 2 ** k) % 2);
  }
  let data = '';
  for (let i = 0; i < bits.length; i += 6) {
    let c = 0;
    for (let k = 0; k < 6; k++) c = c * 2 + (bits[i + k] ?? 0);
    data += B64[c];
  }
  return { mod, data: `${values.length}:${data}` };
}

/** Decodes a set encodePairSet made into its sorted hashes (one pass, a 24-bit window of the stream). */
export function decodePairSet(encoded: string, rice: number): Uint32Array {
  const colon = encoded.indexOf(':');
  const count = Number(encoded.slice(0, colon));
  const out = new Uint32Array(count);
  const digit = new Uint8Array(128);
  for (let k = 0; k < 64; k++) digit[B64.charCodeAt(k)] = k;
  const step = 2 ** rice;
  const mask = step - 1;
  let pos = colon + 1;
  // `buf` holds the next `have` bits of the stream, most significant first.
  let buf = 0;
  let have = 0;
  let prev = 0;
  for (let i = 0; i < count; i++) {
    let q = 0;
    for (;;) {
      if (have === 0) {
        buf = digit[encoded.charCodeAt(pos++)]!;
        have = 6;
      }
      have--;
      if (((buf >> have) & 1) === 0) break;
      q++;
    }
    while (have < rice) {
      buf = ((buf & ((1 << have) - 1)) << 6) | digit[encoded.charCodeAt(pos++)]!;
      have += 6;
    }
    have -= rice;
    prev += q * step + ((buf >> have) & mask);
    out[i] = prev;
  }
  return out;
}

let table: Uint32Array | null = null;

/** Whether the model holds "a b" as a strong collocation (odds of a false yes: 1 in 2^SC_RICE). */
export function collocates(a: string, b: string): boolean {
  table ??= decodePairSet(SC_PAIRS, SC_RICE);
  return inSortedSet(table, pairHash(a, b) % SC_MOD);
}

/** Whether the decoded, ascending hash table holds `h` (binary search; slip-rare.ts reads it too). */
export function inSortedSet(sorted: Uint32Array, h: number): boolean {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = sorted[mid]!;
    if (v === h) return true;
    if (v < h) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}
