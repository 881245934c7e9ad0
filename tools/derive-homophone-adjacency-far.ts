// Derives shared/check/words/homophone-adjacency-far-data.ts (round 51): the neighbours the four
// adjacency tables (main, wide, rare, open) cannot name. Those tables take a neighbour only if TRAIN
// report text uses it three times or more (tools/derive-homophone-adjacency.ts NB_MIN), a genre filter
// that ties the evidence to the fields of the reports they were derived from: an unseen report's slip
// sits beside its own field's words (地峡停车场 → 地下, 实利疲劳 → 视力). This table keeps
// the very pairs those tables hold (W as written, T its fix, each table's bar) and adds, for each, the
// neighbours N beside which fcitx5's model holds an explicit bigram of T lifting LIFT (2.0)+ over its
// back-off estimate, that the pair's own table does not already hold for T, where the item can reach
// its table's bar alone (the unigram and back-off differences plus the lift: entries that cannot fire
// are not shipped). W's vetoes as the main table's: W's own bigram of 1.0+ with N, or W beside N in
// TRAIN report text. Neighbours: words of two or more characters report text uses under three times
// that jieba counts NB_JIEBA (1,000)+ and tags as no name, number or function word; and the single
// characters and report-text words the tables could have named but their older report text (round 32)
// had not yet given. Only items and vetoes are written: the pairs and figures are the four tables'.
// Measured (round 51, tuned on nothing but NB_JIEBA's size): NB_JIEBA 1,000 read +2 homophones on the
// even TRAIN check sets, +11 on the odd, no more false warnings on the even (one on the odd), VALIDATION
// and real text unchanged, 162 K characters; the older-text items alone (NB_JIEBA=Infinity) +0 / +7 for
// 88 K; 100 holds more than two-digit ids hold.
//   LIBIME_ARPA=… npx tsx tools/derive-homophone-adjacency-far.ts
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { jiebaDictionary } from '../electron/services/check/segmenter';
import { BIGRAM_KEY, readLogModel } from './libime-model';
import { neighbourIds } from './neighbour-ids';
import * as MAIN from '../shared/check/words/homophone-adjacency-data';
import * as WIDE from '../shared/check/words/homophone-adjacency-wide-data';
import * as RARE from '../shared/check/words/homophone-adjacency-rare-data';
import * as OPEN from '../shared/check/words/homophone-adjacency-open-data';
import { parseHomophoneAdjacency, type HomophoneAdjacencySource } from '../shared/check/words/homophone-adjacency';
import { countReportText } from './report-text-counts';

const ROOT = join(import.meta.dirname, '..');
const OUT = process.env.OUT ?? join(ROOT, 'shared', 'check', 'words', 'homophone-adjacency-far-data.ts');
const LIFT = 2.0;
const WRITTEN_LIFT = 1.0;
const NB_JIEBA = Number(process.env.NB_JIEBA ?? 1000);
/** The four tables' least report-text count of a neighbour of two or more characters (derive-homophone-adjacency.ts). */
const NB_MIN = 3;
/** Tags of a neighbour of two or more characters that is no evidence (as the report-pairs' neighbourWord). */
const NOT_NEIGHBOUR = /^(nr|ns|nt|m|q|r|c|p|u|d|x|y|e|o)/;
const dict = jiebaDictionary();

// The four tables' pairs, each with its bar (log10) and the items its fix already has there.
const sources: [HomophoneAdjacencySource, number][] = [
  [MAIN, 2.0],
  [WIDE, 3.0],
  [RARE, 3.0],
  [OPEN, 2.0],
];
interface Pair {
  w: string;
  t: string;
  bar: number;
  /** The neighbours T already has in the pair's table (left, right). */
  hasL: Set<string>;
  hasR: Set<string>;
}
const pairList: Pair[] = [];
for (const [src, bar] of sources) {
  const tb = parseHomophoneAdjacency(src);
  const words = src.HA_WORDS.split(' ');
  const B = src.HA_ALPHABET.length;
  const idWord = (id: string): string => words[src.HA_ALPHABET.indexOf(id[0]!) * B + src.HA_ALPHABET.indexOf(id[1]!)]!;
  const itemWords = (items: string): Set<string> => {
    const out = new Set<string>();
    for (let k = 0; k < items.length; k += 3) out.add(idWord(items.slice(k, k + 2)));
    return out;
  };
  for (const [w, e] of tb.written)
    for (const t of e.fixes) {
      const x = tb.fixes.get(t);
      if (x) pairList.push({ w, t, bar, hasL: itemWords(x.left), hasR: itemWords(x.right) });
    }
}

// Report text: token counts and adjacent token pairs (the vetoes), every TRAIN batch.
const { count: vocab, pairs } = countReportText('all');
const beside = new Set([...pairs.keys()].map((k) => k.replace(' ', '|')));

const K = BIGRAM_KEY;
const { idOf, wordOf, uni, bow, bi } = await readLogModel();
const nbOk = (n: number): boolean => {
  const w = wordOf[n]!;
  if (w === '<s>' || w === '</s>' || w === '<unk>' || !/^\p{Script=Han}+$/u.test(w)) return false;
  if (w.length === 1 || (vocab.get(w) ?? 0) >= NB_MIN) return true;
  return dict.freq(w) >= NB_JIEBA && !NOT_NEIGHBOUR.test(dict.tagOf(w) ?? '');
};
const wanted = new Set(pairList.flatMap((p) => [idOf.get(p.w), idOf.get(p.t)]).filter((x): x is number => x !== undefined));
// Per word of the pairs: bigram lifts with neighbours before (left) and after (right).
const left = new Map<number, Map<number, number>>();
const right = new Map<number, Map<number, number>>();
for (const [key, x] of bi) {
  const a = Math.floor(key / K);
  const b = key % K;
  const lift = x - bow[a]! - uni[b]!;
  if (wanted.has(b) && nbOk(a)) (left.get(b) ?? left.set(b, new Map()).get(b)!).set(a, lift);
  if (wanted.has(a) && nbOk(b)) (right.get(a) ?? right.set(a, new Map()).get(a)!).set(b, lift);
}

const tenths = (x: number): number => Math.round(x * 10);
const fixItems = new Map<string, { l: Map<string, number>; r: Map<string, number> }>();
const vetoes = new Map<string, { vl: Set<string>; vr: Set<string> }>();
for (const p of pairList) {
  const W = idOf.get(p.w);
  const T = idOf.get(p.t);
  if (W === undefined || T === undefined) continue;
  const reach = uni[T]! - uni[W]! + Math.max(0, bow[T]! - bow[W]!);
  const strong = (items: Map<number, number> | undefined, has: Set<string>): [number, number][] =>
    [...(items ?? [])].filter(([n, lift]) => lift >= LIFT && reach + lift >= p.bar && !has.has(wordOf[n]!));
  const l = strong(left.get(T), p.hasL);
  const r = strong(right.get(T), p.hasR);
  const vetoed = (n: number, own: Map<number, number> | undefined, pair: string): boolean => (own?.get(n) ?? -99) >= WRITTEN_LIFT || beside.has(pair);
  const ll = l.filter(([n]) => !vetoed(n, left.get(W), `${wordOf[n]}|${p.w}`));
  const rr = r.filter(([n]) => !vetoed(n, right.get(W), `${p.w}|${wordOf[n]}`));
  if (!ll.length && !rr.length) continue;
  // Only the items some pair can use unvetoed are shipped (a fix of several written words keeps the union).
  const f = fixItems.get(p.t) ?? fixItems.set(p.t, { l: new Map(), r: new Map() }).get(p.t)!;
  for (const [n, lift] of ll) f.l.set(wordOf[n]!, Math.max(f.l.get(wordOf[n]!) ?? 0, tenths(lift)));
  for (const [n, lift] of rr) f.r.set(wordOf[n]!, Math.max(f.r.get(wordOf[n]!) ?? 0, tenths(lift)));
}
// Vetoes of a written word: shipped items of its fixes beside which it has a bigram of its own or
// stands in report text (only those: an item not shipped is never read).
for (const p of pairList) {
  const W = idOf.get(p.w);
  const f = fixItems.get(p.t);
  if (W === undefined || !f) continue;
  for (const [side, items, own] of [
    ['l', f.l, left.get(W)],
    ['r', f.r, right.get(W)],
  ] as const)
    for (const n of items.keys()) {
      const id = idOf.get(n);
      const v = (id !== undefined && (own?.get(id) ?? -99) >= WRITTEN_LIFT) || beside.has(side === 'l' ? `${n}|${p.w}` : `${p.w}|${n}`);
      if (!v) continue;
      const e = vetoes.get(p.w) ?? vetoes.set(p.w, { vl: new Set(), vr: new Set() }).get(p.w)!;
      (side === 'l' ? e.vl : e.vr).add(n);
    }
}
// Neighbour ids by use, commonest first; items packed as id + lift digit (tools/neighbour-ids.ts).
const { alphabet: ALPHABET, words: nbs, pack, ids } = neighbourIds(fixItems.values());
const fixLines = [...fixItems].map(([t, f]) => `${t} ${pack(f.l)} ${pack(f.r)}`).join('\n');
const vetoLines = [...vetoes].map(([w, e]) => `${w} ${ids(e.vl)} ${ids(e.vr)}`).join('\n');
const out = `// Generated by tools/derive-homophone-adjacency-far.ts (NB_JIEBA=${NB_JIEBA}). Do not edit by hand.
// Licence: the figures are derived from fcitx5's language model lm_sc.arpa (Debian source package
// libime, data/lm_sc.arpa-20220810), (c) 2015-2022 CSSlayer, LGPL-2.1-or-later; see docs/THIRD-PARTY.md.
// Items for the pairs of the four adjacency tables (homophone-adjacency*-data.ts) beside neighbours
// their fixes' lines there lack. HF_ALPHABET: the digits. HF_WORDS: the neighbours; an id is a place in
// this list, two digits. HF_FIXES: "T LEFT RIGHT": T a fix of those tables; LEFT and RIGHT items of
// three digits, sorted (or "-"): a neighbour's id before / after T whose explicit bigram with T lifts
// 2.0+ over the model's back-off estimate, and that lift in tenths less 20. HF_VETOES: "W LEFT RIGHT":
// the neighbours (ids) of its fixes' items that vouch for a written word W: W's own bigram of 1.0+
// with them, or W beside them in TRAIN report text.
export const HF_ALPHABET = '${ALPHABET.replace(/'/g, "\\'")}';
export const HF_WORDS = \`${nbs.join(' ')}\`;
export const HF_FIXES = \`${fixLines}\`;
export const HF_VETOES = \`${vetoLines}\`;
`;
writeFileSync(OUT, out);
console.log(`${pairList.length} pairs, ${fixItems.size} fixes, ${vetoes.size} vetoed written words, ${nbs.length} neighbours, ${out.length} characters -> ${OUT}`);
