import type { Analysed, Token } from './analyse';
import { isHanWord } from './analyse';
import type { WordDictionary } from './dictionary';
import { seenInReports } from './corpus-pairs';
import { reportCount } from './report-pairs';
import { finding, type WordFinding } from './finding';
import { LM_ALPHABET, LM_BUCKETS, LM_CODES, LM_JOIN_MARK, LM_PAIRS, LM_PARTNERED, LM_WORDS } from './lm-pairs-data';
import * as NAMES_SOURCE from './lm-pairs-names-data';

/** One pair seen from its written word: the twin, and the table's line that holds the evidence. */
interface Side {
  twin: string;
  /** +1 when the line's ratios favour this twin when positive (the written word is the line's A). */
  sign: 1 | -1;
  line: string;
  /** Where the line's packed neighbours before the word (left) and after it (right) start and end. */
  left: number;
  right: number;
  end: number;
}

/** A table of lm-pairs-data.ts' format, indexed: its lines by word, its neighbours by id. */
interface LmTable {
  index: Map<string, Side[]>;
  /** Neighbour word -> its id (its place in LM_WORDS). */
  ids: Map<string, number>;
  /** Twins some parallel partner favours (LM_PARTNERED): the only ones partnerEvidence looks for. */
  partnered: Set<string>;
  /**
   * Whether the table reads a word jieba tags as a name: the names table (lm-pairs-names-data.ts)
   * holds only common words jieba tags as names (古董, 虎口) and their twins, so any of its words is
   * read whatever its tag; the first table leaves every name alone.
   */
  names: boolean;
}
/** The raw table, as the data files export it. */
interface LmSource {
  LM_WORDS: string;
  LM_PARTNERED: string;
  LM_PAIRS: string;
}

let mainTable: LmTable | null = null;
let namesTable: LmTable | null = null;
/** Character code -> its digit in LM_ALPHABET (both tables are packed with the one alphabet). */
const digit = new Uint8Array(128);
for (let k = 0; k < LM_ALPHABET.length; k++) digit[LM_ALPHABET.charCodeAt(k)] = k;
const BASE = LM_ALPHABET.length;
/** An item's id is its number shifted past the code bits (LM_CODES, a power of two). */
const ID_SHIFT = 31 - Math.clz32(LM_CODES);

/**
 * Indexes a table by word: one slice per line (~10,000 lines) and one id per neighbour word. The
 * neighbours stay packed in the line's text and are looked up when a word occurs (evidence), so
 * start-up pays for the index only, and a first check builds no maps for the 100,000 neighbours
 * (a parse per line cost 8 ms per 20 fresh pages, the lookup 1 ms).
 */
function buildTable(src: LmSource, names: boolean): LmTable {
  const ids = new Map(src.LM_WORDS.split(' ').map((w, k) => [w, k]));
  const partnered = new Set(src.LM_PARTNERED.split(' '));
  const index = new Map<string, Side[]>();
  for (const line of src.LM_PAIRS.split('\n')) {
    const a = line.indexOf(' ');
    if (a < 0) continue;
    const b = line.indexOf(' ', a + 1);
    const r = line.indexOf(' ', b + 1);
    const A = line.slice(0, a);
    const B = line.slice(a + 1, b);
    const push = (w: string, s: Side): void => {
      const l = index.get(w);
      if (l) l.push(s);
      else index.set(w, [s]);
    };
    push(A, { twin: B, sign: 1, line, left: b + 1, right: r + 1, end: line.length });
    push(B, { twin: A, sign: -1, line, left: b + 1, right: r + 1, end: line.length });
  }
  return { index, ids, partnered, names };
}

const lmMain = (): LmTable => (mainTable ??= buildTable({ LM_WORDS, LM_PARTNERED, LM_PAIRS }, false));
const lmNames = (): LmTable => (namesTable ??= buildTable(NAMES_SOURCE, true));

/**
 * The line's ratio (tenths of log10, positive: the line's B likelier) for a neighbour's id among the
 * items in [from, to), or undefined. Items are three digits of id * LM_CODES + code (lm-pairs-data.ts).
 * An item marked LM_JOIN_MARK (a compound of the input method's lexicon, under 10^3.5) counts only
 * when `joins` says so (joinsCount).
 */
function evidence(line: string, from: number, to: number, id: number, joins: boolean): number | undefined {
  for (let i = from; i + 3 <= to; i += 3) {
    const v = digit[line.charCodeAt(i)]! * BASE * BASE + digit[line.charCodeAt(i + 1)]! * BASE + digit[line.charCodeAt(i + 2)]!;
    if (v >> ID_SHIFT !== id) continue;
    if (!joins && v & LM_JOIN_MARK) return undefined;
    const code = v & 7;
    return code < 4 ? LM_BUCKETS[code]! : -LM_BUCKETS[code - 4]!;
  }
  return undefined;
}

/** Indexes the table now (createWordLayer calls it at start-up, beside corpus-pairs' tables). */
export function loadLmPairs(): void {
  lmMain();
  lmNames();
}

/**
 * Neighbours that carry evidence: content words of two or more characters (as corpus-pairs.ts).
 * Organisation words (jieba tag nt: 党组织, 村委会, 公安机关) count: an office names the body beside
 * its post or task (党组织书记, not 书籍), and their bigrams are as sharp as any noun's.
 */
const usable = (t: Token | undefined): t is Token => !!t && t.word.length >= 2 && isHanWord(t.word) && !/^(nr|ns|m|q|r|c|p|u)/.test(t.tag);
/** Words read for a slip: content words, names of people, places and bodies never (written as they are). */
const readable = (t: Token): boolean => usable(t) && !t.tag.startsWith('nt');
/** The names table's words: two Han characters, whatever jieba's tag (the table holds no true name). */
const readableName = (t: Token): boolean => t.word.length === 2 && isHanWord(t.word);

/**
 * Thresholds, in tenths of log10 of the model's ratio P(twin…)/P(written…). Chosen on clean real
 * report text (no finding that is not a real slip) and on same-reading swaps planted in it, never
 * on a check set: see docs/BENCHMARKS.md, round 15.
 * bothAt: each neighbour alone favours the twin this much, both neighbours together.
 * oneAt: one neighbour alone, the other neutral (no entry) or absent.
 * errorAt: the weaker side's (or the lone side's) ratio for an error, not a warning.
 * commonAt: the bar (both and one side) for a twin jieba counts twice the written word or more: the
 * prior is on its side (可观原因 → 客观原因 at 10^2.9); the table keeps such neighbours from 10^2.5.
 * The table keeps only ratios of 10^3 and more (10^2.5 towards the far commoner word; the package
 * budget), so a neighbour without an entry is neutral and lower bars change nothing.
 */
export const LM_THRESHOLDS = { bothAt: 30, oneAt: 30, errorAt: 45, commonAt: 25 };

/** The usable words right beside token k, touching it (no space or mark between): what a bigram reads. */
function touchingNeighbours(t: readonly Token[], k: number): { left: string | null; right: string | null } {
  const w = t[k]!;
  const left = usable(t[k - 1]) && t[k - 1]!.end === w.start ? t[k - 1]!.word : null;
  const right = usable(t[k + 1]) && t[k + 1]!.start === w.end ? t[k + 1]!.word : null;
  return { left, right };
}

/**
 * WRD-04 from an input method's language model (lm-pairs-data.ts, derived from sunpinyin's
 * open-gram bigrams): a common two-character word whose same-reading twin the model finds far
 * likelier beside both neighbours, or beside one (强烈返乡 → 反响, 反响途中 → 返乡) with the other
 * not leaning to the written word. The model is general-domain web text, so the bars are high and
 * a jieba phrase of the written word with either neighbour (its own collocation) vouches for it.
 */
export function lmPairRule(a: Analysed, original: string, dict: WordDictionary, th = LM_THRESHOLDS, table: LmTable = lmMain()): WordFinding[] {
  const t = a.tokens;
  const { index, ids } = table;
  const out: WordFinding[] = [];
  for (let k = 0; k < t.length; k++) {
    const w = t[k]!;
    if (w.word.length !== 2) continue;
    // Most words are in no pair: one map lookup.
    const list = index.get(w.word);
    // Names and places are written as they are; function words (以及, 及时 as c/d) are not twins' slips here.
    if (!list || !(table.names ? readableName(w) : readable(w))) continue;
    const { left, right } = touchingNeighbours(t, k);
    const leftId = left ? ids.get(left) : undefined;
    const rightId = right ? ids.get(right) : undefined;
    // Ids count from 0 (the most used neighbour, 工作): undefined, not falsy, means no entry.
    if (leftId === undefined && rightId === undefined) {
      const p = partnerEvidence(t, k, list, th, table);
      if (p) out.push(finding(a, original, 'WRD-04', 'warning', w.start, 2, p));
      continue;
    }
    let best: { word: string; n: number; oneSided: boolean } | null = null;
    // Twins a neighbour beside the word speaks against (凝聚 + 共识, not 凝聚 + 公示): a partner
    // farther off is weaker evidence than the word's own neighbour, so it is not asked about them.
    const refuted = new Set<string>();
    for (const s of list) {
      const l = leftId !== undefined ? evidence(s.line, s.left, s.right - 1, leftId, joinsCount(a, right)) : undefined;
      const r = rightId !== undefined ? evidence(s.line, s.right, s.end, rightId, joinsCount(a, left)) : undefined;
      const lv = l === undefined ? undefined : s.sign * l;
      const rv = r === undefined ? undefined : s.sign * r;
      if ((lv !== undefined && lv < 0) || (rv !== undefined && rv < 0)) refuted.add(s.twin);
      // A twin the dictionary counts twice as often as the written word or more has the prior on its side.
      const bar = (x: number): number => (dict.freq(s.twin) >= 2 * dict.freq(w.word) ? Math.min(x, th.commonAt) : x);
      let n = 0;
      if (lv !== undefined && rv !== undefined) n = lv >= bar(th.bothAt) && rv >= bar(th.bothAt) ? Math.min(lv, rv) : 0;
      else if (lv !== undefined) n = lv >= bar(th.oneAt) ? lv : 0;
      else if (rv !== undefined) n = rv >= bar(th.oneAt) ? rv : 0;
      if (n > 0 && (!best || n > best.n)) best = { word: s.twin, n, oneSided: lv === undefined || rv === undefined };
    }
    if (!best) {
      const p = partnerEvidence(
        t,
        k,
        list.filter((s) => !refuted.has(s.twin)),
        th,
        table,
      );
      if (p) out.push(finding(a, original, 'WRD-04', 'warning', w.start, 2, p));
      continue;
    }
    // The written word in a jieba phrase with a neighbour, or beside it in real report text: its own
    // collocation, it is right (the model's web text says 有理有序, reports write 有力有序).
    if ((left && (dict.freq(left + w.word) > 0 || seenInReports(w.word, '<' + left))) || (right && (dict.freq(w.word + right) > 0 || seenInReports(w.word, '>' + right)))) continue;
    // A name-tagged word may be the name after all (a person called 文武): the names table only warns.
    const sure = !table.names && best.n >= th.errorAt && !priorOnly(best, w.word, left, right, dict, th);
    out.push(finding(a, original, 'WRD-04', sure ? 'error' : 'warning', w.start, 2, best.word));
  }
  return out;
}

/**
 * WRD-04 warning from the names table (lm-pairs-names-data.ts, the same model and bars): a common
 * word jieba tags as a name (古董 nr, 虎口 ns, 德育 nr) and its same-reading twin, which the first
 * table leaves out with every name: 该公司第三大古董 → 股东, 办理虎口迁移 → 户口. The tag is jieba's
 * corpus's, not the word's: CC-CEDICT lists each of the table's name-tagged words as a common word
 * only. A person or place actually named so stays the proper-name stretch's (keptFindings).
 */
export function lmPairNamesRule(a: Analysed, original: string, dict: WordDictionary): WordFinding[] {
  return lmPairRule(a, original, dict, LM_THRESHOLDS, lmNames());
}

/**
 * Whether one side's evidence for an error is mostly the twin's prior: the other side holds a content
 * word the table knows nothing of beside either word, and what is left of the ratio once the two
 * words' jieba counts are taken out is under the one-side bar. The model's ratio carries the prior
 * (a rare written word against a common twin starts 10^2 behind), so a rare right word beside a
 * neighbour the model never met with either (合理施用肥料: 施用 148, 使用 24,035; 合理 favours 使用 by
 * 10^4.5, of which 10^2.2 is the counts) would be made an error by its frequency alone; the other
 * side could have spoken for it and is merely unknown. It stays a warning. A common written word
 * (坚定 against 鉴定, counts alike) keeps its error: there the ratio is the neighbour's own.
 */
function priorOnly(best: { word: string; n: number; oneSided: boolean }, word: string, left: string | null, right: string | null, dict: WordDictionary, th: typeof LM_THRESHOLDS): boolean {
  if (!best.oneSided || left === null || right === null) return false;
  const prior = 10 * Math.log10(Math.max(1, dict.freq(best.word)) / Math.max(1, dict.freq(word)));
  return best.n - prior < th.oneAt;
}

/**
 * Whether a marked join (the twin and the neighbour one term of the input method's lexicon, 10^3 to
 * 10^3.5: 实业保险 → 失业保险, 过期改革 → 国企改革) counts: in Simplified text only, the lexicon being
 * the mainland's (Taiwan's own phrasing beside a mainland term, 有志服務 beside 优质服务, is what it
 * cannot vouch against), and with a content word on the word's other side, `other`: weaker evidence
 * needs a second neighbour that could speak against the twin and does not (我们有志服务基层: after
 * a pronoun 有志 is a predicate, and nothing there could say so).
 */
const joinsCount = (a: Analysed, other: string | null): boolean => a.script === 'hans' && other !== null;

/** Where a sentence ends: the partner search stays inside it. */
const SENTENCE_END = /^[。；！？;!?\n]$/;
/** How many tokens either way the partner search looks (a coordinated pair stands within a clause or two). */
const PARTNER_REACH = 12;

/**
 * Paired-term evidence: the twin's parallel partner (a word sharing one of its characters in the same
 * place, 治标 → 治本) elsewhere in the sentence, not beside the word, where the model finds the twin
 * far likelier beside that partner: 既要指标，又要治本 → 治标. Only a warning: the pair stands apart.
 * A partner that shares a character with the written word as well (有理 … 有据) is no evidence.
 */
function partnerEvidence(t: readonly Token[], k: number, list: readonly Side[], th: typeof LM_THRESHOLDS, table: LmTable): string | null {
  const w = t[k]!.word;
  const { ids, partnered } = table;
  // Only twins some partner favours (LM_PARTNERED, a few hundred): most words have none, no search.
  const sides = list.filter((s) => partnered.has(s.twin));
  if (!sides.length) return null;
  for (const dir of [1, -1] as const) {
    for (let j = k + 2 * dir, n = 0; j >= 0 && j < t.length && n < PARTNER_REACH && !SENTENCE_END.test(t[j]!.word); j += dir, n++) {
      const q = t[j]!.word;
      // Cheap tests first: most tokens share no character with any twin a partner favours.
      if (q.length !== 2 || q[0] === w[0] || q[1] === w[1] || !sides.some((s) => q[0] === s.twin[0] || q[1] === s.twin[1])) continue;
      const id = ids.get(q);
      if (id === undefined) continue;
      for (const s of sides) {
        if ((q[0] !== s.twin[0] && q[1] !== s.twin[1]) || q === s.twin) continue;
        // A marked join is no evidence from afar: the partner stands apart from the word.
        const e = dir > 0 ? evidence(s.line, s.right, s.end, id, false) : evidence(s.line, s.left, s.right - 1, id, false);
        if (e !== undefined && s.sign * e >= th.oneAt) return s.twin;
      }
    }
  }
  return null;
}

/** A clause mark between the word and a neighbour one word off: no relation reads across it (、 joins a list, so it does not count). */
const CLAUSE_BREAK = /^[，。；！？：,;!?:\n]$/;

/**
 * WRD-04 warning from the same model's bigrams read across one intervening word: a verb and its
 * object or a modifier and its head with a word between them (人力、无力 → 物力; 砍伐山上数目 → 树木),
 * which the adjacent-neighbour rule cannot see. The word's neighbour two tokens off, inside the
 * clause, must favour the twin at the one-side bar (the item the table keeps for that side: before
 * the word, the twin's left neighbours; after it, its right ones), and none of the four words around
 * it may favour the written word. The model's bigram is adjacency evidence, so a second witness is
 * asked of the register: the project's report text (RP_COUNTS) uses the written word no more often
 * than the twin (新型电池产业 stays, though the model pairs 新兴 with 产业: reports write 新型 more
 * often than 新兴). The written word's own collocation beside either neighbour (a jieba phrase, or
 * the pair in report text) vouches for it, as in lmPairRule. A warning: the pair stands a word apart.
 */
export function lmAcrossRule(a: Analysed, original: string, dict: WordDictionary, th = LM_THRESHOLDS, table: LmTable = lmMain()): WordFinding[] {
  const t = a.tokens;
  const { index, ids } = table;
  const out: WordFinding[] = [];
  for (let k = 0; k < t.length; k++) {
    const w = t[k]!;
    if (w.word.length !== 2) continue;
    const list = index.get(w.word);
    if (!list || !readable(w)) continue;
    const { left, right } = touchingNeighbours(t, k);
    if ((left && (dict.freq(left + w.word) > 0 || seenInReports(w.word, '<' + left))) || (right && (dict.freq(w.word + right) > 0 || seenInReports(w.word, '>' + right)))) continue;
    const written = reportCount(w.word);
    let best: { word: string; n: number } | null = null;
    for (const s of list) {
      if (reportCount(s.twin) < written) continue;
      let n = 0;
      let refuted = false;
      for (const dir of [-1, 1] as const) {
        for (const d of [1, 2]) {
          const q = t[k + d * dir];
          if (!q || (d === 2 && CLAUSE_BREAK.test(t[k + dir]!.word))) continue;
          const id = usable(q) ? ids.get(q.word) : undefined;
          if (id === undefined) continue;
          const e = dir < 0 ? evidence(s.line, s.left, s.right - 1, id, false) : evidence(s.line, s.right, s.end, id, false);
          if (e === undefined) continue;
          if (s.sign * e < 0) refuted = true;
          else if (d === 2 && s.sign * e >= th.oneAt) n = Math.max(n, s.sign * e);
        }
      }
      if (!refuted && n > 0 && (!best || n > best.n)) best = { word: s.twin, n };
    }
    if (best) out.push(finding(a, original, 'WRD-04', 'warning', w.start, 2, best.word));
  }
  return out;
}

/**
 * How far the model's pairs lean to `word` beside `neighbour` (tenths of log10, the largest ratio by
 * which any line favours `word` over its twin with that neighbour before it, `left`, or after it), or
 * 0: the word's own collocation with the neighbour, read for a span jieba left in lone characters
 * (homophone-span.ts). Compound-marked items (LM_JOIN_MARK) do not count.
 */
export function lmLean(word: string, neighbour: string, left: boolean): number {
  const table = lmMain();
  const id = table.ids.get(neighbour);
  const list = table.index.get(word);
  if (id === undefined || !list) return 0;
  let best = 0;
  for (const s of list) {
    const v = left ? evidence(s.line, s.left, s.right - 1, id, false) : evidence(s.line, s.right, s.end, id, false);
    // the line's ratio is P(B)/P(A); `word` is the line's A when sign is 1, so it leans to `word` when negative
    if (v !== undefined && -s.sign * v > best) best = -s.sign * v;
  }
  return best;
}

/** The words of the main table's pairs (homophone-span.ts proposes them by reading). */
export const lmWords = (): Iterable<string> => lmMain().index.keys();
