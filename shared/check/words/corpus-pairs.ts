import type { Analysed, Token } from './analyse';
import { isHanWord } from './analyse';
import { COLLOCATION_DATA, READING_GROUPS } from './collocation-data';
import type { WordDictionary } from './dictionary';
import { finding, type WordFinding } from './finding';

/** A word's corpus record: how often it occurs, and its neighbours ("<X" before, ">X" after) with counts. */
interface Record {
  count: number;
  next: Map<string, number>;
}

/** The parsed tables: the shipped ones (collocation-data.ts), or a bench's own mined without a held-out fold. */
export interface CorpusTables {
  table: Map<string, Record>;
  /** Per neighbour ("<X", ">X"): its count beside all the table's words together. */
  totals: Map<string, number>;
  /** Written word -> the table's words of its reading (itself left out). */
  twins: Map<string, readonly string[]>;
}

let tables: CorpusTables | null = null;

/** The shipped tables, parsed on first use. */
function records(): CorpusTables {
  return (tables ??= parseCorpusTables(COLLOCATION_DATA, READING_GROUPS));
}

/**
 * Parses tables in collocation-data.ts's format (one word a line: the word, its count, its
 * neighbours; then reading groups): a few milliseconds for the shipped ones.
 */
export function parseCorpusTables(collocationData: string, readingGroups: string): CorpusTables {
  const table = new Map<string, Record>();
  const totals = new Map<string, number>();
  for (const line of collocationData.split('\n')) {
    const parts = line.split(' ');
    if (parts.length < 2) continue;
    const [word, count, ...ns] = parts as [string, string, ...string[]];
    const next = new Map<string, number>();
    for (const n of ns) {
      // "<会议34": side and word, then a count when above one (no regex: 20,000 items at start).
      let end = n.length;
      while (end > 1 && n.charCodeAt(end - 1) >= 48 && n.charCodeAt(end - 1) <= 57) end--;
      const key = end === n.length ? n : n.slice(0, end);
      const c = end === n.length ? 1 : Number(n.slice(end));
      next.set(key, c);
      totals.set(key, (totals.get(key) ?? 0) + c);
    }
    table.set(word, { count: Number(count), next });
  }
  const twins = new Map<string, readonly string[]>();
  for (const line of readingGroups.split('\n')) {
    const group = line.split(' ').filter(Boolean);
    const known = group.filter((w) => table.has(w));
    for (const w of group) {
      const t = known.filter((x) => x !== w);
      if (t.length) twins.set(w, t);
    }
  }
  return { table, totals, twins };
}

const NO_TWINS: readonly string[] = [];

/**
 * Parses the tables now: createWordLayer calls it while jieba loads, so the 30 ms or so (CPU, cold,
 * under load) are part of the layer's start-up, not of the first check a person waits for.
 */
export function loadCorpusPairs(): void {
  records();
}

/**
 * Whether real report text (the shipped table) shows the word beside the neighbour, key "<X" for X
 * before it and ">X" after it: the word's own collocation in office writing (有力有序), which a
 * general-domain source's evidence for its twin does not overrule (lm-pairs.ts asks).
 */
export function seenInReports(word: string, key: string): boolean {
  return (records().table.get(word)?.next.get(key) ?? 0) > 0;
}

/** Neighbours that carry evidence: content words of two or more characters. */
const usable = (t: Token | undefined): t is Token => !!t && t.word.length >= 2 && isHanWord(t.word) && !/^(nr|ns|nt|m|q|r|c|p|u)/.test(t.tag);

/**
 * The twin's count beside a neighbour, when the neighbour is telling: a head word that stands beside
 * many words (工作, 建设) says little (各环节工作 is no 换届工作), so the twin must hold a fair share
 * (share) of the neighbour's occurrences beside the table's words. 会议 + 指出 is 34 of 80.
 */
function evidence(data: CorpusTables, rec: Record, key: string, p: CorpusPairParams): number {
  const n = rec.next.get(key) ?? 0;
  const total = data.totals.get(key) ?? 0;
  // One sighting counts only where the neighbour mostly stands beside the twin (警示教育片 1 of 1);
  // 支援服务 1 of 5 beside 志愿服务 is no evidence.
  return n > 0 && n >= (n > 1 ? p.share : p.loneShare) * total ? n : 0;
}

/**
 * The rule's thresholds: share, the least part of a neighbour's sightings beside the table's words
 * that must be the twin's (loneShare when the twin was seen there once); warnAt and errorAt, the
 * least sightings for a warning and for an error. Tuned on held-out folds of real report text
 * (bench/check-corpus-holdout.ts), never on a check set.
 */
export interface CorpusPairParams {
  share: number;
  loneShare: number;
  warnAt: number;
  errorAt: number;
}

// share 0.1 → 0.2 in round 15: on held-out folds of stored pages 0.1 gave 9.8 findings per 100K
// characters of clean text (学习时间 → 实践), 0.2 gives 2.5, every check-set catch kept.
export const CORPUS_PAIR_PARAMS: CorpusPairParams = { share: 0.2, loneShare: 1 / 3, warnAt: 1, errorAt: 5 };

/**
 * WRD-04 from real report text: a common two-character word whose same-sound twin stands beside
 * the same neighbour in the repo's report texts (collocation-data.ts), while the word as written
 * never does there nor in jieba's phrase list, and its other neighbour does not vouch for it either:
 * 会议支出 → 指出 (会议 + 指出 34 times), 安排部属 → 部署. Evidence, not a list: the pairs are
 * whatever the texts hold. A warning; an error only when the twin's collocation is frequent.
 */
export function corpusPairRule(a: Analysed, original: string, dict: WordDictionary, data: CorpusTables | null = tables, p: CorpusPairParams = CORPUS_PAIR_PARAMS): WordFinding[] {
  const t = a.tokens;
  const out: WordFinding[] = [];
  for (let k = 0; k < t.length; k++) {
    const w = t[k]!;
    if (w.word.length !== 2) continue;
    // Most words have no twin in the table: one map lookup.
    const twins = (data ??= records()).twins.get(w.word) ?? NO_TWINS;
    if (!twins.length) continue;
    const left = usable(t[k - 1]) ? t[k - 1]!.word : null;
    const right = usable(t[k + 1]) ? t[k + 1]!.word : null;
    if (!left && !right) continue;
    const lk = left ? '<' + left : null;
    const rk = right ? '>' + right : null;
    // Evidence first (map lookups only): most words have none, and the vouching test below
    // builds phrase strings for the dictionary.
    let best: { word: string; n: number; both: boolean } | null = null;
    // A noun before a verb twin is its subject (会议 + 指出), and the same noun before the written
    // noun a modifier (会议 + 支出: meeting costs): no evidence either way. That slot is the
    // speech-verb cue's (@SPK in confusable-pairs.ts), which reads the whole clause.
    const nounLeft = !!lk && /^(n|vn|j)/.test(t[k - 1]!.tag);
    for (const twin of twins) {
      const rec = data.table.get(twin)!;
      const leftOk = lk && !(nounLeft && /^v/.test(dict.tagOf(twin) ?? ''));
      const l = leftOk ? evidence(data, rec, lk, p) : 0;
      const r = rk ? evidence(data, rec, rk, p) : 0;
      const n = Math.max(l, r);
      // Both sides heard: the twin beside each usable neighbour, or no usable neighbour on the other side.
      const both = (!lk || l > 0) && (!rk || r > 0);
      if (n >= p.warnAt && (!best || n > best.n)) best = { word: twin, n, both };
    }
    if (!best) continue;
    // The written word beside a neighbour it has in real text, or in a jieba phrase: it is right.
    const own = data.table.get(w.word);
    if (lk && ((own?.next.get(lk) ?? 0) > 0 || dict.freq(left + w.word) > 0)) continue;
    if (rk && ((own?.next.get(rk) ?? 0) > 0 || dict.freq(w.word + right) > 0)) continue;
    // An error needs the other side's word to agree: 大家 + 一致 is frequent, but 一直 + 以来 on the
    // right is the written word's own phrase (大家一直以来), which the table cannot see (it records
    // only twins' neighbours). One-sided evidence with a content word silent on the other side is a
    // warning (round 49, bench/check-realtext.ts: 感谢大家一直以来 → 一致, 携手共建行动 → 攻坚).
    if (best) out.push(finding(a, original, 'WRD-04', best.n >= p.errorAt && best.both ? 'error' : 'warning', w.start, 2, best.word));
  }
  return out;
}
