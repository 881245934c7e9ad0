import type { Analysed } from './analyse';
import type { WordDictionary } from './dictionary';
import { finding, type WordFinding } from './finding';
import { HOMOPHONE_ADJACENCY_BAR, homophoneAdjacencyTables, lift, readable, type HomophoneAdjacencyTables } from './homophone-adjacency';
import { HOMOPHONE_ADJACENCY_WIDE_BAR, homophoneAdjacencyWideTables } from './homophone-adjacency-wide';
import { HOMOPHONE_ADJACENCY_RARE_BAR, homophoneAdjacencyRareTables } from './homophone-adjacency-rare';
import { HOMOPHONE_ADJACENCY_OPEN_BAR, homophoneAdjacencyOpenTables } from './homophone-adjacency-open';
import { HF_ALPHABET, HF_FIXES, HF_VETOES, HF_WORDS } from './homophone-adjacency-far-data';
import { isTaiwanWord } from './taiwan';

/** The raw far table, as homophone-adjacency-far-data.ts holds it (a test may pass its own). */
export interface HomophoneAdjacencyFarSource {
  HF_ALPHABET: string;
  HF_WORDS: string;
  HF_FIXES: string;
  HF_VETOES: string;
}

export interface HomophoneAdjacencyFarTables {
  /** Neighbour word -> its id, two digits. */
  ids: Map<string, string>;
  /** Fix -> its packed items before and after it. */
  fixes: Map<string, { left: string; right: string }>;
  /** Written word -> the neighbour ids that vouch for it, packed, before and after it. */
  vetoes: Map<string, { left: string; right: string }>;
  digit: Uint8Array;
}

/** Parses a far table: the items stay packed, as the other adjacency tables'. */
export function parseHomophoneAdjacencyFar(src: HomophoneAdjacencyFarSource): HomophoneAdjacencyFarTables {
  const digit = new Uint8Array(128);
  const B = src.HF_ALPHABET.length;
  for (let k = 0; k < B; k++) digit[src.HF_ALPHABET.charCodeAt(k)] = k;
  const ids = new Map(src.HF_WORDS.split(' ').map((w, k) => [w, src.HF_ALPHABET[Math.floor(k / B)]! + src.HF_ALPHABET[k % B]!]));
  const packed = (s: string | undefined): string => (!s || s === '-' ? '' : s);
  const lines = (text: string): Map<string, { left: string; right: string }> => {
    const m = new Map<string, { left: string; right: string }>();
    for (const line of text.split('\n')) {
      const [w, l, r] = line.split(' ');
      if (w) m.set(w, { left: packed(l), right: packed(r) });
    }
    return m;
  };
  return { ids, fixes: lines(src.HF_FIXES), vetoes: lines(src.HF_VETOES), digit };
}

let shipped: HomophoneAdjacencyFarTables | null = null;
const farTables = (): HomophoneAdjacencyFarTables => (shipped ??= parseHomophoneAdjacencyFar({ HF_ALPHABET, HF_WORDS, HF_FIXES, HF_VETOES }));

/** Parses the far table now (createWordLayer calls it at start-up, beside the others). */
export function loadHomophoneAdjacencyFar(): void {
  farTables();
}

/** Whether packed two-character ids hold `id`. */
function holds(ids: string, id: string): boolean {
  for (let k = 0; k < ids.length; k += 2) if (ids[k] === id[0] && ids[k + 1] === id[1]) return true;
  return false;
}

/** The four adjacency tables whose pairs the far items serve, each with its own bar (tenths of log10). */
const SOURCES = (): [HomophoneAdjacencyTables, number][] => [
  [homophoneAdjacencyTables(), HOMOPHONE_ADJACENCY_BAR],
  [homophoneAdjacencyWideTables(), HOMOPHONE_ADJACENCY_WIDE_BAR],
  [homophoneAdjacencyRareTables(), HOMOPHONE_ADJACENCY_RARE_BAR],
  [homophoneAdjacencyOpenTables(), HOMOPHONE_ADJACENCY_OPEN_BAR],
];

/**
 * WRD-04 warning by adjacency beside a neighbour the four adjacency tables cannot name. Those tables
 * take a neighbour only where TRAIN report text uses it three times or more: a genre filter that ties
 * their evidence to the fields of the reports they were derived from, while an unseen report's slip
 * sits beside its own field's words (地峡停车场 → 地下, 游客铸件增多 → 逐渐, 实利疲劳 → 视力). The far table
 * (tools/derive-homophone-adjacency-far.ts) holds, for those tables' very pairs, the twin's strong
 * collocations their lines lack (neighbours jieba counts 1,000+, and those the tables' older report
 * text did not yet hold). The test is theirs: the pair's own table's figures (unigram, back-off) plus
 * the far lift must clear that table's bar; the written word's own bigram or report-text use beside
 * the neighbour vetoes it, and so does a jieba phrase of the two; Taiwan words in Traditional text
 * are left alone. A warning, as the other adjacency rules'.
 */
export function homophoneAdjacencyFarRule(a: Analysed, original: string, dict: WordDictionary, far: HomophoneAdjacencyFarTables = farTables()): WordFinding[] {
  const out: WordFinding[] = [];
  const tk = a.tokens;
  let sources: [HomophoneAdjacencyTables, number][] | null = null;
  for (let k = 0; k < tk.length; k++) {
    const w = tk[k]!;
    if (!readable(w)) continue;
    const L = tk[k - 1];
    const R = tk[k + 1];
    const l = L ? far.ids.get(L.word) : undefined;
    const r = R ? far.ids.get(R.word) : undefined;
    if (l === undefined && r === undefined) continue;
    sources ??= SOURCES();
    const veto = far.vetoes.get(w.word);
    let best: { word: string; n: number } | null = null;
    for (const [t, bar] of sources) {
      const e = t.written.get(w.word);
      if (!e) continue;
      for (const f of e.fixes) {
        const items = far.fixes.get(f);
        const x = t.fixes.get(f);
        if (!items || !x) continue;
        const byLeft = l !== undefined && !(veto && holds(veto.left, l)) ? lift(far, items.left, l) : 0;
        const byRight = r !== undefined && !(veto && holds(veto.right, r)) ? lift(far, items.right, r) : 0;
        if (!byLeft && !byRight) continue;
        const n = x.u - e.u + (R ? x.b - e.b : 0) + byLeft + byRight;
        if (n >= bar && (!best || n > best.n)) best = { word: f, n };
      }
    }
    if (!best || (L && dict.freq(L.word + w.word) > 0) || (R && dict.freq(w.word + R.word) > 0)) continue;
    if (a.script === 'hant' && isTaiwanWord(original.slice(w.start, w.end))) continue;
    out.push(finding(a, original, 'WRD-04', 'warning', w.start, 2, best.word));
  }
  return out;
}
