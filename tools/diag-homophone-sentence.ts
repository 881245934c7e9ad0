// Dev-time measurement (round 29): what in the SENTENCE, beyond the very neighbour, decides the
// homophones our checker still misses. Yardstick: every homophone MISSED in a TRAIN check set's
// keyed first run (first-run.txt, fallback main-run.txt) that today's checker still misses (TODAY=
// a folder of today's `score-check.ts` outputs, one <set>.txt each), in its keyed sentence, the fix
// its `expected`. Negatives: every clean TRAIN keyed sentence, and the unaltered TRAIN report text
// (each half read with the other half's report counts), each two-character content word with every
// same-reading twin. Evidence for a written word W, a twin T at token k:
//   adj:    the twin's explicit bigram with the very neighbour (what homophone-adjacency.ts reads);
//   win:    a token 2..WIN places away in the same clause (no ，；、 between) with which fcitx5's
//           model holds an explicit bigram of T lifting LIFT+ over its back-off (N T on the left,
//           T N on the right) while W has none of 1.0+ with it and report text never puts W beside it;
//   tri:    the model's trigram (k-2, k-1, T) or (T, k+1, k+2) exists and W's does not;
//   lm:     the sentence's log10 probability under the model (trigrams, back-off) with T minus with W;
//   co:     T shares report-text sentences with a content word of the sentence 2+ places away
//           (pointwise association, log2 >= CO), W never does;
//   jieba:  a jieba word of T with a token 2+ places away (N…T read as N+T);
//   vo, hd: the SYNTACTIC partner instead of any window token (round 32): the verb governing the
//           phrase the word stands in (nearest verb to the left, same clause, no preposition or
//           conjunction between, 2+ away: 签订…写意 → 协议) with an explicit bigram lifting T, and the
//           head the phrase ends in (last noun before a verb or the clause's end, 2+ away) after T.
// The model: LIBIME_ARPA (tools/libime-model.ts). Sets in bench/unseen.json are never read.
// Parity: a check set's trailing number (none = 1); the tuning half is odd, the report half even.
//   TODAY=/tmp/scores LIBIME_ARPA=… npx tsx tools/diag-homophone-sentence.ts [SHOW=class]
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyse, type Token } from '../shared/check/words/analyse';
import { readingIndex, twinsIn } from '../shared/check/words/twins';
import { jiebaDictionary, jiebaSegmenter } from '../electron/services/check/segmenter';
import { layerWords } from './layer-words';
import { readTrigramModel } from './libime-model';
import { homophoneYardstick, keyedCheckSets, missedHomophones, parityOf } from './keyed-check-sets';
import { unseenSets } from './unseen-sets';
import { batchNumber, scriptOf, sentences, textFiles } from '../bench/swap-texts';

type Script = 'hans' | 'hant';
const BENCH = join(import.meta.dirname, '..', 'bench');
const TODAY = process.env.TODAY ?? '';
const TWIN_FREQ = 30;
const WIN = Number(process.env.WIN ?? 4);
const NOT_CONTENT = /^(nr|ns|nt|m|q|r|c|p|u|x|e|y|o)/;
const unseen = unseenSets();
const dict = jiebaDictionary();

// Same-reading twins (twins.ts), content words of jieba count TWIN_FREQ+ (groups of one too: a rarer written word's twin).
const byKey = readingIndex(dict, layerWords(), (freq, tag) => freq >= TWIN_FREQ && !NOT_CONTENT.test(tag));
const twinsOf = (w: string): string[] => {
  return twinsIn(byKey, dict, w);
};

// The whole model (tools/libime-model.ts): unigrams, bigrams and trigrams with their back-offs.
const { uni, tri, UNK, id, liftOf, sentLp } = await readTrigramModel();

// Report text: sentences as sets of content tokens (co-occurrence), adjacent pairs (vouching), by half.
interface ReportSent {
  half: 'odd' | 'even';
  script: Script;
  s: string;
  tk: Token[];
}
const report: ReportSent[] = [];
const pairs = { odd: new Map<string, number>(), even: new Map<string, number>() };
const occ = { odd: new Map<string, number[]>(), even: new Map<string, number[]>() };
const nSent = { odd: 0, even: 0 };
for (const d of readdirSync(BENCH)
  .filter((d) => batchNumber(d) !== null && !unseen.has(d))
  .sort()) {
  const half = batchNumber(d)! % 2 === 1 ? 'odd' : 'even';
  for (const f of textFiles(join(BENCH, d))) {
    const text = readFileSync(f, 'utf8');
    const script = scriptOf(text);
    for (const s of sentences(text)) {
      const tk = analyse(s, script, jiebaSegmenter)?.tokens ?? [];
      const i = report.push({ half, script, s, tk }) - 1;
      nSent[half]++;
      for (let k = 1; k < tk.length; k++) {
        const key = `${tk[k - 1]!.word}|${tk[k]!.word}`;
        pairs[half].set(key, (pairs[half].get(key) ?? 0) + 1);
      }
      for (const w of new Set(tk.filter((t) => t.word.length >= 2 && /^\p{Script=Han}+$/u.test(t.word)).map((t) => t.word))) (occ[half].get(w) ?? occ[half].set(w, []).get(w)!).push(i);
    }
  }
}
type Fold = 'all' | 'odd' | 'even';
const beside = (a: string, b: string, fold: Fold): number => (fold === 'all' ? (pairs.odd.get(`${a}|${b}`) ?? 0) + (pairs.even.get(`${a}|${b}`) ?? 0) : (pairs[fold].get(`${a}|${b}`) ?? 0));
const occOf = (w: string, fold: Fold): number[] => (fold === 'all' ? [...(occ.odd.get(w) ?? []), ...(occ.even.get(w) ?? [])] : (occ[fold].get(w) ?? []));
const coCount = (a: string, b: string, fold: Fold): number => {
  const x = new Set(occOf(a, fold));
  return occOf(b, fold).filter((i) => x.has(i)).length;
};
const CO = Number(process.env.CO ?? 3);

/** The figures of one (written, twin) at token k of a sentence. */
interface Cand {
  written: string;
  twin: string;
  du: number;
  adj: number; // best adjacency lift (twin explicit, written backed off / weak, not beside in reports)
  win: number; // best window lift 2..WIN places away, same clause
  winWord: string;
  tri: boolean;
  lm: number;
  co: number; // best log2 association of the twin with a sentence word 2+ places away (written never with it)
  coWord: string;
  jieba: boolean;
  jiebaW: boolean;
  vo: number; // lift of the twin after the verb governing its phrase (left partner, 2+ away)
  voWord: string;
  hd: number; // lift of the twin before the head its phrase ends in (right partner, 2+ away)
  hdWord: string;
}
const VERB = /^v(?!n)/;
const STOPTAG = /^(p|c|x|w)/;
/** The verb that governs the phrase k stands in: nearest verb to the left, 2+ places away, same clause. */
function leftVerb(tk: readonly Token[], k: number): number {
  for (let j = k - 1; j >= 0; j--) {
    const t = tk[j]!;
    if (CLAUSE.test(t.word) || STOPTAG.test(t.tag)) return -1;
    if (VERB.test(t.tag)) return j <= k - 2 ? j : -1;
  }
  return -1;
}
/** The head the phrase from k ends in: the last nominal token before a verb or the clause's end, 2+ places away. */
function rightHead(tk: readonly Token[], k: number): number {
  let head = -1;
  for (let j = k + 1; j < tk.length; j++) {
    const t = tk[j]!;
    if (CLAUSE.test(t.word) || STOPTAG.test(t.tag) || VERB.test(t.tag) || /^[。！？]$/.test(t.word)) break;
    if (/^(n|vn)/.test(t.tag) && t.word.length >= 2) head = j;
  }
  return head >= k + 2 ? head : -1;
}
const CLAUSE = /^[，；、：,;:（）()“”]$/;
function candidates(tk: readonly Token[], k: number, fold: Fold, only?: string): Cand[] {
  const w = tk[k]!;
  if (w.word.length !== 2 || NOT_CONTENT.test(w.tag) || !/^\p{Script=Han}{2}$/u.test(w.word)) return [];
  const out: Cand[] = [];
  const ids = tk.map((t) => id(t.word));
  const W = ids[k]!;
  if (W === UNK) return [];
  const base = sentLp(ids);
  // Clause bounds: tokens k-WIN..k+WIN without crossing punctuation.
  let lo = k;
  while (lo > 0 && k - lo < WIN && !CLAUSE.test(tk[lo - 1]!.word)) lo--;
  let hi = k;
  while (hi < tk.length - 1 && hi - k < WIN && !CLAUSE.test(tk[hi + 1]!.word)) hi++;
  const L = tk[k - 1];
  const R = tk[k + 1];
  const jiebaW = (!!L && dict.freq(L.word + w.word) > 0) || (!!R && dict.freq(w.word + R.word) > 0);
  for (const t of only ? [only] : twinsOf(w.word)) {
    const T = id(t);
    if (T === UNK) continue;
    const c: Cand = {
      written: w.word,
      twin: t,
      du: uni[T]! - uni[W]!,
      adj: 0,
      win: 0,
      winWord: '',
      tri: false,
      lm: 0,
      co: -99,
      coWord: '',
      jieba: false,
      jiebaW,
      vo: 0,
      voWord: '',
      hd: 0,
      hdWord: '',
    };
    const vouchedL = (n: Token): boolean => (liftOf(id(n.word), W) ?? -99) >= 1 || beside(n.word, w.word, fold) > 0;
    const vouchedR = (n: Token): boolean => (liftOf(W, id(n.word)) ?? -99) >= 1 || beside(w.word, n.word, fold) > 0;
    if (L && !vouchedL(L)) c.adj = Math.max(c.adj, liftOf(id(L.word), T) ?? 0);
    if (R && !vouchedR(R)) c.adj = Math.max(c.adj, liftOf(T, id(R.word)) ?? 0);
    const lv = leftVerb(tk, k);
    if (lv >= 0 && !vouchedL(tk[lv]!)) {
      c.vo = liftOf(id(tk[lv]!.word), T) ?? 0;
      c.voWord = tk[lv]!.word;
    }
    const rh = rightHead(tk, k);
    if (rh >= 0 && !vouchedR(tk[rh]!)) {
      c.hd = liftOf(T, id(tk[rh]!.word)) ?? 0;
      c.hdWord = tk[rh]!.word;
    }
    for (let j = lo; j <= hi; j++) {
      if (Math.abs(j - k) < 2) continue;
      const n = tk[j]!;
      const x = j < k ? (vouchedL(n) ? null : liftOf(id(n.word), T)) : vouchedR(n) ? null : liftOf(T, id(n.word));
      if (x !== null && x > c.win) {
        c.win = x;
        c.winWord = n.word;
      }
      if (dict.freq(j < k ? n.word + t : t + n.word) > 0 && dict.freq(j < k ? n.word + w.word : w.word + n.word) === 0) c.jieba = true;
    }
    if (k >= 2 && tri.has(`${ids[k - 2]} ${ids[k - 1]} ${T}`) && !tri.has(`${ids[k - 2]} ${ids[k - 1]} ${W}`)) c.tri = true;
    if (k + 2 < tk.length && tri.has(`${T} ${ids[k + 1]} ${ids[k + 2]}`) && !tri.has(`${W} ${ids[k + 1]} ${ids[k + 2]}`)) c.tri = true;
    const swapped = ids.slice();
    swapped[k] = T;
    c.lm = sentLp(swapped) - base;
    // Co-occurrence in report text with a content word 2+ places away (whole sentence).
    const nT = occOf(t, fold).length;
    if (nT >= 2) {
      const N = fold === 'all' ? nSent.odd + nSent.even : nSent[fold];
      for (let j = 0; j < tk.length; j++) {
        if (Math.abs(j - k) < 2) continue;
        const n = tk[j]!.word;
        if (n.length < 2 || n === t || n === w.word || !/^\p{Script=Han}+$/u.test(n)) continue;
        const nN = occOf(n, fold).length;
        if (nN < 2) continue;
        const co = coCount(t, n, fold);
        if (co < 2 || coCount(w.word, n, fold) > 0) continue;
        const pmi = Math.log2((co * N) / (nT * nN));
        if (pmi > c.co) {
          c.co = pmi;
          c.coWord = n;
        }
      }
    }
    out.push(c);
  }
  return out;
}

// The yardstick.
const sets = keyedCheckSets(BENCH);
const { misses, clean, firstRunMisses, caughtToday, unsegmented } = homophoneYardstick(BENCH, sets, (set) =>
  TODAY && existsSync(join(TODAY, `${set}.txt`)) ? missedHomophones(join(TODAY, `${set}.txt`)) : null,
);
console.log(
  `${firstRunMisses} first-run homophone misses; ${caughtToday} caught today; ${misses.length} still missed and one two-character token (${unsegmented} not) in ${new Set(misses.map((m) => m.set)).size} sets; ${clean.length} clean sentences; ${report.length} report sentences`,
);
const ev = misses.map((m) => ({ ...m, c: candidates(m.tk, m.k, 'all', m.f.expected)[0] }));
const noTwin = ev.filter((e) => !e.c).length;
console.log(`${noTwin} misses whose fix is no same-reading twin in the list (or unknown to the model)`);

// Classes: what decides each miss (first match).
type Test = (c: Cand) => boolean;
const classes: [string, Test][] = [
  ['adj lift>=2', (c) => c.adj >= 2],
  [`win lift>=2 (2..${WIN})`, (c) => c.win >= 2],
  ['partner lift>=2', (c) => Math.max(c.vo, c.hd) >= 2],
  ['trigram', (c) => c.tri],
  ['jieba far', (c) => c.jieba],
  [`co pmi>=${CO}`, (c) => c.co >= CO],
  ['lm>=1', (c) => c.lm >= 1],
];
const withC = ev.filter((e) => e.c);
const seen = new Set<number>();
for (const [name, test] of classes) {
  const hit = withC.map((e, i) => ({ e, i })).filter(({ e }) => test(e.c!));
  const first = hit.filter(({ i }) => !seen.has(i));
  for (const { i } of first) seen.add(i);
  const setsOf = (xs: typeof hit) => new Set(xs.map(({ e }) => e.set)).size;
  console.log(`class ${name.padEnd(22)} holds ${String(hit.length).padStart(3)} (${setsOf(hit)} sets); first here ${String(first.length).padStart(3)} (${setsOf(first)} sets)`);
  if (process.env.SHOW === name)
    for (const { e } of hit)
      console.log(`  ${e.set} ${e.f.found}→${e.f.expected} win ${e.c!.win.toFixed(1)} ${e.c!.winWord} co ${e.c!.co.toFixed(1)} ${e.c!.coWord} lm ${e.c!.lm.toFixed(1)}  ${e.f.text}`);
}
console.log(`no evidence above: ${withC.length - seen.size}`);
if (process.env.SHOW === 'none')
  for (const [i, e] of withC.entries()) if (!seen.has(i)) console.log(`  ${e.set} ${e.f.found}→${e.f.expected} du ${e.c!.du.toFixed(1)} lm ${e.c!.lm.toFixed(1)}  ${e.f.text}`);

// Rows: a test read as a rule (the best twin under it is the expected one) against the negatives.
const cleanCands = clean.map((c) => ({ ...c, cands: c.tk.flatMap((_, k) => candidates(c.tk, k, 'all')) }));
let chars = 0;
const realCands: { cands: Cand[]; s: string }[] = [];
if (!process.env.NO_REAL)
  for (const r of report) {
    chars += r.s.length;
    for (let k = 0; k < r.tk.length; k++) {
      const c = candidates(r.tk, k, r.half === 'odd' ? 'even' : 'odd');
      if (c.length) realCands.push({ cands: c, s: r.s });
    }
  }
const missCands = misses.map((m) => ({ ...m, cands: candidates(m.tk, m.k, 'all') }));
const row = (name: string, test: Test): void => {
  const pick = (cs: Cand[]): Cand | undefined => cs.filter(test).sort((a, b) => b.lm - a.lm)[0];
  const read = missCands.filter((m) => pick(m.cands)?.twin === m.f.expected);
  const by = (h: 'odd' | 'even') => read.filter((m) => parityOf(m.set) === h);
  const setsRead = (xs: typeof read) => new Set(xs.map((m) => m.set)).size;
  const cleanFlag = cleanCands.filter((c) => c.cands.some(test));
  const realFlag = realCands.filter((r) => r.cands.some(test)).length;
  console.log(
    `${name.padEnd(44)} odd ${String(by('odd').length).padStart(3)} (${setsRead(by('odd'))} sets) even ${String(by('even').length).padStart(3)} (${setsRead(by('even'))} sets) all ${String(read.length).padStart(3)}  clean ${String(cleanFlag.length).padStart(3)}  report ${String(realFlag).padStart(4)} (${chars ? ((1e4 * realFlag) / chars).toFixed(1) : '-'}/10k)`,
  );
  if (process.env.SHOW === name) {
    for (const m of read) console.log(`  READ ${m.set} ${m.f.found}→${m.f.expected}  ${m.f.text}`);
    for (const c of cleanFlag)
      console.log(
        `  CLEAN ${c.set} ${c.cands
          .filter(test)
          .map((x) => `${x.written}→${x.twin}(${x.winWord}${x.coWord})`)
          .join(',')}  ${c.text}`,
      );
    for (const r of realCands.filter((r) => r.cands.some(test)).slice(0, Number(process.env.REAL ?? 0)))
      console.log(
        `  REAL ${r.cands
          .filter(test)
          .map((x) => `${x.written}→${x.twin}(${x.winWord}${x.coWord})`)
          .join(',')}  ${r.s}`,
      );
  }
};
const ROWS = process.env.ROWS ?? '';
for (const lift of [2, 2.5, 3]) for (const y of [1, 2, 3]) row(`win>=${lift} du+win>=${y} !jiebaW`, (c) => c.win >= lift && c.du + c.win >= y && !c.jiebaW);
for (const lift of [2, 2.5]) for (const y of [0, 1]) row(`win>=${lift} lm>=${y} !jiebaW`, (c) => c.win >= lift && c.lm >= y && !c.jiebaW);
for (const lift of [1.5, 2]) for (const y of [0, 1, 2]) row(`vo|hd>=${lift} lm>=${y} !jiebaW`, (c) => Math.max(c.vo, c.hd) >= lift && c.lm >= y && !c.jiebaW);
for (const y of [1, 2, 3]) row(`tri lm>=${y} !jiebaW`, (c) => c.tri && c.lm >= y && !c.jiebaW);
for (const y of [1, 2, 3]) row(`lm>=${y} !jiebaW`, (c) => c.lm >= y && !c.jiebaW);
for (const p of [3, 4, 5]) for (const y of [0, 1]) row(`co>=${p} lm>=${y} !jiebaW`, (c) => c.co >= p && c.lm >= y && !c.jiebaW);
for (const y of [0, 1]) row(`jieba far lm>=${y} !jiebaW`, (c) => c.jieba && c.lm >= y && !c.jiebaW);
for (const y of [2.5, 3, 3.5, 4]) row(`lm>=${y} & adj>=2 !jiebaW`, (c) => c.lm >= y && c.adj >= 2 && !c.jiebaW);
for (const y of [2.5, 3, 3.5, 4]) row(`lm>=${y} & !adj !jiebaW`, (c) => c.lm >= y && c.adj < 2 && !c.jiebaW);
for (const y of [3.5, 4, 5]) row(`lm>=${y} !jiebaW`, (c) => c.lm >= y && !c.jiebaW);
for (const y of [2, 3]) row(`lm>=${y} du>=0 !jiebaW`, (c) => c.lm >= y && c.du >= 0 && !c.jiebaW);
if (ROWS) console.log(ROWS);
if (process.env.DUMP)
  for (const e of withC)
    console.log(
      `${e.set} ${e.f.found}→${e.f.expected} du ${e.c!.du.toFixed(1)} adj ${e.c!.adj.toFixed(1)} win ${e.c!.win.toFixed(1)} ${e.c!.winWord} tri ${e.c!.tri ? 1 : 0} lm ${e.c!.lm.toFixed(2)} co ${e.c!.co.toFixed(1)} ${e.c!.coWord} jieba ${e.c!.jieba ? 1 : 0}/${e.c!.jiebaW ? 1 : 0}  ${e.f.text}`,
    );
