import type { Analysed, Token } from './analyse';
import { isHanWord } from './analyse';
import { COMMON_FREQ, type Near, type WordDictionary } from './dictionary';
import { finding, type WordFinding } from './finding';
import { IME_COMPOUNDS } from './ime-words';
import { looksLikeName } from './names';
import { seriesPartnersOf } from './series';
import { lookAlikesOf } from './shape';

/**
 * WRD-04 from the dictionary's compounds: a two-character stretch whose same-sound twin makes a
 * dictionary word WITH the neighbouring token, while the stretch as written makes none with it.
 * jieba's 349k entries hold many fixed compounds of official writing (X + 委员会, 大 + X, X + 节约):
 * a neighbour that belongs with the twin and not with the written form is the context's verdict,
 * whichever of the two words is commoner. The pair table (homophones.ts) and the phrase rule
 * (sound.ts collocationRule) only knew their own pairs, or neighbours of two characters and more;
 * this reads any same-sound pair and one-character neighbours too (大 + 检查 would be 大检查).
 *
 * The stretch is a two-character token, or two lone characters that are no common word (a
 * same-sound slip of a word the segmenter then cannot find). A warning: both may be real words.
 */
export function compoundRule(a: Analysed, original: string, dict: WordDictionary): WordFinding[] {
  const t = a.tokens;
  const out: WordFinding[] = [];
  for (let k = 0; k < t.length; k++) {
    const spans: [number, number][] = [];
    if (t[k]!.word.length === 2) spans.push([k, k + 1]);
    if (t[k]!.word.length === 1 && t[k + 1]?.word.length === 1) spans.push([k, k + 2]);
    for (const [s, e] of spans) {
      const start = t[s]!.start;
      const text = a.text.slice(start, start + 2);
      if (!isHanWord(text) || (e - s === 2 && dict.freq(text) >= COMMON_FREQ)) continue;
      // No neighbour a compound could take (punctuation, long words on both sides, one the written
      // stretch already makes a word with): no twin can fit, so neither the name test nor the
      // dictionary search runs (most two-character words).
      const before = openNeighbour(dict, t[s - 1], text, 'before');
      const after = openNeighbour(dict, t[e], text, 'after');
      if (!before && !after) continue;
      if (looksLikeName(a.text, start, start + 2)) continue;
      const fix = twinWithNeighbour(dict, text, before, after, a.script);
      if (fix) {
        out.push(finding(a, original, 'WRD-04', 'warning', start, 2, fix));
        break;
      }
    }
    const broken = brokenTerm(a, dict, k);
    if (broken) out.push(finding(a, original, 'WRD-02', 'warning', broken.start, 3, broken.word));
  }
  return out;
}

/**
 * A three-character term broken at its edge: a common two-character word and a lone content
 * character beside it that, changed to a same-sound one, make a term of three (消防 + 拴 → 消防栓,
 * 截洪 + 勾 → 截洪沟). The segmenter keeps the word it knows and leaves the slip alone, so the
 * near-miss rule, which asks two lone characters of a three-character stretch, never sees it
 * (round 14, class C/D). Evidence: the term is far likelier whole than the word and the character
 * apart (ln 1500, as a common written word needs above), the stretch as written is no word, and
 * the character is no function character nor common alone (jieba counts 拴 677 times alone; 是, 要,
 * 建 far more) unless the twin's character also looks like it (除草 + 济 → 除草剂, see below).
 * In either script: the bar is already the one a common written word needs (補習 + 斑 → 補習班;
 * round 42 lifted the Simplified-only guard, no new finding on the clean TRAIN sentences or the
 * real report text).
 */
function brokenTerm(a: Analysed, dict: WordDictionary, k: number): { start: number; word: string } | null {
  const t = a.tokens;
  const lone = t[k]!;
  if (lone.word.length !== 1 || !isHanWord(lone.word)) return null;
  if (/^(u|p|c|r|m|q|y|e|o|x|d|f)/.test(dict.tagOf(lone.word) ?? lone.tag)) return null;
  // A character common alone (气, 济) is read only for a twin that also looks like it (济 → 剂 of
  // 除草剂): the eye's slip of the same reading, far surer than the sound alone. Its few
  // look-alikes are tried directly, no sound search.
  const common = dict.freq(lone.word) >= LONE_COMMON;
  for (const [word, at] of [
    [t[k - 1], 2],
    [t[k + 1], 0],
  ] as const) {
    if (!word || word.word.length !== 2 || !isHanWord(word.word) || dict.freq(word.word) < COMMON_FREQ) continue;
    const start = at === 2 ? word.start : lone.start;
    const text = a.text.slice(start, start + 3);
    const twins = common ? alikeTwins(dict, word.word, lone.word, at) : null;
    if (twins?.length === 0 || dict.freq(text) || looksLikeName(a.text, start, start + 3)) continue;
    for (const c of twins ?? dict.near(text)) {
      if (c.at !== at || !c.sameSound || /^(nr|ns|nt)/.test(dict.get(c.word)!.tag)) continue;
      if (dict.mergeGain(c.word, [word.word, lone.word]) >= GAIN_COMMON) return { start, word: c.word };
    }
  }
  return null;
}

/**
 * The terms a common lone character's look-alikes of its reading make with the word beside it (`at`:
 * the character's place in the term), as near() would give them: dictionary words from COMMON_FREQ.
 */
function alikeTwins(dict: WordDictionary, word: string, ch: string, at: 0 | 2): Near[] {
  const out: Near[] = [];
  for (const partners of [lookAlikesOf(ch), seriesPartnersOf(ch)]) {
    for (const alt of partners) {
      const term = at === 2 ? word + alt : alt + word;
      const freq = dict.freq(term);
      if (freq >= COMMON_FREQ && !out.some((n) => n.word === term) && dict.sameSound(ch, alt)) out.push({ word: term, at, sameSound: true, freq });
    }
  }
  return out;
}

/**
 * A character jieba counts this often alone stands alone by nature (建, 抓, 查; 卷 5,269): no broken
 * term of the sound alone. Set at 2,000, not higher, for speed: each character under it costs a
 * near() search of new text; a slip's character seldom stands alone (拴 677, 勾 1,700). Over it only
 * its few look-alikes of the same reading are tried, by direct lookup (alikeTwins): round 42, from
 * 20,000 for the sound too, 工程 + 施 → 工程师 and 来得 + 急 → 来得及 came up on clean text.
 */
const LONE_COMMON = 2000;

/** A neighbour token that can be half of a compound: one or two Han characters. */
const usable = (x: Token | undefined): x is Token => !!x && x.word.length <= 2 && isHanWord(x.word);

/** Units a place name stands before: what precedes them is a name, never a slip. */
const PLACE_UNIT = /^[省市县区镇乡村州盟旗路街巷港湾山河湖]$/;

/**
 * How much likelier, in jieba's unigram model, the neighbour and the twin are as one compound than
 * the neighbour and the written stretch as two words (WordDictionary.mergeGain). A common written
 * word needs ln 1500: real report text pairs common words with a twin's compound often by chance
 * (督查 + 室 beside 督察室 5.8, 整治 + 责任 beside 政治责任 3.9, 法治 + 宣传 4.3); two lone
 * characters or a rare word, in Simplified text, ln 150 (the scale of shape.ts's two thresholds).
 * Traditional text always needs the higher one: Taiwan's own words are rare in jieba's mainland
 * dictionary (工作會報 beside 工作汇报 6.8), so a rare written form there is no evidence.
 */
const GAIN_COMMON = Math.log(1500);
const GAIN_RARE = Math.log(150);
/**
 * A compound a pinyin input method's lexicon lists (地质灾害, 食品安全: ime-words.ts IME_COMPOUNDS)
 * is a fixed term of the language, whatever jieba's count (地质灾害 3): in Simplified text the twin
 * it holds needs only ln 20 over the written parts (地址 + 灾害 → 地质灾害 4.2). Not in Traditional
 * text: the lexicon is the mainland's, and Taiwan's own words beside a mainland compound (工作會報
 * beside 工作汇报) are what it cannot vouch against.
 */
const IME_GAIN = Math.log(20);
const needOf = (compound: string, need: number, script: string): number => (script === 'hans' && IME_COMPOUNDS.has(compound) ? Math.min(need, IME_GAIN) : need);

/**
 * The same-sound twin of `text` that forms a dictionary word with the token before or after (each
 * given only when open: openNeighbour). The twin must be a common word and no person's name; jieba tags many
 * everyday words as places (欢度 ns), which the compound's evidence outweighs.
 */
function twinWithNeighbour(dict: WordDictionary, text: string, before: Token | undefined, after: Token | undefined, script: string): string | null {
  const need = dict.freq(text) < COMMON_FREQ && script === 'hans' ? GAIN_RARE : GAIN_COMMON;
  for (const c of dict.near(text)) {
    if (!c.sameSound || c.word.length !== 2 || /^nr/.test(dict.get(c.word)!.tag)) continue;
    if (before && fits(dict, before.word + c.word, [before.word, text], needOf(before.word + c.word, need, script))) return c.word;
    if (after && fits(dict, c.word + after.word, [text, after.word], needOf(c.word + after.word, need, script))) return c.word;
  }
  return null;
}

/**
 * The neighbour when a twin of `text` could make a compound with it: a usable token (one or two
 * Han characters) with which `text` as written makes no dictionary word. After `text`, no place
 * unit: a name before an administrative unit or a street (青禾 + 县 beside 青河县) is a proper
 * name. Asked once per stretch, before the search, instead of once per candidate after it.
 */
function openNeighbour(dict: WordDictionary, x: Token | undefined, text: string, side: 'before' | 'after'): Token | undefined {
  if (!usable(x)) return undefined;
  if (side === 'before') return dict.freq(x.word + text) ? undefined : x;
  return PLACE_UNIT.test(x.word) || dict.freq(text + x.word) ? undefined : x;
}

/** A dictionary word of three or four characters, no person's name, likelier whole than as the written parts. */
function fits(dict: WordDictionary, word: string, written: readonly string[], need: number): boolean {
  const e = dict.get(word);
  return !!e && word.length >= 3 && !/^nr/.test(e.tag) && dict.mergeGain(word, written) >= need;
}
