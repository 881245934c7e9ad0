import type { Analysed } from './analyse';
import { isHanWord } from './analyse';
import type { WordDictionary } from './dictionary';
import { finding, type WordFinding } from './finding';
import { readable } from './homophone-adjacency';
import { COLLOCATE_SHARE, shippedTables, vouched } from './homophone-collocate';
import { isTaiwanWord } from './taiwan';

/** A modifier that is a function word, number or name joins a term by accident, not as its part. */
const MODIFIER_TAG = /^(nr|ns|nt|m|q|r|c|p|u|d|f|x|y|e|o)/;
/** Terms that are names, set phrases, idioms, numerals or abbreviations are no field term (旱涝保收). */
const TERM_TAG = /^(nr|ns|nt|l|i|m|j)/;
/**
 * The term must be a word jieba counts this often: its four-character terms stand at 3 (有效积温,
 * 年终考绩, 系统集成, the floor of its term entries), as in homophone-collocate.ts (COLLOCATE_FREQ).
 */
const TERM_FREQ = 3;
/**
 * … and this share of the twin's own count: a term that is one use in a thousand of the twin (全面进步
 * beside 进步 5,265) is a phrase the twin happens to form, no term that sets it apart. The share
 * homophone-collocate.ts reads (COLLOCATE_SHARE).
 */
const TERM_SHARE = COLLOCATE_SHARE;

/** Per dictionary: jieba's four-character terms, their two-character modifier -> their heads. */
const indexes = new WeakMap<WordDictionary, Map<string, string[]>>();

function termHeads(dict: WordDictionary): Map<string, string[]> {
  let index = indexes.get(dict);
  if (index) return index;
  index = new Map();
  indexes.set(dict, index);
  for (const [x, e] of dict.wordsOfLength(4)) {
    if (e.freq < TERM_FREQ || TERM_TAG.test(e.tag) || !isHanWord(x)) continue;
    const heads = index.get(x.slice(0, 2));
    if (heads) heads.push(x.slice(2));
    else index.set(x.slice(0, 2), [x.slice(2)]);
  }
  return index;
}

/** Whether two two-character words read alike, character by character (common toneless readings). */
function readAlike(dict: WordDictionary, a: string, b: string): boolean {
  for (let i = 0; i < 2; i++) {
    const x = dict.pinyin(a[i]!)[0];
    if (x === undefined || x !== dict.pinyin(b[i]!)[0]) return false;
  }
  return true;
}

/**
 * WRD-04 warning by a field term the twin makes with the word before it: a two-character word W
 * after a two-character modifier M, where jieba lists M + T as a four-character term for a
 * same-reading twin T (有效 + 积温, 年终 + 考绩, 系统 + 集成) and M + W is no word. The source is jieba's
 * own term list, whatever the twin's count: a field term the other homophone rules never read for
 * want of a count or a table (考绩 14, 积温 beside 鸡瘟 7). Terms are head-final: a modifier narrows
 * the head the writer meant, so the modifier before a slip is the trace of the term; a head after
 * the word (制度, 成果, 服务) takes almost any modifier, so a missing W + head entry proves nothing
 * (报销制度 is no slip of 剥削制度) and the right side is not read. Names are no terms. W and T share no character: a pair sharing
 * one (监测/检测, 试用/实用) shares a morpheme, so both terms can be meant (homophone-collocate.ts'
 * reason). The term must be COLLOCATE_SHARE of the twin's count, and a table that vouches for W
 * beside M (the adjacency tables' veto) or a jieba word of M's end with W leaves W alone. Taiwan
 * words in Traditional text are left alone.
 */
export function homophoneTermRule(a: Analysed, original: string, dict: WordDictionary): WordFinding[] {
  const out: WordFinding[] = [];
  const tk = a.tokens;
  for (let k = 1; k < tk.length; k++) {
    const w = tk[k]!;
    const m = tk[k - 1]!;
    if (!readable(w) || m.word.length !== 2 || !isHanWord(m.word) || MODIFIER_TAG.test(m.tag)) continue;
    const heads = termHeads(dict).get(m.word);
    if (!heads || dict.freq(m.word + w.word) > 0 || dict.freq(m.word[1]! + w.word) > 0) continue;
    if (a.script === 'hant' && isTaiwanWord(original.slice(w.start, w.end))) continue;
    let best: { word: string; freq: number } | null = null;
    for (const t of heads) {
      if (t[0] === w.word[0] || t[1] === w.word[1] || !readAlike(dict, t, w.word)) continue;
      const f = dict.freq(m.word + t);
      if (f < TERM_SHARE * dict.freq(t)) continue;
      if (!best || f > best.freq) best = { word: t, freq: f };
    }
    if (best && !vouched(shippedTables(), w.word, m.word, true)) out.push(finding(a, original, 'WRD-04', 'warning', w.start, 2, best.word));
  }
  return out;
}
