import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The part of HarfBuzz's C subset API that harfbuzzjs's harfbuzz-subset.wasm exports. */
interface HbExports {
  memory: WebAssembly.Memory;
  _initialize?: () => void;
  malloc(size: number): number;
  free(ptr: number): void;
  hb_blob_create(data: number, length: number, mode: number, userData: number, destroy: number): number;
  hb_blob_destroy(blob: number): void;
  hb_blob_get_length(blob: number): number;
  hb_blob_get_data(blob: number, length: number): number;
  hb_face_create(blob: number, index: number): number;
  hb_face_destroy(face: number): void;
  hb_face_reference_blob(face: number): number;
  hb_set_add(set: number, codepoint: number): void;
  hb_subset_input_create_or_fail(): number;
  hb_subset_input_destroy(input: number): void;
  hb_subset_input_unicode_set(input: number): number;
  hb_subset_or_fail(face: number, input: number): number;
}

const HB_MEMORY_MODE_READONLY = 1;

let compiled: Promise<WebAssembly.Module> | undefined;

const WASM = 'harfbuzz-subset.wasm';

/**
 * Where the .wasm is: beside the app's main bundle or one folder up from a chunk of it (the
 * package has no node_modules: electron.vite.config.ts copies it there), else harfbuzzjs in
 * node_modules (the CLI, tsx, tests).
 */
export function subsetWasmFile(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  for (const file of [path.join(here, WASM), path.join(here, '..', WASM)]) if (existsSync(file)) return file;
  return createRequire(import.meta.url).resolve(`harfbuzzjs/dist/${WASM}`);
}

/** harfbuzzjs's standalone subsetter (no imports, no network): compiled once per process. */
function subsetModule(): Promise<WebAssembly.Module> {
  return (compiled ??= readFile(subsetWasmFile()).then((bytes) => WebAssembly.compile(bytes)));
}

/**
 * One HarfBuzz subsetter instance. Its memory grows to hold the font being cut (a CJK font is
 * ~20 MB) and a WebAssembly memory never shrinks, so callers make one per batch of fonts and drop
 * it, rather than keeping 60 MB alive between exports.
 */
export class HbSubsetter {
  private constructor(private readonly hb: HbExports) {}

  static async create(): Promise<HbSubsetter> {
    const instance = await WebAssembly.instantiate(await subsetModule(), {});
    const hb = instance.exports as unknown as HbExports;
    hb._initialize?.();
    return new HbSubsetter(hb);
  }

  /**
   * A TrueType font holding face `index` of `font` (a .ttf, or a .ttc collection) cut to the glyphs
   * of `codepoints` (plus what their layout rules reach, HarfBuzz's default). Names 0–6 stay, so
   * the subset reports the same family. Throws when HarfBuzz cannot subset the face.
   */
  subset(font: Uint8Array, index: number, codepoints: Iterable<number>): Uint8Array {
    const hb = this.hb;
    const data = hb.malloc(font.byteLength);
    if (!data) throw new Error('font subsetter: out of memory');
    let face = 0;
    let input = 0;
    let cut = 0;
    try {
      // the view is taken after malloc: growing the memory detaches earlier views
      new Uint8Array(hb.memory.buffer).set(font, data);
      const blob = hb.hb_blob_create(data, font.byteLength, HB_MEMORY_MODE_READONLY, 0, 0);
      face = hb.hb_face_create(blob, index);
      hb.hb_blob_destroy(blob);
      input = hb.hb_subset_input_create_or_fail();
      if (!input) throw new Error('font subsetter: out of memory');
      const unicodes = hb.hb_subset_input_unicode_set(input);
      for (const cp of codepoints) hb.hb_set_add(unicodes, cp);
      cut = hb.hb_subset_or_fail(face, input);
      if (!cut) throw new Error(`font subsetter: face ${index} could not be subset`);
      const result = hb.hb_face_reference_blob(cut);
      try {
        const length = hb.hb_blob_get_length(result);
        const at = hb.hb_blob_get_data(result, 0);
        if (!length) throw new Error(`font subsetter: face ${index} gave an empty font`);
        return new Uint8Array(hb.memory.buffer, at, length).slice();
      } finally {
        hb.hb_blob_destroy(result);
      }
    } finally {
      if (cut) hb.hb_face_destroy(cut);
      if (input) hb.hb_subset_input_destroy(input);
      if (face) hb.hb_face_destroy(face);
      hb.free(data);
    }
  }
}
