import type { Analysed, Token } from './analyse';
import { COMMON_FREQ, type WordDictionary } from './dictionary';
import { finding, type WordFinding } from './finding';
import { bestCut } from './lexicon-path';
import { SHAPE_FAMILIES } from './shape-families';
import { kinPartnersOf, seriesPartnersOf } from './series';
import { TARGET_TERMS } from './target-terms';

/**
 * WRD-02 for broken idioms the sound search cannot see: two characters swapped (名副实其 for
 * 名副其实, 无动衷于 for 无动于衷) and one character swapped for a look-alike (络绎不艳 is no slip
 * of sound). nearMissRule finds same-sound and accent-merge slips of an idiom; a look-alike it
 * takes only where the segmenter left two characters alone, and a transposition never. Measured
 * on made-up breaks of 200 random jieba idioms (notes/check-18b.md): swaps 0 of 200 caught before.
 *
 * A four-character stretch counts when it is no dictionary word, the slipped characters stand
 * alone or in rare fragments (a common word there means the text is two words meeting, not a
 * broken idiom), the idiom is a common one (tag i, IDIOM_TARGET), and the stretch reads better as
 * the idiom (jieba's unigram cut, lexicon-path.ts).
 */
export function idiomRule(a: Analysed, original: string, dict: WordDictionary): WordFinding[] {
  const out: WordFinding[] = [];
  const byOffset: Token[] = [];
  for (const t of a.tokens) for (let i = t.start; i < t.end; i++) byOffset[i] = t;
  // Han characters by offset, tested once: a Unicode-property regex per window cost more than the rule.
  const han = Array.from(a.text, (c) => HAN.test(c));
  for (let i = 0; i + 4 <= a.text.length; i++) {
    if (!han[i] || !han[i + 1] || !han[i + 2] || !han[i + 3]) continue;
    // A slip keeps the first two, the last two, or the first and last characters of its idiom.
    const ix = index(dict);
    const c = a.text;
    if (!ix.heads.has(c[i]! + c[i + 1]!) && !ix.tails.has(c[i + 2]! + c[i + 3]!) && !ix.ends.has(c[i]! + c[i + 3]!)) continue;
    const text = c.slice(i, i + 4);
    if (dict.freq(text)) continue;
    // The stretch's edges meet no word that reaches out of it: a slip breaks its idiom in place.
    const first = byOffset[i]!;
    const last = byOffset[i + 3]!;
    if ((first.start < i && first.end - first.start > 1) || (last.end > i + 4 && last.end - last.start > 1)) continue;
    const loose = (k: number): boolean => {
      const t = byOffset[i + k]!;
      return t.end - t.start === 1 || dict.freq(t.word) < COMMON_FREQ;
    };
    const hit = swapped(dict, text, loose) ?? lookAlike(dict, text, loose) ?? phraseSlip(dict, text, loose);
    if (!hit || bestCut(dict, hit.word) <= bestCut(dict, text)) continue;
    out.push(finding(a, original, 'WRD-02', hit.severity, i, 4, hit.word));
    i += 3;
  }
  return out;
}

const HAN = /^\p{Script=Han}$/u;

/**
 * Idioms this common or more are targets: jieba counts idioms low (敷衍塞责 9), but a break that no
 * sound explains needs a well-known idiom behind it. 30 keeps rare four-character entries out.
 */
const IDIOM_TARGET = 30;

const isIdiom = (dict: WordDictionary, w: string): boolean => dict.isIdiom(w) && dict.freq(w) >= IDIOM_TARGET;

/**
 * The target idioms' character pairs, built on first use from the dictionary's idiom list: every slip
 * this rule reads keeps its idiom's first two, last two, or first and last characters, so a window
 * with none of them is passed over after three set lookups (the rule then costs a few ms a document).
 */
interface IdiomIndex {
  heads: Set<string>;
  tails: Set<string>;
  ends: Set<string>;
}
let built: { dict: WordDictionary; ix: IdiomIndex } | null = null;
function index(dict: WordDictionary): IdiomIndex {
  if (built?.dict !== dict) {
    const ix: IdiomIndex = { heads: new Set(), tails: new Set(), ends: new Set() };
    for (const w of [...dict.idioms(), ...SET_PHRASES]) {
      if (dict.freq(w) < IDIOM_TARGET) continue;
      ix.heads.add(w.slice(0, 2));
      ix.tails.add(w.slice(2));
      ix.ends.add(w[0]! + w[3]!);
    }
    built = { dict, ix };
  }
  return built.ix;
}

/**
 * Two neighbouring characters swapped: an error (the fix only reorders). The swapped pair may read
 * as a word (络绎绝不: 绝不), but some character of the stretch must be loose: a stretch that is two
 * common words (可不 + 收拾, "may leave untidied") is a phrase, not 不可收拾 broken.
 */
function swapped(dict: WordDictionary, text: string, loose: (k: number) => boolean): { word: string; severity: 'error' } | null {
  if (![0, 1, 2, 3].some(loose)) return null;
  for (let k = 0; k < 3; k++) {
    if (text[k] === text[k + 1]) continue;
    const word = text.slice(0, k) + text[k + 1] + text[k] + text.slice(k + 2);
    if (isIdiom(dict, word)) return { word, severity: 'error' };
  }
  return null;
}

/**
 * One character swapped for a look-alike, loose in the text: a warning. The look-alikes are the
 * component families (shape-families.ts) and, since round 34, the kin of another reading sharing a
 * telling component (shape-kin.ts: 霜/箱 share 相, 诱/透 share 秀) and the same-reading series
 * (series.ts): an idiom is a fixed form, so a stretch one such character from a common one (jieba
 * 30+) reads as the idiom even where the slip rule's bar for a kin pair (KIN_BAR, 13) is far off.
 * Measured with made-up breaks of 600 random common idioms in a carrier sentence (one kin or series
 * character, outside the families and of another syllable): caught 367 → 506 of 522, right fix
 * 344 → 485; the 600 unbroken idioms 0 findings before and after; clean TRAIN sentences and
 * bench/check-realtext.ts unchanged (42 false warnings, 177 findings).
 */
function lookAlike(dict: WordDictionary, text: string, loose: (k: number) => boolean): { word: string; severity: 'warning' } | null {
  // Most stretches are one character from no idiom at all: four index lookups rule them out before
  // the look-alikes are tried one by one (which cost ~170 ms on 80k characters without this test).
  if (!dict.hasIdiomNeighbour(text)) return null;
  for (let k = 0; k < 4; k++) {
    if (!loose(k)) continue;
    for (const alt of LOOK_ALIKES().get(text[k]!) ?? []) {
      const word = text.slice(0, k) + alt + text.slice(k + 1);
      if (isIdiom(dict, word)) return { word, severity: 'warning' };
    }
  }
  // The kin and series partners after every family look-alike: the families are the surer likeness.
  for (let k = 0; k < 4; k++) {
    if (!loose(k)) continue;
    for (const alt of [...kinPartnersOf(text[k]!), ...seriesPartnersOf(text[k]!)]) {
      const word = text.slice(0, k) + alt + text.slice(k + 1);
      if (isIdiom(dict, word)) return { word, severity: 'warning' };
    }
  }
  return null;
}

let lookAlikes: Map<string, string[]> | null = null;
/** Look-alike characters by character, built on first use from the derived families. */
function LOOK_ALIKES(): Map<string, string[]> {
  if (!lookAlikes) {
    lookAlikes = new Map();
    for (const group of SHAPE_FAMILIES.split(/\s+/).filter(Boolean)) {
      for (const ch of group) lookAlikes.set(ch, [...(lookAlikes.get(ch) ?? []), ...[...group].filter((c) => c !== ch)]);
    }
  }
  return lookAlikes;
}

/**
 * The project's four-character set phrases of current 公文 (target-terms.ts: 踏石留印, 立查立改),
 * which jieba lacks, so they are neither idioms (tag i) nor in the dictionary's idiom index: one
 * character swapped for one of the same syllable or a look-alike (立查立该, 久久为攻) is read here,
 * against their own small index of masked forms.
 */
const SET_PHRASES: readonly string[] = TARGET_TERMS.filter((w) => w.length === 4 && /^\p{Script=Han}{4}$/u.test(w));
let phraseIndex: Map<string, string[]> | null = null;
function phrasesNear(text: string, k: number): readonly string[] {
  if (!phraseIndex) {
    phraseIndex = new Map();
    for (const w of SET_PHRASES) {
      for (let j = 0; j < 4; j++) {
        const key = w.slice(0, j) + '?' + w.slice(j + 1);
        phraseIndex.set(key, [...(phraseIndex.get(key) ?? []), w]);
      }
    }
  }
  return phraseIndex.get(text.slice(0, k) + '?' + text.slice(k + 1)) ?? [];
}

/** A set phrase with one loose character of the same syllable or a look-alike in its place: a warning. */
function phraseSlip(dict: WordDictionary, text: string, loose: (k: number) => boolean): { word: string; severity: 'warning' } | null {
  for (let k = 0; k < 4; k++) {
    if (!loose(k)) continue;
    for (const word of phrasesNear(text, k)) {
      const [written, meant] = [text[k]!, word[k]!];
      if (dict.sameSound(written, meant) || (LOOK_ALIKES().get(written) ?? []).includes(meant)) return { word, severity: 'warning' };
    }
  }
  return null;
}
