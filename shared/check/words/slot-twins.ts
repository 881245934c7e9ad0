import type { Analysed, Token } from './analyse';
import { isHanWord } from './analyse';
import { COMMON_FREQ, type WordDictionary } from './dictionary';
import { finding, type WordFinding } from './finding';
import { nounTaggedVerb } from './noun-tagged-verbs-set';
import { SLOT_TWINS } from './slot-twins-data';

/** A twin is kept in the table when jieba counts it this often or more (tools/derive-slot-twins.ts). */
export const SLOT_TWIN_FREQ = 100;
/**
 * ... and this many times the written word or more: a slot is moderate evidence, so it only ever
 * argues for the commoner word of a pair, with the prior on its side (the table's figures, round 23:
 * at 1x, 时限 → 实现 after 明确 and 汇报 → 回报 after 依次 came up in real reports; at 2x none did).
 */
export const SLOT_RATIO = 2;

/** The part-of-speech class a slot asks for: V a verb, N a noun, VN either (jieba's vn), O neither. */
export type SlotClass = 'V' | 'N' | 'VN' | 'O';
export function slotClass(tag: string): SlotClass {
  if (/^(v|vd|vi)$/.test(tag)) return 'V';
  if (tag === 'vn') return 'VN';
  if (/^(n|nz|ng|j|s|an)$/.test(tag)) return 'N';
  return 'O';
}

let twins: Map<string, string[]> | null = null;
/** Written word -> its twins of another class, commonest first (slot-twins-data.ts), parsed on first use. */
function twinTable(): Map<string, string[]> {
  if (twins) return twins;
  twins = new Map();
  for (const e of SLOT_TWINS.split(' ')) {
    if (e.length < 4) continue;
    const list: string[] = [];
    for (let i = 2; i + 2 <= e.length; i += 2) list.push(e.slice(i, i + 2));
    twins.set(e.slice(0, 2), list);
  }
  return twins;
}

/** The commonest twin of the word that the dictionary files under the class the slot needs. */
function twinFor(dict: WordDictionary, word: string, need: 'V' | 'N'): string | undefined {
  return twinTable()
    .get(word)
    ?.find((t) => slotClass(dict.get(t)?.tag ?? '') === need);
}

const CLAUSE_END = /^[，。；！？、,;!?：:]$/;
/** Prepositions whose object is followed by the clause's verb (由消防局负责, 为基层减负). */
const VERB_AFTER = new Set(['由', '为', '向', '对', '给', '被', '让', '把']);
/** Prepositions of basis whose object ends in a noun (依会议决议, 根据情节和性质). */
const BASIS = new Set(['依', '依据', '根据', '按照', '按', '遵照', '依照', '基于', '对照']);
/** Classifiers that end a count word, which then needs a noun (多种渠道, 三项制度). */
const COUNTED = /[种类项个名位件批套家所条座]$/;
/** Tags of the words an object phrase is made of, between a preposition and the word. */
const NOMINAL = /^(n|nz|nt|ns|nr|j|vn|b|m|q|r|f)/;
/** The same, and a time word or a conjunction inside a basis phrase (依上次会议…, 根据情节和…). */
const BASIS_PHRASE = /^(n|nz|nt|ns|nr|j|vn|b|m|q|r|f|t|c)/;

/**
 * WRD-04 by the grammatical slot: a word whose class the neighbours rule out, where a same-reading
 * word of the class they ask for, far commoner, fits (slot-twins-data.ts). An input method offers
 * both for one reading; the neighbours' tags (jieba's) tell which class the sentence needs:
 *   - after a two-character adverb (tag d), a verb, not a noun or count word: 果断事实 → 实施 (an
 *     adjective is an ordinary predicate there: 较为详尽);
 *   - after 的, a noun, not an adverb, conjunction or preposition closing the clause: 企业的自愿 → 资源;
 *   - after a count word or 各/每, a noun, not a verb followed by no noun: 多种取道收集 → 渠道 (not
 *     where a 的 follows in the clause: the counted noun stands after it, 一名受理投诉的人员);
 *   - a preposition such as 由/为 and its object, then a verb, not a noun closing the clause:
 *     由消防局附则， → 负责;
 *   - a preposition of basis (依, 根据) and its object phrase ending in a noun, not a verb:
 *     依上次会议决意， → 决议 (not after a verbal noun, 分级救治, nor where an adverb stands before
 *     the preposition, 将依照程序批复: the phrase is then inside a predicate whose verb closes it).
 * The slot is moderate evidence (jieba's tags err, a writer may mean the rarer word): a warning.
 */
export function slotTwinRule(a: Analysed, original: string, dict: WordDictionary): WordFinding[] {
  const t = a.tokens;
  const out: WordFinding[] = [];
  for (let k = 1; k < t.length; k++) {
    const w = t[k]!;
    if (w.word.length !== 2) continue;
    const need = slotNeed(t, k);
    if (!need || !isHanWord(w.word) || dict.freq(w.word) < COMMON_FREQ) continue;
    const twin = twinFor(dict, w.word, need);
    if (twin) out.push(finding(a, original, 'WRD-04', 'warning', w.start, 2, twin));
  }
  return out;
}

/** The class the slot of token k asks for when its own tag rules the token out there, else null. */
function slotNeed(t: readonly Token[], k: number): 'V' | 'N' | null {
  const w = t[k]!;
  const p = t[k - 1]!;
  const nx = t[k + 1];
  const ends = !nx || CLAUSE_END.test(nx.word);
  // jieba's nz holds many verbs (印发, 汇报) and its n the verbs noun-tagged-verbs.ts lists (核实,
  // 记录): neither is a noun a verb slot rules out.
  const noun = /^(n|j|b)$/.test(w.tag) && !nounTaggedVerb(w.word);
  // An adjective after an adverb is an ordinary predicate (较为详尽, 十分重要): no verb slot.
  if (p.tag === 'd' && p.word.length >= 2 && (noun || /^(ng|m|t|s)$/.test(w.tag))) return 'V';
  if (p.word === '的' && ends && /^(d|c|p|ad|r)$/.test(w.tag)) return 'N';
  // A count word whose noun stands after a 的 later in the clause (一名受理投诉的人员) counts that
  // noun: the verb after it opens the modifier, no noun slot.
  if (((p.tag === 'm' && COUNTED.test(p.word)) || p.word === '各' || p.word === '每') && /^(v|vd)$/.test(w.tag) && !(nx && /^(n|vn|j|an|r|m)/.test(nx.tag)) && !deLater(t, k)) return 'N';
  if (ends && noun && objectAfter(t, k, VERB_AFTER, NOMINAL, 'p')) return 'V';
  if ((ends || (nx && /^(d|ad)$/.test(nx.tag))) && /^(v|vd)$/.test(w.tag) && !/^v/.test(p.tag) && basisInPredicate(t, k) === false) return 'N';
  return null;
}

/** Whether a 的 follows token k in its clause. */
function deLater(t: readonly Token[], k: number): boolean {
  for (let j = k + 1; j < t.length && !CLAUSE_END.test(t[j]!.word); j++) if (t[j]!.word === '的') return true;
  return false;
}

/**
 * For a basis phrase (依/根据 + object) ending at token k: null when there is none, true when an
 * adverb stands right before the preposition (也都依照程序批复, 将根据…认定): the phrase is then an
 * adverbial inside a predicate whose verb is still to come, so a verb closing it is that verb;
 * false otherwise. A verb or verbal noun right before token k (分级 + 救治) makes a run of verbs,
 * not an object's noun, and is ruled out by the caller.
 */
function basisInPredicate(t: readonly Token[], k: number): boolean | null {
  for (let j = k - 1; j >= 0 && j >= k - 5; j--) {
    const x = t[j]!;
    if (BASIS.has(x.word)) return j < k - 1 ? j > 0 && /^(d|ad)$/.test(t[j - 1]!.tag) : null;
    if (!BASIS_PHRASE.test(x.tag)) return null;
  }
  return null;
}

/** Whether token k follows one of the prepositions and an object phrase of one to four words (tags `phrase`). */
function objectAfter(t: readonly Token[], k: number, preps: ReadonlySet<string>, phrase: RegExp, tag?: string): boolean {
  for (let j = k - 1; j >= 0 && j >= k - 5; j--) {
    const x = t[j]!;
    if (preps.has(x.word)) return j < k - 1 && (!tag || x.tag === tag);
    if (!phrase.test(x.tag)) return false;
  }
  return false;
}
