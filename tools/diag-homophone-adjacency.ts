// Dev-time measurement (round 28): which ADJACENCY evidence separates a keyed homophone from the word
// written, on the keyed yardstick rather than planted swaps. Positives: every homophone MISSED in the
// first run of a TRAIN check set (first-run.txt, fallback main-run.txt), in its keyed sentence, the
// fix its `expected`. Negatives: every clean TRAIN keyed sentence, and the unaltered TRAIN report
// text (per 10,000 characters), each two-character content word with every same-reading twin.
// Evidence for a written word W, a twin T and a neighbour N (the token before or after):
//   lm:     fcitx5's model (LIBIME_ARPA, whole) has an explicit bigram of T with N whose lift over the
//           back-off is >= X tenths, and none of W with N (W backed off) — plus the bigram ratio of
//           the stretch L T R over L W R >= Y tenths;
//   jieba:  T+N (or N+T) is a jieba word and W+N is not;
//   report: T beside N occurs in TRAIN report text (the OTHER half's batches for report negatives),
//           W beside N does not.
// Sets in bench/unseen.json are never read. Parity: a check set's trailing number (none = 1); the
// tuning half is odd, the report half even.
//   LIBIME_ARPA=… npx tsx tools/diag-homophone-adjacency.ts [--show=SIGNAL]
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyse, type Token } from '../shared/check/words/analyse';
import { readingIndex, twinsIn } from '../shared/check/words/twins';
import { jiebaDictionary, jiebaSegmenter } from '../electron/services/check/segmenter';
import { layerWords } from './layer-words';
import { BIGRAM_KEY, readLogModel } from './libime-model';
import { homophoneYardstick, keyedCheckSets, parityOf } from './keyed-check-sets';
import { unseenSets } from './unseen-sets';
import { batchNumber, scriptOf, sentences, textFiles } from '../bench/swap-texts';

type Script = 'hans' | 'hant';
const BENCH = join(import.meta.dirname, '..', 'bench');
const TWIN_FREQ = Number(process.env.TWIN_FREQ ?? 30);
const NOT_CONTENT = /^(nr|ns|nt|m|q|r|c|p|u|x|e|y|o)/;
const unseen = unseenSets();
const dict = jiebaDictionary();

// Same-reading twins over the layer's word list (jieba count TWIN_FREQ+, content words).
const byKey = readingIndex(dict, layerWords(), (freq, tag) => freq >= TWIN_FREQ && !NOT_CONTENT.test(tag));
const twinsOf = (w: string): string[] => {
  return twinsIn(byKey, dict, w);
};

// The model: unigrams and bigrams (trigrams add little, round 27).
const K = BIGRAM_KEY;
const { idOf, uni, bow, bi } = await readLogModel();
const UNK = idOf.get('<unk>')!;
const id = (w: string | undefined): number => (w === undefined ? -1 : (idOf.get(w) ?? UNK));
/** log10 P(b | a), backed off. */
const lp = (a: number, b: number): number => {
  if (a < 0) return uni[b]!;
  const x = bi.get(a * K + b);
  return x !== undefined ? x : bow[a]! + uni[b]!;
};
/** Lift (log10) of the explicit bigram a b over its back-off, or null when the model has none. */
const liftOf = (a: number, b: number): number | null => {
  if (a < 0 || b < 0 || a === UNK || b === UNK) return null;
  const x = bi.get(a * K + b);
  return x === undefined ? null : x - bow[a]! - uni[b]!;
};

// Report text: adjacent token pairs per batch half.
const pairs = { odd: new Map<string, number>(), even: new Map<string, number>() };
const reportTexts: { half: 'odd' | 'even'; script: Script; sents: string[] }[] = [];
for (const d of readdirSync(BENCH)
  .filter((d) => batchNumber(d) !== null && !unseen.has(d))
  .sort()) {
  const half = batchNumber(d)! % 2 === 1 ? 'odd' : 'even';
  for (const f of textFiles(join(BENCH, d))) {
    const text = readFileSync(f, 'utf8');
    const script = scriptOf(text);
    const sents = sentences(text);
    reportTexts.push({ half, script, sents });
    for (const s of sents) {
      const tk = analyse(s, script, jiebaSegmenter)?.tokens ?? [];
      for (let k = 1; k < tk.length; k++) {
        const key = `${tk[k - 1]!.word}|${tk[k]!.word}`;
        pairs[half].set(key, (pairs[half].get(key) ?? 0) + 1);
      }
    }
  }
}
const reportCount = (a: string, b: string, fold: 'all' | 'odd' | 'even'): number =>
  fold === 'all' ? (pairs.odd.get(`${a}|${b}`) ?? 0) + (pairs.even.get(`${a}|${b}`) ?? 0) : (pairs[fold].get(`${a}|${b}`) ?? 0);

/** The figures of one (written, twin) at token k. */
interface Cand {
  written: string;
  twin: string;
  ratio: number;
  lm: number; // best lift of the twin with a neighbour the written word has no bigram with (0 if none)
  lmAny: number; // best lift of the twin with a neighbour at all
  jieba: boolean;
  report: number; // twin beside a neighbour in report text where the written word never is
  reportW: number; // written beside the same neighbours in report text
  jiebaW: boolean;
  /** The shippable figures: unigram and back-off differences, and the four explicit lifts (or null). */
  du: number;
  db: number;
  tl: number | null;
  wl: number | null;
  tr: number | null;
  wr: number | null;
}
/**
 * The shippable score: the twin's lifts only from LIFT up (a table of strong items), the written
 * word's only from A up (its weak bigrams count as backed off); fires when a side has the twin's
 * strong item and no written item of A+, and the whole is Y+.
 */
const shippable = (c: Cand, LIFT: number, A: number, Y: number): boolean => {
  const t = (x: number | null): number => (x !== null && x >= LIFT ? x : 0);
  const w = (x: number | null): number => (x !== null && x >= A ? x : 0);
  const side = (t(c.tl) > 0 && w(c.wl) === 0) || (t(c.tr) > 0 && w(c.wr) === 0);
  const score = c.du + t(c.tl) - w(c.wl) + c.db + t(c.tr) - w(c.wr);
  return side && score >= Y;
};
function candidates(tk: readonly Token[], k: number, fold: 'all' | 'odd' | 'even', only?: string): Cand[] {
  const w = tk[k]!;
  if (w.word.length !== 2 || NOT_CONTENT.test(w.tag) || !/^\p{Script=Han}{2}$/u.test(w.word)) return [];
  const L = tk[k - 1];
  const R = tk[k + 1];
  const out: Cand[] = [];
  for (const t of only ? [only] : twinsOf(w.word)) {
    const W = id(w.word);
    const T = id(t);
    const l = id(L?.word);
    const r = id(R?.word);
    const ratio = W === UNK || T === UNK ? 0 : lp(l, T) - lp(l, W) + (R ? lp(T, r) - lp(W, r) : 0);
    let lm = 0;
    let lmAny = 0;
    for (const [tl, wl] of [
      [liftOf(l, T), liftOf(l, W)],
      [liftOf(T, r), liftOf(W, r)],
    ] as const) {
      if (tl !== null) lmAny = Math.max(lmAny, tl);
      if (tl !== null && wl === null) lm = Math.max(lm, tl);
    }
    const jieba = (!!L && dict.freq(L.word + t) > 0 && dict.freq(L.word + w.word) === 0) || (!!R && dict.freq(t + R.word) > 0 && dict.freq(w.word + R.word) === 0);
    const jiebaW = (!!L && dict.freq(L.word + w.word) > 0) || (!!R && dict.freq(w.word + R.word) > 0);
    let report = 0;
    let reportW = 0;
    if (L) {
      const a = reportCount(L.word, t, fold);
      const b = reportCount(L.word, w.word, fold);
      reportW += b;
      if (b === 0) report = Math.max(report, a);
    }
    if (R) {
      const a = reportCount(t, R.word, fold);
      const b = reportCount(w.word, R.word, fold);
      reportW += b;
      if (b === 0) report = Math.max(report, a);
    }
    const ok = W !== UNK && T !== UNK;
    out.push({
      written: w.word,
      twin: t,
      ratio,
      lm,
      lmAny,
      jieba,
      report,
      reportW,
      jiebaW,
      du: ok ? uni[T]! - uni[W]! : 0,
      db: ok && R ? bow[T]! - bow[W]! : 0,
      tl: ok ? liftOf(l, T) : null,
      wl: ok ? liftOf(l, W) : null,
      tr: ok ? liftOf(T, r) : null,
      wr: ok ? liftOf(W, r) : null,
    });
  }
  return out;
}

// The keyed sets.
const sets = keyedCheckSets(BENCH);
const { misses, clean: cleanTk, unsegmented } = homophoneYardstick(BENCH, sets);
// Report-text negatives: each half read with the other half's counts.
let chars = 0;
const realCands: { cands: Cand[]; s: string }[] = [];
for (const { half, sents, script } of reportTexts) {
  for (const s of sents) {
    chars += s.length;
    const tk = analyse(s, script, jiebaSegmenter)?.tokens ?? [];
    for (let k = 0; k < tk.length; k++) {
      const c = candidates(tk, k, half === 'odd' ? 'even' : 'odd');
      if (c.length) realCands.push({ cands: c, s });
    }
  }
}
const missCands = misses.map((m) => ({ ...m, cands: candidates(m.tk, m.k, 'all') })).filter((m) => m.cands.length > 0);
const cleanCands = cleanTk.map((c) => ({ ...c, cands: c.tk.flatMap((_, k) => candidates(c.tk, k, 'all')) }));

type Test = (c: Cand) => boolean;
/** Read: the best twin under the test is the expected one (ties: the larger ratio). */
const pick = (cs: Cand[], test: Test): Cand | undefined => cs.filter(test).sort((a, b) => b.ratio - a.ratio)[0];
console.log(
  `${misses.length} first-run homophone misses in ${new Set(misses.map((m) => m.set)).size} TRAIN sets (${unsegmented} not one two-character token); ${cleanTk.length} clean sentences; ${chars} characters of report text`,
);
const row = (name: string, test: Test): void => {
  const read = missCands.filter((m) => pick(m.cands, test)?.twin === m.f.expected);
  const by = (h: 'odd' | 'even') => read.filter((m) => parityOf(m.set) === h);
  const setsRead = (xs: typeof read) => new Set(xs.map((m) => m.set)).size;
  const cleanFlag = cleanCands.filter((c) => c.cands.some(test));
  const realFlag = realCands.filter((r) => r.cands.some(test)).length;
  console.log(
    `${name.padEnd(46)} misses read odd ${String(by('odd').length).padStart(3)} (${setsRead(by('odd'))} sets) even ${String(by('even').length).padStart(3)} (${setsRead(by('even'))} sets) all ${String(read.length).padStart(3)}  clean ${String(cleanFlag.length).padStart(3)}  report ${String(realFlag).padStart(4)} (${((1e4 * realFlag) / chars).toFixed(1)}/10k)`,
  );
  if (process.env.SHOW === name) {
    for (const m of read) console.log(`  READ ${m.set} ${m.f.found}→${m.f.expected}  ${m.f.text}`);
    for (const c of cleanFlag)
      console.log(
        `  CLEAN ${c.set} ${c.cands
          .filter(test)
          .map((x) => `${x.written}→${x.twin}`)
          .join(',')}  ${c.text}`,
      );
    for (const r of realCands.filter((r) => r.cands.some(test)).slice(0, Number(process.env.REAL ?? 0)))
      console.log(
        `  REAL ${r.cands
          .filter(test)
          .map((x) => `${x.written}→${x.twin}`)
          .join(',')}  ${r.s}`,
      );
  }
};
// What evidence the misses hold at all (expected twin only).
const ev = missCands.map((m) => candidates(m.tk, m.k, 'all', m.f.expected)[0]!);
console.log(`${missCands.length} misses are content words with a twin list`);
const share = (t: Test): string => `${ev.filter(t).length}/${ev.length}`;
console.log(
  `evidence for the expected twin: lm lift>=1 & written backed off ${share((c) => c.lm >= 1)}, lm any>=1 ${share((c) => c.lmAny >= 1)}, ratio>=2 ${share((c) => c.ratio >= 2)}, jieba ${share((c) => c.jieba)}, report ${share((c) => c.report >= 1)}, written in jieba phrase ${share((c) => c.jiebaW)}, written beside same neighbour in reports ${share((c) => c.reportW > 0)}`,
);
for (const x of [1, 1.5, 2, 2.5]) for (const y of [1, 2, 3]) row(`lm>=${x} ratio>=${y}`, (c) => c.lm >= x && c.ratio >= y);
for (const y of [0, 1, 2, 3]) row(`jieba ratio>=${y}`, (c) => c.jieba && c.ratio >= y);
for (const y of [0, 1, 2, 3]) row(`jieba & !jiebaW ratio>=${y}`, (c) => c.jieba && !c.jiebaW && c.ratio >= y);
for (const n of [1, 2, 3]) for (const y of [0, 1, 2]) row(`report>=${n} ratio>=${y}`, (c) => c.report >= n && c.ratio >= y);
for (const n of [1, 2]) for (const y of [0, 1, 2]) row(`report>=${n} !reportW ratio>=${y}`, (c) => c.report >= n && c.reportW === 0 && c.ratio >= y);
for (const y of [1, 2]) row(`lm>=1.5 & jieba ratio>=${y}`, (c) => c.lm >= 1.5 && c.jieba && c.ratio >= y);
for (const y of [1, 2]) row(`lm>=1.5 & report ratio>=${y}`, (c) => c.lm >= 1.5 && c.report >= 1 && c.ratio >= y);
for (const y of [0, 1, 2]) row(`jieba & report ratio>=${y}`, (c) => c.jieba && c.report >= 1 && c.ratio >= y);
for (const y of [1, 2, 3]) row(`(lm>=2|jieba|report) & !jiebaW & !reportW ratio>=${y}`, (c) => (c.lm >= 2 || c.jieba || c.report >= 1) && !c.jiebaW && c.reportW === 0 && c.ratio >= y);
for (const A of [0.5, 1, 1.5]) for (const y of [1.5, 2, 2.5, 3]) row(`ship lift>=2 A=${A} score>=${y}`, (c) => shippable(c, 2, A, y));
/** The pair table's score: the written word's own lifts ignored except on the side that fires. */
const pairScore = (c: Cand, LIFT: number, A: number): number => {
  const t = (x: number | null): number => (x !== null && x >= LIFT ? x : 0);
  const w = (x: number | null): number => (x !== null && x >= A ? x : 0);
  const l = t(c.tl) > 0 && w(c.wl) === 0 ? t(c.tl) : 0;
  const r = t(c.tr) > 0 && w(c.wr) === 0 ? t(c.tr) : 0;
  return l + r > 0 ? c.du + c.db + l + r : -99;
};
for (const y of [2, 2.5, 3]) row(`pair lift>=2 A=1 score>=${y}`, (c) => pairScore(c, 2, 1) >= y);
for (const y of [2, 2.5, 3]) row(`pair lift>=2 A=1 score>=${y} !reportW`, (c) => pairScore(c, 2, 1) >= y && c.reportW === 0);
for (const y of [2, 2.5, 3]) row(`pair lift>=2 A=0 score>=${y} !reportW`, (c) => pairScore(c, 2, -9) >= y && c.reportW === 0);
// The shipped rule's shape (homophone-adjacency.ts): adverbs as written skipped, the jieba vouch.
const adverb = new Set([...byKey.values()].flat().filter((w) => (dict.tagOf(w) ?? '').startsWith('d')));
for (const y of [2, 2.5]) row(`rule: pair>=${y} !reportW !adverb !jiebaW`, (c) => pairScore(c, 2, 1) >= y && c.reportW === 0 && !adverb.has(c.written) && !c.jiebaW);
for (const y of [2, 2.5, 3]) row(`ship lift>=2 A=1 score>=${y} !jiebaW`, (c) => shippable(c, 2, 1, y) && !c.jiebaW);
for (const y of [2, 2.5, 3]) row(`ship lift>=1.5 A=1 score>=${y}`, (c) => shippable(c, 1.5, 1, y));
if (process.env.DUMP)
  for (let i = 0; i < ev.length; i++) {
    const c = ev[i]!;
    const m = missCands[i]!;
    console.log(
      `${m.set} ${c.written}→${c.twin} ratio ${c.ratio.toFixed(1)} lm ${c.lm.toFixed(1)} any ${c.lmAny.toFixed(1)} jieba ${c.jieba ? 1 : 0}/${c.jiebaW ? 1 : 0} report ${c.report}/${c.reportW}  ${m.f.text}`,
    );
  }

// SIZE=1: how large a shipped table of the lm evidence would be: for every twin-group word T that
// report text uses, its explicit bigrams with lift >= SIZE_LIFT tenths with a neighbour that is a
// single character or a report-text word (NB_MIN+ occurrences); and every group word's explicit
// bigrams with those neighbours at any lift (to know "the written word has one").
if (process.env.SIZE) {
  const LIFT = Number(process.env.SIZE_LIFT ?? 20) / 10;
  const NB_MIN = Number(process.env.NB_MIN ?? 3);
  const vocab = new Map<string, number>();
  for (const m of [pairs.odd, pairs.even]) for (const [k, n] of m) for (const w of k.split('|')) vocab.set(w, (vocab.get(w) ?? 0) + n);
  const groupWords = new Set([...byKey.values()].filter((g) => g.length > 1).flat());
  const gid = new Set([...groupWords].map((w) => idOf.get(w)).filter((x) => x !== undefined));
  const nbOk = (w: string): boolean => w.length === 1 || (vocab.get(w) ?? 0) >= NB_MIN;
  const wordOf: string[] = [];
  for (const [w, i] of idOf) wordOf[i] = w;
  let strong = 0;
  let any = 0;
  for (const [key, x] of bi) {
    const a = Math.floor(key / K);
    const b = key % K;
    for (const [t, n] of [
      [b, a],
      [a, b],
    ] as const) {
      if (!gid.has(t) || !nbOk(wordOf[n]!)) continue;
      any++;
      const lift = t === b ? x - bow[a]! - uni[b]! : x - bow[a]! - uni[b]!;
      if (lift >= LIFT && (vocab.get(wordOf[t]!) ?? 0) > 0) strong++;
    }
  }
  console.log(`group words ${groupWords.size}; strong items (lift >= ${LIFT}, fix used in reports) ${strong}; all items with report neighbours ${any}`);
}
