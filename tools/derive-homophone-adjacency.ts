// Derives shared/check/words/homophone-adjacency-data.ts: for every pair of same-reading two-character
// content words (jieba count 30+) W (as written) and T (its twin), the neighbours N beside which
// fcitx5's model (libime lm_sc.arpa, LIBIME_ARPA) holds an explicit bigram of T with a lift of 2.0+
// (100x) over its back-off estimate while W has none of 1.0+ with N (W backed off), and W is never
// beside N in the TRAIN report text (report text vouches for a written word's own neighbours: 全力保障,
// 人事事项). Neighbours: single characters, or words report text uses 3+ times. Each pair line keeps the
// model's unigram and back-off differences (T − W) so the rule can add them up.
// Measured first with tools/diag-homophone-adjacency.ts (the keyed first-run misses, the clean keyed
// sentences, the other half's report text).
//   LIBIME_ARPA=… npx tsx tools/derive-homophone-adjacency.ts            # the shipped table (all batches)
//   FOLD=odd OUT=/tmp/ha-odd.ts LIBIME_ARPA=… npx tsx tools/derive-homophone-adjacency.ts
//     # vouched by the odd batches only: measure the even half's report text with it (HA_DATA=…)
//   WIDE=1 LIBIME_ARPA=… npx tsx tools/derive-homophone-adjacency.ts
//     # homophone-adjacency-wide-data.ts (round 30): the pairs the table above leaves out (a fix
//     # report text never uses, or no single item reaching 2.0), kept only where a SECOND, independent
//     # source agrees: jieba's dictionary counts the fix JIEBA_RATIO times the written word or more.
//     # Items must reach WIDE_BAR (3.0) alone; the rule reads these lines at that bar.
//   RARE=1 LIBIME_ARPA=… npx tsx tools/derive-homophone-adjacency.ts
//     # homophone-adjacency-rare-data.ts (round 31): written words jieba counts RARE_MIN (3) to 29 —
//     # real words (sunpinyin lists them), so the rare-word rule leaves them alone, and under both
//     # tables' TWIN_FREQ, so neither reads them — beside a twin of 30+ that jieba counts JIEBA_RATIO
//     # times as often. Same items, same vetoes, same bar as the main table: a rare written word has
//     # the weaker prior, and the neighbour still has to decide.
//   OPEN=1 LIBIME_ARPA=… npx tsx tools/derive-homophone-adjacency.ts
//     # homophone-adjacency-open-data.ts (round 32): the pairs the main table drops only because TRAIN
//     # report text never uses the fix (FIX_MIN), and the wide table does not hold: a genre filter that
//     # ties the table to the reports it was derived from. Written words jieba counts OPEN_WMIN (300)+;
//     # same items, vetoes and bar (2.0) as the main table.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyse } from '../shared/check/words/analyse';
import { readingGroups } from '../shared/check/words/twins';
import { jiebaDictionary, jiebaSegmenter } from '../electron/services/check/segmenter';
import { layerWords } from './layer-words';
import { BIGRAM_KEY, readLogModel } from './libime-model';
import { neighbourIds } from './neighbour-ids';
import { unseenSets } from './unseen-sets';
import * as MAIN from '../shared/check/words/homophone-adjacency-data';
import * as WIDE_DATA from '../shared/check/words/homophone-adjacency-wide-data';
import { TARGET_TERMS } from '../shared/check/words/target-terms';
import { OFFICIAL_WORDS } from '../shared/check/words/vocabulary';
import { batchNumber, scriptOf, sentences, textFiles } from '../bench/swap-texts';

const ROOT = join(import.meta.dirname, '..');
const BENCH = join(ROOT, 'bench');
const WIDE = process.env.WIDE === '1';
const RARE = process.env.RARE === '1';
const OPEN = process.env.OPEN === '1';
const OUT =
  process.env.OUT ??
  join(
    ROOT,
    'shared',
    'check',
    'words',
    WIDE ? 'homophone-adjacency-wide-data.ts' : RARE ? 'homophone-adjacency-rare-data.ts' : OPEN ? 'homophone-adjacency-open-data.ts' : 'homophone-adjacency-data.ts',
  );
/**
 * Open pairs: the least jieba count of a written word read. An input method offers the commoner of two
 * same-reading words first, so the written form of a slip is a common word; rarer written words added size to the
 * table without catches (chosen on the EVEN keyed check sets: 100 read one more for a false warning
 * and 90 K characters more; 1,000 read four fewer).
 */
const OPEN_WMIN = Number(process.env.OPEN_WMIN ?? 300);
/** Rare pairs: the least jieba count of a written word read (under it a word is a slip's own form: the rare-word rule's). */
const RARE_MIN = Number(process.env.RARE_MIN ?? 3);
/** Rare pairs: the bar an item must reach alone (log10), as the wide table's. */
const RARE_BAR = Number(process.env.RARE_BAR ?? 3.0);
/** Rare pairs: words the layer adds to the dictionary itself (主计, 禁行) are current vocabulary, never read as slips. */
const LAYER_OWN = new Set<string>([...OFFICIAL_WORDS, ...TARGET_TERMS]);
/** Wide pairs: the second source, jieba's count of the fix over the written word's (log10). */
const JIEBA_RATIO = Number(process.env.JIEBA_RATIO ?? 0.5);
/** Wide pairs: the bar an item must reach alone (log10), above the main table's. */
const WIDE_BAR = Number(process.env.WIDE_BAR ?? 3.0);
const FOLD = process.env.FOLD ?? 'all';
const TWIN_FREQ = 30;
const LIFT = 2.0;
const WRITTEN_LIFT = 1.0;
const NB_MIN = Number(process.env.NB_MIN ?? 3);
/** The rule's bar (log10): items that cannot reach it alone are not shipped. */
const BAR = WIDE ? WIDE_BAR : RARE ? RARE_BAR : 2.0;
const NOT_CONTENT = /^(nr|ns|nt|m|q|r|c|p|u|x|e|y|o)/;
const WRITTEN_NOT = /^d/;
/** How often report text must use a fix (its own batches: FOLD). */
const FIX_MIN = WIDE || OPEN ? 0 : Number(process.env.FIX_MIN ?? 1);
const dict = jiebaDictionary();
const unseen = unseenSets();

// Same-reading twins (twins.ts), content words of jieba count TWIN_FREQ+; a group of one has no twin.
// Rare pairs: groups of RARE_MIN+ words; a pair is read only with the written word under TWIN_FREQ and its twin at it or more.
const groups = [...readingGroups(dict, layerWords(), (freq, tag) => freq >= (RARE ? RARE_MIN : TWIN_FREQ) && !NOT_CONTENT.test(tag)).values()];
// The main table's pairs "W T" (the wide table leaves them to it).
const inMain = new Set(
  MAIN.HA_WRITTEN.split('\n').flatMap((line) => {
    const [w, , ts] = line.split(' ');
    return w && ts ? ts.split(',').map((t) => `${w} ${t}`) : [];
  }),
);
// Open pairs leave the wide table's pairs to it too.
const inWide = new Set(
  WIDE_DATA.HA_WRITTEN.split('\n').flatMap((line) => {
    const [w, , ts] = line.split(' ');
    return w && ts ? ts.split(',').map((t) => `${w} ${t}`) : [];
  }),
);

// Report text: adjacent token pairs and token counts (FOLD's batches for the vouching pairs).
const pairs = new Set<string>();
const vocab = new Map<string, number>();
for (const d of readdirSync(BENCH)
  .filter((d) => batchNumber(d) !== null && !unseen.has(d))
  .sort()) {
  const odd = batchNumber(d)! % 2 === 1;
  if ((FOLD === 'odd' && !odd) || (FOLD === 'even' && odd)) continue;
  for (const f of textFiles(join(BENCH, d))) {
    const text = readFileSync(f, 'utf8');
    const script = scriptOf(text);
    for (const s of sentences(text)) {
      const tk = analyse(s, script, jiebaSegmenter)?.tokens ?? [];
      for (let k = 0; k < tk.length; k++) {
        vocab.set(tk[k]!.word, (vocab.get(tk[k]!.word) ?? 0) + 1);
        if (k) pairs.add(`${tk[k - 1]!.word}|${tk[k]!.word}`);
      }
    }
  }
}

// The model's unigrams and bigrams.
const K = BIGRAM_KEY;
const { idOf, wordOf, uni, bow, bi } = await readLogModel();
// Strong items per word: neighbour ids before (left) and after (right) with their lift.
const left = new Map<number, Map<number, number>>();
const right = new Map<number, Map<number, number>>();
const groupIds = new Set(
  groups
    .flat()
    .map((w) => idOf.get(w))
    .filter((x): x is number => x !== undefined),
);
const nbOk = (n: number): boolean => {
  const w = wordOf[n]!;
  return w !== '<s>' && w !== '</s>' && w !== '<unk>' && (w.length === 1 || (vocab.get(w) ?? 0) >= NB_MIN);
};
for (const [key, x] of bi) {
  const a = Math.floor(key / K);
  const b = key % K;
  const lift = x - bow[a]! - uni[b]!;
  if (groupIds.has(b) && nbOk(a)) (left.get(b) ?? left.set(b, new Map()).get(b)!).set(a, lift);
  if (groupIds.has(a) && nbOk(b)) (right.get(a) ?? right.set(a, new Map()).get(a)!).set(b, lift);
}

const tenths = (x: number): number => Math.round(x * 10);
// Per fix T: its strong items (shared by all its twins); per written W: its twins and its vetoes, the
// neighbours among its twins' items beside which W has a bigram of its own (1.0+) or stands in
// report text. A pair is kept when one of T's items can reach the bar for W on its own.
const fixItems = new Map<string, { l: Map<string, number>; r: Map<string, number> }>();
const written = new Map<string, { twins: string[]; vl: Set<string>; vr: Set<string> }>();
for (const g of groups) {
  for (const w of g) {
    const W = idOf.get(w);
    // Adverbs as written are left alone (逐一 after 应 is no 注意): the rule skips them.
    if (W === undefined || WRITTEN_NOT.test(dict.tagOf(w) ?? '')) continue;
    for (const t of g) {
      const T = idOf.get(t);
      // A fix report text never uses is no slip's fix here (homophone-context reads those).
      if (t === w || T === undefined || (vocab.get(t) ?? 0) < FIX_MIN) continue;
      // Wide: only pairs the main table leaves out, and only where jieba's counts agree.
      if (WIDE && (inMain.has(`${w} ${t}`) || Math.log10(dict.freq(t) / Math.max(1, dict.freq(w))) < JIEBA_RATIO)) continue;
      // Open: only the pairs whose fix report text never uses (the main table's FIX_MIN drops them) and
      // the wide table does not hold, the written word a common one (OPEN_WMIN). No jieba ratio as the
      // wide table's: slips write the commoner word, and fix >= written kept 5 of 12 TRAIN reads.
      if (OPEN && ((vocab.get(t) ?? 0) > 0 || inMain.has(`${w} ${t}`) || inWide.has(`${w} ${t}`) || dict.freq(w) < OPEN_WMIN)) continue;
      if (RARE && (LAYER_OWN.has(w) || dict.freq(w) >= TWIN_FREQ || dict.freq(t) < TWIN_FREQ || Math.log10(dict.freq(t) / dict.freq(w)) < JIEBA_RATIO)) continue;
      const reach = uni[T]! - uni[W]! + Math.max(0, bow[T]! - bow[W]!);
      const strong = (items: Map<number, number> | undefined): [number, number][] => [...(items ?? [])].filter(([, lift]) => lift >= LIFT && reach + lift >= BAR);
      const l = strong(left.get(T));
      const r = strong(right.get(T));
      const vetoed = (n: number, own: Map<number, number> | undefined, beside: string): boolean => (own?.get(n) ?? -99) >= WRITTEN_LIFT || pairs.has(beside);
      const ll = l.filter(([n]) => !vetoed(n, left.get(W), `${wordOf[n]}|${w}`));
      const rr = r.filter(([n]) => !vetoed(n, right.get(W), `${w}|${wordOf[n]}`));
      if (!ll.length && !rr.length) continue;
      const f = fixItems.get(t) ?? fixItems.set(t, { l: new Map(), r: new Map() }).get(t)!;
      for (const [n, lift] of l) f.l.set(wordOf[n]!, tenths(lift));
      for (const [n, lift] of r) f.r.set(wordOf[n]!, tenths(lift));
      const e = written.get(w) ?? written.set(w, { twins: [], vl: new Set(), vr: new Set() }).get(w)!;
      // A pair sharing two readings meets in two groups (twins.ts readingKeys): once a pair.
      if (e.twins.includes(t)) continue;
      e.twins.push(t);
      for (const [n] of l) if (vetoed(n, left.get(W), `${wordOf[n]}|${w}`)) e.vl.add(wordOf[n]!);
      for (const [n] of r) if (vetoed(n, right.get(W), `${w}|${wordOf[n]}`)) e.vr.add(wordOf[n]!);
    }
  }
}
// Neighbour ids by use, commonest first; items packed as id + lift digit (tools/neighbour-ids.ts).
const { alphabet: ALPHABET, words: nbs, pack, ids } = neighbourIds(fixItems.values());
const ub = (w: string): string => `${tenths(uni[idOf.get(w)!]!)},${tenths(bow[idOf.get(w)!]!)}`;
const fixLines = [...fixItems].map(([t, f]) => `${t} ${ub(t)} ${pack(f.l)} ${pack(f.r)}`).join('\n');
const writtenLines = [...written].map(([w, e]) => `${w} ${ub(w)} ${e.twins.join(',')} ${ids(e.vl)} ${ids(e.vr)}`).join('\n');
const out = `// Generated by tools/derive-homophone-adjacency.ts${FOLD === 'all' ? '' : ` (FOLD=${FOLD})`}${WIDE ? ` (WIDE=1 JIEBA_RATIO=${JIEBA_RATIO} WIDE_BAR=${WIDE_BAR})` : ''}${RARE ? ` (RARE=1 RARE_MIN=${RARE_MIN} JIEBA_RATIO=${JIEBA_RATIO} RARE_BAR=${RARE_BAR})` : ''}${OPEN ? ` (OPEN=1 OPEN_WMIN=${OPEN_WMIN})` : ''}. Do not edit by hand.
// Licence: the figures are derived from fcitx5's language model lm_sc.arpa (Debian source package
// libime, data/lm_sc.arpa-20220810), (c) 2015-2022 CSSlayer, LGPL-2.1-or-later; see docs/THIRD-PARTY.md.
// HA_ALPHABET: the digits. HA_WORDS: the neighbour words, space-separated; an id is a place in this
// list, two digits.
// HA_FIXES: "T U,B LEFT RIGHT": T a two-character word report text ${OPEN ? 'never uses' : 'uses'}; U and B the model's log10
// unigram and back-off weight in tenths; LEFT and RIGHT items of three digits, sorted (or "-"): a
// neighbour's id before / after T whose explicit bigram with T lifts 2.0+ over the model's back-off
// estimate, and that lift in tenths less 20.
// HA_WRITTEN: "W U,B TWINS VETO_LEFT VETO_RIGHT": W a same-reading twin of those fixes (${RARE ? `W jieba ${RARE_MIN}–29, its fixes 30+` : OPEN ? `W jieba ${OPEN_WMIN}+, its fixes 30+` : 'both jieba\n// 30+'}, content words), its figures, its fixes, and the neighbours (ids, or "-") of its fixes' items
// that vouch for W itself: W has a bigram of 1.0+ with them or stands beside them in TRAIN report text.
export const HA_ALPHABET = '${ALPHABET.replace(/'/g, "\\'")}';
export const HA_WORDS = \`${nbs.join(' ')}\`;
export const HA_FIXES = \`${fixLines}\`;
export const HA_WRITTEN = \`${writtenLines}\`;
`;
writeFileSync(OUT, out);
console.log(`${fixItems.size} fixes, ${written.size} written words, ${nbs.length} neighbours, ${out.length} characters -> ${OUT}`);
