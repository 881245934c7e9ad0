/**
 * The one loader of jieba-wasm (jieba-rs compiled to WASM, with its dictionary), for every user:
 * the importer's name finder (shared/importer/segment.ts), the proofreader's word layer in its
 * worker thread (electron/services/check/words-worker.ts) and in-process for the CLI and benches
 * (electron/services/check/segmenter.ts).
 *
 * It lives in shared/ because the importer does, but it only works where Node's module loader
 * exists: Node built-ins are reached through process.getBuiltinModule (Node >= 20.16), so no
 * static import graph (and no renderer bundle) pulls in `node:module` or the 4 MB WASM. Where it
 * cannot load (a browser, a broken install) `loadJieba()` returns null and callers decide alone.
 *
 * require() resolves jieba-wasm from the file this code ends up in: the source tree's
 * node_modules, out/main/node_modules/jieba-wasm in the packaged app (electron.vite.config.ts
 * copies it there beside index.js and the word worker) or node_modules beside dist/cli.
 */

/** One token with jieba's part-of-speech tag (ICTCLAS-style: v, n, a, d, ad, i, l, uj …). */
export interface JiebaToken {
  word: string;
  tag: string;
}

/** The part of jieba-wasm's API we use. */
export interface Jieba {
  tag(text: string, hmm?: boolean): JiebaToken[];
  add_word(word: string, freq?: number, tag?: string): number;
}

type Require = ((id: string) => unknown) & { resolve(id: string): string };

/** Offset of dict.txt's deflate stream from the start of the data section's contents, jieba-wasm 2.4.0. */
const DICT_OFFSET_IN_DATA = 15373;
const MIN_DICT_WORDS = 300_000;

let loaded: Jieba | null | undefined;

function builtin<T>(id: string): T | undefined {
  const proc = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  return proc?.getBuiltinModule?.(id) as T | undefined;
}

function nodeRequire(): Require | null {
  const mod = builtin<{ createRequire(from: string): Require }>('node:module');
  return mod ? mod.createRequire(import.meta.url) : null;
}

/** jieba-wasm, loaded on first call (instantiating the WASM, ~1 s); null where it cannot load. */
export function loadJieba(): Jieba | null {
  if (loaded !== undefined) return loaded;
  loaded = null;
  try {
    const require = nodeRequire();
    if (require) loaded = require('jieba-wasm') as Jieba;
  } catch {
    loaded = null;
  }
  return loaded;
}

/** Whether jieba was asked for yet, and with what result (for benchmarks and tests). */
export function jiebaState(): 'not loaded' | 'loaded' | 'unavailable' {
  return loaded === undefined ? 'not loaded' : loaded ? 'loaded' : 'unavailable';
}

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

/**
 * jieba's dict.txt (349,045 `word freq tag` lines), inflated from the WASM module jieba-wasm ships.
 * jieba-rs embeds it as one raw-deflate stream (include-flate) and jieba-wasm exposes no look-up,
 * so it is read from the module's data section at a fixed offset: package.json pins jieba-wasm
 * exactly, and the first line and line count are checked so another build fails loudly (unit test).
 * Throws where Node is not available.
 */
export function jiebaDictText(): string {
  const require = nodeRequire();
  const fs = builtin<{ readFileSync(path: string): Uint8Array }>('node:fs');
  const zlib = builtin<{ inflateRawSync(data: Uint8Array): { toString(enc: 'utf8'): string } }>('node:zlib');
  const path = builtin<{ dirname(p: string): string; join(...p: string[]): string }>('node:path');
  if (!require || !fs || !zlib || !path) throw new Error('jieba-wasm: its dictionary can only be read in Node');
  const bytes = fs.readFileSync(path.join(path.dirname(require.resolve('jieba-wasm')), 'jieba_rs_wasm_bg.wasm'));
  let at = 8;
  let dataStart = -1;
  while (at < bytes.length) {
    const id = bytes[at++]!;
    const [size, body] = leb128(bytes, at);
    if (id === 11) dataStart = body;
    at = body + size;
  }
  if (dataStart < 0) throw new Error('jieba-wasm: no data section');
  const text = zlib.inflateRawSync(bytes.subarray(dataStart + DICT_OFFSET_IN_DATA)).toString('utf8');
  if (!/^\S+ \d+ \w+\n/.test(text) || text.split('\n').length < MIN_DICT_WORDS) {
    throw new Error('jieba-wasm: its dictionary is not where this build expects it (version changed?)');
  }
  return text;
}
