import type { Analysed, Token } from './analyse';
import { isHanWord } from './analyse';
import { cedictTarget } from './cedict-rare';
import type { WordDictionary } from './dictionary';
import { finding, type WordFinding } from './finding';
import { lift, type HomophoneAdjacencyTables } from './homophone-adjacency';
import { shippedTables } from './homophone-collocate';
import { lmLean, lmWords } from './lm-pairs';
import { rareTarget } from './slip-rare';
import { isTaiwanWord } from './taiwan';
import { commonReadingKey } from './twins';

/**
 * The lift (tenths of log10) the twin must have beside a neighbour: the adjacency tables keep a
 * neighbour from 2.0 over the model's back-off (HOMOPHONE_ADJACENCY_BAR's unit), the model's pairs
 * from 10^2.5 (LM_BUCKETS), so any one recorded collocation of the twin with the neighbour clears it.
 */
const SPAN_BAR = 20;

/**
 * Lone characters that join no twin's span: function words, numerals and measures, locality words,
 * distinguishing modifiers (副, 主) and names, and jieba's zg, the tag of a character it does not
 * know as a word (藉, 為 in text of the other script, 埗 of a place name).
 */
const LONE_TAG_OUT = /^(nr|ns|nt|m|q|x|c|p|u|r|d|y|e|o|f|b|zg)/;

const lone = (t: Token | undefined): t is Token => t !== undefined && t.word.length === 1 && isHanWord(t.word) && !LONE_TAG_OUT.test(t.tag);

/** Per dictionary: the candidate twins by toneless reading key ("dai ke" -> 代课). */
const byReading = new WeakMap<WordDictionary, Map<string, string[]>>();

/**
 * The words some table holds neighbour evidence for — the adjacency tables' fixes and the model's
 * pairs' words — by their common toneless reading: the twins a span can be read as. Built on first
 * use (one reading per character, cached by the dictionary).
 */
function twinsByReading(dict: WordDictionary, tables: readonly HomophoneAdjacencyTables[]): Map<string, string[]> {
  let m = byReading.get(dict);
  if (m) return m;
  m = new Map();
  byReading.set(dict, m);
  for (const words of [...tables.map((t) => t.fixes.keys()), lmWords()])
    for (const w of words) {
      const key = commonReadingKey(dict, w);
      if (!key) continue;
      const list = m.get(key);
      if (!list) m.set(key, [w]);
      else if (!list.includes(w)) list.push(w);
    }
  return m;
}

/** The strongest collocation any table records for `twin` with the neighbour on one side (tenths), or 0. */
function collocation(tables: readonly HomophoneAdjacencyTables[], twin: string, neighbour: Token | undefined, left: boolean): number {
  if (!neighbour || neighbour.word.length < 2) return 0;
  let best = lmLean(twin, neighbour.word, left);
  for (const t of tables) {
    const x = t.fixes.get(twin);
    const id = x && t.ids.get(neighbour.word);
    if (x && id) best = Math.max(best, lift(t, left ? x.left : x.right, id));
  }
  return best;
}

/**
 * WRD-04 warning for a same-reading twin of a span jieba never reads as a word: two lone content
 * characters side by side (民众[检][具]后 → 检举, 仰赖[带][客]教师 → 代课). A slip between two words of
 * one reading usually yields a pair of characters no dictionary holds, which the segmenter leaves
 * in single characters, so every rule that reads words (the pair tables, the terms) passes it by.
 * Here the span is read by its toneless reading, its twins are the words the shipped tables hold
 * neighbour evidence for (the adjacency tables' fixes, the model's pairs), and a twin is named
 * where a table records it as a collocation of the very word beside the span (SPAN_BAR): the
 * evidence the word rules already read, for a span they never see. A span jieba, fcitx5's model or
 * CC-CEDICT knows as a word (企稳, 有价) is written right; function words, numerals, modifiers and
 * characters jieba has no entry for stay out (LONE_TAG_OUT); a Taiwan word in Traditional text is
 * left alone. A warning: the neighbour is a witness, not a proof.
 */
export function homophoneSpanRule(a: Analysed, original: string, dict: WordDictionary, tables: readonly HomophoneAdjacencyTables[] = shippedTables()): WordFinding[] {
  const out: WordFinding[] = [];
  const tk = a.tokens;
  for (let k = 0; k + 1 < tk.length; k++) {
    const x = tk[k];
    const y = tk[k + 1];
    if (!lone(x) || !lone(y) || y.start !== x.end) continue;
    const w = x.word + y.word;
    if (dict.freq(w) > 0) continue;
    const key = commonReadingKey(dict, w);
    const twins = key ? twinsByReading(dict, tables).get(key) : undefined;
    if (!twins || rareTarget(w) || cedictTarget(w)) continue;
    if (a.script === 'hant' && isTaiwanWord(original.slice(x.start, y.end))) continue;
    const L = tk[k - 1];
    const R = tk[k + 2];
    let best: { word: string; n: number } | null = null;
    for (const t of twins) {
      if (t === w) continue;
      const n = Math.max(collocation(tables, t, L, true), collocation(tables, t, R, false));
      if (n >= SPAN_BAR && (!best || n > best.n)) best = { word: t, n };
    }
    if (best) out.push(finding(a, original, 'WRD-04', 'warning', x.start, 2, best.word));
  }
  return out;
}
