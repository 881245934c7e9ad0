import type { Analysed, Token } from './analyse';
import { isHanWord } from './analyse';
import { COMMON_FREQ, type WordDictionary } from './dictionary';
import { finding, type WordFinding } from './finding';
import { looksLikeName } from './names';
import { converter } from '../../script/converter';
import { lookAlikes } from './shape';

/**
 * WRD-02 by context window: one character changed to a same-sound or look-alike character, scored
 * by how much cheaper the change makes the best segmentation of the stretch around it
 * (WordDictionary.segmentCost over the word and two characters either side: a unigram language
 * model that sees the words the change forms WITH its neighbours).
 *
 * Why (round 13, docs/BENCHMARKS.md "why first runs miss"): the older rules test a slip on the
 * segmenter's tokens, so they miss a slip the segmenter glued to a neighbour (收受贿络: 受贿 + 络,
 * 格守纪律: 格 + 守纪律) and judge two lone characters by their own merge gain alone (精随, 签属),
 * where the neighbours are the evidence. This rule reads only stretches the segmenter found no
 * common word in (lone characters, rare entries), so common words — the homophone rules' business
 * — never come here, and most of a text is skipped after one lookup.
 */
export function windowRule(a: Analysed, original: string, dict: WordDictionary): WordFinding[] {
  const out: WordFinding[] = [];
  let after = 0;
  // A neighbour that can be the other half of a broken word: a lone content character or a rare word.
  const loose = (t: Token | undefined): boolean => {
    if (!t || !isHanWord(t.word)) return false;
    if (t.word.length > 1) return dict.freq(t.word) < COMMON_FREQ;
    const tag = dict.tagOf(t.word);
    return tag === undefined || (!FUNCTION_CHAR.test(tag) && dict.freq(t.word) < COMMON_ALONE);
  };
  for (let k = 0; k < a.tokens.length; k++) {
    const tok = a.tokens[k]!;
    if (tok.start < after) continue;
    const len = tok.end - tok.start;
    if (len > 4 || !isHanWord(tok.word)) continue;
    // A common word is no slip for this rule (homophones in context are the pair table's); nor is a
    // word of three or four characters, which is a dictionary entry whole (the official phrases the
    // layer adds at a low count: 列席会议, 副县长) — rare entries are the rare-word rule's (WRD-03).
    if (len > 2 || (len === 2 && dict.freq(tok.word) >= COMMON_FREQ)) continue;
    // A token jieba reads as a name (卫东 nr, 晓 nr) is one here too: names are most of what stands
    // alone in report text, and the name guard below would reject them after the lookups.
    if (NAME_TAG.test(tok.tag)) continue;
    // A lone character that is common alone, between two common words, stands where it belongs
    // (…的工作 要 抓好…): only a character rare alone, or one beside another lone character or a
    // rare word, can be half of a broken word. This keeps the rule to a few hundred characters of a
    // 20-page document (every candidate costs dictionary lookups).
    if (len === 1 && dict.freq(tok.word) >= RARE_ALONE && !loose(a.tokens[k - 1]) && !loose(a.tokens[k + 1])) continue;
    for (let i = tok.start; i < tok.end; i++) {
      const hit = bestChange(a, original, dict, i);
      if (hit) {
        out.push(hit);
        after = hit.offset + hit.length;
        break;
      }
    }
  }
  return out;
}

/** Context kept on each side of the changed word when the window is scored. */
const CONTEXT = 2;

/**
 * ln gain the change must bring to the window's best segmentation, set on the seen sets' leftover
 * slips and on real report text (bench/check-realtext.ts: 25 word-layer findings with or without
 * the rule at these values; every set's clean sentences unchanged). Same sound, ln 3000 (8.0):
 * 签属 → 签署 and 箴别 → 甄别 score 8.4, a name split by a half-width comma (韩振东) 8.2 and an
 * abbreviation (县疾控) 8.5 before their guards, 医共体 7.5 — real text's closest calls. A
 * look-alike without the sound, ln 8000 (9.0): 凝心聚力 → 疑心 scores 7.6, 松安 (a place) 8.5,
 * 贿络 → 贿赂 15.9. Traditional text adds ln 10: Taiwan's words are rare in the mainland dictionary.
 */
const SOUND_GAIN = 8.0;
const SHAPE_GAIN = 9.0;
const HANT_EXTRA = Math.log(10);
/** The least frequency of a corrected look-alike word. */
const SHAPE_TARGET = 50;

const NAME_TAG = /^(nr|ns|nt|nrt|nrfg)/;
const ADMIN_LEVEL = /^[省市县区镇乡村州盟旗]$/;
const PLACE_UNIT = /^[省市县区镇乡村州盟旗路街巷港湾山河湖]$/;
/** Characters that end an office's short name (shape.ts has the same list). */
const ORGAN_SUFFIX = '局处厅署办院所站委课室科部会队司团股';
const FUNCTION_TARGET = /^(c|p|u|r|m|q|y|e|o|x)/;
/** Tags of characters that carry grammar (rules.ts FUNCTION_TAG): never the slipped character here. */
const FUNCTION_CHAR = /^(u|p|c|r|m|q|y|e|o|x|d|f)/;
/** Whether text[k] occurs again within three characters outside text[start, end). */
const ECHO = (text: string, k: number, start: number, end: number): boolean => text.slice(Math.max(0, start - 3), start).includes(text[k]!) || text.slice(end, end + 3).includes(text[k]!);
const PUNCT_OR_EDGE = /[^\p{Script=Han}]/u;
const toSimplified = converter('t', 'cn');
/** One character's Simplified form, cached: the converter costs microseconds per call. */
const simplifiedCache = new Map<string, string>();
const simplifiedChar = (ch: string): string => {
  let s = simplifiedCache.get(ch);
  if (s === undefined) {
    s = toSimplified(ch);
    simplifiedCache.set(ch, s);
  }
  return s;
};
/** A character jieba counts fewer times alone hardly stands alone (络 469, 崛 80; 属 26,010 does). */
const RARE_ALONE = 2000;
/** A character jieba counts this often as a word alone stands alone by nature (属 26,010 does not reach it). */
const COMMON_ALONE = 50_000;

interface Candidate {
  word: string;
  start: number;
  /** The window's gain less the candidate's bar (set when scored). */
  gain: number;
  sound: boolean;
}

function bestChange(a: Analysed, original: string, dict: WordDictionary, i: number): WordFinding | null {
  const text = a.text;
  const ch = text[i]!;
  // A doubled character (人人, 件件) belongs to a reduplication; an admin level stands alone before an organ.
  if (text[i - 1] === ch || text[i + 1] === ch || ADMIN_LEVEL.test(ch)) return null;
  // A function character (的, 在, 和 …) is no content slip: the near-miss rule's function test has
  // them. Nor is a character this common alone (是, 会, 要: jieba counts them 90,000 times and
  // more as words of their own) — standing alone is what it usually does.
  const tag = dict.tagOf(ch);
  if (tag !== undefined && (FUNCTION_CHAR.test(tag) || dict.freq(ch) >= COMMON_ALONE)) return null;
  // A Traditional character in text taken for Simplified (發 for 发) is a script question, the
  // character-form rule's (LNG-02), never a slip: the dictionary cannot judge it.
  const own = simplifiedChar(original[i]!);
  if (a.script === 'hans' && own !== original[i]) return null;
  // Candidates first, judged after: no closure per character (this runs for every lone character).
  let cands: Candidate[] | null = null;
  // Stretches of two and three characters: a four-character slip is an idiom's, which the idiom
  // searches read (and each stretch length costs a lookup per character of every lone token).
  for (let len = 2; len <= 3; len++) {
    for (let start = Math.max(0, i - len + 1); start <= i && start + len <= text.length; start++) {
      const span = text.slice(start, start + len);
      if (PUNCT_OR_EDGE.test(span)) continue;
      // sameSoundAt keys by the character's own readings: every answer keeps the sound.
      for (const word of dict.sameSoundAt(span, i - start)) (cands ??= []).push({ word, start, gain: 0, sound: true });
    }
  }
  // Look-alikes in two-character stretches only: derived families are large, and a look-alike
  // target must be a common two-character word (贿赂, 掣肘).
  for (const alt of lookAlikes(ch, original[i]!, a.script)) {
    if (i > 0 && dict.freq(text[i - 1] + alt) >= SHAPE_TARGET) (cands ??= []).push({ word: text[i - 1] + alt, start: i - 1, gain: 0, sound: false });
    if (i + 1 < text.length && dict.freq(alt + text[i + 1]) >= SHAPE_TARGET) (cands ??= []).push({ word: alt + text[i + 1], start: i, gain: 0, sound: false });
  }
  if (!cands) return null;
  const extra = a.script === 'hant' ? HANT_EXTRA : 0;
  let best: Candidate | null = null;
  let longer: [number, number][] | null = null;
  for (const c of cands) {
    if (!plausible(a, original, dict, i, own, c)) continue;
    const end = c.start + c.word.length;
    // The written character belongs to a longer dictionary word reaching past the stretch
    // (县疾控中心: 疾控中心 is an entry): an abbreviation or a term, not a broken word.
    longer ??= holders(text, i, dict);
    if (longer.some(([s, e]) => s < c.start || e > end)) continue;
    const from = Math.max(0, c.start - CONTEXT);
    const to = Math.min(text.length, end + CONTEXT);
    const before = text.slice(from, to);
    const after = text.slice(from, c.start) + c.word + text.slice(end, to);
    // The margin over the candidate's own bar: a look-alike needs more than a same-sound change.
    c.gain = dict.segmentCost(before) - dict.segmentCost(after) - (c.sound ? SOUND_GAIN : SHAPE_GAIN) - extra;
    if (!best || c.gain > best.gain) best = c;
  }
  if (!best || best.gain < 0) return null;
  // Half-width commas (pasted web text) separate names as full-width ones do: 情况,韩振东要求.
  if (looksLikeName(text.replace(/,/g, '，'), best.start, best.start + best.word.length)) return null;
  return finding(a, original, 'WRD-02', 'warning', best.start, best.word.length, best.word);
}

/** Dictionary words of 3-4 characters in the text that hold text[i] (any frequency). */
function holders(text: string, i: number, dict: WordDictionary): [number, number][] {
  const out: [number, number][] = [];
  for (let len = 3; len <= 4; len++) {
    for (let s = Math.max(0, i - len + 1); s <= i && s + len <= text.length; s++) if (dict.freq(text.slice(s, s + len)) > 0) out.push([s, s + len]);
  }
  return out;
}

/** The cheap guards on one candidate change of text[i], before its window is scored. */
function plausible(a: Analysed, original: string, dict: WordDictionary, i: number, own: string, c: Candidate): boolean {
  const text = a.text;
  const { word, start } = c;
  // In Traditional text the character's own Simplified form is no candidate (a script question).
  if (word[i - start] === own) return false;
  const end = start + word.length;
  if (dict.freq(text.slice(start, end)) >= COMMON_FREQ) return false;
  // Traditional characters in a unit taken for Simplified: the dictionary cannot judge them.
  if (a.script === 'hans') for (let k = start; k < end; k++) if (simplifiedChar(original[k]!) !== original[k]) return false;
  const tag = dict.tagOf(word);
  // No name, and no function word: a conjunction or pronoun (以及, 一些) is evidence only with
  // the function-character test of the near-miss rule (董嘉怡及容兆康 is a list of names).
  if (tag === undefined || NAME_TAG.test(tag) || FUNCTION_TARGET.test(tag)) return false;
  // A character echoing the three before or after belongs to a parallel frame (提速提效, 治院理院).
  for (let k = start; k < end; k++) if (ECHO(text, k, start, end)) return false;
  // A frame repeated close by (以学铸魂、以学增智): the two characters before the stretch occur
  // again within eight characters, so the stretch is one filler of a parallel frame.
  const pre = text.slice(Math.max(0, start - 2), start);
  if (pre.length === 2 && text.slice(Math.max(0, start - 10), Math.min(text.length, end + 8)).split(pre).length > 2) return false;
  // A name before an administrative unit (东岚 + 区) or an office's short name (都发 + 局) is proper.
  return !PLACE_UNIT.test(text[end] ?? '') && !ORGAN_SUFFIX.includes(text[end - 1]!);
}
