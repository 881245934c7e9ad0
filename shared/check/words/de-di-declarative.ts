import type { Token } from './analyse';
import { CLAUSE_OR_LIST_MARK, isHanWord } from './analyse';
import { leansAdverbial } from './de-di-lean';
import { leanAfterDe, NOUN_LEAN } from './de-di-right';
import { DE_DI_AFTER_DI, DE_DI_BEFORE_DI } from './de-di-verb-data';
import { COPULAS, MODALS } from './de-di-words';
import { nounTaggedVerb } from './noun-tagged-verbs-set';

/**
 * 的 written for 地 in a plain statement: a subject + a manner word + 的 + a verb + its object, with no
 * modal before (社工轻声细语的安抚老人, 检查组随机的抽取了三份菜品, 村干部苦口婆心的劝导). The
 * other readings of de-di.ts start from jieba's tag of the word before 的 or from a modal or directive
 * that opens a predicate; here both neighbours are read by a language model instead (fcitx5's
 * lm_sc.arpa, de-di-verb-data.ts, derived by tools/derive-de-di-verb.ts):
 * - the word before 的 is one the model writes before 地 about as often as before 的 (麻利, 偷偷,
 *   面带微笑, 来来回回: jieba tags them nr, d, l, i), or one the sunpinyin model leans adverbial
 *   (de-di-lean.ts); a noun's modifier (良好, 重要, 主要) is far under the bar;
 * - the word after it is a verb (jieba's v) or one the model writes after 地 far more than after 的,
 *   and what follows it is an object or an aspect mark: a noun phrase's head takes neither.
 * Warnings only: the frame is a statement, where a noun phrase (群众热情的帮助) may stand as well.
 */

/** log10 P(地|X)/P(的|X) from which X reads as a manner word (良好 −1.4, 积极 −0.4, 随机 −0.65). */
export const BEFORE_DI_BAR = -0.7;
/**
 * log10 P(地|X)/P(的|X) from which X alone reads as a manner word, with no verb by jieba's tag after it
 * (苦口婆心 −0.28, 夜以继日 +0.06, 仔细 −0.09; 热情 −0.47 and 良好 stay under).
 */
export const STRONG_MANNER = -0.3;

/** A word the model writes before 地 nearly as often as before 的 (STRONG_MANNER). */
export const strongManner = (k: Token): boolean => (leanBeforeDi(k.word) ?? -Infinity) >= STRONG_MANNER;

/** log10 P(Y|地)/P(Y|的) from which a word jieba does not tag v still reads as the adverbial's verb. */
export const AFTER_DI_BAR = 0.5;

let before: ReadonlyMap<string, number> | null = null;
let after: ReadonlyMap<string, number> | null = null;

function unpack(s: string): Map<string, number> {
  const m = new Map<string, number>();
  for (const group of s.split('|')) {
    const [lean, words] = group.split(':');
    for (const w of words!.split(' ')) m.set(w, Number(lean) / 10);
  }
  return m;
}

/** The model's lean of a word to stand before 地 rather than 的 (log10), or null if unseen before 地. */
export function leanBeforeDi(word: string): number | null {
  return (before ??= unpack(DE_DI_BEFORE_DI)).get(word) ?? null;
}

/** The model's lean of a word jieba does not tag v to stand after 地 rather than 的 (log10), or null if under the table's floor. */
export function leanAfterDi(word: string): number | null {
  return (after ??= unpack(DE_DI_AFTER_DI)).get(word) ?? null;
}

/**
 * A manner word by the models' leans, whatever jieba's tag. Not jieba's adverbs the models never saw
 * before 地: a time word tagged d (随后的座谈交流环节) is no manner word, and the tag cannot tell.
 */
export function mannerByLean(k: Token): boolean {
  if (k.word.length < 2 || !isHanWord(k.word)) return false;
  const lean = leanBeforeDi(k.word);
  if (lean !== null) return lean >= BEFORE_DI_BAR;
  return leansAdverbial(k.word);
}

/**
 * Tags of what may stand right before the manner word in a statement: its subject, a time, an adverb, a
 * place. ng too: jieba cuts a noun it lacks into a word and a noun morpheme closing it (修复 + 师, 志 +
 * 工), and the morpheme ends the subject.
 */
const SUBJECT = /^(n|nr|nrt|ns|nt|nz|ng|r|t|s|j|d)$/;
/** Words right before the manner word that make the phrase after them an object (将定期的检查结果). */
const OBJECT_MARKERS: ReadonlySet<string> = new Set('将 把 被 对 给 由 让 使 以 经 为 向 在 从 受 跟 和 与 及'.split(' '));
/** Verbs that take a noun phrase built on a verb as their object (受到群众热情的欢迎和支持). */
const OWNERS: ReadonlySet<string> = new Set('受到 得到 获得 赢得 给予 感谢 感受到 体现 体现出 表现出 离不开 在于 源于'.split(' '));
/** Tags that open an object after a verb: nouns, pronouns, numerals, places, times, abbreviations. */
const OBJECT = /^(n|nr|nrt|ns|nt|nz|r|m|mq|s|t|j)$/;

/**
 * An adverbial verb (jieba's vd: 持续, 长期) right before the manner word opens a predicate as an
 * adverb does (将持续不定期的抽查…), unless a verb or preposition earlier in the clause takes the
 * whole as its object (开展持续深入的调查).
 */
function adverbialVerbOpening(t: readonly Token[], k: number): boolean {
  if (t[k]?.tag !== 'vd') return false;
  for (let j = k - 1; j >= 0 && !CLAUSE_OR_LIST_MARK.test(t[j]!.word) && t[j]!.tag !== 'x'; j--) if (/^(v|vn|p)$/.test(t[j]!.tag) && !MODALS.has(t[j]!.word)) return false;
  return true;
}

/**
 * After a verb by jieba's tag, a second verb or a phrase (关怀 + 辖/v 内, 倾听 + 独居/v 老人, 擦拭 +
 * 每一件/l, 帮助 + 失/zg 能) carries the verb's phrase on: a noun phrase's head (群众热情的帮助) is
 * followed by its own predicate after the subject it makes, seldom by a bare verb. Not a verb
 * closing the clause: two verbs said together there are a compound noun (作了深入的宣讲解读，). Nor
 * a second verb that opens a predicate of its own — a causative (使, 让), or one followed by an
 * aspect mark or a pronoun (热情的帮助使我们…, 耐心的解答打消了…): the phrase before is its subject.
 */
export const CAUSATIVES: ReadonlySet<string> = new Set('使 让 令 叫 使得 促使 带动 推动'.split(' '));
function verbChain(o: Token, o2: Token | undefined, closes: boolean): boolean {
  if (closes || !/^(v|l|zg|g)$/.test(o.tag) || CAUSATIVES.has(o.word)) return false;
  return !o2 || !(/^(了|着|过)$/.test(o2.word) || o2.tag === 'r');
}

/**
 * The 的 at i stands between a manner word (mannerByLean) and a verb with its object in a statement:
 * the adverbial's place, so 地.
 */
export function declarativeMannerBeforeVerb(t: readonly Token[], i: number): boolean {
  const x = t[i - 1];
  const v = t[i + 1];
  const o = t[i + 2];
  if (!x || !v || !o || t[i]!.word !== '的' || !mannerByLean(x)) return false;
  // What stands before the manner word: the clause's start, its subject, a time or an adverb. A verb,
  // preposition, numeral or 了 there makes the phrase an object or a noun phrase (进行认真的研究).
  // A modal there opens the predicate as well (能一如既往的关心): not 将, which is also 把.
  const w = t[i - 2];
  if (w && !(CLAUSE_OR_LIST_MARK.test(w.word) || w.tag === 'x' || SUBJECT.test(w.tag) || MODALS.has(w.word) || adverbialVerbOpening(t, i - 2))) return false;
  if (w && OBJECT_MARKERS.has(w.word)) return false;
  // A determiner (这种, 各) opens a noun phrase, not a subject: 这种实实在在的为民情怀.
  if (w && w.tag === 'r' && /^(这|那|各|每|某|该|此|本|哪)/.test(w.word)) return false;
  // Nor may a verb earlier in the clause take the phrase as its object (受到群众热情的欢迎). A
  // preposition there (在志愿者耐心的帮助下) is left to the object test below: 下 opens none.
  for (let j = i - 2; j >= 0 && j >= i - 4 && !CLAUSE_OR_LIST_MARK.test(t[j]!.word); j--) if (OWNERS.has(t[j]!.word)) return false;
  if (v.word.length < 2 || !isHanWord(v.word) || COPULAS.has(v.word)) return false;
  const lean = leanAfterDi(v.word);
  if (!(v.tag === 'v' || nounTaggedVerb(v.word) || (lean !== null && lean >= AFTER_DI_BAR))) return false;
  // A noun by the model's lean after 的 (需求, 收入) heads a noun phrase, whatever jieba's tag.
  if (leanAfterDe(v.word) >= NOUN_LEAN) return false;
  // What follows the verb: an aspect mark, or an object that does not close the phrase as a noun
  // compound's head would (认真的学习态度。: 态度 leans to follow 的).
  const o2 = t[i + 3];
  if (/^(了|着|过)$/.test(o.word)) return true;
  // A verb jieba tags n (座谈) that the model does not lean to 地 heads noun compounds as often as it
  // takes an object (座谈交流环节): then only a pronoun or numeral after it marks an object.
  const verbByTag = v.tag === 'v' || (lean !== null && lean >= AFTER_DI_BAR);
  // A preposition of where the doing lands (团结在…周围, 转移到…) follows a verb, never a noun's head.
  if (/^(在|到|于|向|给)$/.test(o.word) && !!o2 && !CLAUSE_OR_LIST_MARK.test(o2.word) && o2.tag !== 'x') return true;
  const closes = !o2 || CLAUSE_OR_LIST_MARK.test(o2.word) || o2.tag === 'x';
  // A verb form before a noun (流动 + 摊贩, 防疫 + 物资) modifies it: the two open an object, as a place
  // word before a noun does. (A noun phrase's head is followed by its predicate, not by a noun.)
  const modifiedObject = (o.tag === 'f' || o.tag === 'vn') && !!o2 && /^n/.test(o2.tag);
  // After a manner word the model writes before 地 nearly as often as before 的 (strongManner: 耐心,
  // 仔细, 长时间; not 热情 or 随后), such a verb takes a plain noun as its object too (耐心的指导农户,
  // 仔细的清点防疫物资): a noun phrase's modifier is not written that way. Not a noun the model leans to
  // follow 的 (认真的学习态度: 态度 heads the phrase) wherever it stands.
  const nounObject = strongManner(x) && (OBJECT.test(o.tag) || modifiedObject) && /^n/.test((modifiedObject ? o2 : o)!.tag) && leanAfterDe(o.word) < NOUN_LEAN;
  const objectStart = verbByTag ? OBJECT.test(o.tag) || modifiedObject || verbChain(o, o2, closes) : /^(r|m|mq)$/.test(o.tag) || nounObject;
  if (!objectStart || o.word === '的') return false;
  return !(closes && /^n/.test(o.tag) && leanAfterDe(o.word) >= NOUN_LEAN);
}
