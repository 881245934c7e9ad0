import type { Analysed, Token } from './analyse';
import { isHanWord } from './analyse';
import type { WordDictionary } from './dictionary';
import { finding, type WordFinding } from './finding';
import { isTaiwanWord } from './taiwan';
import { HA_ALPHABET, HA_FIXES, HA_WORDS, HA_WRITTEN } from './homophone-adjacency-data';

/** The raw tables, as homophone-adjacency-data.ts holds them (a bench may pass a fold's own). */
export interface HomophoneAdjacencySource {
  HA_ALPHABET: string;
  HA_WORDS: string;
  HA_FIXES: string;
  HA_WRITTEN: string;
}

/** A fix: the model's log10 unigram and back-off weight (tenths) and its packed strong items. */
interface Fix {
  u: number;
  b: number;
  left: string;
  right: string;
}

/** A written word: its figures, its fixes, and the neighbour ids that vouch for it (packed). */
interface Written {
  u: number;
  b: number;
  fixes: string[];
  vetoLeft: string;
  vetoRight: string;
}

export interface HomophoneAdjacencyTables {
  /** Neighbour word -> its id, two digits. */
  ids: Map<string, string>;
  fixes: Map<string, Fix>;
  written: Map<string, Written>;
  digit: Uint8Array;
}

/** Parses tables in homophone-adjacency-data.ts's format; the items stay packed. */
export function parseHomophoneAdjacency(src: HomophoneAdjacencySource): HomophoneAdjacencyTables {
  const digit = new Uint8Array(128);
  const B = src.HA_ALPHABET.length;
  for (let k = 0; k < B; k++) digit[src.HA_ALPHABET.charCodeAt(k)] = k;
  const ids = new Map(src.HA_WORDS.split(' ').map((w, k) => [w, src.HA_ALPHABET[Math.floor(k / B)]! + src.HA_ALPHABET[k % B]!]));
  const figures = (s: string): [number, number] => {
    const [u, b] = s.split(',');
    return [Number(u), Number(b)];
  };
  const packed = (s: string | undefined): string => (!s || s === '-' ? '' : s);
  const fixes = new Map<string, Fix>();
  for (const line of src.HA_FIXES.split('\n')) {
    const [t, f, l, r] = line.split(' ');
    if (!t || !f) continue;
    const [u, b] = figures(f);
    fixes.set(t, { u, b, left: packed(l), right: packed(r) });
  }
  const written = new Map<string, Written>();
  for (const line of src.HA_WRITTEN.split('\n')) {
    const [w, f, ts, vl, vr] = line.split(' ');
    if (!w || !f || !ts) continue;
    const [u, b] = figures(f);
    written.set(w, { u, b, fixes: ts.split(','), vetoLeft: packed(vl), vetoRight: packed(vr) });
  }
  return { ids, fixes, written, digit };
}

let shipped: HomophoneAdjacencyTables | null = null;
function tables(): HomophoneAdjacencyTables {
  return (shipped ??= parseHomophoneAdjacency({ HA_ALPHABET, HA_WORDS, HA_FIXES, HA_WRITTEN }));
}

/** Parses the shipped tables now (createWordLayer calls it at start-up, beside the other tables'). */
export function loadHomophoneAdjacency(): void {
  tables();
}

/** The main table, parsed on first use (homophone-collocate.ts reads its pairs and vetoes too). */
export const homophoneAdjacencyTables = tables;

/** A further table in this format, read by the same rule at a bar of its own (the wide and rare tables). */
export interface ShippedAdjacencyTable {
  /** Parses the table now (createWordLayer calls it at start-up, beside the main one). */
  load(): void;
  rule(a: Analysed, original: string, dict: WordDictionary, t?: HomophoneAdjacencyTables): WordFinding[];
  /** The parsed table (homophone-collocate.ts reads its pairs and vetoes too). */
  tables(): HomophoneAdjacencyTables;
}

/** The table `src` parsed on its first use (or at load), its rule homophoneAdjacencyRule at `bar`. */
export function shippedAdjacencyTable(src: HomophoneAdjacencySource, bar: number): ShippedAdjacencyTable {
  let parsed: HomophoneAdjacencyTables | null = null;
  const parse = (): HomophoneAdjacencyTables => (parsed ??= parseHomophoneAdjacency(src));
  return {
    load: () => void parse(),
    rule: (a, original, dict, t = parse()) => homophoneAdjacencyRule(a, original, dict, t, bar),
    tables: parse,
  };
}

/** The lift (tenths) of neighbour id `id` in packed items of three characters sorted by id, or 0 (homophone-span.ts reads it too). */
export function lift(t: Pick<HomophoneAdjacencyTables, 'digit'>, items: string, id: string): number {
  let lo = 0;
  let hi = items.length / 3;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const c = items.charCodeAt(mid * 3) - id.charCodeAt(0) || items.charCodeAt(mid * 3 + 1) - id.charCodeAt(1);
    if (c === 0) return t.digit[items.charCodeAt(mid * 3 + 2)]! + 20;
    if (c < 0) lo = mid + 1;
    else hi = mid;
  }
  return 0;
}

/** Whether packed two-character ids hold `id`. */
function holds(ids: string, id: string): boolean {
  for (let k = 0; k < ids.length; k += 2) if (ids[k] === id[0] && ids[k + 1] === id[1]) return true;
  return false;
}

/**
 * The bar in tenths of log10 of the model's P(fix beside its neighbours) / P(written beside them):
 * chosen on the keyed first-run misses of the ODD TRAIN check sets and the odd report batches
 * (tools/diag-homophone-adjacency.ts), never on the even ones it is reported on.
 */
export const HOMOPHONE_ADJACENCY_BAR = 20;

/** Words read for a slip: two Han characters, content words (no names, numbers or function words). */
export const readable = (t: Token): boolean => t.word.length === 2 && isHanWord(t.word) && !/^(nr|ns|nt|m|q|r|c|p|u|x|e|y|o|d)/.test(t.tag);

/**
 * WRD-04 warning by adjacency: a two-character word whose same-reading twin fcitx5's language model
 * knows as a collocation of the very neighbour it stands beside (an explicit bigram 100 times its
 * back-off estimate), while the written word has no such bigram with it and report text never puts
 * it there (社会视野发展 → 事业, 出现鼓掌 → 故障, 义务指数活动 → 植树, 予以出发 → 处罚). Unlike homophone-context.ts
 * it reads written words that ARE ordinary report words: the slips keyed by hand pick such pairs. The
 * evidence is the neighbour, not the genre: the twin's unigram and back-off differences plus the
 * deciding lift must clear the bar. A jieba phrase of the written word with a neighbour vouches for
 * it; in Traditional text a Taiwan word is left alone (課室, 身分: the model is the mainland's).
 */
export function homophoneAdjacencyRule(a: Analysed, original: string, dict: WordDictionary, t: HomophoneAdjacencyTables = tables(), bar = HOMOPHONE_ADJACENCY_BAR): WordFinding[] {
  const out: WordFinding[] = [];
  const tk = a.tokens;
  for (let k = 0; k < tk.length; k++) {
    const w = tk[k]!;
    const e = t.written.get(w.word);
    if (!e || !readable(w)) continue;
    if (a.script === 'hant' && isTaiwanWord(original.slice(w.start, w.end))) continue;
    const L = tk[k - 1];
    const R = tk[k + 1];
    const l = L ? t.ids.get(L.word) : undefined;
    const r = R ? t.ids.get(R.word) : undefined;
    if (l === undefined && r === undefined) continue;
    let best: { word: string; n: number } | null = null;
    for (const f of e.fixes) {
      const x = t.fixes.get(f);
      if (!x) continue;
      const byLeft = l !== undefined && !holds(e.vetoLeft, l) ? lift(t, x.left, l) : 0;
      const byRight = r !== undefined && !holds(e.vetoRight, r) ? lift(t, x.right, r) : 0;
      if (!byLeft && !byRight) continue;
      const n = x.u - e.u + (R ? x.b - e.b : 0) + byLeft + byRight;
      if (n >= bar && (!best || n > best.n)) best = { word: f, n };
    }
    // A jieba phrase of the written word with a neighbour vouches for it (looked up last: rare).
    if (!best || (L && dict.freq(L.word + w.word) > 0) || (R && dict.freq(w.word + R.word) > 0)) continue;
    out.push(finding(a, original, 'WRD-04', 'warning', w.start, 2, best.word));
  }
  return out;
}
