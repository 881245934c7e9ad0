import { jiebaDictText, loadJieba, type Jieba } from '../../../shared/jieba/load';
import { createWordLayer, WordDictionary, type WordLayer } from '../../../shared/check/words';
import type { Segmenter } from '../../../shared/check/words';

/**
 * The word layer over jieba-wasm, built in the calling thread. The app never builds it on its main
 * thread: check:run asks the word worker (words-worker.ts, via words-client.ts), which builds it
 * with this module. The CLI's check command (one run, loads up front), the benches and the unit
 * tests use it directly. jieba and its dictionary come from the one loader, shared/jieba/load.ts.
 */

let dictionary: WordDictionary | null = null;
let layer: WordLayer | null = null;

function jieba(): Jieba {
  const j = loadJieba();
  if (!j) throw new Error('jieba-wasm could not be loaded');
  return j;
}

export const jiebaSegmenter: Segmenter = {
  tag: (text) => jieba().tag(text, false),
  addWord: (word, freq, tag) => void jieba().add_word(word, freq, tag),
};

export { jiebaDictText };

export function jiebaDictionary(): WordDictionary {
  dictionary ??= new WordDictionary(jiebaDictText());
  return dictionary;
}

/** The word layer over jieba, built on first use (segmenter and dictionary load synchronously: seconds). */
export function wordLayer(): WordLayer {
  layer ??= createWordLayer(jiebaSegmenter, jiebaDictionary());
  return layer;
}
