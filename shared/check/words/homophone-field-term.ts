import type { Analysed, Token } from './analyse';
import { isHanWord } from './analyse';
import type { WordDictionary } from './dictionary';
import { cedictTerms } from './cedict-terms';
import { FT_NOT_TWINS, FT_VOUCHED } from './field-terms-data';
import { finding, type WordFinding } from './finding';
import { readable } from './homophone-adjacency';
import { shippedTables, vouched } from './homophone-collocate';
import { isTaiwanWord } from './taiwan';
import { commonReadingKey } from './twins';

/** Terms that are names, set phrases, idioms, numerals or abbreviations are no field term (旱涝保收). */
const TERM_TAG = /^(nr|ns|nt|l|i|m|j)/;
/** jieba's four-character terms from their floor up (有效积温, 借方余额, 交管部门 stand at 3). */
const TERM_FREQ = 3;
/**
 * A jieba term must be this share of the twin's own count: one use in a hundred of the twin or more.
 * A term that is a rarer use of a common word (纺织设备 3 beside 纺织 4,914, 全面进步 beside 进步
 * 5,265) is a phrase the twin happens to form, not the term that sets it apart (德育工作 3 beside
 * 德育 215, 借方余额 3 beside 借方 22). CC-CEDICT's terms carry no count and are taken as listed.
 */
const TERM_SHARE = 0.01;
/** A written word jieba counts this often (its floor entries, 1-2, are segmentation guesses: 警纪 2). */
const WRITTEN_FREQ = 3;
/** Tags of the neighbour, the term's other half: a noun, a verbal noun or a noun modifier. */
const NOMINAL = /^(n|vn|b|an)/;
/** … but never a name: a place or person beside a word is no term. */
const NAME = /^(nr|ns|nt)/;
/** A verb's tag (a verbal noun aside): a written verb is read as a verb (writable). */
const VERB = /^v(?!n)/;

/** A twin and the count of the term it makes (CC-CEDICT's terms: 0). */
export interface TermTwin {
  twin: string;
  freq: number;
}

interface Tables {
  /** `R<head>` and `L<modifier>` -> the twins that make a term with that neighbour. */
  index: Map<string, TermTwin[]>;
  /** Four-character words CC-CEDICT lists as terms and jieba does not hold. */
  cedict: ReadonlySet<string>;
  vouchedPairs: Set<string>;
}

const cache = new WeakMap<WordDictionary, Tables>();

/**
 * Indexes four-character terms by the half that stays (the neighbour a twin stands beside, keyed
 * `R<head>` or `L<modifier>`), with the half a slip replaces as the twin: jieba's (TERM_FREQ+, no
 * name, set phrase or idiom tag, TERM_SHARE of the twin's count) and the given CC-CEDICT ones. A twin
 * CC-CEDICT gives only as a name or a variant (美语, 帐户) or a reduplicated form (奕奕) is left out:
 * no field term's half. No reading is looked up here (one pass, as homophone-term.ts' index): the
 * rule compares a twin's reading with the written word's when it meets one. Used by the rule and by
 * its data tool.
 */
export function buildTermIndex(dict: WordDictionary, cedictTerms: Iterable<string>, notTwins: ReadonlySet<string>): Map<string, TermTwin[]> {
  const index = new Map<string, TermTwin[]>();
  const add = (term: string, freq: number): void => {
    for (const side of ['R', 'L'] as const) {
      const twin = side === 'R' ? term.slice(0, 2) : term.slice(2);
      if (twin[0] === twin[1] || notTwins.has(twin)) continue;
      if (freq > 0 && freq < TERM_SHARE * dict.freq(twin)) continue;
      const key = side + (side === 'R' ? term.slice(2) : term.slice(0, 2));
      const list = index.get(key);
      if (list) list.push({ twin, freq });
      else index.set(key, [{ twin, freq }]);
    }
  };
  for (const [x, e] of dict.wordsOfLength(4)) if (e.freq >= TERM_FREQ && !TERM_TAG.test(e.tag) && isHanWord(x)) add(x, e.freq);
  for (const x of cedictTerms) if (!dict.get(x)) add(x, 0);
  return index;
}

/** Whether two two-character words read alike, character by character (common toneless readings). */
export function readAlike(dict: WordDictionary, a: string, b: string): boolean {
  const x = commonReadingKey(dict, a);
  return x !== null && x === commonReadingKey(dict, b);
}

function tables(dict: WordDictionary): Tables {
  let t = cache.get(dict);
  if (t) return t;
  const cedict = cedictTerms();
  t = { index: buildTermIndex(dict, cedict, new Set(FT_NOT_TWINS.split(' '))), cedict, vouchedPairs: new Set(FT_VOUCHED.split(' ')) };
  cache.set(dict, t);
  return t;
}

/** The neighbour of `w` on `side` when it can be a term's other half: two Han characters, nominal, no name. */
export function termNeighbour(tk: readonly Token[], k: number, side: 'L' | 'R'): Token | null {
  const n = tk[side === 'R' ? k + 1 : k - 1];
  return n && n.word.length === 2 && isHanWord(n.word) && NOMINAL.test(n.tag) && !NAME.test(n.tag) ? n : null;
}

/** Whether the written word with the neighbour (or its edge character) is a word already: no slip to read. */
export function pairIsWord(dict: WordDictionary, side: 'L' | 'R', word: string, neighbour: string, cedict: ReadonlySet<string>): boolean {
  const pair = side === 'R' ? word + neighbour : neighbour + word;
  const edge = side === 'R' ? word + neighbour[0]! : neighbour[1]! + word;
  return dict.freq(pair) > 0 || dict.freq(edge) > 0 || cedict.has(pair);
}

/**
 * The written words a term's twin can stand for: two-character content words jieba counts
 * WRITTEN_FREQ+, no verb. A verb beside a noun governs it or is said of it (围绕|理论 beside 微扰理论,
 * 社会|注意 beside 社会主义): a phrase of the verb, no term's half.
 */
export function writable(dict: WordDictionary, w: Token): boolean {
  return readable(w) && !VERB.test(w.tag) && dict.freq(w.word) >= WRITTEN_FREQ;
}

/**
 * WRD-04 warning by a field term the twin makes with the neighbouring word, on either side: a
 * two-character word W beside a two-character noun, verbal noun or noun modifier N, where a
 * same-reading twin T makes a four-character term T + N or N + T (德语|工作 → 德育工作, 胶管|部门 →
 * 交管部门, 次声|灾害 → 次生灾害, 慢性|急病 → 慢性疾病) and W with N is no word. The terms are jieba's
 * four-character entries and the CC-CEDICT ones jieba lacks (field-terms-data.ts, FT_TERMS): the
 * field terms of reports (次生灾害, 燃煤锅炉) that the count-based homophone rules never reach. A term
 * is a noun phrase, so N must be nominal: beside a verb (注重|时效, 异地|搬迁) W is an object or an
 * adverbial, which any word of its class can be. W + N that report text writes (FT_VOUCHED: 工作实际,
 * 全市工作, 物业人员) or that an adjacency table vouches for is left alone: the register's own pairing
 * is written right, whatever term a twin makes. Taiwan words in Traditional text are left alone.
 * `pairs` replaces FT_VOUCHED for a bench that derives it from part of the report text.
 */
export function homophoneFieldTermRule(a: Analysed, original: string, dict: WordDictionary, pairs?: ReadonlySet<string>): WordFinding[] {
  const out: WordFinding[] = [];
  const tk = a.tokens;
  const t = tables(dict);
  const vouchedPairs = pairs ?? t.vouchedPairs;
  for (let k = 0; k < tk.length; k++) {
    const w = tk[k]!;
    if (!writable(dict, w)) continue;
    let best: TermTwin | null = null;
    for (const side of ['R', 'L'] as const) {
      const n = termNeighbour(tk, k, side);
      if (!n || pairIsWord(dict, side, w.word, n.word, t.cedict)) continue;
      if (vouchedPairs.has(side === 'R' ? w.word + n.word : n.word + w.word)) continue;
      if (vouched(shippedTables(), w.word, n.word, side === 'L')) continue;
      for (const c of t.index.get(side + n.word) ?? []) {
        if (c.twin === w.word || !readAlike(dict, c.twin, w.word)) continue;
        if (!best || c.freq > best.freq) best = c;
      }
    }
    if (!best) continue;
    if (a.script === 'hant' && isTaiwanWord(original.slice(w.start, w.end))) continue;
    out.push(finding(a, original, 'WRD-04', 'warning', w.start, 2, best.twin));
  }
  return out;
}
