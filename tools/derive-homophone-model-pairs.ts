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
//   LIBIME_ARPA=… npx tsx tools/derive-homophone-model-pairs.ts
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BIGRAM_KEY, readLogModel } from './libime-model';
import { jiebaDictionary } from '../electron/services/check/segmenter';
import { isHanWord } from '../shared/check/words/analyse';
import { commonReadingKey } from '../shared/check/words/twins';
import { contentTag, neighbourWord, TWIN_FREQ, WRITTEN_FREQ } from '../shared/check/words/report-pairs';

/** Least log10 ratio, one neighbour alone, for an item (the rule's bar: an item is evidence). */
const BAR = Number(process.env.BAR ?? 3);
/** Least jieba count of a neighbour kept (a word a report puts beside another). */
const NB_FREQ = Number(process.env.NB_FREQ ?? 20);

const dict = jiebaDictionary();
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
for (const key of m.bi.keys()) {
  const a = Math.floor(key / BIGRAM_KEY);
  const b = key % BIGRAM_KEY;
  if (isNb[a]) push(leftOf, b, a);
  if (isNb[b]) push(rightOf, a, b);
}
const has = (a: number, b: number): boolean => m.bi.has(a * BIGRAM_KEY + b);
const lp = (a: number, b: number): number => m.bi.get(a * BIGRAM_KEY + b) ?? m.bow[a]! + m.uni[b]!;

const lines: [string, string, number[], number[]][] = [];
const nbUse = new Map<number, number>();
const kept = new Set<string>();
for (const list of byKey.values()) {
  for (const W of list) {
    for (const T of list) {
      if (W === T || T[0] === W[0] || T[1] === W[1] || dict.freq(T) < TWIN_FREQ) continue;
      const w = m.idOf.get(W)!;
      const t = m.idOf.get(T)!;
      const left = (leftOf.get(t) ?? []).filter((x) => !has(x, w) && lp(x, t) - lp(x, w) >= BAR);
      const right = (rightOf.get(t) ?? []).filter((x) => !has(w, x) && lp(t, x) - lp(w, x) >= BAR);
      if (!left.length && !right.length) continue;
      lines.push([W, T, left, right]);
      kept.add(W).add(T);
      for (const x of [...left, ...right]) nbUse.set(x, (nbUse.get(x) ?? 0) + 1);
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
const tenths = (v: number): number => Math.round(10 * v);
const figures = [...kept].sort().map((w) => {
  const i = m.idOf.get(w)!;
  return `${w}${tenths(m.uni[i]!)},${tenths(m.bow[i]!)}`;
});
lines.sort((a, b) => (a[0] + a[1] < b[0] + b[1] ? -1 : 1));
const body = lines.map(([W, T, l, r]) => `${W}${T}${pack(l)} ${pack(r)}`).join('\n');
const out = `// Generated by tools/derive-homophone-model-pairs.ts. Do not edit by hand.
// Licence: the figures are derived from fcitx5's language model lm_sc.arpa (Debian source package
// libime, data/lm_sc.arpa-20220810), (c) 2015-2022 CSSlayer, LGPL-2.1-or-later; see docs/THIRD-PARTY.md.
// HM_ALPHABET: the digits. HM_WORDS: the neighbour words, space-separated; an id is a place in this
// list, three digits.
// HM_FIGURES: "Wu,b" a line: a word of HM_PAIRS, its log10 unigram and back-off weight in tenths.
// HM_PAIRS: "WTLEFT RIGHT" a line: W a two-character word, T a same-reading twin sharing no character
// (jieba ${TWIN_FREQ}+), then the ids (sorted, or "-") of the neighbours before / after beside which the
// model holds T's bigram and not W's, at log10 ratio ${BAR} or more (neighbours jieba counts ${NB_FREQ}+).
export const HM_ALPHABET = '${ALPHABET.replace(/'/g, "\\'")}';
export const HM_WORDS = \`${nbs.map((n) => m.wordOf[n]).join(' ')}\`;
export const HM_FIGURES = \`${figures.join('\n')}\`;
export const HM_PAIRS = \`${body}\`;
`;
writeFileSync(join(import.meta.dirname, '..', 'shared', 'check', 'words', 'homophone-model-pairs-data.ts'), out);
console.log(`${lines.length} pairs, ${nbs.length} neighbours, ${[...lines].reduce((n, l) => n + l[2].length + l[3].length, 0)} items, ${out.length} chars`);
