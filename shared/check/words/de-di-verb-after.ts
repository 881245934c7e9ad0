import type { Token } from './analyse';
import { CLAUSE_OR_LIST_MARK, isHanWord } from './analyse';
import type { WordDictionary } from './dictionary';
import { mannerByLean } from './de-di-declarative';
import { leansAdverbial } from './de-di-lean';
import { nounAfterDe } from './de-di-right';

/**
 * A manner word + 地 + a verb that jieba's tag reads as a noun (队员们迅速地集结待命: 集结待命 n;
 * 各村合理地布局了服务网点: 布局 n). The 地 → 的 readings of de-di.ts start from that one tag, so
 * they took the verb for the head of a noun phrase. Here the word after 地 is read as a verb by
 * evidence that does not rest on its tag, and the word before 地 as a manner word by the language
 * models' lean (mannerByLean: fcitx5's P(地|X)/P(的|X), sunpinyin's adverbial lean):
 * - an aspect mark right after it (了, 着, 过): only a verb takes one (布局了, 部署了);
 * - or it is a four-character entry whose first half the dictionary tags as a plain verb (集结 + 待命;
 *   not vn, which also heads nouns: 工作态度) closing the clause, and the manner word stands where a
 *   statement's adverbial stands:
 *   after its subject, the clause's start, a time or an adverb — not after a verb, preposition,
 *   numeral or 了, which open an object (开展了广泛地宣传教育: a noun phrase, 的).
 * Then 地 is right and no 地 → 的 finding is made.
 */

const ASPECT = /^(了|着|过)$/;
/** What may stand before a statement's manner word: subject (们 after persons: jieba's k), time, place, adverb. */
const BEFORE_MANNER = /^(n|nr|nrt|ns|nt|nz|r|t|s|j|d|k|zg)$/;

export function verbAfterMannerDi(t: readonly Token[], i: number, dict: WordDictionary): boolean {
  const x = t[i - 1];
  const y = t[i + 1];
  if (t[i]?.word !== '地' || t[i]!.tag !== 'uv' || !x || !y || !isHanWord(y.word) || y.word.length < 2 || !mannerByLean(x)) return false;
  const next = t[i + 2];
  if (next && ASPECT.test(next.word) && t[i + 3] && !CLAUSE_OR_LIST_MARK.test(t[i + 3]!.word) && t[i + 3]!.tag !== 'x') return true;
  const w = t[i - 2];
  // A verb-noun opening the clause is its subject too (教练 vn + 主动地…).
  const opening = (k: number): boolean => k < 0 || CLAUSE_OR_LIST_MARK.test(t[k]!.word) || t[k]!.tag === 'x';
  const statementSlot = !w || opening(i - 2) || BEFORE_MANNER.test(w.tag) || (w.tag === 'vn' && opening(i - 3));
  // A word sunpinyin's model writes before 地 at a fair rate (leansAdverbial: 主动, 精心), where a
  // statement's adverbial stands, + 地 + a two-character word and a noun after it: a verb and its
  // object (教练主动地联系家长: 联系 n), not a noun phrase (no 的 after an adverbial that strong).
  if (statementSlot && leansAdverbial(x.word) && y.word.length === 2 && !nounAfterDe(y.word) && next && /^(n|nr|ns|nt|nz|j|r)$/.test(next.tag) && isHanWord(next.word)) return true;
  if (y.word.length !== 4 || dict.tagOf(y.word.slice(0, 2)) !== 'v') return false;
  if (next && !CLAUSE_OR_LIST_MARK.test(next.word) && next.tag !== 'x') return false;
  return !w || opening(i - 2) || BEFORE_MANNER.test(w.tag);
}

/** Modals that open a predicate (将 is left out: it is also 把, 将X地区的…). */
const MODALS: ReadonlySet<string> = new Set(['要', '应', '应当', '应该', '必须', '务必', '须', '需', '需要', '能', '能够', '不能', '可以', '才能', '應', '應當', '應該', '務必', '須', '需要', '能夠']);

/**
 * A modal right before the manner word, then 地 (要科学合理地调度水资源, 不能不假思索地一转了之,
 * 應主動積極地出擊): the modal opens a predicate, so what follows 地 is its verb whatever tag jieba
 * gives it (调度 n, 清理 a), and 地 is right. A modal followed by a verb first (要形成浓厚地氛围) takes
 * an object, where 地 → 的 stays possible, so only the word right after the modal is read: a set
 * phrase of four characters (jieba's i, l, n or z) or a two-character manner word by its tag or the
 * language models' lean.
 */
export function mannerAfterModal(t: readonly Token[], i: number): boolean {
  const x = t[i - 1];
  const w = t[i - 2];
  const y = t[i + 1];
  if (t[i]?.word !== '地' || !x || !w || !y || !isHanWord(y.word) || !MODALS.has(w.word)) return false;
  if (x.word.length === 4 && /^(i|l|n|z)$/.test(x.tag)) return true;
  return x.word.length === 2 && (/^(ad|d|a|vd|z)$/.test(x.tag) || mannerByLean(x));
}
