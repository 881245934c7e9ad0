import type { Analysed, Token } from './analyse';
import { isHanWord } from './analyse';
import { COMMON_FREQ, IDIOM_FREQ, type WordDictionary } from './dictionary';
import { finding, type WordFinding } from './finding';
import { numeralForNumeral } from './measure';

/** Tags of dictionary entries that are names: never a correction target. */
const NAME_TAG = /^(nr|ns|nt|nrt|nrfg)/;

/**
 * WRD-02 by sound: a four-character stretch that is no word (or only one of jieba's frequency-3
 * phrase entries, where misspelt idioms such as 各抒已见 and 纷至踏来 also sit) and reads exactly
 * as a dictionary idiom or common four-character word: 竞竞业业 → 兢兢业业, 相得益章 → 相得益彰,
 * 山洪爆发 → 山洪暴发. An input method offers characters by sound, so a slip keeps the reading; a
 * stretch that keeps the reading of a fixed form and loses its characters is that form mistyped.
 *
 * Not when the change turns a common word of the text into another (制订计划 beside 制定计划): two
 * real words that sound alike are the homophone rules' business, which read the neighbours.
 * An idiom target is an error; any other word a warning, unless a single slip; a warning too when
 * the witness is weak (see `weak` below).
 */
export function soundAlikeRule(a: Analysed, original: string, dict: WordDictionary): WordFinding[] {
  const t = a.tokens;
  const out: WordFinding[] = [];
  for (let s = 0; s < t.length; s++) {
    let e = s;
    while (e < t.length && t[e]!.end - t[s]!.start < 4) e++;
    if (e >= t.length || t[e]!.end - t[s]!.start !== 4) continue;
    const win = t.slice(s, e + 1);
    const start = t[s]!.start;
    const text = a.text.slice(start, start + 4);
    if (!isHanWord(text)) continue;
    const own = dict.freq(text);
    if (own > 3) continue;
    for (const c of dict.soundAlike(text)) {
      if (c.diff.length > 2 || c.freq <= own * 5) continue;
      const entry = dict.get(c.word)!;
      if (NAME_TAG.test(entry.tag)) continue;
      if (c.diff.some((i) => swapsCommonWord(dict, win, start + i, c.word[i]!))) continue;
      // Nor a numeral for a numeral (不足一千瓦时 read as 亿千瓦时): counts are the writer's data.
      if (c.diff.some((i) => numeralForNumeral(text, i, c.word[i]!))) continue;
      // Nor when it turns a common word of the text into a rare form and the target is one of
      // jieba's floor entries, where it lists misspelt phrases too (欢渡佳节, frequency 3).
      if (c.freq <= IDIOM_FREQ && c.diff.some((i) => breaksCommonWord(dict, win, start + i, c.word[i]!))) continue;
      // An idiom, or one same-sound slip across several tokens (as near-miss would call it), is an
      // error; a phrase entry of jieba's (山洪爆发) or a two-character change is a warning. So is a
      // stretch of two common words read as a phrase that is no idiom (联系 + 会议 as 联席会议): such a
      // pair is written on purpose as often as not (Taiwan's 聯繫會議 is the standard name).
      const twoWords = win.length === 2 && win.every((w) => w.end - w.start === 2 && dict.freq(w.word) >= COMMON_FREQ);
      // Weaker witnesses give a warning whatever the target: a target at jieba's floor (应时而变,
      // frequency 3, where report writing says 应势而变 as often), and a change of a one-character
      // word of the text into another common one (在进一步 → 再进一步): 在 and 再 are both words,
      // and only the sentence can say which the writer meant.
      const weak = c.freq <= IDIOM_FREQ || c.diff.some((i) => swapsFunctionWord(dict, win, start + i, c.word[i]!));
      const sure = !weak && (entry.tag === 'i' || (!twoWords && c.diff.length === 1 && win.length > 1 && own === 0));
      out.push(finding(a, original, 'WRD-02', sure ? 'error' : 'warning', start, 4, c.word));
      break;
    }
  }
  return out;
}

/**
 * Whether putting `ch` at `offset` turns a common word of the window (2+ characters) into another
 * common word (制订 → 制定, 终生 → 终身): a swap between two real words, which only the neighbours
 * can judge. 质疑 → 置疑 inside 不容质疑 counts too, so callers use it where a slip is less sure.
 */
export function swapsCommonWord(dict: WordDictionary, win: readonly Token[], offset: number, ch: string): boolean {
  const swapped = commonWordSwapped(dict, win, offset, ch);
  return swapped !== null && dict.freq(swapped) >= COMMON_FREQ;
}

/** A function word's tags: preposition, adverb, conjunction, particle. */
const FUNCTION_TAG = /^[pdcu]/;

/**
 * Whether the window's token at `offset` is a one-character function word and `ch` is a common one
 * too (在 → 再, 的 → 地 is the 的/地/得 rules' business anyway): such words join what follows in any
 * sentence, so a phrase that opens with the other one says nothing. A content character that
 * jieba cut off alone (竞 of 竞竞业业) is no such word.
 */
function swapsFunctionWord(dict: WordDictionary, win: readonly Token[], offset: number, ch: string): boolean {
  const tok = win.find((x) => x.start <= offset && offset < x.end);
  if (!tok || tok.word.length !== 1 || dict.freq(tok.word) < COMMON_FREQ || dict.freq(ch) < COMMON_FREQ) return false;
  return FUNCTION_TAG.test(dict.get(tok.word)?.tag ?? '') && FUNCTION_TAG.test(dict.get(ch)?.tag ?? '');
}

/** Whether putting `ch` at `offset` turns a common word of the window (2+ characters) into a rare form. */
export function breaksCommonWord(dict: WordDictionary, win: readonly Token[], offset: number, ch: string): boolean {
  const swapped = commonWordSwapped(dict, win, offset, ch);
  return swapped !== null && dict.freq(swapped) < COMMON_FREQ;
}

/** The common word (2+ characters) of the window at `offset` with `ch` put there, or null when none is there. */
function commonWordSwapped(dict: WordDictionary, win: readonly Token[], offset: number, ch: string): string | null {
  const tok = win.find((x) => x.start <= offset && offset < x.end);
  if (!tok || tok.word.length < 2 || dict.freq(tok.word) < COMMON_FREQ) return null;
  const at = offset - tok.start;
  return tok.word.slice(0, at) + ch + tok.word.slice(at + 1);
}

/**
 * WRD-04 from the dictionary's phrases: a two-character word whose same-sound twin forms a
 * dictionary phrase with its neighbour, while the word as written forms none: 资源配制 → 资源配置,
 * 泄漏秘密 → 泄露秘密, 发表申明 → 发表声明, 各界人事 → 各界人士. jieba's 349k entries hold many
 * such fixed phrases of official writing; the written form missing beside its twin's phrase is the
 * neighbour's verdict. A warning: both words are real, and a phrase list is never complete.
 */
export function collocationRule(a: Analysed, original: string, dict: WordDictionary): WordFinding[] {
  const t = a.tokens;
  const out: WordFinding[] = [];
  for (let k = 0; k < t.length; k++) {
    const w = t[k]!;
    if (w.word.length !== 2 || !isHanWord(w.word) || dict.freq(w.word) < COMMON_FREQ) continue;
    const lefts = sides(t[k - 1], (x) => x.slice(-2));
    const rights = sides(t[k + 1], (x) => x.slice(0, 2));
    // No neighbour to form a phrase with: no twin can be found, so skip the dictionary search.
    if (!lefts.length && !(rights.length && /^v/.test(dict.get(w.word)!.tag))) continue;
    for (const c of dict.near(w.word)) {
      // The twin must be the commoner word: a phrase list is a weak witness, the prior must agree
      // (检验检测中心 is right although 监测中心 is listed and 检测中心 is not).
      if (!c.sameSound || c.word.length !== 2 || c.freq <= dict.freq(w.word) || NAME_TAG.test(dict.get(c.word)!.tag)) continue;
      const left = lefts.some((l) => dict.freq(l + c.word) > 0 && !dict.freq(l + w.word));
      // The word after decides only a verb, by its object (泄露秘密): a head noun after (责任, 工作)
      // joins almost anything, so 整治责任 missing beside 政治责任 says nothing.
      const verbs = /^v/.test(dict.get(w.word)!.tag) && /^v/.test(dict.get(c.word)!.tag);
      const right = verbs && rights.some((r) => dict.freq(c.word + r) > 0 && !dict.freq(w.word + r));
      if (left || right) {
        out.push(finding(a, original, 'WRD-04', 'warning', w.start, 2, c.word));
        break;
      }
    }
  }
  return out;
}

/** A neighbour token as phrase material: itself and its two characters next to the word. */
function sides(tok: Token | undefined, cut: (s: string) => string): string[] {
  if (!tok || tok.word.length < 2 || !isHanWord(tok.word)) return [];
  const part = cut(tok.word);
  return part === tok.word ? [tok.word] : [tok.word, part];
}
