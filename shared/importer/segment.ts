import { jiebaState, loadJieba, type Jieba, type JiebaToken } from '../jieba/load';
import { traditionalToSimplified } from '../script/to-simplified';
import { remembered } from './memo';

/**
 * Word segmentation with part-of-speech tags (jieba-rs compiled to WASM: the `jieba-wasm` package,
 * which ships its dictionary). The importer asks it one question the surname list cannot answer:
 * is this short run of characters a person's name or an ordinary word? (市领导平遂民: 平 is not in
 * the surname list, but the segmenter finds no word 平遂民 and tags 平 as a name part.)
 *
 * Loading costs about a second and ~70 MB (the dictionary is built on first use), so it is loaded
 * lazily, only when the rules are unsure, and only where Node's module loader exists: the importer
 * runs in the main process, the CLI and the browser host, never in the sandboxed renderer, which
 * imports constants from shared/importer and must not pull a 4 MB WASM file into its bundle. Where
 * it cannot load, `segmenter()` returns null and the rules decide alone.
 *
 * jieba-wasm is loaded by the one loader, shared/jieba/load.ts, which the proofreader's word layer
 * uses too.
 */
export type TaggedWord = JiebaToken;

/** The segmenter, loaded on first call; null where it cannot load (a browser, a broken install). */
export function segmenter(): Jieba | null {
  return loadJieba();
}

/** Whether the segmenter was asked for yet, and with what result (for benchmarks and tests). */
export function segmenterState(): 'not loaded' | 'loaded' | 'unavailable' {
  return jiebaState();
}

/** Tags `text`; [] when no segmenter is available. */
export function tagWords(text: string): TaggedWord[] {
  const jieba = segmenter();
  if (!jieba) return [];
  // The readers ask for the same short runs again within one import (memo.ts): tag each once.
  return remembered(
    'tagWords',
    text,
    () => jieba.tag(text, true),
    (words) => words.map((w) => ({ ...w })),
  );
}

/**
 * A run as jieba's dictionary spells it. The dictionary is Simplified: a Traditional run (黨總支,
 * 會議) is unknown to it, tagged x character by character, and so reads as a name however common a
 * word it is; asked in Simplified (党总支), the segmenter knows the word. Names are kept either way.
 */
export function asDictionary(run: string): string {
  // Asked again for the same runs within one import (the people readers' tests, then the segmenter).
  return remembered(
    'asDictionary',
    run,
    () => traditionalToSimplified()(run),
    (spelled) => spelled,
  );
}

/**
 * Whether a 2–3 character run reads as a person's name to the segmenter: it is not one dictionary
 * word of another kind (大权 alone is a noun, but 孙大权 is split 孙/大权), and its first character
 * starts a name (tagged nr, or unknown to the dictionary). Null when no segmenter is available.
 */
export function segmenterSaysName(run: string): boolean | null {
  if (!segmenter()) return null;
  const words = tagWords(asDictionary(run));
  if (!words.length) return false;
  if (words.length === 1) return words[0]!.tag === 'nr' || words[0]!.tag === 'x';
  const first = words[0]!;
  // A common word opening the run (会议, 单位, 同志) is not a surname.
  if (first.word.length >= 2 && first.tag !== 'nr' && first.tag !== 'x') return false;
  return words.every((w) => !/^(v|vn|p|c|u|d|m|q|r|f|t|y|e|o|w)$/u.test(w.tag) || w.word.length === 1);
}

/**
 * Whether the segmenter splits a run's first character off as a word of its own (顾/立新, 程/远航):
 * how it reads a surname before a given name that is an everyday word. Null without a segmenter.
 */
export function segmenterSplitsFirst(run: string): boolean | null {
  if (!segmenter()) return null;
  const words = tagWords(asDictionary(run));
  return words.length >= 2 && words[0]!.word.length === 1 && !/^(p|c|u|r|m|q|f)$/u.test(words[0]!.tag);
}

/**
 * Whether a 4–6 character run reads as one long person's name (扎西次仁, 格桑旺堆, 斯琴高娃: Tibetan,
 * Mongolian and Uyghur names written without the middle dot). The segmenter knows such names as
 * names (nr, nrt), as proper nouns (nz) or not at all (x); a run that holds such a word of two
 * characters or more and no common word of a grammatical kind (a verb, a preposition, a numeral
 * …) is a name. An ordinary phrase after a title (办公会议, 有关部门, 扩大会议) is one dictionary
 * word of another kind or holds one. Null when no segmenter is available.
 */
export function segmenterSaysLongName(run: string): boolean | null {
  if (!/^\p{Script=Han}{4,6}$/u.test(run)) return false;
  if (!segmenter()) return null;
  const words = tagWords(asDictionary(run));
  const named = words.some((w) => w.word.length >= 2 && /^(nr|nrt|nrfg|nz|x)$/u.test(w.tag));
  const grammatical = words.some((w) => w.word.length >= 2 && /^(v|vn|vd|p|c|u|d|m|q|r|f|t|l|i|a|ad|an)$/u.test(w.tag));
  return named && !grammatical;
}

/**
 * Where the segmenter's words of `run` end, as offsets into `run` (the last one is its length), and
 * the tag of the word ending at each: how it parts a title from the name after it. Null without a
 * segmenter, or where spelling the run for the dictionary changed its length.
 */
export function segmenterWordEnds(run: string): { end: number; word: string; tag: string }[] | null {
  if (!segmenter()) return null;
  const spelled = asDictionary(run);
  if (spelled.length !== run.length) return null;
  let end = 0;
  return tagWords(spelled).map((w) => ({ end: (end += w.word.length), word: w.word, tag: w.tag }));
}

/**
 * segmenterWordEnds with each word as `run` writes it (Traditional stays Traditional), for readers
 * that match the written clause; null as there.
 */
export function tagRun(run: string): { word: string; tag: string; end: number }[] | null {
  return segmenterWordEnds(run)?.map((w, i, all) => ({ word: run.slice(i ? all[i - 1]!.end : 0, w.end), tag: w.tag, end: w.end })) ?? null;
}
