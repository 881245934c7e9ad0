import type { Analysed, Token } from './analyse';
import { isHanWord } from './analyse';
import type { WordDictionary } from './dictionary';
import { finding, type WordFinding } from './finding';
import { isTaiwanWord } from './taiwan';
import { HC_ALPHABET, HC_COUNTS, HC_FIXES, HC_TWINS, HC_WORDS } from './homophone-context-data';

/** The raw tables, as homophone-context-data.ts holds them (a bench passes a fold's own). */
export interface HomophoneContextSource {
  HC_ALPHABET: string;
  HC_WORDS: string;
  HC_COUNTS: string;
  HC_FIXES: string;
  HC_TWINS: string;
}

/** One word's model figures: log10 unigram and back-off weight in tenths, and its packed items. */
interface Entry {
  u: number;
  b: number;
  left: string;
  right: string;
}

export interface HomophoneContextTables {
  /** Neighbour word -> its id (place in HC_WORDS). */
  ids: Map<string, number>;
  /** Word -> how often report text uses it: [odd batches, even batches]. */
  counts: Map<string, readonly [number, number]>;
  /** Word report text uses -> its figures. */
  fixes: Map<string, Entry>;
  /** Written word report text never uses -> its figures and the words of its reading report text uses. */
  twins: Map<string, Entry & { fixes: string[] }>;
  digit: Uint8Array;
}

let shipped: HomophoneContextTables | null = null;

/** Parses tables in homophone-context-data.ts's format: one split per line, items stay packed. */
export function parseHomophoneContext(src: HomophoneContextSource): HomophoneContextTables {
  const digit = new Uint8Array(128);
  for (let k = 0; k < src.HC_ALPHABET.length; k++) digit[src.HC_ALPHABET.charCodeAt(k)] = k;
  const ids = new Map(src.HC_WORDS.split(' ').map((w, k) => [w, k]));
  const counts = new Map<string, readonly [number, number]>();
  for (const line of src.HC_COUNTS.split('\n')) {
    const [w, o, e] = line.split(' ');
    if (w && o && e) counts.set(w, [Number(o), Number(e)]);
  }
  const entry = (figures: string, left = '', right = ''): Entry => {
    const [u, b] = figures.split(',');
    return { u: Number(u), b: Number(b), left, right };
  };
  const fixes = new Map<string, Entry>();
  const twins = new Map<string, Entry & { fixes: string[] }>();
  for (const line of src.HC_TWINS.split('\n')) {
    const [w, figures, left, right] = line.split(' ');
    if (w && figures) twins.set(w, { ...entry(figures, left, right), fixes: [] });
  }
  for (const line of src.HC_FIXES.split('\n')) {
    const [f, figures, ws, left, right] = line.split(' ');
    if (!f || !figures || !ws) continue;
    fixes.set(f, entry(figures, left, right));
    for (const w of ws.split(',')) twins.get(w)?.fixes.push(f);
  }
  return { ids, counts, fixes, twins, digit };
}

function tables(): HomophoneContextTables {
  return (shipped ??= parseHomophoneContext({ HC_ALPHABET, HC_WORDS, HC_COUNTS, HC_FIXES, HC_TWINS }));
}

/**
 * Benches only: the tables and bars the layer's rule uses from now on (bench/homophone-context.ts
 * measures one half of the report text with tables derived from the other half's counts).
 */
export function useHomophoneContext(t: HomophoneContextTables, p: HomophoneContextParams): void {
  shipped = t;
  params = p;
}

/** Parses the shipped tables now (createWordLayer calls it at start-up, beside lm-pairs'). */
export function loadHomophoneContext(): void {
  tables();
}

/** The lift (tenths) of a word's explicit bigram with neighbour id `n` in its packed items, or 0. */
function lift(t: HomophoneContextTables, items: string, n: number): number {
  // Items are three characters, sorted by id: a binary search.
  const d = t.digit;
  const B = 91;
  let lo = 0;
  let hi = items.length / 3;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const id = d[items.charCodeAt(mid * 3)]! * B + d[items.charCodeAt(mid * 3 + 1)]!;
    if (id === n) return d[items.charCodeAt(mid * 3 + 2)]!;
    if (id < n) lo = mid + 1;
    else hi = mid;
  }
  return 0;
}

/**
 * The same-reading words report text uses of a two-character word it never uses (the table's list), or
 * null when report text uses the word or the table does not hold it: homophone-compound.ts reads the
 * genre prior without the model's ratio.
 */
export function reportTwinsOf(word: string, t: HomophoneContextTables = tables()): readonly string[] | null {
  const tw = t.twins.get(word);
  if (!tw) return null;
  const c = t.counts.get(word);
  return c && c[0] + c[1] > 0 ? null : tw.fixes;
}

/**
 * The rule's bars in tenths of log10 of the model's P(fix in context) / P(written in context).
 * warnAt: chosen on planted swaps in the odd TRAIN batches (bench/homophone-context.ts), never on a
 * check set; errorAt: where those swaps' negatives (words as written) show no finding at any bar
 * tried, Simplified text only (the model is the mainland's; Taiwan writes 起程, 施用 on purpose).
 * fold: which report-text counts decide "report text uses the word" (the bench measures one half
 * with the other half's counts; the app uses both).
 */
export interface HomophoneContextParams {
  warnAt: number;
  errorAt: number;
  fold: 'all' | 'odd' | 'even';
}
export const HOMOPHONE_CONTEXT_PARAMS: HomophoneContextParams = { warnAt: 25, errorAt: 45, fold: 'all' };
let params = HOMOPHONE_CONTEXT_PARAMS;

/** Words read for a slip: two Han characters, content words (no names, numbers or function words). */
const readable = (t: Token): boolean => t.word.length === 2 && isHanWord(t.word) && !/^(nr|ns|nt|m|q|r|c|p|u|x|e|y|o)/.test(t.tag);

/**
 * WRD-04 by the genre and the neighbours: a two-character word that the repository's report text
 * never uses, whose same-reading twin it does use, where fcitx5's language model finds the twin far
 * likelier between the same two neighbours (等前妻准备工作 → 前期, 向上级轻视报告 → 请示, 照顧弱視民眾 →
 * 弱勢). Either source alone fails: the general model disfavours many right words of office writing
 * (党史, 守纪), and report text lacks many right words. Together, on same-class twins planted in the
 * even TRAIN report batches with a table whose counts are the odd batches' (bench/homophone-context.ts),
 * they catch 1,391 more of 15,156 swaps for 8 false warnings in 113,600 characters, all one word
 * (正副主席 → 政府). The twin's and the written word's own collocations (their explicit bigrams' lift
 * over the model's back-off) enter the ratio; a jieba phrase of the written word with a neighbour
 * vouches for it.
 */
export function homophoneContextRule(a: Analysed, original: string, dict: WordDictionary, t: HomophoneContextTables = tables(), p: HomophoneContextParams = params): WordFinding[] {
  const out: WordFinding[] = [];
  const used = (w: string): number => {
    const c = t.counts.get(w);
    return !c ? 0 : p.fold === 'odd' ? c[0] : p.fold === 'even' ? c[1] : c[0] + c[1];
  };
  const tk = a.tokens;
  for (let k = 0; k < tk.length; k++) {
    const w = tk[k]!;
    // Most words are no twin of the table: one map lookup.
    const tw = t.twins.get(w.word);
    if (!tw || !readable(w) || used(w.word) > 0) continue;
    // A word of Taiwan's own lexicon in Traditional text (連絡電話) is no slip a mainland model can
    // judge: the model and most report text are the mainland's.
    if (a.script === 'hant' && isTaiwanWord(original.slice(w.start, w.end))) continue;
    const L = tk[k - 1];
    const R = tk[k + 1];
    // A jieba phrase of the written word with a neighbour is its own collocation.
    if ((L && dict.freq(L.word + w.word) > 0) || (R && dict.freq(w.word + R.word) > 0)) continue;
    const l = L ? t.ids.get(L.word) : undefined;
    const r = R ? t.ids.get(R.word) : undefined;
    let best: { word: string; n: number } | null = null;
    for (const f of tw.fixes) {
      const e = t.fixes.get(f);
      if (!e || used(f) === 0) continue;
      let n = e.u - tw.u;
      if (l !== undefined) n += lift(t, e.left, l) - lift(t, tw.left, l);
      if (R) n += e.b - tw.b + (r !== undefined ? lift(t, e.right, r) - lift(t, tw.right, r) : 0);
      if (n >= p.warnAt && (!best || n > best.n)) best = { word: f, n };
    }
    if (!best) continue;
    out.push(finding(a, original, 'WRD-04', best.n >= p.errorAt && a.script === 'hans' ? 'error' : 'warning', w.start, 2, best.word));
  }
  return out;
}
