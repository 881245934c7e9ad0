import type { Analysed, Token } from './analyse';
import { isHanWord } from './analyse';
import type { WordDictionary } from './dictionary';
import { finding, type WordFinding } from './finding';
import { RP_COUNTS, RP_PAIRS, RP_SEEN } from './report-pairs-data';
import { isTaiwanWord } from './taiwan';
import { commonReadingKey } from './twins';

/** Tags of a written word or twin that is no content word, or is a name (a name is written as it is). */
const NOT_CONTENT = /^(nr|ns|nt|m|q|r|c|p|u|d|f|t|x|y|e|o|i|l|z)/;
/** Whether a tag is a content word's, neither a name nor a function word (the written word and its twin). */
export const contentTag = (tag: string): boolean => tag !== '' && !NOT_CONTENT.test(tag);
/** Tags of a neighbour that is no evidence: a name, a number, a function word (as lm-pairs' usable). */
const NOT_NEIGHBOUR = /^(nr|ns|m|q|r|c|p|u|d|x|y|e|o)/;
/** Whether a word can witness a collocation beside a twin: two or more Han characters, a content tag. */
export const neighbourWord = (word: string, tag: string): boolean => word.length >= 2 && isHanWord(word) && tag !== '' && !NOT_NEIGHBOUR.test(tag);
/**
 * A twin jieba counts this often: any of its real entries (its floor, 1-2, is segmentation guesses).
 * The evidence is report text's own use of the twin beside the very neighbour, and jieba's counts
 * are general-domain text's: the report terms a slip was typed for are often among its rare words
 * (办结 4, 火险 8, 值守 15, 返贫 18, 停诊 4, 侧记 26), which a floor of 30 (rounds 46-49) never proposed.
 */
export const TWIN_FREQ = 3;
/** A written word jieba counts this often (its floor entries, 1-2, are segmentation guesses). */
export const WRITTEN_FREQ = 3;

let counts: Map<string, number> | null = null;

/**
 * How often the project's TRAIN report text uses a word of lm-pairs' table (RP_COUNTS; 0 for a word
 * it never uses or the table does not hold): the register's prior between two same-reading words.
 */
export function reportCount(word: string): number {
  if (!counts) {
    counts = new Map();
    for (const item of RP_COUNTS.split(' ')) {
      const at = item.search(/\d/);
      if (at > 0) counts.set(item.slice(0, at), Number(item.slice(at)));
    }
  }
  return counts.get(word) ?? 0;
}

interface Tables {
  seen: Set<string>;
  /** Reading key -> the table's words of that reading, with their neighbours ("<X", ">X"). */
  byKey: Map<string, { word: string; items: Set<string> }[]>;
}
const cache = new WeakMap<WordDictionary, Tables>();

function tables(dict: WordDictionary): Tables {
  let t = cache.get(dict);
  if (t) return t;
  const byKey = new Map<string, { word: string; items: Set<string> }[]>();
  for (const line of RP_PAIRS.split('\n')) {
    const at = line.indexOf(' ');
    const bar = line.indexOf('|', at);
    const word = line.slice(0, at);
    const k = at > 0 && bar > 0 && commonReadingKey(dict, word);
    if (!k) continue;
    const list = byKey.get(k);
    const mark = (part: string, m: string): string[] => (part ? part.split(' ').map((n) => m + n) : []);
    const e = { word, items: new Set([...mark(line.slice(at + 1, bar), '<'), ...mark(line.slice(bar + 1), '>')]) };
    if (list) list.push(e);
    else byKey.set(k, [e]);
  }
  t = { seen: new Set(RP_SEEN.split(' ')), byKey };
  cache.set(dict, t);
  return t;
}

/**
 * WRD-04 warning by report text's own collocations: a two-character content word that the project's
 * report text never uses (report-pairs-data.ts, RP_SEEN), beside a content word with which a
 * same-reading twin stands in report text at ten times chance or more (RP_PAIRS: 赌局 + 老人 → 独居,
 * 结队 + 帮扶 → 结对, 农资 + 打架 → 打假), while the written word with that neighbour is no dictionary
 * word. The twin may be a word jieba counts rarely (TWIN_FREQ: 会议侧击 → 侧记, 专人执手 → 值守): the
 * register's terms are what general-domain counts miss. A word of the register (免予, 逐户) is read as written whatever its neighbours; a twin that is
 * a function word or a name is never proposed. The report text is the register the checker reads, so
 * its collocations are the evidence the general-domain tables (lm-pairs, homophone-context) lack.
 * A warning: one document's phrasing is a witness, not a proof. Taiwan words in Traditional text
 * are left alone, as the other homophone rules leave them.
 */
export function reportPairRule(a: Analysed, original: string, dict: WordDictionary): WordFinding[] {
  const out: WordFinding[] = [];
  const tk = a.tokens;
  let tb: Tables | null = null;
  for (let k = 0; k < tk.length; k++) {
    const w = tk[k]!;
    if (w.word.length !== 2 || !isHanWord(w.word) || !contentTag(w.tag) || dict.freq(w.word) < WRITTEN_FREQ) continue;
    tb ??= tables(dict);
    if (tb.seen.has(w.word)) continue;
    const key = commonReadingKey(dict, w.word);
    const twins = key ? tb.byKey.get(key) : undefined;
    if (!twins) continue;
    if (a.script === 'hant' && isTaiwanWord(original.slice(w.start, w.end))) continue;
    let best: string | null = null;
    let bestFreq = 0;
    for (const [n, left] of [
      [tk[k - 1], true],
      [tk[k + 1], false],
    ] as [Token | undefined, boolean][]) {
      if (!n || !neighbourWord(n.word, n.tag) || (left ? n.end !== w.start : n.start !== w.end)) continue;
      if (dict.freq(left ? n.word + w.word : w.word + n.word) > 0) continue;
      for (const t of twins) {
        if (t.word === w.word || !t.items.has((left ? '<' : '>') + n.word)) continue;
        const f = dict.freq(t.word);
        if (f >= TWIN_FREQ && contentTag(dict.tagOf(t.word) ?? '') && f > bestFreq) {
          best = t.word;
          bestFreq = f;
        }
      }
    }
    if (best) out.push(finding(a, original, 'WRD-04', 'warning', w.start, 2, best));
  }
  return out;
}
