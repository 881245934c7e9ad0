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
 * WRD-04 warning by a suffix the written word cannot take: a two-character word that report text never
 * uses, followed by a character jieba leaves alone (a suffix or head that joined nothing: 保值|期, 流言|板,
 * 激愤|榜), where a same-reading twin makes a dictionary word of that very character (保质期, 留言板, 积分榜)
 * and the written word with it makes none. A slip typed by sound keeps the suffix the writer meant, so
 * the orphaned character is the trace of the word it belonged to; a right word that report text never
 * uses leaves no orphan. Only the right side: a lone character before a word is mostly a prefix or a
 * name's (于, 县, 要) and measured false (round 38). Twins: the report-text twins of
 * homophone-context's table and jieba words one same-sound character away (dict.near on the three
 * characters). Measured on the keyed TRAIN sets (even half tuned, odd reported; bench/ BENCHMARKS.md
 * round 38): no clean sentence flagged in either half.
 */
export function homophoneCompoundRule(a: Analysed, original: string, dict: WordDictionary): WordFinding[] {
  const out: WordFinding[] = [];
  const tk = a.tokens;
  for (let k = 0; k + 1 < tk.length; k++) {
    const w = tk[k]!;
    const R = tk[k + 1]!;
    if (R.word.length !== 1 || !isHanWord(R.word) || !readable(w)) continue;
    const reportTwins = reportTwinsOf(w.word);
    if (!reportTwins) continue;
    if (FUNCTION_TAG.test(dict.tagOf(R.word) ?? 'x') || dict.freq(w.word + R.word) > 0) continue;
    if (a.script === 'hant' && isTaiwanWord(original.slice(w.start, w.end))) continue;
    // A jieba word of the left neighbour's end with the written word vouches for it.
    const L = tk[k - 1]?.word ?? '';
    if ((L.length > 0 && dict.freq(L.slice(-1) + w.word) > 0) || (L.length > 1 && dict.freq(L.slice(-2) + w.word) > 0)) continue;
    const near = dict
      .near(w.word + R.word, COMPOUND_FREQ)
      .filter((n) => n.at < 2 && n.sameSound)
      .map((n) => n.word.slice(0, 2));
    let best: { word: string; freq: number } | null = null;
    for (const t of new Set([...near, ...reportTwins])) {
      const c = t + R.word;
      const f = dict.freq(c);
      if (f < COMPOUND_FREQ || f < COMPOUND_SHARE * dict.freq(w.word) || NAME_TAG.test(dict.tagOf(c) ?? '')) continue;
      if (!best || f > best.freq) best = { word: t, freq: f };
    }
    if (best) out.push(finding(a, original, 'WRD-04', 'warning', w.start, 2, best.word));
  }
  return out;
}
