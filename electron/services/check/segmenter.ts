import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { createWordLayer, WordDictionary, type WordLayer } from '../../../shared/check/words';
import type { Segmenter, Tagged } from '../../../shared/check/words';

/**
 * jieba-wasm for the word layer, loaded in Node (main process, CLI), never in the renderer: the
 * check already runs in the services behind check:run, off the typing path (debounced), so the
 * renderer's CSP needs no 'wasm-unsafe-eval' and the 4 MB module and its dictionary are loaded once
 * per process, on the first check, not at start-up.
 *
 * The dictionary with frequencies is jieba's own dict.txt (349,045 lines), which jieba-rs embeds
 * in the WASM as one raw-deflate stream (include-flate). jieba-wasm exposes no look-up, so it is
 * inflated from the module's data section at a fixed offset: package.json pins jieba-wasm exactly,
 * and the first line and line count are verified so another build fails loudly in the unit test.
 */
const require = createRequire(import.meta.url);

/** Offset of dict.txt's deflate stream from the start of the data section's contents, jieba-wasm 2.4.0. */
const DICT_OFFSET_IN_DATA = 15373;
const MIN_DICT_WORDS = 300_000;

interface Jieba {
  tag(text: string, hmm?: boolean): Tagged[];
  add_word(word: string, freq?: number, tag?: string): number;
}

let jieba: Jieba | null = null;
let dictionary: WordDictionary | null = null;

function jiebaModule(): Jieba {
  jieba ??= require('jieba-wasm') as Jieba;
  return jieba;
}

export const jiebaSegmenter: Segmenter = {
  tag: (text) => jiebaModule().tag(text, false),
  addWord: (word, freq, tag) => void jiebaModule().add_word(word, freq, tag),
};

function leb128(bytes: Uint8Array, at: number): [number, number] {
  let value = 0;
  let shift = 0;
  for (;;) {
    const b = bytes[at++]!;
    value += (b & 0x7f) * 2 ** shift;
    shift += 7;
    if (b < 0x80) return [value, at];
  }
}

/** jieba's dict.txt, inflated from the WASM module jieba-wasm ships. */
export function jiebaDictText(): string {
  const wasmPath = join(dirname(require.resolve('jieba-wasm')), 'jieba_rs_wasm_bg.wasm');
  const bytes = readFileSync(wasmPath);
  let at = 8;
  let dataStart = -1;
  while (at < bytes.length) {
    const id = bytes[at++]!;
    const [size, body] = leb128(bytes, at);
    if (id === 11) dataStart = body;
    at = body + size;
  }
  if (dataStart < 0) throw new Error('jieba-wasm: no data section');
  const text = inflateRawSync(bytes.subarray(dataStart + DICT_OFFSET_IN_DATA)).toString('utf8');
  if (!/^\S+ \d+ \w+\n/.test(text) || text.split('\n').length < MIN_DICT_WORDS) {
    throw new Error('jieba-wasm: its dictionary is not where this build expects it (version changed?)');
  }
  return text;
}

export function jiebaDictionary(): WordDictionary {
  dictionary ??= new WordDictionary(jiebaDictText());
  return dictionary;
}

let layer: WordLayer | null = null;

/** The word layer over jieba, built on first use (segmenter and dictionary load lazily). */
export function wordLayer(): WordLayer {
  layer ??= createWordLayer(jiebaSegmenter, jiebaDictionary());
  return layer;
}

let warming = false;

/** The word layer if it is loaded, else null (and its loading starts right after this turn). */
export function wordLayerIfReady(): WordLayer | null {
  if (layer) return layer;
  if (!warming) {
    warming = true;
    // Loading takes seconds; the check that asked answers first, with the character rules only.
    setTimeout(() => wordLayer(), 0);
  }
  return null;
}
