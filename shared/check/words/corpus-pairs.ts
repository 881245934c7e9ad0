import type { Analysed, Token } from './analyse';
import { isHanWord } from './analyse';
import { COLLOCATION_DATA } from './collocation-data';
import { COMMON_FREQ, type WordDictionary } from './dictionary';
import { finding, type WordFinding } from './finding';
import { readingKey } from './twins';

/** A word's corpus record: how often it occurs, and its neighbours ("<X" before, ">X" after) with counts. */
interface Record {
  count: number;
  next: Map<string, number>;
}

let table: Map<string, Record> | null = null;
let byReading: Map<string, string[]> | null = null;
/** Per neighbour ("<X", ">X"): its count beside all the table's words together. */
let totals: Map<string, number> | null = null;

/** Parses the mined table on first use (1,400 lines: well under a millisecond's worth of work). */
function records(dict: WordDictionary): { table: Map<string, Record>; byReading: Map<string, string[]>; totals: Map<string, number> } {
  if (!table || !byReading || !totals) {
    table = new Map();
    byReading = new Map();
    totals = new Map();
    for (const line of COLLOCATION_DATA.split('\n')) {
      const parts = line.split(' ');
      if (parts.length < 2) continue;
      const [word, count, ...ns] = parts as [string, string, ...string[]];
      const next = new Map<string, number>();
      for (const n of ns) {
        const m = /^([<>]\D+?)(\d*)$/.exec(n);
        if (!m) continue;
        const c = m[2] ? Number(m[2]) : 1;
        next.set(m[1]!, c);
        totals.set(m[1]!, (totals.get(m[1]!) ?? 0) + c);
      }
      table.set(word, { count: Number(count), next });
      const key = readingKey(dict, word);
      if (key) byReading.set(key, [...(byReading.get(key) ?? []), word]);
    }
  }
  return { table, byReading, totals };
}

/** Neighbours that carry evidence: content words of two or more characters. */
const usable = (t: Token | undefined): t is Token => !!t && t.word.length >= 2 && isHanWord(t.word) && !/^(nr|ns|nt|m|q|r|c|p|u)/.test(t.tag);

/**
 * The twin's count beside a neighbour, when the neighbour is telling: a head word that stands beside
 * many words (工作, 建设) says little (各环节工作 is no 换届工作), so the twin must hold a fair share
 * (SHARE) of the neighbour's occurrences beside the table's words. 会议 + 指出 is 34 of 80.
 */
function evidence(data: ReturnType<typeof records>, rec: Record, key: string): number {
  const n = rec.next.get(key) ?? 0;
  const total = data.totals.get(key) ?? 0;
  // One sighting counts only where the neighbour mostly stands beside the twin (警示教育片 1 of 1);
  // 支援服务 1 of 5 beside 志愿服务 is no evidence.
  return n > 0 && n >= (n > 1 ? SHARE : LONE_SHARE) * total ? n : 0;
}

export const SHARE = 0.1;
export const LONE_SHARE = 1 / 3;

/** Least corpus count of the twin beside the neighbour (with its share) for a warning, and for an error. */
export const WARN_AT = 1;
export const ERROR_AT = 5;

/**
 * WRD-04 from real report text: a common two-character word whose same-sound twin stands beside
 * the same neighbour in the repo's report texts (collocation-data.ts), while the word as written
 * never does there nor in jieba's phrase list, and its other neighbour does not vouch for it either:
 * 会议支出 → 指出 (会议 + 指出 34 times), 安排部属 → 部署. Evidence, not a list: the pairs are
 * whatever the texts hold. A warning; an error only when the twin's collocation is frequent.
 */
export function corpusPairRule(a: Analysed, original: string, dict: WordDictionary): WordFinding[] {
  const t = a.tokens;
  let data: ReturnType<typeof records> | null = null;
  const out: WordFinding[] = [];
  for (let k = 0; k < t.length; k++) {
    const w = t[k]!;
    if (w.word.length !== 2 || !isHanWord(w.word)) continue;
    const left = usable(t[k - 1]) ? t[k - 1]!.word : null;
    const right = usable(t[k + 1]) ? t[k + 1]!.word : null;
    if (!left && !right) continue;
    if (dict.freq(w.word) < COMMON_FREQ) continue;
    const key = readingKey(dict, w.word);
    if (!key) continue;
    data ??= records(dict);
    const twins = data.byReading.get(key);
    if (!twins) continue;
    const own = data.table.get(w.word);
    // The written word beside a neighbour it has in real text, or in a jieba phrase: it is right.
    const vouched = (side: '<' | '>', n: string | null): boolean => !!n && ((own?.next.get(side + n) ?? 0) > 0 || dict.freq(side === '<' ? n + w.word : w.word + n) > 0);
    if (vouched('<', left) || vouched('>', right)) continue;
    let best: { word: string; n: number } | null = null;
    for (const twin of twins) {
      if (twin === w.word) continue;
      const rec = data.table.get(twin)!;
      const n = Math.max(evidence(data, rec, '<' + left), evidence(data, rec, '>' + right));
      if (n >= WARN_AT && (!best || n > best.n)) best = { word: twin, n };
    }
    if (best) out.push(finding(a, original, 'WRD-04', best.n >= ERROR_AT ? 'error' : 'warning', w.start, 2, best.word));
  }
  return out;
}
