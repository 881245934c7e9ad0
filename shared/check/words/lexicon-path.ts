import type { Analysed } from './analyse';
import type { WordDictionary } from './dictionary';

/**
 * Whether a lexicon form that a neighbouring word reaches into is a slip after all. The boundary
 * test of lexiconRule lets a form through when one of its characters stands alone, since a slip
 * leaves a character alone; but a right sentence can leave one alone too: 由 + 忠诚 holds 由忠 (for
 * 由衷), 推 + 消费 holds 推消 (for 推销), 读 + 职业 holds 读职 (for 渎职). There the sentence reads
 * better as written than corrected. So, when a word of two or more characters crosses the form's
 * edge, the stretch those words cover is cut both ways with jieba's unigram model (the same one the
 * segmenter uses), as written and with the correction: the form counts only if the corrected
 * stretch reads better (由衷 + 诚 scores far below 由 + 忠诚; 渎职 + 行为 far above 读 + 职 + 行为).
 */
export function correctionReadsBetter(a: Analysed, dict: WordDictionary, start: number, end: number, right: string): boolean {
  const around = a.tokens.filter((t) => t.start < end && start < t.end);
  if (!around.some((t) => t.end - t.start > 1 && (t.start < start || end < t.end))) return true;
  const from = Math.min(start, around[0]!.start);
  const to = Math.max(end, around[around.length - 1]!.end);
  const written = a.text.slice(from, to);
  const corrected = a.text.slice(from, start) + right + a.text.slice(end, to);
  return bestCut(dict, corrected) > bestCut(dict, written);
}

/**
 * The log-probability of the likeliest cut of `text` into dictionary words of 1-4 characters, the
 * word `skip` read as none (slip.ts' floor entries).
 */
export function bestCut(dict: WordDictionary, text: string, skip?: string): number {
  const best = [0];
  for (let i = 1; i <= text.length; i++) {
    let score = -Infinity;
    for (let k = 1; k <= Math.min(4, i); k++) {
      const w = text.slice(i - k, i);
      // A character the dictionary lacks still cuts alone, at the floor probability (frequency 1).
      if (k > 1 && (!dict.freq(w) || w === skip)) continue;
      score = Math.max(score, best[i - k]! + dict.mergeGain(w, []));
    }
    best.push(score);
  }
  return best[text.length]!;
}
