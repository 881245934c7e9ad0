// Dev-time measurement (round 30): homophone hits the adjacency signal (homophone-adjacency.ts) scores
// just UNDER its bar, and whether a second, independent signal sets the keyed slips among them apart
// from clean text. The mechanism that carried for misspellings (check-48a, slip-context.ts): a hit
// within a margin of its bar raised as a warning when another witness agrees.
// First signal, computed from the whole model (not the shipped table's pruned items): for a written
// two-character content word W and a same-reading twin T at token k, with neighbours L and R,
//   n = (uT − uW) + (R ? bT − bW : 0) + lift(L,T) + lift(T,R)
// where lift is T's explicit bigram lift over its back-off when at least LMIN and the neighbour does
// not vouch for W (W's own bigram of 1.0+, W beside it in the other half's report text); W written
// inside a jieba phrase with a neighbour is skipped, as the rule does. The rule fires at n >= 2.0.
// Second signals (none reads the very neighbour's bigram with T):
//   far:   collocates() of slip-context.ts (the shipped pair set) holds T with a token 2..4 places away
//          in the same clause (X T on the left, T X on the right);
//   other: the side that gave no lift does not lean to W: T's bigram (or back-off) with that neighbour
//          at least W's;
//   lm:    the sentence's log10 probability with T minus with W (trigrams, back-off).
// Yardstick: tools/keyed-check-sets.ts (first-run misses today's checker still misses, TODAY= a folder
// of score-check outputs); negatives: clean keyed sentences, TRAIN report text (other half's vetoes).
//   TODAY=/tmp/scores LIBIME_ARPA=… npx tsx tools/diag-homophone-nearbar.ts [SHOW=row] [DUMP=1]
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyse, type Token } from '../shared/check/words/analyse';
import { readingIndex, twinsIn } from '../shared/check/words/twins';
import { collocates } from '../shared/check/words/slip-context';
import { jiebaDictionary, jiebaSegmenter } from '../electron/services/check/segmenter';
import { layerWords } from './layer-words';
import { readTrigramModel } from './libime-model';
import { homophoneYardstick, keyedCheckSets, missedHomophones, parityOf } from './keyed-check-sets';
import { unseenSets } from './unseen-sets';
import { batchNumber, scriptOf, sentences, textFiles } from '../bench/swap-texts';

const BENCH = join(import.meta.dirname, '..', 'bench');
const TODAY = process.env.TODAY ?? '';
const TWIN_FREQ = 30;
const LMIN = Number(process.env.LMIN ?? 1.0);
const WIN = 4;
const NOT_CONTENT = /^(nr|ns|nt|m|q|r|c|p|u|x|e|y|o|d)/;
const unseen = unseenSets();
const dict = jiebaDictionary();

// Same-reading twins (twins.ts), content words of jieba count TWIN_FREQ+ (groups of one too: a rarer written word's twin).
const byKey = readingIndex(dict, layerWords(), (freq, tag) => freq >= TWIN_FREQ && !/^(nr|ns|nt|m|q|r|c|p|u|x|e|y|o)/.test(tag));
const twinsOf = (w: string): string[] => {
  return twinsIn(byKey, dict, w);
};

// The whole model (tools/libime-model.ts): unigrams, bigrams and trigrams with their back-offs.
const { uni, bow, UNK, id, lp2, liftOf, sentLp } = await readTrigramModel();

// Report text by half: adjacent pairs (vetoes), sentences (negatives).
const pairs = { odd: new Set<string>(), even: new Set<string>() };
const report: { half: 'odd' | 'even'; s: string; tk: Token[] }[] = [];
for (const d of readdirSync(BENCH)
  .filter((d) => batchNumber(d) !== null && !unseen.has(d))
  .sort()) {
  const half = batchNumber(d)! % 2 === 1 ? 'odd' : 'even';
  for (const f of textFiles(join(BENCH, d))) {
    const text = readFileSync(f, 'utf8');
    const script = scriptOf(text);
    for (const s of sentences(text)) {
      const tk = analyse(s, script, jiebaSegmenter)?.tokens ?? [];
      report.push({ half, s, tk });
      for (let k = 1; k < tk.length; k++) pairs[half].add(`${tk[k - 1]!.word}|${tk[k]!.word}`);
    }
  }
}
type Fold = 'all' | 'odd' | 'even';
const beside = (a: string, b: string, fold: Fold): boolean => (fold === 'all' ? pairs.odd.has(`${a}|${b}`) || pairs.even.has(`${a}|${b}`) : pairs[fold].has(`${a}|${b}`));

interface Cand {
  written: string;
  twin: string;
  n: number; // the adjacency score (log10), -99 when no neighbour lifts T
  far: string; // the clause word collocates() pairs with T, or ''
  other: boolean; // the side without a lift does not lean to W (or there is no such side)
  lm: number;
  d: number; // (uT − uW) + (R ? bT − bW : 0): the model's prior for T over W at this place
  sc: number; // neighbours (not vouching for W) that collocates() pairs with T and not with W
  jr: number; // log10 of jieba's count of T over W's
}
const CLAUSE = /^[，；、：,;:（）()“”。！？]$/;
function candidates(tk: readonly Token[], k: number, fold: Fold, only?: string): Cand[] {
  const w = tk[k]!;
  if (w.word.length !== 2 || NOT_CONTENT.test(w.tag) || !/^\p{Script=Han}{2}$/u.test(w.word)) return [];
  const W = id(w.word);
  if (W === UNK) return [];
  const L = tk[k - 1];
  const R = tk[k + 1];
  if ((L && dict.freq(L.word + w.word) > 0) || (R && dict.freq(w.word + R.word) > 0)) return [];
  const ids = tk.map((t) => id(t.word));
  let base: number | null = null;
  let lo = k;
  while (lo > 0 && k - lo < WIN && !CLAUSE.test(tk[lo - 1]!.word)) lo--;
  let hi = k;
  while (hi < tk.length - 1 && hi - k < WIN && !CLAUSE.test(tk[hi + 1]!.word)) hi++;
  const out: Cand[] = [];
  for (const t of only ? [only] : twinsOf(w.word)) {
    const T = id(t);
    if (T === UNK) continue;
    const vouchL = L && ((liftOf(id(L.word), W) ?? -99) >= 1 || beside(L.word, w.word, fold));
    const vouchR = R && ((liftOf(W, id(R.word)) ?? -99) >= 1 || beside(w.word, R.word, fold));
    const ll = L && !vouchL ? (liftOf(id(L.word), T) ?? 0) : 0;
    const rr = R && !vouchR ? (liftOf(T, id(R.word)) ?? 0) : 0;
    const byL = ll >= LMIN ? ll : 0;
    const byR = rr >= LMIN ? rr : 0;
    const n = byL || byR ? uni[T]! - uni[W]! + (R ? bow[T]! - bow[W]! : 0) + byL + byR : -99;
    let far = '';
    for (let j = lo; j <= hi && !far; j++) {
      if (Math.abs(j - k) < 2) continue;
      const x = tk[j]!.word;
      if (j < k ? collocates(x, t) : collocates(t, x)) far = x;
    }
    let other = true;
    if (byL && R) other = lp2(T, id(R.word)) >= lp2(W, id(R.word));
    else if (byR && L) other = lp2(id(L.word), T) >= lp2(id(L.word), W);
    base ??= sentLp(ids);
    const swapped = ids.slice();
    swapped[k] = T;
    const d = uni[T]! - uni[W]! + (R ? bow[T]! - bow[W]! : 0);
    let sc = 0;
    if (L && !vouchL && collocates(L.word, t) && !collocates(L.word, w.word)) sc++;
    if (R && !vouchR && collocates(t, R.word) && !collocates(w.word, R.word)) sc++;
    const jr = Math.log10(Math.max(1, dict.freq(t)) / Math.max(1, dict.freq(w.word)));
    out.push({ written: w.word, twin: t, n, far, other, lm: sentLp(swapped) - base, d, sc, jr });
  }
  return out;
}

const sets = keyedCheckSets(BENCH);
const { misses, clean, firstRunMisses, caughtToday, unsegmented } = homophoneYardstick(BENCH, sets, (set) =>
  TODAY && existsSync(join(TODAY, `${set}.txt`)) ? missedHomophones(join(TODAY, `${set}.txt`)) : null,
);
console.log(
  `${firstRunMisses} first-run homophone misses; ${caughtToday} caught today; ${misses.length} still missed and one two-character token (${unsegmented} not) in ${new Set(misses.map((m) => m.set)).size} sets; ${clean.length} clean sentences; ${report.length} report sentences`,
);
const missCands = misses.map((m) => ({ ...m, cands: candidates(m.tk, m.k, 'all') }));
const own = missCands.map((m) => ({ m, c: m.cands.find((c) => c.twin === m.f.expected) }));
console.log(`fix a twin in the list and the model: ${own.filter((x) => x.c).length}; with a lifting neighbour (n > -99): ${own.filter((x) => x.c && x.c.n > -99).length}`);
for (const lo of [2, 1.5, 1, 0.5, 0, -0.5, -1, -2]) console.log(`  expected twin n >= ${lo}: ${own.filter((x) => x.c && x.c.n >= lo).length}`);
if (process.env.DUMP)
  for (const { m, c } of own)
    if (c && c.n > -99) console.log(`  ${m.set} ${m.f.found}→${m.f.expected} n ${c.n.toFixed(2)} far ${c.far || '-'} other ${c.other ? 1 : 0} lm ${c.lm.toFixed(2)}  ${m.f.text}`);

const cleanCands = clean.map((c) => ({ ...c, cands: c.tk.flatMap((_, k) => candidates(c.tk, k, 'all')) }));
let chars = 0;
const realCands: { cands: Cand[]; s: string }[] = [];
for (const r of report) {
  chars += r.s.length;
  for (let k = 0; k < r.tk.length; k++) {
    const c = candidates(r.tk, k, r.half === 'odd' ? 'even' : 'odd');
    if (c.length) realCands.push({ cands: c, s: r.s });
  }
}
type Test = (c: Cand) => boolean;
const row = (name: string, test: Test): void => {
  const pick = (cs: Cand[]): Cand | undefined => cs.filter(test).sort((a, b) => b.n - a.n)[0];
  const read = missCands.filter((m) => pick(m.cands)?.twin === m.f.expected);
  const by = (h: 'odd' | 'even') => read.filter((m) => parityOf(m.set) === h);
  const setsRead = (xs: typeof read) => new Set(xs.map((m) => m.set)).size;
  const cleanFlag = cleanCands.filter((c) => c.cands.some(test));
  const realFlag = realCands.filter((r) => r.cands.some(test));
  console.log(
    `${name.padEnd(40)} odd ${String(by('odd').length).padStart(3)} (${setsRead(by('odd'))} sets) even ${String(by('even').length).padStart(3)} (${setsRead(by('even'))} sets) all ${String(read.length).padStart(3)}  clean ${String(cleanFlag.length).padStart(3)}  report ${String(realFlag.length).padStart(4)} (${((1e4 * realFlag.length) / chars).toFixed(2)}/10k)`,
  );
  if (process.env.SHOW === name) {
    for (const m of read) console.log(`  READ ${m.set} ${m.f.found}→${m.f.expected}  ${m.f.text}`);
    const show = (c: Cand): string => `${c.written}→${c.twin}(n ${c.n.toFixed(1)} far ${c.far} lm ${c.lm.toFixed(1)})`;
    for (const c of cleanFlag) console.log(`  CLEAN ${c.set} ${c.cands.filter(test).map(show).join(',')}  ${c.text}`);
    for (const r of realFlag.slice(0, Number(process.env.REAL ?? 20))) console.log(`  REAL ${r.cands.filter(test).map(show).join(',')}  ${r.s}`);
  }
};
console.log(`report text ${chars} characters`);
for (const m of [0.5, 1, 1.5, 2]) {
  const near: Test = (c) => c.n >= 2 - m && c.n < 2;
  row(`near ${m}`, near);
  row(`near ${m} & far`, (c) => near(c) && !!c.far);
  row(`near ${m} & far & other`, (c) => near(c) && !!c.far && c.other);
  row(`near ${m} & far & lm>=1`, (c) => near(c) && !!c.far && c.lm >= 1);
  row(`near ${m} & other & lm>=2`, (c) => near(c) && c.other && c.lm >= 2);
  row(`near ${m} & other & lm>=3`, (c) => near(c) && c.other && c.lm >= 3);
}
row('n>=2 (model, unpruned)', (c) => c.n >= 2);
row('n>=2 & far', (c) => c.n >= 2 && !!c.far);
for (const x of [-1, -0.5, 0, 0.5, 1]) {
  row(`sc & d>=${x}`, (c) => c.sc > 0 && c.d >= x);
  row(`sc & d>=${x} & other`, (c) => c.sc > 0 && c.d >= x && c.other);
  for (const y of [0, 0.5, 1]) row(`sc & d>=${x} & jr>=${y}`, (c) => c.sc > 0 && c.d >= x && c.jr >= y);
  for (const y of [0, 0.5]) row(`sc & d>=${x} & jr>=${y} & other`, (c) => c.sc > 0 && c.d >= x && c.jr >= y && c.other);
  row(`sc2 & d>=${x}`, (c) => c.sc > 1 && c.d >= x);
}
for (const b of [2, 2.5, 3, 3.5]) {
  for (const y of [0, 0.5]) row(`n>=${b} & jr>=${y}`, (c) => c.n >= b && c.jr >= y);
  for (const y of [0, 0.5]) row(`n>=${b} & jr>=${y} & other`, (c) => c.n >= b && c.jr >= y && c.other);
  row(`n>=${b}`, (c) => c.n >= b);
  row(`n>=${b} & other`, (c) => c.n >= b && c.other);
  for (const y of [1.5, 2, 2.5, 3]) row(`n>=${b} & lm>=${y}`, (c) => c.n >= b && c.lm >= y);
  for (const y of [1.5, 2, 2.5]) row(`n>=${b} & other & lm>=${y}`, (c) => c.n >= b && c.other && c.lm >= y);
}
