/**
 * Every word the check's word layer knows, for dev-time tools that group words by reading: jieba's
 * dictionary entries in file order, then the layer's own (vocabulary.ts: 权责, 交办 are added at
 * OFFICIAL_WORD_FREQ by createWordLayer). Callers dedupe as they need.
 */
import { jiebaDictText } from '../electron/services/check/segmenter';
import { OFFICIAL_WORDS } from '../shared/check/words/vocabulary';

export function layerWords(): string[] {
  return [
    ...jiebaDictText()
      .split('\n')
      .map((l) => l.slice(0, l.indexOf(' '))),
    ...OFFICIAL_WORDS,
  ];
}
