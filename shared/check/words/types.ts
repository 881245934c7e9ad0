/** One token of a segmented sentence, with jieba's part-of-speech tag (ICTCLAS-style: v, n, a, d, ad, i, l, uj …). */
export interface Tagged {
  word: string;
  tag: string;
}

/**
 * What the word layer needs from a segmenter. The word layer is pure TypeScript; the segmenter
 * (jieba-wasm) is loaded in Node by electron/services/check/segmenter.ts and handed in, so the
 * renderer bundle never pulls the 4 MB WASM.
 */
export interface Segmenter {
  /** Dictionary-only segmentation (no HMM guessing) with POS tags, in order, covering the text. */
  tag(text: string): Tagged[];
  /** Adds a word the dictionary lacks (jieba's add_word). */
  addWord(word: string, freq: number, tag: string): void;
}

/** One entry of the segmenter's dictionary. */
export interface Entry {
  freq: number;
  tag: string;
}
