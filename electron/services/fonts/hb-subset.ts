import { existsSync } from 'node:fs';
import { open, readFile } from 'node:fs/promises';
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
 * One HarfBuzz subsetter instance. It keeps each font file it was asked for in its own memory
 * (read straight into it, once), so the next document's subset skips the 20 MB read; a
 * WebAssembly memory never shrinks, so the caller drops the whole instance when it has been idle
 * (electron/services/fonts/print-fonts.ts) rather than keeping ~60 MB alive between exports.
 * Calls are serialized: a read into the memory must not see it grow underneath.
 */
export class HbSubsetter {
  private readonly files = new Map<string, { data: number; blob: number; faces: Map<number, number> }>();
  private queue: Promise<unknown> = Promise.resolve();

  private constructor(private readonly hb: HbExports) {}

  static async create(): Promise<HbSubsetter> {
    const instance = await WebAssembly.instantiate(await subsetModule(), {});
    const hb = instance.exports as unknown as HbExports;
    hb._initialize?.();
    return new HbSubsetter(hb);
  }

  /**
   * Face `index` of the font file (a .ttf, or a .ttc collection) cut to the glyphs of
   * `codepoints` (plus what their layout rules reach, HarfBuzz's default), as a TrueType font.
   * Names 0–6 stay, so the subset reports the same family. `key` names the file's version (size,
   * time): a changed file is read again. Throws when HarfBuzz cannot subset the face.
   */
  subsetFile(file: string, key: string, index: number, codepoints: readonly number[]): Promise<Uint8Array> {
    const job = this.queue.then(async () => this.cut(await this.face(`${file}\0${key}`, file, index), index, codepoints));
    this.queue = job.catch(() => undefined);
    return job;
  }

  /** The same for a font already in memory (tests). */
  async subset(font: Uint8Array, index: number, codepoints: readonly number[]): Promise<Uint8Array> {
    const job = this.queue.then(() => {
      const hb = this.hb;
      const data = this.alloc(font.byteLength);
      new Uint8Array(hb.memory.buffer).set(font, data);
      const blob = hb.hb_blob_create(data, font.byteLength, HB_MEMORY_MODE_READONLY, 0, 0);
      const face = hb.hb_face_create(blob, index);
      try {
        return this.cut(face, index, codepoints);
      } finally {
        hb.hb_face_destroy(face);
        hb.hb_blob_destroy(blob);
        hb.free(data);
      }
    });
    this.queue = job.catch(() => undefined);
    return job;
  }

  private alloc(size: number): number {
    const at = this.hb.malloc(size);
    if (!at) throw new Error('font subsetter: out of memory');
    return at;
  }

  private async face(id: string, file: string, index: number): Promise<number> {
    const hb = this.hb;
    let font = this.files.get(id);
    if (!font) {
      const fh = await open(file, 'r');
      try {
        const { size } = await fh.stat();
        const data = this.alloc(size);
        // the view is taken after malloc (growing the memory detaches earlier views); nothing
        // else runs on this instance until the read is done (the queue)
        const view = new Uint8Array(hb.memory.buffer, data, size);
        for (let done = 0; done < size;) {
          const { bytesRead } = await fh.read(view, done, size - done, done);
          if (!bytesRead) {
            hb.free(data);
            throw new Error(`font subsetter: ${file} is shorter than it says`);
          }
          done += bytesRead;
        }
        font = { data, blob: hb.hb_blob_create(data, size, HB_MEMORY_MODE_READONLY, 0, 0), faces: new Map() };
        this.files.set(id, font);
      } finally {
        await fh.close();
      }
    }
    let face = font.faces.get(index);
    if (face === undefined) font.faces.set(index, (face = hb.hb_face_create(font.blob, index)));
    return face;
  }

  private cut(face: number, index: number, codepoints: readonly number[]): Uint8Array {
    const hb = this.hb;
    let input = 0;
    let cut = 0;
    try {
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
    }
  }
}
