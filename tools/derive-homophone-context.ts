// Dev-time tool: derives shared/check/words/homophone-context-data.ts, the evidence of
// shared/check/words/homophone-context.ts, from two sources the app never ships whole:
// - the genre's own prior: how often each two-character word occurs in the repository's real report
//   text (the TRAIN importer batches, bench/heldout*, bench/import-train-*; sets in bench/unseen.json
//   skipped), counted per half (odd and even batch numbers) so that bench/homophone-context.ts can
//   measure one half with the other's counts;
// - fcitx5's trigram model lm_sc.arpa (tools/libime-model.ts, LIBIME_ARPA): for each word F report
//   text uses and its same-reading twins W it never uses, their log10 unigrams and back-off weights and
//   the lift of their explicit bigrams over the back-off, from which the rule rebuilds
//   log10 P(F | L) / P(W | L) for the word before and log10 P(R | F) / P(R | W) for the word after.
// Why: measured on planted swaps in the odd half (tools/diag-homophone-context.ts), the model's
// adjacent evidence for the twin at 10^2.5 alone gives 11 false findings in 128,248 characters of
// unaltered report text (office words a general model disfavours); asking as well that the written
// word never occur in the other half's report text while its twin does leaves none, and still finds
// a fifth of the swaps the checker misses.
//   FOLD=odd|even OUT=…: a table whose pairs and counts are that half's only, for the bench.
//   LIBIME_ARPA=… npx tsx tools/derive-homophone-context.ts
import { createReadStream, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { analyse } from '../shared/check/words/analyse';
import { readingKeys } from '../shared/check/words/twins';
import { jiebaDictionary, jiebaSegmenter } from '../electron/services/check/segmenter';
import { layerWords } from './layer-words';
import { LIBIME_ARPA } from './libime-model';
import { unseenSets } from './unseen-sets';
import { batchNumber, scriptOf, textFiles } from '../bench/swap-texts';

const ROOT = join(import.meta.dirname, '..');
const BENCH = join(ROOT, 'bench');
/** Least jieba count of either word of a pair: words a writer uses and an input method offers. */
const MIN_FREQ = Number(process.env.MIN_FREQ ?? 10);
/** Most |log10| of the pair's unigram ratio in the model: a twin offered near the top of the list. */
const MAX_PRIOR = 3;
/**
 * Least jieba count of a neighbour kept in the table (single characters and punctuation always): the
 * words a report puts beside a word. Chosen from jieba's counts, not from the report text, so that
 * the held-out half's own words are not favoured.
 */
const NB_FREQ = Number(process.env.NB_FREQ ?? 1000);
/** Tags of words never read as a slip: names of people, places and bodies, numbers, function words. */
const NOT_CONTENT = /^(nr|ns|nt|m|q|r|c|p|u|x|e|y|o)/;

const dict = jiebaDictionary();
const unseen = unseenSets();
/**
 * Which halves' counts select the pairs (FOLD=odd: the odd batches only, for bench/homophone-context.ts
 * to measure the even half with a table that never saw it; all, the default, for the shipped table).
 */
const FOLD = process.env.FOLD ?? 'all';
/** A pair is kept only for a written word report text never uses: the rule asks no more of it. */
const officeCount = (w: string): number => {
  const c = counts.get(w);
  return !c ? 0 : FOLD === 'odd' ? c[0] : FOLD === 'even' ? c[1] : c[0] + c[1];
};

// 1. The genre's prior: two-character tokens of the report text, per half.
const counts = new Map<string, [number, number]>();
for (const d of readdirSync(BENCH).sort()) {
  const n = batchNumber(d);
  if (n === null || unseen.has(d) || !existsSync(join(BENCH, d))) continue;
  const side = n % 2 === 1 ? 0 : 1;
  for (const f of textFiles(join(BENCH, d))) {
    const text = readFileSync(f, 'utf8');
    const script = scriptOf(text);
    for (const line of text.split(/\n+/)) {
      for (const t of analyse(line, script, jiebaSegmenter)?.tokens ?? []) {
        if (t.word.length !== 2) continue;
        const c = counts.get(t.word) ?? [0, 0];
        c[side]++;
        counts.set(t.word, c);
      }
    }
  }
}

// 2. The model.
const K = 262144;
const idOf = new Map<string, number>();
const words: string[] = [];
const uni: number[] = [];
const bow: number[] = [];
const bi = new Map<number, number>();
const leftOf = new Map<number, number[]>();
const rightOf = new Map<number, number[]>();
{
  let level = 0;
  for await (const line of createInterface({ input: createReadStream(LIBIME_ARPA, 'utf8') })) {
    if (line.startsWith('\\')) {
      level = line.startsWith('\\1-') ? 1 : line.startsWith('\\2-') ? 2 : line.startsWith('\\3-') ? 3 : 0;
      if (level === 3) break;
      continue;
    }
    if (!level || !line) continue;
    const p = line.split('\t');
    if (level === 1) {
      idOf.set(p[1]!, words.length);
      words.push(p[1]!);
      uni.push(Number(p[0]));
      bow.push(p[2] === undefined ? 0 : Number(p[2]));
    } else {
      const sp = p[1]!.indexOf(' ');
      const a = idOf.get(p[1]!.slice(0, sp));
      const b = idOf.get(p[1]!.slice(sp + 1));
      if (a === undefined || b === undefined) continue;
      bi.set(a * K + b, Number(p[0]));
      (leftOf.get(b) ?? leftOf.set(b, []).get(b)!).push(a);
      (rightOf.get(a) ?? rightOf.set(a, []).get(a)!).push(b);
    }
  }
}

// 3. Twins: for each word F report text uses, its same-reading words W report text never uses.
const groups = new Map<string, string[]>();
for (const w of new Set(layerWords())) {
  const e = dict.get(w);
  if (!e || e.freq < MIN_FREQ || NOT_CONTENT.test(e.tag) || !idOf.has(w)) continue;
  for (const k of readingKeys(dict, w)) (groups.get(k) ?? groups.set(k, []).get(k)!).push(w);
}
/** Neighbours worth an entry: single characters (the model's function words, 的, 带) and common words. */
const neighbour = (id: number): boolean => {
  const w = words[id]!;
  return w.length === 1 || (dict.get(w)?.freq ?? 0) >= NB_FREQ;
};
/** Least lift (tenths of log10) of an explicit bigram over the back-off estimate to be kept. */
const LIFT = Number(process.env.LIFT ?? 15);
const nbUse = new Map<number, number>();
interface Row {
  f: string;
  twins: string[];
  left: [number, number][];
  right: [number, number][];
}
const rows: Row[] = [];
const written = new Set<string>();
const tenths = (x: number): number => Math.round(x * 10);
// A word of two readings is in two groups: its twins are both groups' words, one row a word.
const sharing = new Map<string, string[]>();
for (const g of groups.values()) if (g.length > 1) for (const f of g) sharing.set(f, [...new Set([...(sharing.get(f) ?? []), ...g])]);
{
  for (const [f, g] of sharing) {
    if (officeCount(f) === 0) continue;
    const F = idOf.get(f)!;
    const twins = g.filter((w) => w !== f && officeCount(w) === 0 && Math.abs(uni[F]! - uni[idOf.get(w)!]!) <= MAX_PRIOR);
    if (!twins.length) continue;
    // Left: the lift of P(F | N) over the back-off bow(N) P(F); right: of P(R | F) over bow(F) P(R).
    const left: [number, number][] = [];
    const right: [number, number][] = [];
    for (const n of leftOf.get(F) ?? []) {
      if (!neighbour(n)) continue;
      const lift = tenths(bi.get(n * K + F)! - bow[n]! - uni[F]!);
      if (lift >= LIFT) left.push([n, lift]);
    }
    for (const n of rightOf.get(F) ?? []) {
      if (!neighbour(n)) continue;
      const lift = tenths(bi.get(F * K + n)! - bow[F]! - uni[n]!);
      if (lift >= LIFT) right.push([n, lift]);
    }
    for (const [n] of [...left, ...right]) nbUse.set(n, (nbUse.get(n) ?? 0) + 1);
    for (const w of twins) written.add(w);
    rows.push({ f, twins, left, right });
  }
}
// The twins' own collocations: a written word beside a neighbour it takes in the model's text
// (全面开战, 经纪机构) is no slip there, however common its twin; the same lift bar.
const twinItems = new Map<string, { left: [number, number][]; right: [number, number][] }>();
for (const w of written) {
  const W = idOf.get(w)!;
  const left: [number, number][] = [];
  const right: [number, number][] = [];
  for (const n of leftOf.get(W) ?? []) {
    if (!neighbour(n)) continue;
    const lift = tenths(bi.get(n * K + W)! - bow[n]! - uni[W]!);
    if (lift >= LIFT) left.push([n, lift]);
  }
  for (const n of rightOf.get(W) ?? []) {
    if (!neighbour(n)) continue;
    const lift = tenths(bi.get(W * K + n)! - bow[W]! - uni[n]!);
    if (lift >= LIFT) right.push([n, lift]);
  }
  for (const [n] of [...left, ...right]) nbUse.set(n, (nbUse.get(n) ?? 0) + 1);
  twinItems.set(w, { left, right });
}
console.log(
  `${rows.length} words, ${rows.reduce((s, r) => s + r.left.length + r.right.length, 0)} items, ${nbUse.size} neighbours, ${written.size} twins with ${[...twinItems.values()].reduce((s, r) => s + r.left.length + r.right.length, 0)} items`,
);

// 4. Packing: neighbours by use (most used first), each item two base-91 digits of id and one of
// the lift in tenths (capped at 90), one line per word F.
const ALPHABET = [...Array(94)]
  .map((_, i) => String.fromCharCode(33 + i))
  .filter((c) => !'`\\$'.includes(c))
  .join('');
const B = ALPHABET.length;
const nbs = [...nbUse.keys()].sort((x, y) => nbUse.get(y)! - nbUse.get(x)! || (words[x]! < words[y]! ? -1 : 1));
if (nbs.length > B * B) throw new Error(`${nbs.length} neighbour words: more than two characters of ids hold`);
const nbId = new Map(nbs.map((n, k) => [n, k]));
const digit = (v: number): string => ALPHABET[Math.max(0, Math.min(B - 1, v))]!;
const item = ([n, r]: [number, number]): string => digit(Math.floor(nbId.get(n)! / B)) + digit(nbId.get(n)! % B) + digit(r);
/** A word's unigram and back-off weight, log10 in tenths: "-52,-3". */
const uw = (w: string): string => `${tenths(uni[idOf.get(w)!]!)},${tenths(bow[idOf.get(w)!]!)}`;
const lines = rows.map(
  (r) =>
    `${r.f} ${uw(r.f)} ${r.twins.join(',')} ${r.left
      .sort((a, b) => nbId.get(a[0])! - nbId.get(b[0])!)
      .map(item)
      .join('')} ${r.right
      .sort((a, b) => nbId.get(a[0])! - nbId.get(b[0])!)
      .map(item)
      .join('')}`,
);
const pack = (items: [number, number][]): string =>
  items
    .sort((a, b) => nbId.get(a[0])! - nbId.get(b[0])!)
    .map(item)
    .join('');
const twinLines = [...written].sort().map((w) => `${w} ${uw(w)} ${pack(twinItems.get(w)!.left)} ${pack(twinItems.get(w)!.right)}`);
const countLines = [...counts]
  .filter(([w]) => rows.some((r) => r.f === w))
  .sort(([a], [b]) => (a < b ? -1 : 1))
  .map(([w, [o, e]]) => `${w} ${o} ${e}`);

const out = `// Generated by tools/derive-homophone-context.ts. Do not edit by hand.
// Licence: the figures are derived from fcitx5's language model lm_sc.arpa (Debian source package
// libime, data/lm_sc.arpa-20220810), (c) 2015-2022 CSSlayer, LGPL-2.1-or-later; see docs/THIRD-PARTY.md.
// HC_COUNTS: "F odd even", each word F that the repository's real report text uses (TRAIN importer
// batches) and that has a same-reading twin it never uses, with how often it occurs in the
// odd-numbered batches and in the even-numbered ones (FOLD=${FOLD} chose the words).
// HC_FIXES: "F U,B TWINS LEFT RIGHT": U and B the model's log10 unigram and back-off weight of F in
// tenths; TWINS its same-reading words (jieba count ${MIN_FREQ}+, unigram ratio within 10^${MAX_PRIOR}) that
// report text never uses; LEFT and RIGHT items of three characters: a neighbour (two base-${B} digits,
// its place in HC_WORDS) and the lift in tenths (one digit) of the model's explicit bigram over its
// back-off estimate, log10 P(F | N) / (bow(N) P(F)) before F and P(N | F) / (bow(F) P(N)) after it;
// only lifts of ${LIFT / 10} and more, neighbours a single character or counted ${NB_FREQ}+ by jieba.
// HC_TWINS: "W U,B LEFT RIGHT" for every twin W named in HC_FIXES, its items as F's.
export const HC_ALPHABET = '${ALPHABET.replace(/'/g, "\\'")}';
export const HC_WORDS = \`${nbs.map((n) => words[n]).join(' ')}\`;
export const HC_COUNTS = \`
${countLines.join('\n')}
\`;
export const HC_FIXES = \`
${lines.join('\n')}
\`;
export const HC_TWINS = \`
${twinLines.join('\n')}
\`;
`;
writeFileSync(process.env.OUT ?? join(ROOT, 'shared/check/words/homophone-context-data.ts'), out);
console.log(
  `${Buffer.byteLength(out)} bytes UTF-8; ${rows.length} words, ${rows.reduce((s, r) => s + r.left.length + r.right.length, 0)} items, ${nbs.length} neighbour words, ${twinLines.length} twins`,
);
