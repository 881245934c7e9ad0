import { TONE_VOWELS } from '../../importer/chars';
import type { Analysed, Token } from './analyse';
import { isHanWord, predicateOpener } from './analyse';
import { affixCompound, namedParty } from './affix';
import { IME_ABSENT_SLIPS } from './ime-absent-slips';
import { IME_WORDS } from './ime-words';
import { COMMON_FREQ, IDIOM_FREQ, type Near, type WordDictionary } from './dictionary';
import { finding, type WordFinding } from './finding';
import { TABLE_RIGHT_FORMS } from './confusable';
import { HOMOPHONES } from './homophones';
import { LEXICON } from './lexicon';
import { countedLevels, countingMeasure } from './measure';
import { correctionReadsBetter } from './lexicon-path';
import { endsThreeCharacterName, straddlesNameAndItsVerb, looksLikeName, opensThreeCharacterName } from './names';
import { lookAlike, lookAlikeAsWritten, lookAlikesOf } from './shape';
import { seriesAlike, seriesPartnersOf } from './series';
import { collocates } from './slip-context';
import { rareTarget } from './slip-rare';
import { breaksCommonWord, swapsCommonWord } from './sound';
import { sameTone } from './same-tone';
import { isTaiwanWord } from './taiwan';
import { standardFormOf } from './variants';

export type { WordFinding } from './finding';
export { deDiRule } from './de-di';

/**
 * WRD-01: a known wrong form from the lexicon (松驰, 一股作气 …). Without the dictionary (older
 * callers) a form a neighbouring word reaches into is judged by the boundary test alone.
 */
export function lexiconRule(a: Analysed, original: string, dict?: WordDictionary): WordFinding[] {
  const out: WordFinding[] = [];
  // One pass over the text, trying only the entries that start with the character at hand.
  for (let i = 0; i < a.text.length; i++) {
    for (const [wrong, right] of BY_FIRST.get(a.text[i]!) ?? []) {
      if (a.text.startsWith(wrong, i)) {
        // A form the segmenter reads across a word boundary is no slip: 峻工 in 严峻工作 (严峻 + 工作),
        // 按装 in 按装修标准 (按 + 装修). A slip breaks its word; it does not lend a character to a neighbour.
        if (straddles(a, i, i + wrong.length)) continue;
        if (verbThenComplement(a, i, i + wrong.length)) continue;
        // 严瑾如、李… : the form opens a listed or titled person's name, not a word (names.ts);
        // 副校长王弘伟、… : it is the given name after a titled surname.
        if (opensThreeCharacterName(a.text, i, i + wrong.length)) continue;
        if (endsThreeCharacterName(a.text, i, i + wrong.length)) continue;
        // 。段国宗指出 : the form is a name's last character and its verb's first (names.ts).
        if (straddlesNameAndItsVerb(a.text, i, i + wrong.length)) continue;
        // A lone character beside a word that reaches into the form (由 + 忠诚): a slip only if
        // the corrected text reads better (lexicon-path.ts).
        if (dict && !correctionReadsBetter(a, dict, i, i + wrong.length, right)) continue;
        out.push(finding(a, original, 'WRD-01', 'error', i, wrong.length, right));
        i += wrong.length - 1;
        break;
      }
    }
  }
  return out;
}

/**
 * Whether the segmenter reads text[start, end) as the edges of two real words: a multi-character
 * token crosses its start or end and no character inside it was left alone. A slip leaves a
 * character alone (国藉 in 外国 + 藉 + 人员 still counts); 峻工 in 严峻 + 工作 does not.
 */
function straddles(a: Analysed, start: number, end: number): boolean {
  const inside = a.tokens.filter((t) => t.start < end && start < t.end);
  if (inside.some((t) => t.end - t.start === 1)) return false;
  return inside.some((t) => t.start < start || end < t.end);
}

/**
 * 认知 + 到, 通知 + 到, 得知 + 到: a form whose first character closes a verb the segmenter read before
 * it, with one verb character left after, is that verb and its complement (认知到 holds 知到 for 知道).
 * Not after a negation (不知 + 到): there the verb is the slipped word itself, 不知道 broken.
 */
function verbThenComplement(a: Analysed, start: number, end: number): boolean {
  const verb = a.tokens.find((t) => t.start < start && t.end === start + 1);
  const after = a.tokens.find((t) => t.start === start + 1);
  if (!verb || !after || after.end !== end || end - start !== 2) return false;
  return verb.tag.startsWith('v') && after.tag.startsWith('v') && !/^[不未没無无]/u.test(a.text.slice(verb.start, verb.end));
}

const BY_FIRST = new Map<string, [string, string][]>();
for (const [wrong, right] of [...LEXICON].sort((x, y) => y[0].length - x[0].length)) {
  BY_FIRST.set(wrong[0]!, [...(BY_FIRST.get(wrong[0]!) ?? []), [wrong, right]]);
}

/** Prepositions of basis (依规定, 按合同, 凭证件, 据报告): with an object after them they are no slip. */
const BASIS_CHARS = '依按凭据照';

/** Tags of words that carry grammar, not content: a near-miss never involves them (的是 is no slip for 的士). */
const FUNCTION_TAG = /^(u|p|c|r|m|q|y|e|o|f|x|d)/;
/** A bound morpheme (vg, ng, ag …): a character that does not stand alone as a word. */
const BOUND_TAG = /^[a-z]g$/;
const NAME_TAG = /^(nr|ns|nt|nrt|nrfg)/;

/**
 * WRD-02: a stretch the segmenter could only cut into single characters (no word there) that is
 * one character from a common word or idiom: 焕散 → 涣散 (same sound), 不拆不扣 → 不折不扣 (a
 * slipped character in a 4-character idiom). Same sound is an error; a shape slip in an idiom is a
 * warning. WRD-03: a dictionary word so rare that a same-sound word 50 times as frequent is surely
 * meant (防讯 3 → 防汛 232) is a warning.
 */
export function nearMissRule(a: Analysed, original: string, dict: WordDictionary): WordFinding[] {
  const t = a.tokens;
  const hits: WordFinding[] = [];
  const unit = new UnitFacts(a, dict);
  for (let s = 0; s < t.length; s++) {
    // A measure word counting what follows (这座 + 危桥) starts no broken word (measure.ts).
    if (countingMeasure(dict, a.text, t[s]!.start, t[s]!.end - t[s]!.start)) continue;
    // Per start the longest token-aligned window (2-4 Han characters) that yields a finding.
    for (let e = Math.min(t.length, s + 4); e > s; e--) {
      // nearMissAt reads 2-4 characters only: skip other windows before copying their tokens.
      const chars = t[e - 1]!.end - t[s]!.start;
      if (chars < 2 || chars > 4) continue;
      // A multi-token stretch of 2-3 characters with no lone content character gives no finding
      // (nearMissAt's singles test): decided here from per-token facts, before any copy or lookup.
      if (chars < 4 && e - s > 1 && !unit.hasContentSingle(s, e)) continue;
      const hit = nearMissAt(a, original, dict, t.slice(s, e), unit, s);
      if (hit) {
        hits.push(hit.severity === 'error' && (inSingleRun(t, s, e) || inNameSlot(t, s, e)) ? { ...hit, severity: 'warning' } : hit);
        break;
      }
    }
  }
  // Longer stretches first (契而不舍 over 要契), then the surer rule; no two findings overlap.
  hits.sort((x, y) => y.length - x.length || (x.severity === 'error' ? -1 : 1) + (y.severity === 'error' ? 1 : -1));
  const out: WordFinding[] = [];
  for (const h of hits) if (!out.some((k) => h.offset < k.offset + k.length && k.offset < h.offset + h.length)) out.push(h);
  return out.sort((x, y) => x.offset - y.offset);
}

/**
 * Bodies and places that follow their own name (园丰 + 社区, 海源 + 州委, 金桥 + 公司): the word a
 * name stands before. A name the segmenter does not know falls apart into lone characters there.
 */
const NAME_HEAD = /^(社区|街道|小区|村委会|居委会|管委会|办事处|开发区|园区|公司|集团|[省市县区州盟旗镇乡村]委|党委|党工委)$/;

/**
 * Whether tokens s..e-1 are lone Han characters standing right before a body or place word
 * (NAME_HEAD): the slot of that body's name, which jieba seldom knows (园丰社区 → 元丰, 果河州委 →
 * 过河 on bench/check-realtext.ts). A same-sound word spelt there is a guess the writer confirms: a
 * warning, not an error a "fix all" would apply (a real slip there is still shown).
 */
function inNameSlot(t: readonly Token[], s: number, e: number): boolean {
  for (let k = s; k < e; k++) if (t[k]!.end - t[k]!.start !== 1 || !/\p{Script=Han}/u.test(t[k]!.word)) return false;
  return NAME_HEAD.test(t[e]?.word ?? '');
}

/**
 * Whether tokens s..e-1 are lone characters inside a run of at least three lone Han characters. The
 * segmenter falls apart into single characters where it meets a word it does not know: a name after
 * its surname (蔺/庆/华), a body's abbreviation (县/卫/健/局, 康/文/署, 各/室/委), a numbered slogan
 * (一/园/多/区). A same-sound word spelt across such a run (庆华 → 清华, 县卫 → 县委) is then a guess
 * the writer confirms: a warning, never an error a "fix all" would apply. On the real report text of
 * bench/check-realtext.ts such errors were false every time (19 of its 42 errors, round 21).
 */
function inSingleRun(t: readonly Token[], s: number, e: number): boolean {
  const lone = (k: number): boolean => {
    const tok = t[k];
    return !!tok && tok.end - tok.start === 1 && /\p{Script=Han}/u.test(tok.word);
  };
  for (let k = s; k < e; k++) if (!lone(k)) return false;
  let left = s;
  while (lone(left - 1)) left--;
  let right = e;
  while (lone(right)) right++;
  return right - left >= 3;
}

/**
 * What nearMissRule asks of each token and character again and again across the overlapping windows
 * of one unit, answered once: whether a token is a lone content character, its frequency, and
 * whether a character is Han (a window's isHanWord without a regex per window). Same answers as
 * asking each time; only fewer dictionary lookups on text the caches have not seen.
 */
class UnitFacts {
  /** Per token, -1 until asked: whether it is a lone content character (0/1), its frequency. */
  private readonly single: Int8Array;
  private readonly freqs: Float64Array;
  /** Per UTF-16 unit: 1 Han, 0 not, 2 half of a surrogate pair (the regex decides those windows). */
  private readonly han: Uint8Array;

  constructor(
    private readonly a: Analysed,
    private readonly dict: WordDictionary,
  ) {
    this.single = new Int8Array(a.tokens.length).fill(-1);
    this.freqs = new Float64Array(a.tokens.length).fill(-1);
    const text = a.text;
    this.han = new Uint8Array(text.length);
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      this.han[i] = c >= 0xd800 && c <= 0xdfff ? 2 : HAN_CHAR.test(text[i]!) ? 1 : 0;
    }
  }

  /** Whether token k is a lone character that is no function character (nearMissAt's singles). */
  contentSingle(k: number): boolean {
    if (this.single[k] === -1) {
      const w = this.a.tokens[k]!.word;
      this.single[k] = w.length === 1 && !functionChar(this.dict, w) ? 1 : 0;
    }
    return this.single[k] === 1;
  }

  hasContentSingle(s: number, e: number): boolean {
    for (let k = s; k < e; k++) if (this.contentSingle(k)) return true;
    return false;
  }

  tokenFreq(k: number): number {
    if (this.freqs[k] === -1) this.freqs[k] = this.dict.freq(this.a.tokens[k]!.word);
    return this.freqs[k]!;
  }

  /** isHanWord(text.slice(start, end)), from per-character flags. */
  allHan(start: number, end: number): boolean {
    if (end <= start) return false;
    for (let i = start; i < end; i++) {
      if (this.han[i] === 0) return false;
      if (this.han[i] === 2) return isHanWord(this.a.text.slice(start, end));
    }
    return true;
  }
}
const HAN_CHAR = /^\p{Script=Han}$/u;
/** A Han character's reading in brackets right before (會(huì) · 議): lower-case pinyin, tone marks. */
const READING = `[(（][a-z${TONE_VOWELS}]{1,6}\\s?[)）]`;
const PINYIN_BEFORE = new RegExp(`\\p{Script=Han}${READING}$`, 'u');
const PINYIN_AFTER = new RegExp(`^${READING}`, 'u');

function nearMissAt(a: Analysed, original: string, dict: WordDictionary, win: readonly Token[], unit: UnitFacts, first: number): WordFinding | null {
  const start = win[0]!.start;
  const end = win[win.length - 1]!.end;
  if (end - start < 2 || end - start > 4 || !unit.allHan(start, end)) return null;
  // Pasted web text with readings after each character (會(huì)議): the character after the
  // reading ends the word the reading split, so a stretch starting there is no word's start.
  // Likewise a stretch whose last character carries a reading (縣領(lǐng)導): its word goes on after it.
  if (a.text[start - 1] === ')' && PINYIN_BEFORE.test(a.text.slice(Math.max(0, start - 10), start))) return null;
  if (a.text[end] === '(' && PINYIN_AFTER.test(a.text.slice(end, end + 10))) return null;
  const text = a.text.slice(start, end);
  // A degree adverb before an adjective is a phrase, whatever jieba lists (较好 is no entry, and it
  // tags 较 zg, a bound morpheme): never a slip for 叫好, nor 更佳 for 更加.
  // So is one before 有 (稍有区别, 颇有成效), read as 少有 otherwise.
  if (text.length === 2 && DEGREE_CHARS.includes(text[0]!) && (text[1] === '有' || /^a/.test(dict.get(text[1]!)?.tag ?? ''))) return null;
  if (win.length === 1) return variantForm(a, original, win[0]!) ?? rareWord(a, original, dict, win[0]!);
  // Looked up once: every multi-token window of 2-4 characters comes here, and the dictionary is large.
  const own = dict.freq(text);
  if (own >= COMMON_FREQ) return null;
  // A slip inside a four-character idiom, whatever the segmenter made of it (严正 + 以待). Before
  // the name guard: a name has two or three characters, and 严 starting 严正以待 is no surname here.
  if (text.length === 4 && win.length >= 2 && !own) {
    // An accent-merge guess that swaps one real word for another (终生难忘 beside 终身难忘) is none.
    // Nor one that turns a common word of the text into a rare form when the idiom is one of jieba's
    // floor entries (欢度佳节 is no slip for its misspelt entry 欢渡佳节, frequency 3); a real idiom
    // may break a word (老生长谈 → 老生常谈).
    const slip = idiomSlip(
      dict,
      text,
      (at, ch) => swapsCommonWord(dict, win, start + at, ch),
      (at, ch) => breaksCommonWord(dict, win, start + at, ch),
    );
    if (slip) return finding(a, original, 'WRD-02', slip.sameSound ? 'error' : 'warning', start, 4, slip.word);
  }
  const singles: Token[] = [];
  for (let k = 0; k < win.length; k++) if (unit.contentSingle(first + k)) singles.push(win[k]!);
  // A 4-character stretch of rare fragments (相辅 + 相承) is as broken as one of lone characters.
  let fragments = text.length === 4;
  for (let k = 0; fragments && k < win.length; k++) fragments = unit.tokenFreq(first + k) < COMMON_FREQ;
  if (!singles.length && !fragments) return null;
  // The positions a candidate may replace: what the loop below asks of the slipped character alone
  // (not of the candidate word), asked once per position. None: no candidate can give a finding,
  // so neither the name tests nor the dictionary search runs.
  const open: boolean[] = [];
  let anyOpen = false;
  for (let at = 0; at < text.length; at++) {
    open.push(slipPosition(a, dict, win, text, at, fragments));
    anyOpen ||= open[at]!;
  }
  if (!anyOpen) return null;
  // After the tests above, which are cheaper and rule out most stretches: both only say "no finding".
  if (looksLikeName(a.text, start, end) || inListOfNames(a.text, start, end, dict)) return null;
  for (const c of nearCandidates(dict, text)) {
    if (!open[c.at]) continue;
    // (In two characters a function character may be the slip: 竟争; see slipPosition.)
    const slipIsFunction = functionChar(dict, text[c.at]!);
    const entry = dict.get(c.word)!;
    // After a light verb (加以, 予以, 进行) the object is a verb: a noun target (分述 → 分数) is none.
    if (LIGHT_VERBS.has(a.tokens.find((x) => x.end === start)?.word ?? '') && /^n/.test(entry.tag)) continue;
    // A name is no target; a word too common to be only a name (杜绝 593, tagged nr) is one for the
    // strongest evidence, two lone content characters (contentSlip below).
    const nameEntry = NAME_TAG.test(entry.tag);
    if (nameEntry && (text.length !== 2 || !/^nr/.test(entry.tag) || nameTarget(dict, c))) continue;
    if (text.length === 2) {
      // Two single characters side by side are usually a phrase (不越, 管人, 以商招商), or a name
      // (韩振东); a slip leaves a bound morpheme standing alone (焕 in 焕散, 脉 in 脉博), or puts
      // an adverb or measure word where the same-sound character of a common word belongs (竟争
      // for 竞争, 辑查 for 稽查: the input method offered the commoner character), which leaves
      // the two characters far less likely apart than the word they almost spell.
      if (!c.sameSound || win.length !== 2) continue;
      // The changed character makes a word with its neighbour outside and the other is a noun-making
      // affix (总 + 分馆 + 制 read as 馆制 → 管制): a coined noun, not a broken word (affix.ts).
      if (affixCompound(dict, a.text, start, start + c.at)) continue;
      // A body the text has named, shortened to its last character + 方 (科技馆…，馆方): affix.ts.
      if (namedParty(dict, a.text, start, start + c.at)) continue;
      // In Traditional text two lone characters that are a word of jieba's, however rare (後車 3,
      // the car behind), are that word: the segmenter split a real word it counts low, as it does
      // most of Taiwan's, and nothing in the stretch is broken.
      if (a.script !== 'hans' && own) continue;
      // Two lone characters that fcitx5's language model holds as one word (失智, 微博, 爆表, 试块:
      // slip-rare.ts) are that word, one jieba's older corpus lacks or hardly saw: the segmenter
      // split a real word, and nothing in the stretch is broken. A same-sound look-alike (竟争 →
      // 竞争, 粘帖 → 粘贴) is still read: the model, trained on web text, has let such slips in.
      if (modelWord(text) && !sameSoundLookAlike(text, c)) continue;
      // The character the fix would change makes, with its neighbour outside the stretch, a word
      // that model holds (工 + 坊 of 工坊里, 出 + 疹 of 出疹的, 汰 + 换 of 逐步地汰换): it does not
      // stand alone, the segmenter only missed the word it belongs to (affix.ts reads the same for
      // a coined noun by jieba's own words).
      if (modelWord(c.at === 0 ? a.text.slice(start - 1, start + 1) : a.text.slice(end - 1, end + 1))) continue;
      // A modal or adverb and a preposition of basis before its object (可依合同, 须依规定, 双方可依约定:
      // jieba tags 依 d) are a phrase: 可以 is a modal, and a modal goes before a verb, not a noun.
      if (c.at === 1 && BASIS_CHARS.includes(text[1]!) && !/^(v|d|p|ad)/.test(a.tokens[first + 2]?.tag ?? 'v')) continue;
      // An adverb, then a verb standing alone with its object after it (将视情况限速, 将视天气调整): a
      // phrase of two words, not a noun (将士) mistyped; a noun is no verb's place before an object.
      if (/^d/.test(win[0]!.tag) && /^v/.test(win[1]!.tag) && /^(n|vn$)/.test(a.tokens[first + 2]?.tag ?? '') && /^n/.test(entry.tag)) continue;
      // An adverb written first, then a lone noun and a verb right after it (逐店核对, 逐村走访, 逐船检查):
      // the noun is the unit the adverb distributes the verb over, a phrase of three words. The
      // function slip this branch reads puts an adverb for a content character of a word that is
      // itself the clause's verb or object (竟争 → 竞争); a verb following the stretch says the
      // clause's verb is still to come. Round 39: the one false error on the clean TRAIN sentences
      // (逐店 → 住店, check-train-29).
      if (c.at === 0 && slipIsFunction && /^d/.test(win[0]!.tag) && /^n$/.test(win[1]!.tag) && /^v/.test(a.tokens[first + 2]?.tag ?? '')) continue;
      // The slipped character first, then an adverb or conjunction opening the predicate: analyse.ts.
      if (c.at === 0 && predicateOpener(win[0], win[1], a.tokens[first + 2], start + 1)) continue;
      const bound = c.freq >= BOUND_TARGET && !slipIsFunction && win.some((x) => BOUND_TAG.test(dict.get(x.word)?.tag ?? x.tag));
      // The slipped character hardly stands alone (jieba counts 崛 alone 80 times): standing alone
      // here it is a broken word, when the same-sound word it almost spells is common (挖崛 → 挖掘).
      const rareAlone = c.freq >= RARE_ALONE && !slipIsFunction && dict.freq(text[c.at]!) < RARE_ALONE;
      // Not in Traditional text: Taiwan's own words (期程) are missing or rare in jieba's mainland
      // dictionary, so two lone characters there are no evidence of a slip.
      const functionSlip = slipIsFunction && a.script === 'hans' && dict.mergeGain(c.word, [win[0]!.word, win[1]!.word]) >= MERGE_GAIN;
      // Two content characters alone, in Simplified text, far likelier as the same-sound word they
      // almost spell (杜决 → 杜绝 9.1): each character is common alone, so neither test above sees it.
      // A stretch that closes its clause (…凭单报消，) leaves a lone content character as the clause's
      // last word, where a phrase of two single characters seldom ends: a lower bar there.
      // Not when a character of the stretch echoes the three before it: a parallel frame (会风会纪,
      // 把实事办实) repeats its characters on purpose.
      const echo = [...text].some((ch) => a.text.slice(Math.max(0, start - 3), start).includes(ch));
      const closes = /^[，。；！？、]$/.test(a.text[win[1]!.end] ?? '') && !echo;
      // In Traditional text, the same at a clause end for a stretch Taiwan's input method does not
      // know as written either, spelt with the very syllable and tone of the word (Zhuyin is typed
      // with tones: same-tone.ts): mainland reports mirrored in Traditional (短版 → 短板).
      const mainland = a.script === 'hans' || (closes && !isTaiwanWord(a.source.slice(start, end)) && sameTone(text, c.word, c.at));
      const contentSlip = !slipIsFunction && mainland && c.freq >= BOUND_TARGET && dict.mergeGain(c.word, [win[0]!.word, win[1]!.word]) >= (closes ? CLOSING_GAIN : CONTENT_GAIN);
      if (nameEntry ? !contentSlip : !bound && !rareAlone && !functionSlip && !contentSlip) continue;
      // A slip leaves the character it wrote bound (焕 of 焕散, 崛 of 挖崛); a bound character the
      // correction keeps (委 of 委室 → 委实, 驰 of 驰远 → 驰援) says only that jieba lacks the word
      // the two make: with no other evidence a guess, as the content-character evidence alone is.
      const boundSlip = bound && BOUND_TAG.test(dict.get(win[c.at]!.word)?.tag ?? win[c.at]!.tag);
      if (!boundSlip && !rareAlone && !functionSlip) return finding(a, original, 'WRD-02', 'warning', start, text.length, c.word);
      // In Traditional text a lone bound character is weak evidence (jieba's dictionary is the
      // mainland's: 往實裡抓, 文觀局 are sound Taiwanese usage it does not know): a warning, never
      // an error a "fix all" would apply.
      if (a.script !== 'hans' && !functionSlip) return finding(a, original, 'WRD-02', 'warning', start, text.length, c.word);
    } else if (text.length === 3) {
      // A term of three characters broken inside (脚手 + a lone look-alike of the same reading) is
      // named from a lower frequency: jieba counts such technical terms low (a few dozen).
      if (!c.sameSound || c.freq < (sameSoundLookAlike(text, c) ? LOOK_ALIKE_TERM : 50) || singles.length < 2) continue;
      // A term under the common floor is a guess the writer confirms: a warning, never an error.
      if (c.freq < COMMON_FREQ) return finding(a, original, 'WRD-02', 'warning', start, 3, c.word);
      // Any character of jieba's own idiom and phrase entries (i, l), not of the idioms CC-CEDICT adds
      // under other tags (dict.isIdiom: 精益求精 n): those are read by sound alone (idiomSlip), as
      // 精益求变 is a phrase of its own, not 精益求精 broken.
    } else if (!c.sameSound && !(brokenIdiom(dict, win, singles.length) && (entry.tag === 'i' || entry.tag === 'l') && c.freq >= 50)) continue;
    // A verb put for the phrase's verb, of neither its sound nor its shape (一减了之, 一建了之 beside
    // 一走了之), is the phrase's frame used for another action, not a slip: the hand or the ear
    // reaches a character like the meant one (有条不絮, 如虎添冀), a writer picks a verb for its sense.
    else if (!c.sameSound && unlikeVerbs(dict, text[c.at]!, c.word[c.at]!)) continue;
    return finding(a, original, 'WRD-02', c.sameSound ? 'error' : 'warning', start, text.length, c.word);
  }
  return null;
}

/**
 * Whether the character at `at` of the stretch may be the slip nearMissAt corrects, by what the
 * character and its place say, whatever word a candidate makes of it.
 */
function slipPosition(a: Analysed, dict: WordDictionary, win: readonly Token[], text: string, at: number, fragments: boolean): boolean {
  const tok = tokenAt(win, win[0]!.start + at);
  // The replaced character stood alone (the segmenter found no word for it) and carries content.
  // (In two characters a function character may be the slip: 竟争.)
  const slipIsFunction = functionChar(dict, text[at]!);
  // An administrative level standing alone before an organ (在县人大, 由市政府) is an
  // abbreviation, never half of a broken word (在县 is no slip for 在线).
  if (text.length === 2 && ADMIN_LEVEL.test(text[at]!)) return false;
  // A doubled character (件件有, 事事有) or one repeated in an A-B-A-C frame (立行立改, 边查边改)
  // belongs to a reduplication, never to a broken word.
  const i = win[0]!.start + at;
  if ([-2, -1, 1, 2].some((d) => a.text[i + d] === a.text[i])) return false;
  if (text.length === 2 && setFrame(a, dict, win, at)) return false;
  return !(!tok || (tok.word.length !== 1 && !fragments) || (text.length > 2 && slipIsFunction));
}

/**
 * ln(1000): the corrected word must be a thousand times likelier as one word than the written
 * characters as two (jieba's unigram model) before a function character beside a content one
 * counts as a slip. 都有 → 独有 scores below 0; 竟争 → 竞争 ~9, 辑查 → 稽查 ~8. (Alone it does not
 * separate: 实事办实 → 办事 and 以商招商 → 以上 score 7.5-8, hence the function-character test.)
 */
const MERGE_GAIN = Math.log(1000);

/**
 * ln(5000) for two lone content characters (contentSlip). Round 5 tried this in both scripts and
 * dropped it: Taiwan's words are missing from jieba (展藍, 研考室 were "fixed"); Simplified only.
 */
const CONTENT_GAIN = Math.log(5000);

/**
 * ln(500) for two lone content characters that close a clause (contentSlip). Flat ln(500) added 17
 * false warnings on real report text (股室 → 股市, 微信 → 威信, 医共体 …); at a clause end, with the
 * echo guard, none (bench/check-realtext.ts, round 13), and ln(200) none either: 500 keeps a margin.
 * 报消 → 报销 scores 6.3, 排察 → 排查 and 题纲 → 提纲 pass too.
 */
const CLOSING_GAIN = Math.log(500);

/**
 * The least frequency of the word a lone bound morpheme almost spells. 50 would catch 箴别 → 甄别
 * (94) but also reads 逢会必讲 as 峰会 and 每名 as 美名 in real reports: kept at 100.
 */
const BOUND_TARGET = 100;

/**
 * Two lone characters that sit in a fixed frame, not a broken word: X + Y + 不 + Z closing a
 * clause (久议不决, 久拖不办, 屡禁不止), or a preposition + Y (往实里抓, 从严从快: 往 and 从 open a
 * phrase, the character after them is its object, not half of 往事).
 */
function setFrame(a: Analysed, dict: WordDictionary, win: readonly Token[], slipAt: number): boolean {
  const end = win[win.length - 1]!.end;
  if (a.text[end] === '不' && /\p{Script=Han}/u.test(a.text[end + 1] ?? '') && !/\p{Script=Han}/u.test(a.text[end + 2] ?? '')) return true;
  return slipAt === 1 && /^p/.test(dict.get(win[0]!.word)?.tag ?? '');
}

/** Verbs whose object is another verb (加以分析, 予以纠正, 进行研究). */
const LIGHT_VERBS = new Set(['加以', '予以', '给予', '进行', '开展']);

/**
 * Whether text[start, end) lies in a short item of a 、 list whose neighbouring item is no common
 * word: a list of names (西滩、砂井子、甜水 — villages; 砂井子 is no slip for 镜子). A list of tasks
 * (防汛、抗汗、排涝) has common words around the slip and is still read.
 */
function inListOfNames(text: string, start: number, end: number, dict: WordDictionary): boolean {
  // The Han run around the stretch, scanned only as far as a list item can reach (4 characters):
  // past that it is no item, and a long paragraph need not be walked to its ends.
  let l = start;
  while (l > 0 && end - l <= 4 && /\p{Script=Han}/u.test(text[l - 1]!)) l--;
  let r = end;
  while (r < text.length && r - l <= 4 && /\p{Script=Han}/u.test(text[r]!)) r++;
  if (r - l > 4 || (text[l - 1] !== '、' && text[r] !== '、')) return false;
  const siblings: string[] = [];
  if (text[l - 1] === '、') {
    let k = l - 1;
    while (k > 0 && /\p{Script=Han}/u.test(text[k - 1]!)) k--;
    siblings.push(text.slice(k, l - 1));
  }
  if (text[r] === '、') {
    let k = r + 1;
    while (k < text.length && /\p{Script=Han}/u.test(text[k]!)) k++;
    siblings.push(text.slice(r + 1, k));
  }
  return siblings.some((x) => x.length >= 2 && x.length <= 4 && dict.freq(x) < COMMON_FREQ);
}

/** One-character degree adverbs (较好, 更佳, 很快, 颇多). */
const DEGREE_CHARS = '较更很最太挺极颇稍甚越愈';

/** Administrative levels that prefix an organ's short name (县人大, 市政府, 区委). */
const ADMIN_LEVEL = /^[省市县区镇乡村州盟旗]$/;

/** A character counted alone fewer times than this hardly stands alone; a word that common is a fair target. */
const RARE_ALONE = 200;

/**
 * The idiom (tag i) a four-character stretch that is no word misspells at one character of the
 * same sound (敷衍塞则 → 敷衍塞责: an error) or of a southern-accent merge (严正以待 → 严阵以待: a
 * warning). Function characters count here: in a fixed form every character is fixed.
 */
function idiomSlip(dict: WordDictionary, text: string, realSwap: (at: number, ch: string) => boolean, breaksWord: (at: number, ch: string) => boolean): { word: string; sameSound: boolean } | null {
  // Most four-character stretches are one slip from no idiom at all: then skip the full search.
  if (!dict.hasIdiomNeighbour(text)) return null;
  for (const c of dict.near(text)) {
    // A floor-entry idiom (frequency 3) is no evidence against a common word of the text, whether the
    // change would make that word rare (欢度 → 欢渡) or another real word (日渐增多 → 日见增多: 日渐 and
    // 日见 are both words, and 日渐增多 is the usual phrase; round 41's one false error).
    if (!dict.isIdiom(c.word) || (c.freq <= IDIOM_FREQ && (breaksWord(c.at, c.word[c.at]!) || realSwap(c.at, c.word[c.at]!)))) continue;
    if (c.sameSound) return { word: c.word, sameSound: true };
    if (dict.fuzzySound(text[c.at]!, c.word[c.at]!) && !realSwap(c.at, c.word[c.at]!)) return { word: c.word, sameSound: false };
    // The written character's other reading is the idiom's (疏而不露: 露 lòu, 漏 lòu): a warning, the
    // reading being the rarer one.
    if (dict.otherReadingSounds(text[c.at]!, c.word[c.at]!) && !realSwap(c.at, c.word[c.at]!)) return { word: c.word, sameSound: false };
  }
  return null;
}

/** The segmenter found no common word in the stretch: two lone characters, or only rare fragments (言简意 + 骇). */
function brokenIdiom(dict: WordDictionary, win: readonly Token[], singles: number): boolean {
  return singles >= 2 || win.every((x) => x.word.length === 1 || dict.freq(x.word) < COMMON_FREQ);
}

function functionChar(dict: WordDictionary, ch: string): boolean {
  const tag = dict.tagOf(ch);
  return tag !== undefined && FUNCTION_TAG.test(tag);
}

function tokenAt(win: readonly Token[], offset: number): Token | undefined {
  return win.find((x) => x.start <= offset && offset < x.end);
}

/**
 * The least frequency of a WRD-03 target: a word the writer surely knows (勘察 194 beside 堪察 3).
 * With the 50:1 odds below, a target this rare is named only over a word of frequency 1-2.
 */
const RARE_TARGET = 100;
/** The least frequency of the word a slipped adverb spoils (竞争力 1310). */
const ADVERB_TARGET = 1000;
/** The least frequency of a WRD-03 target in Traditional text. */
const HANT_RARE_TARGET = 3000;

/** Suffixes that make a person of the work before them (关员, 译者, 厨师, 舵手). */
const AGENT_SUFFIX = '员者师手';

/** Characters that distribute over the unit after them: 逐 (one by one), 每 (each), 各 (every). */
const DISTRIBUTIVE = '逐每各';

function rareWord(a: Analysed, original: string, dict: WordDictionary, tok: Token): WordFinding | null {
  if (tok.word.length > 3 || !isHanWord(tok.word)) return null;
  const f = dict.freq(tok.word);
  if (f === 0 || f > 10 || looksLikeName(a.text, tok.start, tok.end)) return null;
  // Levels counted before 两级/三级 (校院两级) are an enumeration, not a word (measure.ts).
  if (countedLevels(a.text, tok.start, tok.end)) return null;
  // A right form of the confusable-pair table (气源 beside 起源) is a word of official writing.
  if (TABLE_RIGHT_FORMS.has(tok.word)) return null;
  // A word a pinyin input method's lexicon lists (客服 3 beside 克服) is one jieba's corpus seldom
  // used, not a slip of a word of the same sound: that lexicon leaves misspellings out
  // (ime-words.ts). A same-sound look-alike (暴光 → 曝光) is still read: the eye's slip, which
  // the lexicon has let in.
  const attested = IME_WORDS.has(tok.word);
  // So is a word fcitx5's language model holds with some weight (民宿, 试机, 出警: slip-rare.ts), a
  // larger and newer lexicon than jieba's: its same-sound twin unlike it in shape (民俗) is named
  // only where a neighbour in the sentence collocates with the twin in that model (全力 + 救治) and
  // not with the word as written. Measured on TRAIN's clean sentences: 15 of 66 false warnings were
  // such words, against 4 keyed homophones (狱警 → 预警) caught by frequency alone.
  const modelHeld = modelWord(tok.word);
  // Traditional text: a word of Taiwan's input-method lexicon (防制, 霸凌: taiwan-words.ts) is
  // Taiwan's usage, however rarely jieba's mainland corpus wrote it, not a slip of a mainland word
  // of the same sound (防制 → 防止 was a false warning on a keyed clean sentence, round 28).
  // (The word as written: the list is Traditional, tok.word the Simplified reading of it.)
  const written = a.source.slice(tok.start, tok.end);
  if (a.script === 'hant' && isTaiwanWord(written)) return null;
  // Traditional text: Taiwan's own words (提報, 建置) are rare in jieba's mainland dictionary, so
  // a rare word there is flagged only beside an everyday word (按排 → 安排 7836, not 提報 → 提包 263).
  // Unless the written character is a look-alike of the same reading only as written, in the
  // Traditional script (積效 → 績效: 積 and 績 share 責, 积 and 绩 nothing): a slip the Simplified
  // reading cannot see, so the floor set on it does not apply. A pair alike in Simplified too keeps
  // the floor: Taiwan's 增置 (置/值 share 直) is a word jieba counts as rarely as 積效.
  // Not for an entry jieba tags as a name (清陽 ns, a place: 陽 and 揚 share 昜 as written).
  const nameEntry = NAME_TAG.test(dict.tagOf(tok.word) ?? '');
  const asWritten = (c: Near): boolean =>
    !nameEntry && c.sameSound && !lookAlike(tok.word[c.at]!, c.word[c.at]!) && lookAlikeAsWritten(tok.word[c.at]!, c.word[c.at]!, a.source[tok.start + c.at]!, a.script);
  const floorOf = (c: Near): number => (a.script === 'hant' && !asWritten(c) ? HANT_RARE_TARGET : RARE_TARGET);
  // A slipped adverb (竟 for 竞 in 竟争力) is the input method offering the commoner character: it
  // counts when the word it spoils is a common one of three characters or more, several hundred times
  // commoner, in either script (an adverb never starts a word of Taiwan's own that jieba lacks).
  // 逐/每/各 + a unit (逐件, 逐村, 每项) counts the unit one by one: its second character is the
  // unit meant, never a slip (逐件销号 is no 逐渐, a false warning of round 13's training set).
  const distributive = tok.word.length === 2 && DISTRIBUTIVE.includes(tok.word[0]!);
  // A one-character root + an agent suffix (关员 customs officer, 管员, 警员) names a post by the work
  // it does: a report coins such titles freely, and jieba counts most of them rarely. Its same-sound
  // twin keeping the suffix (官员) is another post, not the word meant: the root was chosen.
  const agent = tok.word.length === 2 && AGENT_SUFFIX.includes(tok.word[1]!);
  const best = rareCandidates(dict, tok.word, a.script).find(
    (c) =>
      c.sameSound &&
      !(attested && !drawnAlike(tok.word[c.at]!, c.word[c.at]!)) &&
      !(modelHeld && !drawnAlike(tok.word[c.at]!, c.word[c.at]!) && !neighbourWitness(a, tok, c.word)) &&
      !nameTarget(dict, c) &&
      !(distributive && c.at === 1) &&
      !(agent && c.at === 0) &&
      ((c.freq >= (imeAbsentSlip(tok.word, c, a.script) ? Math.max(LOOK_ALIKE_TERM, f + 1) : Math.max(floorOf(c), (boundLookAlike(dict, tok.word, c) ? LOOK_ALIKE_ODDS : 50) * f)) &&
        // A measure word written for its bound look-alike of the same reading (杆 for 秆) is a slip too.
        !(boundLookAlike(dict, tok.word, c) ? /^(r|m|d|u)/ : /^(r|m|q|d|u)/).test(dict.get(tok.word[c.at]!)?.tag ?? '') &&
        !writtenRightNearby(a.text, tok, c.word) &&
        !rarerChar(dict, tok.word[c.at]!, c.word[c.at]!)) ||
        adverbSlip(dict, tok, f, c)),
  );
  return best ? finding(a, original, 'WRD-03', 'warning', tok.start, tok.word.length, best.word) : null;
}

/**
 * Whether a token right beside `tok` makes a strong collocation of fcitx5's model with `word` put in
 * its place (slip-context.ts, 全力 + 救治 for 全力久治), while it makes none with the word as written.
 */
function neighbourWitness(a: Analysed, tok: Token, word: string): boolean {
  const before = a.tokens.find((t) => t.end === tok.start);
  const after = a.tokens.find((t) => t.start === tok.end);
  const left = before ? a.text.slice(before.start, before.end) : '';
  const right = after ? a.text.slice(after.start, after.end) : '';
  return (left !== '' && collocates(left, word) && !collocates(left, tok.word)) || (right !== '' && collocates(word, right) && !collocates(tok.word, right));
}

/** Two verbs alike in neither shape nor sound (减/走): a choice of action, never a slip of one for the other. */
function unlikeVerbs(dict: WordDictionary, written: string, meant: string): boolean {
  return /^v/.test(dict.tagOf(written) ?? '') && /^v/.test(dict.tagOf(meant) ?? '') && !lookAlike(written, meant) && !dict.fuzzySound(written, meant);
}

/**
 * Whether fcitx5's language model holds the two characters as a word jieba counts under 10
 * (slip-rare.ts; its set holds only such words, so a longer or commoner word is never in it).
 */
function modelWord(word: string): boolean {
  return word.length === 2 && rareTarget(word);
}

/**
 * rareWord's candidates: near()'s, and for an entry of ime-absent-slips.ts also its same-reading
 * look-alike words under near()'s floor (COMMON_FREQ) down to LOOK_ALIKE_TERM (硝酸铵 22).
 */
function rareCandidates(dict: WordDictionary, word: string, script: Analysed['script']): readonly Near[] {
  const common = dict.near(word);
  if (script !== 'hans' || !IME_ABSENT_SLIPS.has(word)) return common;
  const low: Near[] = [];
  for (let at = 0; at < word.length; at++) {
    for (const alt of new Set([...lookAlikesOf(word[at]!), ...seriesPartnersOf(word[at]!)])) {
      const w = word.slice(0, at) + alt + word.slice(at + 1);
      const freq = dict.freq(w);
      if (freq < LOOK_ALIKE_TERM || freq >= COMMON_FREQ || !dict.sameSound(word[at]!, alt)) continue;
      low.push({ word: w, at, sameSound: true, freq });
    }
  }
  return low.length ? [...common, ...low] : common;
}

/**
 * Whether the rare entry is one fcitx5's language model lacks and the candidate puts a look-alike of
 * the same reading into it (ime-absent-slips.ts: 逢合 → 缝合, 硝酸氨 → 硝酸铵): a misspelling jieba
 * kept, which the input method's list left out. The model's silence stands in for rareWord's odds
 * and floor (50:1, RARE_TARGET; 3,000 in Traditional text), which the terms of a trade (缝合 84,
 * 硝酸铵 22) cannot reach: the target needs only LOOK_ALIKE_TERM and to be the commoner word.
 * Simplified text only: the model is the mainland's usage, and Taiwan's own words read in Simplified
 * are absent from it for that reason (補徵 → 补征, a restaurant's 富臨: false warnings on a clean TRAIN
 * sentence and on bench/check-realtext.ts when Traditional text was read too, for 逢合 → 缝合 caught).
 */
function imeAbsentSlip(word: string, c: Near, script: Analysed['script']): boolean {
  if (script !== 'hans' || !c.sameSound || !IME_ABSENT_SLIPS.has(word)) return false;
  const x = word[c.at]!;
  const y = c.word[c.at]!;
  return lookAlike(x, y) || seriesAlike(x, y);
}

/**
 * WRD-03 for a non-standard form jieba lists as a word (糟踏 → 糟蹋, 磨拳擦掌 → 摩拳擦掌, 迫不急待 →
 * 迫不及待; see variants.ts): a warning, since a writer may keep a variant on purpose.
 */
function variantForm(a: Analysed, original: string, tok: Token): WordFinding | null {
  // A given name may be written with a variant on purpose (责任编辑：倪宏亮, not 洪亮).
  if (looksLikeName(a.text, tok.start, tok.end)) return null;
  const standard = standardFormOf(tok.word, a.script);
  return standard ? finding(a, original, 'WRD-03', 'warning', tok.start, tok.word.length, standard) : null;
}

/**
 * Whether the written character is far rarer than the one a correction would put (堤 1,708 beside 地
 * 160,541 in 堤段 → 地段): an input method lists the commoner character first, so its slip writes a
 * commoner character for a rarer one (防讯 → 防汛, 讯 4,086 beside 汛 91); a rare one in its place
 * was picked on purpose. Of the TRAIN sets' 26 rare-word slips the meant character is at most 5.8
 * times commoner (跨跃 → 跨越).
 */
function rarerChar(dict: WordDictionary, written: string, meant: string): boolean {
  return dict.freq(meant) >= RARER_CHAR_ODDS * Math.max(1, dict.freq(written));
}
const RARER_CHAR_ODDS = 20;

/**
 * Whether the same-sound word a rare word would be read as stands, written right, elsewhere in the
 * unit (巡查人员… 配合公安机关寻查焚烧人员): a pinyin input method offers the candidate chosen last
 * first, so a writer who typed 巡查 a few words before and now has 寻查 chose the other word.
 */
export function writtenRightNearby(text: string, tok: Pick<Token, 'start' | 'end'>, word: string): boolean {
  for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1)) if (at + word.length <= tok.start || at >= tok.end) return true;
  return false;
}

/**
 * Whether the candidate swaps one character for a look-alike of the same reading (秸杆 → 秸秆,
 * 脚手驾 → 脚手架): a slip of the input method the eye did not catch, far surer than either alone.
 */
function sameSoundLookAlike(text: string, c: Near): boolean {
  return c.sameSound && lookAlike(text[c.at]!, c.word[c.at]!);
}

/**
 * Whether two characters look alike by the shape tables or by the same-reading series (series.ts:
 * 暴/曝, one built on the other; 形/型, a part shared in another position), as the slip rule reads
 * them: for the rare-word rule, an input method's slip the eye passed either way.
 */
function drawnAlike(x: string, y: string): boolean {
  return lookAlike(x, y) || seriesAlike(x, y);
}

/**
 * sameSoundLookAlike (or a series pair, drawnAlike), when the meant character hardly stands alone (a bound morpheme, or under
 * RARE_ALONE alone: 秆, 诫, 荟): the input method offered the free character of the same reading
 * (杆, 戒, 会). A free character meant (占 → 沾, 中 → 仲) is as often a real word of its own.
 */
function boundLookAlike(dict: WordDictionary, text: string, c: Near): boolean {
  if (!c.sameSound || !drawnAlike(text[c.at]!, c.word[c.at]!)) return false;
  const meant = dict.get(c.word[c.at]!);
  return !meant || BOUND_TAG.test(meant.tag) || meant.freq < RARE_ALONE;
}
/**
 * near()'s candidates, and for three characters also the terms under its floor down to
 * LOOK_ALIKE_TERM that a same-reading look-alike breaks (脚手驾 → 脚手架 27): only those, so the
 * lower floor adds no other target.
 */
function nearCandidates(dict: WordDictionary, text: string): readonly Near[] {
  const common = dict.near(text);
  if (text.length !== 3) return common;
  // near()'s index holds only words from COMMON_FREQ: the few look-alikes are tried directly.
  const low: Near[] = [];
  for (let at = 0; at < 3; at++) {
    for (const alt of lookAlikesOf(text[at]!)) {
      const word = text.slice(0, at) + alt + text.slice(at + 1);
      const freq = dict.freq(word);
      if (freq < LOOK_ALIKE_TERM || freq >= COMMON_FREQ || !dict.sameSound(text[at]!, alt)) continue;
      low.push({ word, at, sameSound: true, freq });
    }
  }
  return low.length ? [...common, ...low] : common;
}
/** The odds a same-reading look-alike needs in rareWord, instead of 50:1 (秸杆 5 beside 秸秆 131). */
const LOOK_ALIKE_ODDS = 20;
/** The least frequency of a three-character term a same-reading look-alike breaks (脚手架 27). */
const LOOK_ALIKE_TERM = 20;

/** A slipped adverb (see rareWord); a module function, not a closure made per call. */
function adverbSlip(dict: WordDictionary, tok: Token, f: number, c: Near): boolean {
  return tok.word.length >= 3 && c.freq >= ADVERB_TARGET && c.freq >= 300 * f && /^d$/.test(dict.get(tok.word[c.at]!)?.tag ?? '');
}

/**
 * A target that is a person's name is no correction (陈冠人 is no slip for 官人) — unless it is far
 * too common to be only a name: jieba tags some everyday words nr (弘扬 430, 宏扬 → 弘扬).
 */
function nameTarget(dict: WordDictionary, c: { word: string; freq: number }): boolean {
  return NAME_TAG.test(dict.get(c.word)!.tag) && c.freq < 300;
}

/**
 * Whether a cue of the text before a listed homophone (which ends right before it, at `at`) reads as
 * the cue: a one-character cue is a function character (所 of 所必需) and must stand as a word of its
 * own, not as the tail of a longer word (场所, 派出所, 区公所); a longer cue may close a compound
 * (星级 of 四星级).
 */
function cueBefore(cue: RegExp | undefined, before: string, at: number, starts: ReadonlySet<number>): boolean {
  const m = cue?.exec(before);
  return !!m && (m[0].length > 1 || starts.has(at - before.length + m.index));
}

/** WRD-04: a homophone the neighbours decide (合法权力 → 合法权利, 以至出现 → 以致出现). */
export function homophoneRule(a: Analysed, original: string): WordFinding[] {
  const starts = new Set(a.tokens.map((x) => x.start));
  const ends = new Set(a.tokens.map((x) => x.end));
  const tagAt = new Map(a.tokens.map((x) => [x.start, x.tag]));
  const out: WordFinding[] = [];
  for (const h of HOMOPHONES) {
    for (let i = a.text.indexOf(h.wrong); i !== -1; i = a.text.indexOf(h.wrong, i + 1)) {
      const end = i + h.wrong.length;
      // Only where the segmenter sees the word itself (not 必需 inside 必需品, nor 以至 in 以至于).
      if (!starts.has(i) || !ends.has(end)) continue;
      const before = a.text.slice(Math.max(0, i - 8), i);
      const after = a.text.slice(end, end + 16);
      if (h.unless?.test(before) || h.unlessAfter?.test(a.text.slice(end))) continue;
      const next = tagAt.get(end);
      const sentence = a.text
        .slice(0, i)
        .split(/[。！？]/)
        .pop()!;
      if (cueBefore(h.before, before, i, starts) || h.after?.test(after) || h.sentence?.test(sentence) || (next !== undefined && h.nextTag?.test(next)))
        out.push(finding(a, original, 'WRD-04', 'warning', i, h.wrong.length, h.right));
    }
  }
  return out;
}
