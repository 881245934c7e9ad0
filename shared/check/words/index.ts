import type { Script } from '../../model';
import { analyse } from './analyse';
import type { WordDictionary } from './dictionary';
import { deDiRule, homophoneRule, lexiconRule, nearMissRule, type WordFinding } from './rules';
import type { Segmenter } from './types';
import { OFFICIAL_WORD_FREQ, OFFICIAL_WORDS } from './vocabulary';

export type { WordFinding } from './rules';
export type { Segmenter, Tagged } from './types';
export { WordDictionary } from './dictionary';

export const WORD_RULE_IDS = ['WRD-01', 'WRD-02', 'WRD-03', 'WRD-04', 'WRD-05'] as const;

/** The word layer as runChecks uses it: one unit's text in, findings out. */
export interface WordLayer {
  check(text: string, script: Script): WordFinding[];
}

/**
 * The word layer over a segmenter and its dictionary. Findings overlapping an earlier, surer one
 * are dropped (a lexicon hit beats a near-miss guess over the same characters).
 */
export function createWordLayer(seg: Segmenter, dict: WordDictionary): WordLayer {
  for (const w of OFFICIAL_WORDS) {
    seg.addWord(w, OFFICIAL_WORD_FREQ, 'n');
    dict.add(w, OFFICIAL_WORD_FREQ, 'n');
  }
  return {
    check(text, script) {
      const a = analyse(text, script, seg);
      if (!a) return [];
      const all = [...lexiconRule(a, text), ...homophoneRule(a, text), ...nearMissRule(a, text, dict), ...deDiRule(a, text)];
      const kept: WordFinding[] = [];
      for (const f of all) {
        if (kept.some((k) => f.offset < k.offset + k.length && k.offset < f.offset + f.length)) continue;
        kept.push(f);
      }
      return kept.sort((x, y) => x.offset - y.offset);
    },
  };
}
