import type { Analysed, Token } from './analyse';
import { isHanWord } from './analyse';
import type { WordDictionary } from './dictionary';
import { finding, type WordFinding } from './finding';
import { homophoneAdjacencyTables, readable, type HomophoneAdjacencyTables } from './homophone-adjacency';
import { homophoneAdjacencyOpenTables } from './homophone-adjacency-open';
import { homophoneAdjacencyRareTables } from './homophone-adjacency-rare';
import { homophoneAdjacencyWideTables } from './homophone-adjacency-wide';
import { isTaiwanWord } from './taiwan';

/** A neighbour that is a name, a number or a function word makes no compound worth reading. */
const NEIGHBOUR_TAG = /^(nr|ns|nt|m|q|r|c|p|u|d|f|x|y|e|o)/;
/** A verb (not a verbal noun, vn): the word before it is its subject or adverbial, no modifier. */
const VERB_TAG = /^v(?!n)/;
/** Compounds that are names, set phrases, idioms, numerals or abbreviations are no collocation. */
const COMPOUND_TAG = /^(nr|ns|nt|l|i|m|j)/;
/** The compound must be a word jieba counts this often (its floor entries, 1-2, are guesses). */
export const COLLOCATE_FREQ = 3;
/**
 * … and this share of the twin's own count: a compound that is one use in a thousand of the twin
 * (事件 + 报告 beside 时间报告) is no fixed collocation. Set on the EVEN keyed TRAIN sets (the keyed
 * fixes' compounds 0.0011-0.056, the clean and fault-sentence false readings 0.0005-0.0006).
 */
export const COLLOCATE_SHARE = 0.001;

/** The shipped adjacency tables: their same-reading pairs and their neighbour vetoes. */
export const shippedTables = (): HomophoneAdjacencyTables[] => [homophoneAdjacencyTables(), homophoneAdjacencyWideTables(), homophoneAdjacencyRareTables(), homophoneAdjacencyOpenTables()];

/** Whether packed two-character ids hold `id`. */
function holds(ids: string, id: string): boolean {
  for (let k = 0; k < ids.length; k += 2) if (ids[k] === id[0] && ids[k + 1] === id[1]) return true;
  return false;
}

/** Whether a table vouches for the written word beside this neighbour (its own bigram, or report text). */
export function vouched(tables: readonly HomophoneAdjacencyTables[], written: string, neighbour: string, left: boolean): boolean {
  for (const t of tables) {
    const e = t.written.get(written);
    const id = e && t.ids.get(neighbour);
    if (e && id && holds(left ? e.vetoLeft : e.vetoRight, id)) return true;
  }
  return false;
}

/**
 * WRD-04 warning by the twin's compound with the whole neighbouring word: a two-character word W
 * whose same-reading twin T (a pair of the shipped adjacency tables) makes a dictionary word with
 * the two-or-more-character word right beside it — N + T on the left, T + N on the right (环氧 + 树脂,
 * 指示 + 精神, 刑警 + 支队) — while W with N makes none, and no table vouches for W beside N. W and T
 * differ in both characters: a pair sharing one (检查/检察, 记录/纪录) shares a morpheme and often the
 * meaning, so both compounds can be meant, while a pair alike only in sound has nothing of W's
 * meaning in T's compound. The neighbour must be a content word of two or more characters: a lone
 * suffix (权, 室, 法) joins almost any noun. jieba's compounds are set terms of other text (环氧树脂,
 * 化学试剂), not a list grown from the slips in front of us; the twins and the vetoes are the tables'.
 * A warning: the dictionary's compounds are a witness, not a proof. Taiwan words in Traditional text
 * are left alone, as the adjacency rule leaves them.
 */
export function homophoneCollocateRule(a: Analysed, original: string, dict: WordDictionary, tables: readonly HomophoneAdjacencyTables[] = shippedTables()): WordFinding[] {
  const out: WordFinding[] = [];
  const tk = a.tokens;
  for (let k = 0; k < tk.length; k++) {
    const w = tk[k]!;
    if (!readable(w)) continue;
    const twins = new Set<string>();
    for (const t of tables) for (const f of t.written.get(w.word)?.fixes ?? []) if (f[0] !== w.word[0] && f[1] !== w.word[1]) twins.add(f);
    if (!twins.size) continue;
    if (a.script === 'hant' && isTaiwanWord(original.slice(w.start, w.end))) continue;
    let best: { word: string; share: number } | null = null;
    for (const [n, left] of [
      [tk[k - 1], true],
      [tk[k + 1], false],
    ] as [Token | undefined, boolean][]) {
      if (!n || n.word.length < 2 || !isHanWord(n.word) || NEIGHBOUR_TAG.test(n.tag)) continue;
      // A word before a verb is its subject or adverbial (社会 + 注意), not the modifier a compound reads.
      if (left && VERB_TAG.test(w.tag)) continue;
      if (dict.freq(left ? n.word + w.word : w.word + n.word) > 0 || vouched(tables, w.word, n.word, left)) continue;
      for (const t of twins) {
        const c = left ? n.word + t : t + n.word;
        const f = dict.freq(c);
        if (f < COLLOCATE_FREQ || COMPOUND_TAG.test(dict.tagOf(c) ?? '')) continue;
        const share = f / Math.max(1, dict.freq(t));
        if (share >= COLLOCATE_SHARE && (!best || share > best.share)) best = { word: t, share };
      }
    }
    if (best) out.push(finding(a, original, 'WRD-04', 'warning', w.start, 2, best.word));
  }
  return out;
}
