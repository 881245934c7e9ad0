// Dev-time tool: derives shared/check/words/homophone-model-pairs-data.ts, the evidence of
// shared/check/words/homophone-model-pairs.ts, from fcitx5's language model lm_sc.arpa
// (tools/libime-model.ts says where it comes from; LIBIME_ARPA points at it) and jieba's dictionary.
//
// Why: the homophones the checker misses most are swaps between two ordinary words (自信/资信,
// 神往/身亡) where the deciding evidence is the very neighbour's bigram, but the neighbour is a
// content word the shipped adjacency tables leave out (they keep neighbours jieba counts 1,000 times
// or more, and pairs report text uses): 抗菌 + 药物, 海水 + 淡化, 卫星 + 遥感, 叮咬 after 蚊子. Measured
// on the keyed TRAIN check sets with the whole model (round 48, check-122a), that evidence is there for
// about one in five of the even half's missed homophones whose twin is generated.
//
// What is kept: pairs of two-character content words W (the word written, jieba WRITTEN_FREQ+) and
// T (its twin, jieba TWIN_FREQ+) of one common reading that share no character (a pair sharing one,
// 监测/检测, shares a morpheme, and both phrases are often meant), both in the model; for each, the
// neighbours X (two or more Han characters, a content tag) beside which the model holds an explicit
// bigram of T and none of W, with log10 P(T | X) / P(W | X) (X before) or log10 P(X | T) / P(X | W)
// (X after; W's by the model's back-off) of BAR or more. And each kept word's log10 unigram and
// back-off weight (tenths), from which the rule reads whether the other neighbour leans to W.
//
// Round 49 (check-126a): over 598 K characters of real report text the table alone made 8 findings,
// all wrong (民主议事 → 意识, 一附院广大 → 幅员, 有效衔接 → 幼小). Two guards, both in the table:
// - a report-text floor: for a W the project's TRAIN report text (bench/unseen.json's sets never read,
//   as tools/derive-report-pairs.ts reads it) uses REPORT_FLOOR times or more, only the neighbours
//   bound to T are kept: P(T | X) of 10^BOUND or more before, the share of X's occurrences that
//   follow T after (群体性 + 事件 stays; 民主 + 意识, 幼小 + 衔接 go);
// - the other side: for each pair, the one-character words beside which the model holds W's bigram
//   and not T's at log10 ratio COUNTER_BAR or more (一 before 附院): written there, they vouch for W.
// HALF=even|odd counts the floor on one half of the report text (to measure the other half's
// findings honestly); the shipped table counts all of TRAIN. SHARE_BAR=4 also keeps pairs sharing a
// character at that bar (measured, not shipped: TRAIN +3, all in the even half, +0.25 MB); OUT=path
// writes the table elsewhere (to measure a variant without touching the shipped one).
//   LIBIME_ARPA=… npx tsx tools/derive-homophone-model-pairs.ts
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BIGRAM_KEY, readLogModel } from './libime-model';
import { jiebaDictionary } from '../electron/services/check/segmenter';
import { isHanWord } from '../shared/check/words/analyse';
import { commonReadingKey } from '../shared/check/words/twins';
import { contentTag, neighbourWord, TWIN_FREQ, WRITTEN_FREQ } from '../shared/check/words/report-pairs';
import { analyse } from '../shared/check/words/analyse';
import { trainDirs, trainSentences, type Half } from '../bench/swap-texts';
import { jiebaSegmenter } from '../electron/services/check/segmenter';

/** Least log10 ratio, one neighbour alone, for an item (the rule's bar: an item is evidence). */
const BAR = Number(process.env.BAR ?? 3);
/** Least jieba count of a neighbour kept (a word a report puts beside another). */
const NB_FREQ = Number(process.env.NB_FREQ ?? 20);
/** Least log10 ratio for a pair sharing a character (0: such pairs are left out). */
const SHARE_BAR = Number(process.env.SHARE_BAR ?? 0);

/** Least log10 ratio by which the model prefers W beside a one-character neighbour (一附院 before 广大). */
const COUNTER_BAR = Number(process.env.COUNTER_BAR ?? 1);
/** Report-text floor: a written word TRAIN report text uses this often is read as written ... */
const REPORT_FLOOR = Number(process.env.REPORT_FLOOR ?? 10);
/** ... unless its neighbour is bound to the twin: the model gives 1 in 10^-BOUND or more (群体性 + 事件). */
const BOUND = Number(process.env.BOUND ?? -1);

const dict = jiebaDictionary();
// How often the project's TRAIN report text (bench/unseen.json's sets never read) uses each word.
const reportCount = new Map<string, number>();
for (const s of trainSentences(trainDirs((process.env.HALF as Half | undefined) ?? 'all'))) {
  const a = analyse(s.sentence, s.script, jiebaSegmenter);
  for (const t of a?.tokens ?? []) reportCount.set(t.word, (reportCount.get(t.word) ?? 0) + 1);
}
const m = await readLogModel();
const byKey = new Map<string, string[]>();
for (const [w, e] of dict.wordsOfLength(2)) {
  if (e.freq < WRITTEN_FREQ || !isHanWord(w) || !contentTag(e.tag) || !m.idOf.has(w)) continue;
  const k = commonReadingKey(dict, w);
  if (!k) continue;
  const list = byKey.get(k);
  if (list) list.push(w);
  else byKey.set(k, [w]);
}
const isNb = new Uint8Array(m.uni.length);
const isChar = new Uint8Array(m.uni.length);
m.wordOf.forEach((w, i) => {
  if (w.length === 1 && isHanWord(w)) isChar[i] = 1;
});
m.wordOf.forEach((w, i) => {
  if (neighbourWord(w, dict.tagOf(w) ?? '') && dict.freq(w) >= NB_FREQ) isNb[i] = 1;
});
const leftOf = new Map<number, number[]>();
const rightOf = new Map<number, number[]>();
const push = (map: Map<number, number[]>, k: number, v: number): void => {
  const l = map.get(k);
  if (l) l.push(v);
  else map.set(k, [v]);
};
const charLeftOf = new Map<number, number[]>();
const charRightOf = new Map<number, number[]>();
for (const key of m.bi.keys()) {
  const a = Math.floor(key / BIGRAM_KEY);
  const b = key % BIGRAM_KEY;
  if (isNb[a]) push(leftOf, b, a);
  if (isNb[b]) push(rightOf, a, b);
  if (isChar[a]) push(charLeftOf, b, a);
  if (isChar[b]) push(charRightOf, a, b);
}
const has = (a: number, b: number): boolean => m.bi.has(a * BIGRAM_KEY + b);
const lp = (a: number, b: number): number => m.bi.get(a * BIGRAM_KEY + b) ?? m.bow[a]! + m.uni[b]!;

const lines: [string, string, number[], number[], number[], number[]][] = [];
const nbUse = new Map<number, number>();
const charUse = new Map<number, number>();
let floored = 0;
const kept = new Set<string>();
for (const list of byKey.values()) {
  for (const W of list) {
    for (const T of list) {
      const shares = T[0] === W[0] || T[1] === W[1];
      if (W === T || (shares && !SHARE_BAR) || dict.freq(T) < TWIN_FREQ) continue;
      const w = m.idOf.get(W)!;
      const t = m.idOf.get(T)!;
      const bar = shares ? SHARE_BAR : BAR;
      let left = (leftOf.get(t) ?? []).filter((x) => !has(x, w) && lp(x, t) - lp(x, w) >= bar);
      let right = (rightOf.get(t) ?? []).filter((x) => !has(w, x) && lp(t, x) - lp(w, x) >= bar);
      // A word report text uses often is a word of the register, read as written (有效 before 衔接,
      // 议事 after 民主), but for a neighbour bound to the twin: P(T | X) before, or the share of X's
      // occurrences that follow T after, of 1 in 10 or more (群体性 + 事件).
      if ((reportCount.get(W) ?? 0) >= REPORT_FLOOR) {
        const n = left.length + right.length;
        left = left.filter((x) => lp(x, t) >= BOUND);
        right = right.filter((x) => m.uni[t]! + lp(t, x) - m.uni[x]! >= BOUND);
        floored += n - left.length - right.length;
      }
      if (!left.length && !right.length) continue;
      // The one-character words beside which the model holds W's bigram, not T's, at 10^COUNTER_BAR or
      // more: written beside W, they vouch for it (一附院, 第一时间), whatever the other side says.
      const cLeft = (charLeftOf.get(w) ?? []).filter((x) => !has(x, t) && lp(x, w) - lp(x, t) >= COUNTER_BAR);
      const cRight = (charRightOf.get(w) ?? []).filter((x) => !has(t, x) && lp(w, x) - lp(t, x) >= COUNTER_BAR);
      lines.push([W, T, left, right, cLeft, cRight]);
      kept.add(W).add(T);
      for (const x of [...left, ...right]) nbUse.set(x, (nbUse.get(x) ?? 0) + 1);
      for (const x of [...cLeft, ...cRight]) charUse.set(x, (charUse.get(x) ?? 0) + 1);
    }
  }
}

// Packing: neighbours by use (most used first), an id of three base-91 digits.
const ALPHABET = [...Array(94)]
  .map((_, i) => String.fromCharCode(33 + i))
  .filter((c) => !'`\\$'.includes(c))
  .join('');
const B = ALPHABET.length;
const nbs = [...nbUse.keys()].sort((x, y) => nbUse.get(y)! - nbUse.get(x)! || (m.wordOf[x]! < m.wordOf[y]! ? -1 : 1));
if (nbs.length > B * B * B) throw new Error(`${nbs.length} neighbour words: more than three digits hold`);
const nbId = new Map(nbs.map((n, k) => [n, k]));
const id = (n: number): string => {
  const v = nbId.get(n)!;
  return ALPHABET[Math.floor(v / (B * B))]! + ALPHABET[Math.floor(v / B) % B]! + ALPHABET[v % B]!;
};
const pack = (xs: number[]): string => (xs.length ? xs.map(id).sort().join('') : '-');
// One-character words: an id of two digits.
const chars = [...charUse.keys()].sort((x, y) => charUse.get(y)! - charUse.get(x)! || (m.wordOf[x]! < m.wordOf[y]! ? -1 : 1));
if (chars.length > B * B) throw new Error(`${chars.length} one-character words: more than two digits hold`);
const charId = new Map(chars.map((n, k) => [n, ALPHABET[Math.floor(k / B)]! + ALPHABET[k % B]!]));
const packChars = (xs: number[]): string =>
  xs.length
    ? xs
        .map((x) => charId.get(x)!)
        .sort()
        .join('')
    : '-';
const tenths = (v: number): number => Math.round(10 * v);
const figures = [...kept].sort().map((w) => {
  const i = m.idOf.get(w)!;
  return `${w}${tenths(m.uni[i]!)},${tenths(m.bow[i]!)}`;
});
lines.sort((a, b) => (a[0] + a[1] < b[0] + b[1] ? -1 : 1));
const body = lines.map(([W, T, l, r, cl, cr]) => `${W}${T}${pack(l)} ${pack(r)} ${packChars(cl)} ${packChars(cr)}`).join('\n');
const out = `// Generated by tools/derive-homophone-model-pairs.ts. Do not edit by hand.
// Licence: the figures are derived from fcitx5's language model lm_sc.arpa (Debian source package
// libime, data/lm_sc.arpa-20220810), (c) 2015-2022 CSSlayer, LGPL-2.1-or-later; see docs/THIRD-PARTY.md.
// HM_ALPHABET: the digits. HM_WORDS: the neighbour words, space-separated; an id is a place in this
// list, three digits.
// HM_FIGURES: "Wu,b" a line: a word of HM_PAIRS, its log10 unigram and back-off weight in tenths.
// HM_CHARS: the one-character words of the pairs' last two fields, concatenated; an id is a place in
// this string, two digits.
// HM_PAIRS: "WTLEFT RIGHT CLEFT CRIGHT" a line: W a two-character word, T a same-reading twin sharing
// no character (jieba ${TWIN_FREQ}+), then the ids (sorted, or "-") of the neighbours before / after beside
// which the model holds T's bigram and not W's, at log10 ratio ${BAR} or more (neighbours jieba counts
// ${NB_FREQ}+; for a W the project's TRAIN report text uses ${REPORT_FLOOR}+ times, only those bound to T, at
// 10^${BOUND}+), then the one-character words before / after beside which it holds W's and not T's, at
// log10 ratio ${COUNTER_BAR} or more.
export const HM_ALPHABET = '${ALPHABET.replace(/'/g, "\\'")}';
export const HM_WORDS = \`${nbs.map((n) => m.wordOf[n]).join(' ')}\`;
export const HM_CHARS =
  '${chars.map((c) => m.wordOf[c]).join('')}';
export const HM_FIGURES = \`${figures.join('\n')}\`;
export const HM_PAIRS = \`${body}\`;
`;
writeFileSync(process.env.OUT ?? join(import.meta.dirname, '..', 'shared', 'check', 'words', 'homophone-model-pairs-data.ts'), out);
console.log(`${floored} items dropped by the report-text floor, ${chars.length} one-character words, ${lines.reduce((n, l) => n + l[4].length + l[5].length, 0)} counter items`);
console.log(`${lines.length} pairs, ${nbs.length} neighbours, ${[...lines].reduce((n, l) => n + l[2].length + l[3].length, 0)} items, ${out.length} chars`);
