// Dev-time reader of fcitx5's Simplified Chinese language model, lm_sc.arpa (a KenLM trigram model in
// ARPA text: 164,887 words, 1,983,152 bigrams, 634,213 trigrams), with the interface of
// tools/sunpinyin-model.ts so that tools/derive-lm-pairs.ts can read either (MODEL=libime).
//
// Why a second model: the homophones missed on unseen sets are pairs whose deciding neighbour the
// sunpinyin open-gram bigrams never saw (出现故障, 先进事迹, 闲置土地 are absent there); this model, trained
// on other and later text (2022), holds those bigrams.
//
// Where it comes from: Debian's source package libime (bookworm: libime_1.0.16.orig.tar.xz holds
// data/lm_sc.arpa-20220810.tar.xz; the binary package ships only KenLM's binary form). Fetch it with
// a deb-src line for bookworm, then: apt-get source --download-only libime; tar xJf
// libime_1.0.16.orig.tar.xz libime-1.0.16/data/lm_sc.arpa-20220810.tar.xz; tar xJf that archive.
// Point LIBIME_ARPA at the extracted lm_sc.arpa. Licence: LGPL-2.1-or-later, (c) 2015-2022 CSSlayer
// (debian/copyright: data/lm*.xz); tables derived from it carry that licence (docs/THIRD-PARTY.md).
//
// ARPA: "\data\", counts, then "\1-grams:" lines "log10(p)\tword\tlog10(backoff)", "\2-grams:"
// lines "log10(p)\tw1 w2\tlog10(backoff)", "\3-grams:" (not read), "\end\". A missing backoff is 0.
import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Lexicon } from './sunpinyin-model';

/** The extracted lm_sc.arpa: no default, the file lives wherever the source package was unpacked. */
export const LIBIME_ARPA = process.env.LIBIME_ARPA ?? '';
/** Ids are the words' places in the unigram section, from 0. */
export const ID_BASE = 0;

function arpaPath(path: string): string {
  if (!path || !existsSync(path)) throw new Error(`lm_sc.arpa not found${path ? ` at ${path}` : ''}: set LIBIME_ARPA to the extracted file (tools/libime-model.ts says where it comes from)`);
  return path;
}

/** The lexicon: the unigram section's words in file order (ids from ID_BASE). */
export function readLexicon(path = LIBIME_ARPA): Lexicon {
  const text = readFileSync(arpaPath(path), 'utf8');
  const start = text.indexOf('\\1-grams:\n');
  const end = text.indexOf('\\2-grams:', start);
  if (start < 0 || end < 0) throw new Error('not an ARPA model: no \\1-grams: or \\2-grams: section');
  const words: string[] = [];
  for (const line of text.slice(start + 10, end).split('\n')) {
    const a = line.indexOf('\t');
    if (a < 0) continue;
    const b = line.indexOf('\t', a + 1);
    words.push(line.slice(a + 1, b < 0 ? undefined : b));
  }
  const idOf = new Map<string, number>();
  words.forEach((w, i) => {
    if (w && !idOf.has(w)) idOf.set(w, i + ID_BASE);
  });
  if (!idOf.has('的') || !idOf.has('会议')) throw new Error('lexicon not as expected (no 的 or 会议 among the unigrams)');
  return { words, idOf, wordOf: (id: number): string => words[id - ID_BASE] ?? '' };
}

/**
 * Streams the model's unigrams and bigrams as plain probabilities (10^log10): onUnigram(id, p, backoff)
 * and onBigram(id1, id2, p), in the file's order (all unigrams first). Trigrams are not read.
 */
export async function readModel(onUnigram: (id: number, p: number, backoff: number) => void, onBigram: (a: number, b: number, p: number) => void, path = LIBIME_ARPA): Promise<void> {
  const { idOf } = readLexicon(path);
  let level = 0;
  const input = createReadStream(arpaPath(path), 'utf8');
  for await (const line of createInterface({ input })) {
    if (line.startsWith('\\')) {
      level = line.startsWith('\\1-grams') ? 1 : line.startsWith('\\2-grams') ? 2 : line.startsWith('\\3-grams') ? 3 : 0;
      if (level === 3) break;
      continue;
    }
    if (level === 0 || !line) continue;
    const p = line.split('\t');
    const prob = 10 ** Number(p[0]);
    const backoff = p[2] === undefined ? 1 : 10 ** Number(p[2]);
    if (level === 1) {
      const id = idOf.get(p[1]!);
      if (id !== undefined) onUnigram(id, prob, backoff);
    } else {
      const sp = p[1]!.indexOf(' ');
      const a = idOf.get(p[1]!.slice(0, sp));
      const b = idOf.get(p[1]!.slice(sp + 1));
      if (a !== undefined && b !== undefined) onBigram(a, b, prob);
    }
  }
  input.destroy();
}

/** The multiplier of a bigram's key in LogModel.bi: first id × BIGRAM_KEY + second id (ids < 2^18). */
export const BIGRAM_KEY = 262144;

/**
 * The model's unigrams and bigrams as log10 values in arrays, for tools that score many pairs:
 * ids by unigram line (a word listed twice keeps its last line), uni and bow by id (a missing
 * back-off is 0), bi keyed first id × BIGRAM_KEY + second id. Trigrams are not read.
 */
export interface LogModel {
  idOf: Map<string, number>;
  wordOf: string[];
  uni: number[];
  bow: number[];
  bi: Map<number, number>;
}
export async function readLogModel(path = LIBIME_ARPA): Promise<LogModel> {
  const model: LogModel = { idOf: new Map(), wordOf: [], uni: [], bow: [], bi: new Map() };
  let level = 0;
  for await (const line of createInterface({ input: createReadStream(arpaPath(path), 'utf8') })) {
    if (line.startsWith('\\')) {
      level = line.startsWith('\\1-') ? 1 : line.startsWith('\\2-') ? 2 : 0;
      continue;
    }
    if (!level || !line) continue;
    const p = line.split('\t');
    const ws = p[1]!.split(' ');
    if (level === 1) {
      model.idOf.set(ws[0]!, model.uni.length);
      model.wordOf.push(ws[0]!);
      model.uni.push(Number(p[0]));
      model.bow.push(p[2] === undefined ? 0 : Number(p[2]));
    } else {
      const a = model.idOf.get(ws[0]!);
      const b = model.idOf.get(ws[1]!);
      if (a !== undefined && b !== undefined) model.bi.set(a * BIGRAM_KEY + b, Number(p[0]));
    }
  }
  return model;
}

/**
 * The whole model for tools that score sentences: unigrams, bigrams with their back-offs, trigrams
 * (ids by unigram line, bigram keys first id × BIGRAM_KEY + second, trigram keys "a b c"), and the
 * back-off arithmetic over them. `id` maps a word the model lacks to <unk>; `liftOf` is a bigram's
 * log10 lift over its back-off (null where the model has no such bigram or either word is unknown);
 * `sentLp` is log10 P(sentence) over ids (the model has no <s> or </s>: the first word by its unigram).
 */
export interface TrigramModel {
  idOf: Map<string, number>;
  uni: number[];
  bow: number[];
  bi: Map<number, number>;
  bow2: Map<number, number>;
  tri: Map<string, number>;
  UNK: number;
  id: (w: string | undefined) => number;
  lp2: (a: number, b: number) => number;
  lp3: (a: number, b: number, c: number) => number;
  liftOf: (a: number, b: number) => number | null;
  sentLp: (s: number[]) => number;
}
export async function readTrigramModel(path = LIBIME_ARPA): Promise<TrigramModel> {
  const K = BIGRAM_KEY;
  const idOf = new Map<string, number>();
  const uni: number[] = [];
  const bow: number[] = [];
  const bi = new Map<number, number>();
  const bow2 = new Map<number, number>();
  const tri = new Map<string, number>();
  let level = 0;
  for await (const line of createInterface({ input: createReadStream(arpaPath(path), 'utf8') })) {
    if (line.startsWith('\\')) {
      level = line.startsWith('\\1-') ? 1 : line.startsWith('\\2-') ? 2 : line.startsWith('\\3-') ? 3 : 0;
      continue;
    }
    if (!level || !line) continue;
    const p = line.split('\t');
    const ws = p[1]!.split(' ');
    if (level === 1) {
      idOf.set(ws[0]!, uni.length);
      uni.push(Number(p[0]));
      bow.push(p[2] === undefined ? 0 : Number(p[2]));
    } else if (level === 2) {
      const a = idOf.get(ws[0]!);
      const b = idOf.get(ws[1]!);
      if (a === undefined || b === undefined) continue;
      bi.set(a * K + b, Number(p[0]));
      if (p[2] !== undefined) bow2.set(a * K + b, Number(p[2]));
    } else {
      const a = idOf.get(ws[0]!);
      const b = idOf.get(ws[1]!);
      const c = idOf.get(ws[2]!);
      if (a !== undefined && b !== undefined && c !== undefined) tri.set(`${a} ${b} ${c}`, Number(p[0]));
    }
  }
  const UNK = idOf.get('<unk>')!;
  const id = (w: string | undefined): number => (w === undefined ? -1 : (idOf.get(w) ?? UNK));
  const lp2 = (a: number, b: number): number => {
    const x = bi.get(a * K + b);
    return x !== undefined ? x : bow[a]! + uni[b]!;
  };
  const lp3 = (a: number, b: number, c: number): number => {
    const x = tri.get(`${a} ${b} ${c}`);
    return x !== undefined ? x : (bow2.get(a * K + b) ?? 0) + lp2(b, c);
  };
  const liftOf = (a: number, b: number): number | null => {
    if (a < 0 || b < 0 || a === UNK || b === UNK) return null;
    const x = bi.get(a * K + b);
    return x === undefined ? null : x - bow[a]! - uni[b]!;
  };
  const sentLp = (s: number[]): number => {
    let sum = uni[s[0]!]! + (s.length > 1 ? lp2(s[0]!, s[1]!) : 0);
    for (let i = 2; i < s.length; i++) sum += lp3(s[i - 2]!, s[i - 1]!, s[i]!);
    return sum;
  };
  return { idOf, uni, bow, bi, bow2, tri, UNK, id, lp2, lp3, liftOf, sentLp };
}
