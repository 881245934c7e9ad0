import { pinyin } from 'pinyin-pro';
import type { Entry } from './types';
import { CEDICT_IDIOMS_PACKED } from './cedict-idioms';
import { IN_WORD_READINGS } from './inword-readings';

/** A common word one character away from a stretch of text. */
export interface Near {
  word: string;
  at: number;
  sameSound: boolean;
  freq: number;
}

/** Words this frequent or more are "common": the targets a near-miss is corrected to. */
export const COMMON_FREQ = 30;
/**
 * Four-character idioms (tag i) are targets from this frequency: jieba counts idioms low (敷衍塞责
 * 9, 严阵以待 43), and an idiom is a fixed form, so a stretch one slip away from it is telling.
 */
export const IDIOM_FREQ = 3;

/**
 * Idioms jieba files under another tag (精益求精 n, 一模一样 l, 东张西望 nr) that CC-CEDICT marks as
 * idioms (cedict-idioms.ts): targets of the idiom rules as jieba's i entries are. Split on first use.
 */
let cedictIdioms: ReadonlySet<string> | null = null;
function cedictIdiom(word: string): boolean {
  cedictIdioms ??= new Set(CEDICT_IDIOMS_PACKED.split(' '));
  return cedictIdioms.has(word);
}
const idiomTag = (word: string, e: Entry): boolean => word.length === 4 && (e.tag === 'i' || cedictIdiom(word));
const isIdiomEntry = (word: string, e: Entry): boolean => idiomTag(word, e) && e.freq >= IDIOM_FREQ;
/**
 * jieba files many set phrases of 公文 as 习用语 (tag l) and counts them low: 各负其责 18, 多管齐下 17.
 * A four-character stretch that reads exactly as one (各付其责) is that phrase typed by sound, so
 * soundAlike takes them as targets from this frequency; under it jieba's l entries include misspelt
 * and loose phrases (3-9: ten thousand of them), which stay out.
 */
const PHRASE_FREQ = 10;
const isPhraseEntry = (e: Entry): boolean => e.tag === 'l' && e.freq >= PHRASE_FREQ;

/** Southern-accent merges a slip follows (zh/z, ch/c, sh/s, -ng/-n): 严正以待 for 严阵以待. */
function fuzzy(p: string): string {
  return p.replace(/^([zcs])h/, '$1').replace(/ng$/, 'n');
}

/**
 * The segmenter's word list with frequencies (jieba's dict.txt: `word freq tag` per line, 349k
 * words), plus an index for "which common word is this sequence one character away from".
 * The index keys a word with one position masked: `masked|pinyin` for a same-sound swap (焕散 →
 * 涣散: both huan) and `masked|*` for 4-character idioms, where a swap of a similar-looking
 * character (不拆不扣 → 不折不扣) is the usual slip. Built on first use (~0.3 s).
 */
export class WordDictionary {
  /**
   * word -> freq * 128 + tag index (jieba has 55 tags): one number per word instead of an object keeps the 349k-word
   * map small. Only words of 1-4 characters are kept: the rules never look up longer ones.
   */
  private readonly words = new Map<string, number>();
  private readonly tags: string[] = [];
  /**
   * The tag index + 1 of each one-character word by its UTF-16 code (0: no such word): the rules
   * ask a lone character's tag (is it a function character?) at nearly every position, and a
   * lookup by number in 64 KB beats hashing a new one-character string into the 349k-word map.
   */
  private readonly charTags = new Uint8Array(65536);
  private readonly tagIndex = new Map<string, number>();
  private index: Map<string, string[]> | null = null;
  /**
   * Bit i set for each UTF-16 code that some '*'-keyed idiom (buildIndex) has at position i: a
   * pre-test for hasIdiomNeighbour that needs no string. 64 KB, filled with the index.
   */
  private readonly idiomChars = new Uint8Array(65536);
  private readonly idiomList: string[] = [];
  /** 4-character words by their toneless reading (soundAlike), built on first use. */
  private soundIndex: Map<string, string[]> | null = null;
  private readonly readings = new Map<string, readonly string[]>();
  /** near() answers by stretch: the same stretches come back in every check of a document. */
  private readonly nearCache = new Map<string, Near[]>();
  /** Sum of all frequencies: a word's unigram probability is freq / total. */
  private totalFreq = 0;

  constructor(dictText: string) {
    let from = 0;
    while (from < dictText.length) {
      let end = dictText.indexOf('\n', from);
      if (end === -1) end = dictText.length;
      const a = dictText.indexOf(' ', from);
      if (a > from && a < end && a - from <= 4) {
        const b = dictText.indexOf(' ', a + 1);
        const hasTag = b !== -1 && b < end;
        const freq = Number(dictText.slice(a + 1, hasTag ? b : end));
        if (Number.isFinite(freq)) {
          this.set(dictText.slice(from, a), freq, hasTag ? dictText.slice(b + 1, end).trim() : '');
          this.totalFreq += freq;
        }
      }
      from = end + 1;
    }
  }

  private set(word: string, freq: number, tag: string): void {
    let t = this.tagIndex.get(tag);
    if (t === undefined) {
      t = this.tags.length;
      this.tags.push(tag);
      this.tagIndex.set(tag, t);
    }
    this.words.set(word, Math.min(freq, 2 ** 40) * 128 + t);
    if (word.length === 1) this.charTags[word.charCodeAt(0)] = t + 1;
  }

  get(word: string): Entry | undefined {
    const v = this.words.get(word);
    return v === undefined ? undefined : { freq: Math.floor(v / 128), tag: this.tags[v % 128]! };
  }

  /**
   * Whether the word is a four-character idiom: tagged i by jieba, or marked an idiom by CC-CEDICT
   * under another of jieba's tags (精益求精 n). The idiom rules ask this, not the tag.
   */
  isIdiom(word: string): boolean {
    const e = this.get(word);
    return e !== undefined && idiomTag(word, e);
  }

  /** The word's tag, without building an Entry (the rules ask this per lone character). */
  tagOf(word: string): string | undefined {
    if (word.length === 1) {
      const t = this.charTags[word.charCodeAt(0)]!;
      return t === 0 ? undefined : this.tags[t - 1];
    }
    const v = this.words.get(word);
    return v === undefined ? undefined : this.tags[v % 128];
  }

  freq(word: string): number {
    const v = this.words.get(word);
    return v === undefined ? 0 : Math.floor(v / 128);
  }

  /** Every Han word of `length` characters with its entry, in dictionary order (one pass; callers cache). */
  *wordsOfLength(length: number): Generator<[string, Entry]> {
    for (const [word, v] of this.words) if (word.length === length) yield [word, { freq: Math.floor(v / 128), tag: this.tags[v % 128]! }];
  }

  /** Adds a word (before the first near() call, which builds the index), or raises its frequency. */
  add(word: string, freq: number, tag: string): void {
    const had = this.get(word);
    if (!had || had.freq < freq) this.set(word, freq, had?.tag ?? tag);
  }

  /**
   * How much likelier, in natural log, jieba's unigram model finds `word` as one word than the
   * characters `parts` as separate words: ln P(word) - Σ ln P(part). A slip that breaks a common
   * word into lone characters (竟争: 竟 + 争 for 竞争) scores high; two everyday characters that
   * form a phrase of their own (不越, 都有) score low, because each alone is already likely.
   */
  mergeGain(word: string, parts: readonly string[]): number {
    let sum = 0;
    for (const p of parts) sum += this.logP(p);
    return this.logP(word) - sum;
  }

  /** ln P(word) in jieba's unigram model (a method, not a closure made per mergeGain call). */
  private logP(w: string): number {
    return Math.log(Math.max(1, this.freq(w)) / this.totalFreq);
  }

  /** Same sound allowing the southern merges (zh/z, ch/c, sh/s, -ng/-n). */
  fuzzySound(a: string, b: string): boolean {
    const pb = this.pinyin(b).map(fuzzy);
    return this.pinyin(a).some((p) => pb.includes(fuzzy(p)));
  }

  /**
   * The four-character idioms (tag i) the near-miss index holds, collected while it is built (no
   * second pass over the 349k words): idiom.ts indexes their character pairs.
   */
  idioms(): readonly string[] {
    this.buildIndex();
    return this.idiomList;
  }

  get size(): number {
    return this.words.size;
  }

  /**
   * The toneless common reading of one character, cached. Only the common reading: with every
   * reading of a 多音字, 都 (du) would sound like 独 and 齐 (ji) like 给, and real words get "fixed".
   */
  pinyin(ch: string): readonly string[] {
    let r = this.readings.get(ch);
    if (!r) {
      const p = pinyin(ch, { toneType: 'none', type: 'array' })[0] ?? '';
      r = /^[a-zü]+$/.test(p) ? [p] : [];
      this.readings.set(ch, r);
    }
    return r;
  }

  private readonly allReadings = new Map<string, readonly string[]>();

  /** Every toneless reading of one character, cached (a 多音字 has several: 露 lu, lou). */
  private readingsOf(ch: string): readonly string[] {
    let r = this.allReadings.get(ch);
    if (!r) {
      r = [...new Set(pinyin(ch, { toneType: 'none', type: 'array', multiple: true }))];
      this.allReadings.set(ch, r);
    }
    return r;
  }

  /** Whether a character has more than one toneless reading. */
  private polyphonic(ch: string): boolean {
    return this.readingsOf(ch).length > 1;
  }

  /**
   * Whether one of the written character's other readings is the target's common reading (露 lòu of
   * 露面 beside 漏 lòu): an input method offers a 多音字 under each of its readings, so the writer
   * who typed lou may pick 露. Kept apart from sameSound, which reads common readings only (with
   * every reading 都 would sound like 独 everywhere).
   */
  otherReadingSounds(written: string, target: string): boolean {
    if (!this.polyphonic(written)) return false;
    const common = this.pinyin(target);
    return this.readingsOf(written).some((p) => common.includes(p));
  }

  /** Same sound: two characters share their common toneless reading. */
  sameSound(a: string, b: string): boolean {
    const pb = this.pinyin(b);
    return this.pinyin(a).some((p) => pb.includes(p));
  }

  /**
   * Common words (freq >= minFreq) equal to `seq` except at exactly one position, where the
   * character sounds the same (any length 2–4) or, for 4-character idioms, looks like a slip of
   * any character. Most frequent first.
   */
  near(seq: string, minFreq = COMMON_FREQ): Near[] {
    // The default floor (every caller's) keys by the stretch itself: no string built per call.
    const key = minFreq === COMMON_FREQ ? seq : `${seq}|${minFreq}`;
    let hit = this.nearCache.get(key);
    if (!hit) {
      hit = this.findNear(seq, minFreq);
      if (this.nearCache.size > 50_000) this.nearCache.clear();
      this.nearCache.set(key, hit);
    }
    return hit;
  }

  /**
   * Whether some 4-character idiom or phrase entry (tag i or l) equals `seq` but at one position: a
   * necessary condition for near() to return an idiom for `seq`, far cheaper than near() itself
   * (four lookups, no candidate list). Every tag-i entry near() can return is indexed by shape.
   */
  hasIdiomNeighbour(seq: string): boolean {
    if (seq.length !== 4) return false;
    const index = this.buildIndex();
    // A '*' key masked at i needs the other three characters where some idiom has them: a
    // character no indexed idiom has at its position rules out every mask but its own, two rule
    // out all (most stretches: four lookups of built strings saved by four array reads).
    let only = -1;
    for (let j = 0; j < 4; j++) {
      if (this.idiomChars[seq.charCodeAt(j)]! & (1 << j)) continue;
      if (only !== -1) return false;
      only = j;
    }
    for (let i = 0; i < 4; i++) if ((only === -1 || only === i) && index.has(`${seq.slice(0, i)}?${seq.slice(i + 1)}|*`)) return true;
    return false;
  }

  private findNear(seq: string, minFreq: number): Near[] {
    const index = this.buildIndex();
    const out: Near[] = [];
    const seen = new Set<string>();
    for (let i = 0; i < seq.length; i++) {
      const masked = seq.slice(0, i) + '?' + seq.slice(i + 1);
      const keys = this.pinyin(seq[i]!).map((p) => `${masked}|${p}`);
      // Only 4-character idioms are indexed by shape (buildIndex): no other length has a '*' key.
      if (seq.length === 4) keys.push(`${masked}|*`);
      for (const key of keys) {
        for (const word of index.get(key) ?? []) {
          if (word === seq || seen.has(word)) continue;
          const freq = this.freq(word);
          if (freq < minFreq && !isIdiomEntry(word, this.get(word)!)) continue;
          seen.add(word);
          out.push({ word, at: i, sameSound: this.sameSound(seq[i]!, word[i]!) || this.soundsInWord(seq[i]!, word, i), freq });
        }
      }
    }
    return out.sort((a, b) => b.freq - a.freq);
  }

  /**
   * Four-character words that read exactly as `seq` does, character by character (toneless common
   * readings), and differ from it: 竞竞业业 → 兢兢业业, 集思广议 → 集思广益. A slip typed by sound
   * can hit two characters of a fixed form, which near() (one position) cannot see. Targets: idioms
   * (tag i) from IDIOM_FREQ, set phrases (tag l) from PHRASE_FREQ, other words from COMMON_FREQ.
   * Most frequent first.
   */
  soundAlike(seq: string): { word: string; freq: number; diff: number[] }[] {
    if (seq.length !== 4) return [];
    const key = this.readingKey(seq);
    if (!key) return [];
    const out: { word: string; freq: number; diff: number[] }[] = [];
    for (const word of this.buildSoundIndex().get(key) ?? []) {
      if (word === seq) continue;
      const diff = [0, 1, 2, 3].filter((i) => word[i] !== seq[i]);
      out.push({ word, freq: this.freq(word), diff });
    }
    return out.sort((a, b) => b.freq - a.freq);
  }

  private readingKey(seq: string): string | null {
    const parts: string[] = [];
    for (const ch of seq) {
      const r = this.pinyin(ch)[0];
      if (!r) return null;
      parts.push(r);
    }
    return parts.join(' ');
  }

  private buildSoundIndex(): Map<string, string[]> {
    if (this.soundIndex) return this.soundIndex;
    const index = new Map<string, string[]>();
    for (const word of this.words.keys()) {
      if (word.length !== 4) continue;
      const e = this.get(word)!;
      if (!(isIdiomEntry(word, e) || isPhraseEntry(e) || e.freq >= COMMON_FREQ) || !/^[\p{Script=Han}]+$/u.test(word)) continue;
      const key = this.readingKey(word);
      if (!key) continue;
      const add = (k: string): void => {
        const list = index.get(k);
        if (list) list.push(word);
        else index.set(k, [word]);
      };
      add(key);
      // A character with several readings takes the one its word gives it (缪 reads mou in 未雨绸缪,
      // miu alone), so the word is found by the reading a writer typed too (未雨筹谋).
      // Idioms only: their readings are fixed and classical; pinyin-pro per word costs ~10 µs.
      if (idiomTag(word, e) && [...word].some((ch) => this.polyphonic(ch))) {
        const spoken = pinyin(word, { toneType: 'none', type: 'array' }).join(' ');
        if (spoken !== key && /^[a-zü ]+$/.test(spoken)) add(spoken);
      }
    }
    this.soundIndex = index;
    return index;
  }

  private buildIndex(): Map<string, string[]> {
    if (this.index) return this.index;
    const index = new Map<string, string[]>();
    const add = (key: string, word: string): void => {
      const list = index.get(key);
      if (list) list.push(word);
      else index.set(key, [word]);
    };
    for (const word of this.words.keys()) {
      const e = this.get(word)!;
      if ((e.freq < COMMON_FREQ && !isIdiomEntry(word, e)) || word.length < 2 || word.length > 4 || !/^[\p{Script=Han}]+$/u.test(word)) continue;
      const idiom = word.length === 4 && (idiomTag(word, e) || e.tag === 'l');
      if (idiom && idiomTag(word, e)) this.idiomList.push(word);
      for (let i = 0; i < word.length; i++) {
        const masked = word.slice(0, i) + '?' + word.slice(i + 1);
        for (const p of this.pinyin(word[i]!)) add(`${masked}|${p}`, word);
        if (idiom) {
          add(`${masked}|*`, word);
          this.idiomChars[word.charCodeAt(i)]! |= 1 << i;
        }
      }
    }
    // A polyphone is also keyed by the reading it has IN the word (曝光: 曝 is bào there, pù alone),
    // so a slip typed by that sound (暴光) finds its word. Only the ~1,300 words of the generated
    // table: pinyin-pro per indexed word would cost ~190 ms at load.
    for (const [key, reading] of this.inWordReadings()) {
      const word = key.slice(0, -1);
      const i = Number(key.slice(-1));
      if (!index.get(`${word.slice(0, i)}?${word.slice(i + 1)}|${this.pinyin(word[i]!)[0]}`)?.includes(word)) continue;
      add(`${word.slice(0, i)}?${word.slice(i + 1)}|${reading}`, word);
    }
    this.index = index;
    return index;
  }

  private inWord: Map<string, string> | null = null;

  /** The generated in-word readings by word and position ('曝光0' → 'bao'), parsed once. */
  private inWordReadings(): Map<string, string> {
    if (this.inWord) return this.inWord;
    const m = new Map<string, string>();
    for (const e of IN_WORD_READINGS.split(' ')) {
      const at = e.search(/\d/);
      if (at > 0) m.set(e.slice(0, at + 1), e.slice(at + 1));
    }
    this.inWord = m;
    return m;
  }

  /** Whether `ch` reads as `word[i]` does inside `word` (暴 and 曝 in 曝光: both bao). */
  private soundsInWord(ch: string, word: string, i: number): boolean {
    const r = this.inWordReadings().get(word + i);
    return r !== undefined && this.pinyin(ch).includes(r);
  }
}
