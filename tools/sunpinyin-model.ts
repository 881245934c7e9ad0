// Dev-time reader of sunpinyin's open-gram model (Debian packages sunpinyin-data and sunpinyin-utils),
// shared by tools/derive-lm-pairs.ts and tools/derive-de-di-lm.ts. Formats found by inspection
// (sunpinyin 2.0):
// - pydict_sc.bin: a header of three little-endian u32 (word count, node count, trie size), the
//   pinyin trie, then the lexicon: every word's string as UCS-4 LE, NUL-terminated, in id order
//   from id 3 (ids 70–79 are the ten punctuation marks ，。；？！：“”、…, whose unigram mass matches).
// - tslminfo -v -p lm_sc.t3g: the back-off model in ARPA form with plain (not log) probabilities,
//   "id pr backoff (level,idx)" for unigrams and "id1 id2 pr backoff (level,idx)" for bigrams.
// Licence of the model and lexicon: CC BY-SA 3.0 (/usr/share/doc/sunpinyin-data/copyright).
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

export const SUNPINYIN_DATA = process.env.SUNPINYIN_DATA ?? '/usr/lib/x86_64-linux-gnu/sunpinyin/data';
export const ID_BASE = 3;

export interface Lexicon {
  /** Word strings in id order from ID_BASE. */
  words: string[];
  idOf: Map<string, number>;
  wordOf(id: number): string;
}

/** The lexicon: strings in id order at the end of the trie file. */
export function readLexicon(dir = SUNPINYIN_DATA): Lexicon {
  const bin = readFileSync(join(dir, 'pydict_sc.bin'));
  const words = decodeUcs4(bin.subarray(12 + bin.readUInt32LE(8)));
  const idOf = new Map<string, number>();
  words.forEach((w, i) => {
    if (w && !idOf.has(w)) idOf.set(w, i + ID_BASE);
  });
  const wordOf = (id: number): string => words[id - ID_BASE] ?? '';
  if (wordOf(70) !== '，' || wordOf(79) !== '…') throw new Error('lexicon layout not as expected (ids 70–79 punctuation)');
  return { words, idOf, wordOf };
}

function decodeUcs4(b: Buffer): string[] {
  const out: string[] = [];
  let cur: number[] = [];
  for (let i = 0; i + 4 <= b.length; i += 4) {
    const c = b.readUInt32LE(i);
    if (c === 0) {
      out.push(String.fromCodePoint(...cur));
      cur = [];
    } else cur.push(c);
  }
  return out;
}

/**
 * Streams the model's unigrams and bigrams (trigrams are not read): onUnigram(id, p, backoff) and
 * onBigram(id1, id2, p) for each line, in the file's order (all unigrams first).
 */
export async function readModel(onUnigram: (id: number, p: number, backoff: number) => void, onBigram: (a: number, b: number, p: number) => void, dir = SUNPINYIN_DATA): Promise<void> {
  const tsl = spawn('tslminfo', ['-v', '-p', join(dir, 'lm_sc.t3g')], { stdio: ['ignore', 'pipe', 'inherit'] });
  let level = 0;
  for await (const line of createInterface({ input: tsl.stdout })) {
    if (line.startsWith('\\')) {
      level = Number(line[1]);
      if (level === 3) break;
      continue;
    }
    const p = line.trim().split(/\s+/);
    if (level === 1) onUnigram(Number(p[0]), Number(p[1]), Number(p[2]));
    else if (level === 2) onBigram(Number(p[0]), Number(p[1]), Number(p[2]));
  }
  tsl.kill();
}
