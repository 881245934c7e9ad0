// Dev-time helper: jieba's token counts over the project's TRAIN report text (bench/swap-texts.ts;
// bench/unseen.json's sets never read): each token's count and each adjacent pair's ("word next"), the
// tally tools/derive-report-pairs.ts derives report-pairs-data.ts from and
// tools/diag-homophone-report-reach.ts reads misses against.
import { jiebaSegmenter } from '../electron/services/check/segmenter';
import { analyse } from '../shared/check/words/analyse';
import { trainDirs, trainSentences } from '../bench/swap-texts';

export interface ReportTextCounts {
  count: Map<string, number>;
  /** Adjacent tokens, keyed `left right`. */
  pairs: Map<string, number>;
  /** Tokens counted. */
  total: number;
  /** Sentences the segmenter read. */
  sentences: number;
}

export function countReportText(half: 'odd' | 'even' | 'all' = 'all'): ReportTextCounts {
  const count = new Map<string, number>();
  const pairs = new Map<string, number>();
  let total = 0;
  let sentences = 0;
  for (const s of trainSentences(trainDirs(half))) {
    const a = analyse(s.sentence, s.script, jiebaSegmenter);
    if (!a) continue;
    sentences++;
    const t = a.tokens;
    for (let i = 0; i < t.length; i++) {
      count.set(t[i]!.word, (count.get(t[i]!.word) ?? 0) + 1);
      total++;
      if (i + 1 < t.length && t[i]!.end === t[i + 1]!.start) {
        const k = `${t[i]!.word} ${t[i + 1]!.word}`;
        pairs.set(k, (pairs.get(k) ?? 0) + 1);
      }
    }
  }
  return { count, pairs, total, sentences };
}
