import type { Analysed } from './analyse';
import { isHanWord } from './analyse';
import type { WordDictionary } from './dictionary';
import { finding, type WordFinding } from './finding';
import { readable } from './homophone-adjacency';
import { reportTwinsOf } from './homophone-context';
import { isTaiwanWord } from './taiwan';

/** A lone character that is a function word binds to nothing by itself: it proves nothing. */
const FUNCTION_TAG = /^(c|p|u|r|d|m|q|x|y|e|o)/;
/** Compounds that are names (县议员 aside, 清远市): a place or person is no evidence of a slip. */
const NAME_TAG = /^(nr|ns|nt)/;
/** The compound must be a word jieba counts this often (one-off entries are segmentation guesses). */
const COMPOUND_FREQ = 5;
/** … and at least this share of the written word's own count (检查 5,464 beside 监察权 20 is no evidence). */
const COMPOUND_SHARE = 0.01;

/**
 * … and, for a twin of a word report text uses, this share of the twin's own count: a compound that
 * is one use in a hundred of the twin (防空 2,119 beside 防空网 8, 检查 5,464 beside 检查法 34) is a
 * word the twin happens to form, no fixed collocation that sets it apart. The same 1 % as
 * COMPOUND_SHARE, on the other word of the pair.
 */
const TWIN_SHARE = 0.01;
/** The diminutive 儿 joins any noun (正事儿): no suffix a word can be orphaned of. */
const ANY_NOUN_SUFFIX = '儿兒';

/**
 * WRD-04 warning by a suffix the written word cannot take: a two-character word followed by a
 * character jieba leaves alone (a suffix or head that joined nothing: 保值|期, 流言|板, 激愤|榜, 告发|期,
 * 腐化|器), where a same-reading twin makes a dictionary word of that very character (保质期, 留言板,
 * 积分榜, 高发期, 孵化器) and the written word with it makes none. A slip typed by sound keeps the suffix
 * the writer meant, so the orphaned character is the trace of the word it belonged to. Only the right
 * side: a lone character before a word is mostly a prefix or a name's (于, 县, 要) and measured false
 * (round 38). Twins: jieba's three-character words whose first two characters read as the written
 * word does and whose last is the orphan (suffixTwins: 高发期 for 告发 + 期, both characters of a
 * pair may differ: 歧视性 for 启示 + 性), jieba words one same-sound character away (dict.near on the
 * three characters), and the report-text twins of homophone-context's table. A written word report
 * text never uses (the context table's list) is read as before; one it uses, only where the twin's
 * compound is 1 % of the twin's uses or more (TWIN_SHARE). Numeral compounds (十几里) and the
 * diminutive 儿 are no evidence. Measured on the keyed TRAIN sets (even half tuned, odd reported;
 * BENCHMARKS.md rounds 38 and 44): no clean sentence flagged in either half.
 */
export function homophoneCompoundRule(a: Analysed, original: string, dict: WordDictionary): WordFinding[] {
  const out: WordFinding[] = [];
  const tk = a.tokens;
  for (let k = 0; k + 1 < tk.length; k++) {
    const w = tk[k]!;
    const R = tk[k + 1]!;
    if (R.word.length !== 1 || !isHanWord(R.word) || !readable(w)) continue;
    if (FUNCTION_TAG.test(dict.tagOf(R.word) ?? 'x') || ANY_NOUN_SUFFIX.includes(R.word) || dict.freq(w.word + R.word) > 0) continue;
    // A word report text never uses is the context table's (round 38); one it uses needs a twin
    // whose compound is a fixed use of the twin (TWIN_SHARE).
    const reportTwins = reportTwinsOf(w.word);
    if (a.script === 'hant' && isTaiwanWord(original.slice(w.start, w.end))) continue;
    // A jieba word of the left neighbour's end with the written word vouches for it.
    const L = tk[k - 1]?.word ?? '';
    if ((L.length > 0 && dict.freq(L.slice(-1) + w.word) > 0) || (L.length > 1 && dict.freq(L.slice(-2) + w.word) > 0)) continue;
    const near = dict
      .near(w.word + R.word, COMPOUND_FREQ)
      .filter((n) => n.at < 2 && n.sameSound)
      .map((n) => n.word.slice(0, 2));
    let best: { word: string; freq: number } | null = null;
    for (const t of new Set([...near, ...(reportTwins ?? []), ...suffixTwins(dict, w.word, R.word)])) {
      const c = t + R.word;
      const f = dict.freq(c);
      if (f < COMPOUND_FREQ || f < COMPOUND_SHARE * dict.freq(w.word) || NAME_TAG.test(dict.tagOf(c) ?? '') || /^m/.test(dict.tagOf(c) ?? '')) continue;
      if (!reportTwins && f < TWIN_SHARE * dict.freq(t)) continue;
      if (!best || f > best.freq) best = { word: t, freq: f };
    }
    if (best) out.push(finding(a, original, 'WRD-04', 'warning', w.start, 2, best.word));
  }
  return out;
}

/** Per dictionary: the last character of jieba's three-character words -> their first two. */
const headsByLast = new WeakMap<WordDictionary, Map<string, string[]>>();

/** Whether two characters share their common toneless reading (告/高 gao). */
const sameReading = (dict: WordDictionary, a: string, b: string): boolean => {
  const x = dict.pinyin(a)[0];
  return x !== undefined && x === dict.pinyin(b)[0];
};

/**
 * The two-character heads, other than `word`, of jieba's three-character words (COMPOUND_FREQ+, no
 * names) that end in `suffix` and whose first two characters read as `word`'s (common readings):
 * 高发 for 告发 + 期. The words are grouped by their last character on first use (one pass, no
 * readings: a reading is looked up only for the heads of a suffix met in the text).
 */
function suffixTwins(dict: WordDictionary, word: string, suffix: string): string[] {
  let heads = headsByLast.get(dict);
  if (!heads) {
    heads = new Map();
    headsByLast.set(dict, heads);
    for (const [x, e] of dict.wordsOfLength(3)) {
      if (e.freq < COMPOUND_FREQ || NAME_TAG.test(e.tag) || !isHanWord(x)) continue;
      const list = heads.get(x[2]!);
      if (list) list.push(x.slice(0, 2));
      else heads.set(x[2]!, [x.slice(0, 2)]);
    }
  }
  return (heads.get(suffix) ?? []).filter((h) => h !== word && sameReading(dict, h[0]!, word[0]!) && sameReading(dict, h[1]!, word[1]!));
}
