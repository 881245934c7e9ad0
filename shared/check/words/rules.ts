import type { Finding, Severity } from '../types';
import type { Analysed, Token } from './analyse';
import { isHanWord } from './analyse';
import { COMMON_FREQ, type WordDictionary } from './dictionary';
import { HOMOPHONES } from './homophones';
import { LEXICON } from './lexicon';
import { looksLikeName } from './names';

/** A word-layer finding: which rule, how sure, what to write instead. */
export interface WordFinding extends Finding {
  rule: string;
  severity: Severity;
  /** The flagged word as written (the key an accepted-words list matches). */
  word: string;
}

function finding(a: Analysed, original: string, rule: string, severity: Severity, offset: number, length: number, right: string): WordFinding {
  const found = original.slice(offset, offset + length);
  const replacement = a.toScript(right);
  return { rule, severity, offset, length, word: found, replacement, params: { found, expected: replacement } };
}

/** WRD-01: a known wrong form from the lexicon (松驰, 一股作气 …). */
export function lexiconRule(a: Analysed, original: string): WordFinding[] {
  const out: WordFinding[] = [];
  // One pass over the text, trying only the entries that start with the character at hand.
  for (let i = 0; i < a.text.length; i++) {
    for (const [wrong, right] of BY_FIRST.get(a.text[i]!) ?? []) {
      if (a.text.startsWith(wrong, i)) {
        out.push(finding(a, original, 'WRD-01', 'error', i, wrong.length, right));
        i += wrong.length - 1;
        break;
      }
    }
  }
  return out;
}

const BY_FIRST = new Map<string, [string, string][]>();
for (const [wrong, right] of [...LEXICON].sort((x, y) => y[0].length - x[0].length)) {
  BY_FIRST.set(wrong[0]!, [...(BY_FIRST.get(wrong[0]!) ?? []), [wrong, right]]);
}

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
  for (let s = 0; s < t.length; s++) {
    // Per start the longest token-aligned window (2-4 Han characters) that yields a finding.
    for (let e = Math.min(t.length, s + 4); e > s; e--) {
      const hit = nearMissAt(a, original, dict, t.slice(s, e));
      if (hit) {
        hits.push(hit);
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

function nearMissAt(a: Analysed, original: string, dict: WordDictionary, win: readonly Token[]): WordFinding | null {
  const text = a.text.slice(win[0]!.start, win[win.length - 1]!.end);
  if (text.length < 2 || text.length > 4 || !isHanWord(text)) return null;
  if (win.length === 1) return rareWord(a, original, dict, win[0]!);
  if (dict.freq(text) >= COMMON_FREQ) return null;
  const singles = win.filter((x) => x.word.length === 1 && !functionChar(dict, x.word));
  // A 4-character stretch of rare fragments (相辅 + 相承) is as broken as one of lone characters.
  const fragments = text.length === 4 && win.every((x) => dict.freq(x.word) < COMMON_FREQ);
  if ((!singles.length && !fragments) || looksLikeName(a.text, win[0]!.start, win[win.length - 1]!.end)) return null;
  for (const c of dict.near(text)) {
    const tok = tokenAt(win, win[0]!.start + c.at);
    // The replaced character stood alone (the segmenter found no word for it) and carries content.
    if (!tok || (tok.word.length !== 1 && !fragments) || functionChar(dict, text[c.at]!)) continue;
    const entry = dict.get(c.word)!;
    if (NAME_TAG.test(entry.tag)) continue;
    if (text.length === 2) {
      // Two single characters side by side are usually a phrase (不越, 管人); a slip leaves a
      // bound morpheme standing alone (焕 in 焕散, 脉 in 脉博).
      if (!c.sameSound || c.freq < 100 || win.length !== 2 || !win.some((x) => BOUND_TAG.test(dict.get(x.word)?.tag ?? x.tag))) continue;
    } else if (text.length === 3) {
      if (!c.sameSound || c.freq < 50 || singles.length < 2) continue;
    } else if (!c.sameSound && !(brokenIdiom(dict, win, singles.length) && (entry.tag === 'i' || entry.tag === 'l') && c.freq >= 50)) continue;
    return finding(a, original, 'WRD-02', c.sameSound ? 'error' : 'warning', win[0]!.start, text.length, c.word);
  }
  return null;
}

/** The segmenter found no common word in the stretch: two lone characters, or only rare fragments (言简意 + 骇). */
function brokenIdiom(dict: WordDictionary, win: readonly Token[], singles: number): boolean {
  return singles >= 2 || win.every((x) => x.word.length === 1 || dict.freq(x.word) < COMMON_FREQ);
}

function functionChar(dict: WordDictionary, ch: string): boolean {
  const tag = dict.get(ch)?.tag;
  return tag !== undefined && FUNCTION_TAG.test(tag);
}

function tokenAt(win: readonly Token[], offset: number): Token | undefined {
  return win.find((x) => x.start <= offset && offset < x.end);
}

function rareWord(a: Analysed, original: string, dict: WordDictionary, tok: Token): WordFinding | null {
  if (tok.word.length > 3 || !isHanWord(tok.word)) return null;
  const f = dict.freq(tok.word);
  if (f === 0 || f > 10 || looksLikeName(a.text, tok.start, tok.end)) return null;
  const best = dict
    .near(tok.word)
    .find((c) => c.sameSound && c.freq >= Math.max(200, 50 * f) && !NAME_TAG.test(dict.get(c.word)!.tag) && !/^(r|m|q|d|u)/.test(dict.get(tok.word[c.at]!)?.tag ?? ''));
  return best ? finding(a, original, 'WRD-03', 'warning', tok.start, tok.word.length, best.word) : null;
}

/** WRD-04: a homophone the neighbours decide (合法权力 → 合法权利, 以至出现 → 以致出现). */
export function homophoneRule(a: Analysed, original: string): WordFinding[] {
  const starts = new Set(a.tokens.map((x) => x.start));
  const ends = new Set(a.tokens.map((x) => x.end));
  const out: WordFinding[] = [];
  for (const h of HOMOPHONES) {
    for (let i = a.text.indexOf(h.wrong); i !== -1; i = a.text.indexOf(h.wrong, i + 1)) {
      const end = i + h.wrong.length;
      // Only where the segmenter sees the word itself (not 必需 inside 必需品, nor 以至 in 以至于).
      if (!starts.has(i) || !ends.has(end)) continue;
      const before = a.text.slice(Math.max(0, i - 8), i);
      const after = a.text.slice(end, end + 16);
      if (h.unless?.test(before)) continue;
      if (h.before?.test(before) || h.after?.test(after)) out.push(finding(a, original, 'WRD-04', 'warning', i, h.wrong.length, h.right));
    }
  }
  return out;
}

/** Words after which an adverbial + 的 + verb is still a predicate (要认真地研究), not a noun phrase. */
const MODALS = new Set(['要', '应', '应当', '应该', '必须', '须', '需', '需要', '将', '能', '能够', '会', '可', '可以', '才能', '更', '还', '都', '也', '就', '并', '又', '再', '进一步', '不断', '来', '去', '正在', '已经', '仍', '继续', '共同', '一起']);

/**
 * WRD-05: 的 where 地 is meant, from part-of-speech patterns: an adverbial (adverb, adjective, or
 * four-character phrase) + 的 + verb, when what comes before is not a verb or preposition that
 * would make the phrase its object (进行深入的研究 is right); and X + 的 + 来/去 + verb
 * (相结合的来抓). A warning: the rule reads grammar, which a dictionary cannot settle.
 */
export function deDiRule(a: Analysed, original: string): WordFinding[] {
  const out: WordFinding[] = [];
  const t = a.tokens;
  for (let i = 1; i + 1 < t.length; i++) {
    if (t[i]!.word !== '的') continue;
    const x = t[i - 1]!;
    const v = t[i + 1]!;
    const prev = t[i - 2];
    const isVerb = (k: Token | undefined): boolean => !!k && /^v$/.test(k.tag);
    const predicate = !prev || prev.tag === 'x' || MODALS.has(prev.word) || !/^(v|vn|p|uj|m|q)/.test(prev.tag);
    // Idioms (i) of four characters only (坚定不移); 彼此间 and 发展趋势 (l) are no adverbials.
    const setPhrase = x.tag === 'i' && x.word.length === 4;
    const adverbial = x.word.length >= 2 && (/^(ad|d)$/.test(x.tag) || setPhrase || (x.tag === 'a' && isVerb(v)));
    const plainVerb = v.tag === 'v' || (v.tag === 'vn' && (/^(ad|d)$/.test(x.tag) || setPhrase));
    const comeGo = (v.word === '来' || v.word === '去') && isVerb(t[i + 2]) && /^(v|a|ad|d|i|l)$/.test(x.tag);
    if (!isHanWord(x.word) || !predicate) continue;
    if ((adverbial && plainVerb) || comeGo) out.push(finding(a, original, 'WRD-05', 'warning', t[i]!.start, 1, '地'));
  }
  return out;
}
