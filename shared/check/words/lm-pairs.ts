import type { Analysed, Token } from './analyse';
import { isHanWord } from './analyse';
import type { WordDictionary } from './dictionary';
import { finding, type WordFinding } from './finding';
import { LM_PAIRS } from './lm-pairs-data';

/** One pair seen from its written word: the twin, and the table's line that holds the evidence. */
interface Side {
  twin: string;
  /** +1 when the line's ratios favour this twin when positive (the written word is the line's A). */
  sign: 1 | -1;
  line: string;
}

let index: Map<string, Side[]> | null = null;

/**
 * Indexes the table by word: one slice per line (9,000 lines). The neighbours stay in the line's
 * text and are found by search when a word occurs (evidence), so start-up pays for the index only,
 * and a first check builds no maps for the 220,000 neighbours (a parse per line cost 8 ms per 20
 * fresh pages, the search 1 ms).
 */
function sides(): Map<string, Side[]> {
  if (index) return index;
  index = new Map();
  for (const line of LM_PAIRS.split('\n')) {
    const a = line.indexOf(' ');
    if (a < 0) continue;
    const b = line.indexOf(' ', a + 1);
    const A = line.slice(0, a);
    const B = line.slice(a + 1, b);
    const push = (w: string, s: Side): void => {
      const l = index!.get(w);
      if (l) l.push(s);
      else index!.set(w, [s]);
    };
    push(A, { twin: B, sign: 1, line });
    push(B, { twin: A, sign: -1, line });
  }
  return index;
}

/** The line's ratio (tenths of log10) for a neighbour on one side ("<" before, ">" after), or undefined. */
function evidence(line: string, side: '<' | '>', neighbour: string): number | undefined {
  const key = ' ' + side + neighbour;
  for (let i = line.indexOf(key); i >= 0; i = line.indexOf(key, i + 1)) {
    // The whole neighbour: a number follows (" <强烈-42"), not more of a longer word (" <强烈的…").
    const j = i + key.length;
    const c = line.charCodeAt(j);
    if (c !== 45 && (c < 48 || c > 57)) continue;
    let end = j + 1;
    while (end < line.length && line.charCodeAt(end) !== 32) end++;
    return Number(line.slice(j, end));
  }
  return undefined;
}

/** Indexes the table now (createWordLayer calls it at start-up, beside corpus-pairs' tables). */
export function loadLmPairs(): void {
  sides();
}

/** Neighbours that carry evidence: content words of two or more characters (as corpus-pairs.ts). */
const usable = (t: Token | undefined): t is Token => !!t && t.word.length >= 2 && isHanWord(t.word) && !/^(nr|ns|nt|m|q|r|c|p|u)/.test(t.tag);

/**
 * Thresholds, in tenths of log10 of the model's ratio P(twin…)/P(written…). Chosen on clean real
 * report text (no finding that is not a real slip) and on same-reading swaps planted in it, never
 * on a check set: see docs/BENCHMARKS.md, round 15.
 * bothAt: each neighbour alone favours the twin this much, both neighbours together.
 * oneAt: one neighbour alone, the other neutral (no entry) or absent.
 * errorAt: the weaker side's (or the lone side's) ratio for an error, not a warning.
 * The table keeps only ratios of 10^3 and more (the package budget), so a neighbour without an entry
 * is neutral and bars under 30 change nothing: both bars sit at the table's floor.
 */
export const LM_THRESHOLDS = { bothAt: 30, oneAt: 30, errorAt: 45 };

/**
 * WRD-04 from an input method's language model (lm-pairs-data.ts, derived from sunpinyin's
 * open-gram bigrams): a common two-character word whose same-reading twin the model finds far
 * likelier beside both neighbours, or beside one (强烈返乡 → 反响, 反响途中 → 返乡) with the other
 * not leaning to the written word. The model is general-domain web text, so the bars are high and
 * a jieba phrase of the written word with either neighbour (its own collocation) vouches for it.
 */
export function lmPairRule(a: Analysed, original: string, dict: WordDictionary, th = LM_THRESHOLDS): WordFinding[] {
  const t = a.tokens;
  const out: WordFinding[] = [];
  for (let k = 0; k < t.length; k++) {
    const w = t[k]!;
    if (w.word.length !== 2) continue;
    // Most words are in no pair: one map lookup.
    const list = (index ?? sides()).get(w.word);
    // Names and places are written as they are; function words (以及, 及时 as c/d) are not twins' slips here.
    if (!list || !usable(w)) continue;
    const left = usable(t[k - 1]) && t[k - 1]!.end === w.start ? t[k - 1]!.word : null;
    const right = usable(t[k + 1]) && t[k + 1]!.start === w.end ? t[k + 1]!.word : null;
    if (!left && !right) continue;
    let best: { word: string; n: number } | null = null;
    for (const s of list) {
      const l = left ? evidence(s.line, '<', left) : undefined;
      const r = right ? evidence(s.line, '>', right) : undefined;
      const lv = l === undefined ? undefined : s.sign * l;
      const rv = r === undefined ? undefined : s.sign * r;
      let n = 0;
      if (lv !== undefined && rv !== undefined) n = lv >= th.bothAt && rv >= th.bothAt ? Math.min(lv, rv) : 0;
      else if (lv !== undefined) n = lv >= th.oneAt ? lv : 0;
      else if (rv !== undefined) n = rv >= th.oneAt ? rv : 0;
      if (n > 0 && (!best || n > best.n)) best = { word: s.twin, n };
    }
    if (!best) continue;
    // The written word in a jieba phrase with a neighbour: its own collocation, it is right.
    if ((left && dict.freq(left + w.word) > 0) || (right && dict.freq(w.word + right) > 0)) continue;
    out.push(finding(a, original, 'WRD-04', best.n >= th.errorAt ? 'error' : 'warning', w.start, 2, best.word));
  }
  return out;
}
