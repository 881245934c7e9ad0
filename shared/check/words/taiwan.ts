import { converter } from '../../script/converter';
import type { Analysed, Token } from './analyse';
import type { WordDictionary } from './dictionary';
import type { WordFinding } from './finding';
import { maskedIndex, type MaskedIndex } from './masked-index';
import { hantLookAlikesOf, lookAlike } from './shape';
import { TAIWAN_WORDS_PACKED } from './taiwan-words';

/**
 * Taiwan's own words (taiwan-words.ts, from libchewing's phrase list: 建蔽率, 查緝, 號誌, 共體時艱),
 * for Traditional text only. jieba, the checker's dictionary, is mainland usage: it lacks these words
 * or counts them too rare for a slip to be read as one of them. The list is one packed string,
 * split into a Set the first time a Traditional check asks (a Simplified check never pays for it).
 */
let words: ReadonlySet<string> | null = null;

export function taiwanWords(): ReadonlySet<string> {
  words ??= new Set(TAIWAN_WORDS_PACKED.split('|'));
  return words;
}

/** Whether the Traditional `word` is in the Taiwan list (a witness: written so, it is a word). */
export function isTaiwanWord(word: string): boolean {
  return taiwanWords().has(word);
}

/** The list by each word with one character masked (建?率 → 建蔽率), built on the first target look-up. */
let masked: MaskedIndex | null = null;

/** The words one character from `written` at position k, '|'-joined ('' for none). */
function maskedTargets(written: string, k: number): string {
  masked ??= maskedIndex(taiwanWords(), MIN_LEN, MAX_LEN);
  return masked.targets(written, k);
}

const MIN_LEN = 2;
const MAX_LEN = 4;
/** Characters a slip never is (as slip.ts): grammar whose every neighbour makes a phrase. */
const SKIP_CHARS = '的了是在和与及或而之其也又都就还把被将从对向于以为由';
/** Particles, prepositions, conjunctions: grammar, not a word's broken half (a pronoun or measure tag may be: 敝, 輯). */
const FUNCTION_TAG = /^(u|p|c|y|e|o|x)/;
const NAME_TAG = /^(nr|ns|nt|nz|ng|j)/;
/**
 * jieba's count above which a lone character is read as itself, not as a slip: the slips of TRAIN
 * (敝 830, 辑 640, 俱 2295, 坚 1151) are rare alone; 时, 个, 先, 安 (8,837 and up) made every false
 * finding of bench/check-realtext.ts in round 19's first try.
 */
const LONE_COMMON = 5000;
const HAN = /\p{Script=Han}/u;
const toSimplified = converter('t', 'cn');

/**
 * A findings filter for Traditional text: a finding whose written span is a Taiwan word, or lies
 * inside one the text holds there, is no slip (期程, 里民 read against jieba's mainland list).
 */
export function witnessed(a: Analysed, f: WordFinding): boolean {
  if (a.script !== 'hant') return false;
  const src = a.source;
  for (let s = Math.max(0, f.offset + f.length - MAX_LEN); s <= f.offset; s++) {
    for (let e = Math.max(s + MIN_LEN, f.offset + f.length); e <= Math.min(src.length, s + MAX_LEN); e++) {
      if (isTaiwanWord(src.slice(s, e))) return true;
    }
  }
  return changedInWord(a, f);
}

/**
 * Whether the one character a finding would change is part of a Taiwan word the text holds across
 * the finding's edge (徵選志工: 選志 → 選址 would change 志 of 志工, Taiwan's "volunteer"): the
 * character belongs to that word, so it broke nothing.
 */
const GRAMMAR = /^(p|c|u|r|m|q|d|f|x|y)/;

function changedInWord(a: Analysed, f: WordFinding): boolean {
  const src = a.source;
  const fix = f.replacement ?? '';
  if (fix.length !== f.length) return false;
  let at = -1;
  for (let k = 0; k < f.length; k++) {
    if (fix[k] === src[f.offset + k]) continue;
    if (at !== -1) return false;
    at = f.offset + k;
  }
  if (at === -1) return false;
  for (let s = Math.max(0, at - MAX_LEN + 1); s <= at; s++) {
    for (let e = Math.max(s + MIN_LEN, at + 1); e <= Math.min(src.length, s + MAX_LEN); e++) {
      // Only words reaching past the finding (one inside it was read above), and cutting no word
      // of the segmenter's in two: 戶藉資料 holds Taiwan's 藉資 only by taking 資 from 資料.
      if (!(s < f.offset || e > f.offset + f.length) || a.tokens.some((t) => (t.start < s && s < t.end) || (t.start < e && e < t.end))) continue;
      // Nor by taking a function word beside the finding (對 + 正策: 對正 is a word, 對 a preposition here).
      if (a.tokens.some((t) => t.start < e && s < t.end && (t.end <= f.offset || t.start >= f.offset + f.length) && GRAMMAR.test(t.tag))) continue;
      if (isTaiwanWord(src.slice(s, e))) return true;
    }
  }
  return false;
}

/**
 * WRD-02 for Traditional text: a written stretch of 2-4 characters that is no word (neither in the
 * Taiwan list nor in jieba) and differs by one lone character from a Taiwan word, the two characters
 * of the same reading (撿附 → 檢附, 共體時堅 → 共體時艱). Every character of the stretch must be a token
 * alone (a slip breaks its own word into pieces; a stretch holding a word is that word and more). A two-character stretch is
 * weak evidence, so there the characters must also look alike; the finding is a warning.
 */
export function taiwanSlipRule(a: Analysed, original: string, dict: WordDictionary): WordFinding[] {
  if (a.script !== 'hant') return [];
  const out: WordFinding[] = [];
  const byOffset: Token[] = [];
  for (const t of a.tokens) for (let i = t.start; i < t.end; i++) byOffset[i] = t;
  let covered = 0;
  for (const tok of a.tokens) {
    if (tok.end - tok.start !== 1) continue;
    const i = tok.start;
    const ch = a.text[i]!;
    if (!HAN.test(ch) || SKIP_CHARS.includes(ch)) continue;
    const tag = dict.tagOf(ch) ?? '';
    // A character common alone (时, 个, 先, 安) or a name's or place's (雅, 洲, 瑶) is there on purpose.
    if (FUNCTION_TAG.test(tag) || NAME_TAG.test(tag) || dict.freq(ch) >= LONE_COMMON) continue;
    const hit = bestTarget(a, dict, byOffset, i);
    if (!hit || hit.start < covered) continue;
    const found = original.slice(hit.start, hit.start + hit.word.length);
    out.push({ rule: 'WRD-02', severity: 'warning', offset: hit.start, length: hit.word.length, word: found, replacement: hit.word, params: { found, expected: hit.word } });
    covered = hit.start + hit.word.length;
  }
  return out;
}

function bestTarget(a: Analysed, dict: WordDictionary, byOffset: Token[], i: number): { start: number; word: string } | null {
  const src = a.source;
  // Longest stretch first: a four-character word is surer than a two-character one inside it.
  for (let len = MAX_LEN; len >= MIN_LEN; len--) {
    for (let s = Math.max(0, i - len + 1); s <= i && s + len <= src.length; s++) {
      const e = s + len;
      const written = src.slice(s, e);
      if (!/^\p{Script=Han}+$/u.test(written) || isTaiwanWord(written) || dict.get(a.text.slice(s, e))) continue;
      // Broken to pieces: every token of the stretch one character (十八 + 屆, 個 + 鄉鎮 read as words).
      if (!Array.from({ length: len }, (_, d) => byOffset[s + d]!).every((t) => t.end - t.start === 1)) continue;
      const k = i - s;
      const targets = maskedTargets(written, k);
      if (!targets) continue;
      for (const t of targets.split('|')) {
        const right = toSimplified(t[k]!);
        const sound = dict.pinyin(right).some((p) => dict.pinyin(a.text[i]!).includes(p));
        // Looks alike as written: 輯 and 緝 as 辑 and 缉 (both simplified alike); 生 and 胜 share a
        // part, but 生 and 勝 (one simplified, one not) do not.
        const shape = hantLookAlikesOf(src[i]!).includes(right) || ((src[i] === a.text[i]) === (t[k] === right) && lookAlike(a.text[i]!, right));
        if (sound && (shape || len >= 3)) return { start: s, word: t };
      }
    }
  }
  return null;
}
