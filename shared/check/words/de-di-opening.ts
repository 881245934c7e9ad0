import type { Token } from './analyse';
import { CLAUSE_MARK, isHanWord } from './analyse';
import { CAUSATIVES, mannerByLean } from './de-di-declarative';
import { nounAfterDe } from './de-di-right';
import { COPULAS, MODALS } from './de-di-words';

/**
 * 的 written for 地 where the manner word opens the clause's predicate, read from where the phrase
 * stands rather than from jieba's tag of the word after 的. The other 的 → 地 readings ask that word
 * to be a verb by its tag or by a list, and jieba tags many verbs of doing otherwise in report text
 * (关怀 nr, 联系 n, 核验 n, 调度 n, 打电话 l), or cuts a Traditional verb it lacks in two (比对 → 比 +
 * 对, 布建 → 布 + 建). Here the frame decides instead:
 * - the word before 的 is a manner word by the language models' lean (mannerByLean: 主动, 轮流, 机动,
 *   挨家挨户);
 * - before it stands the clause's start, its subject, a time or adverb, or a modal (将 too, unless it
 *   reads as 把: then nouns follow the word after 的 and a verb after them, 将定期的检查结果报送);
 * - no verb, preposition or verb phrase earlier in the clause takes the phrase as its object
 *   (开展全方位的学习宣传活动, 在志愿者耐心的帮助下): only a modal, a verb of asking or leading
 *   followed by the person it asks (呼吁 + 营业人, 引导 + 农户: the person is the subject of what
 *   follows), or 与/和 joining two nouns into one subject;
 * - the word after 的 is a Han word that the model does not lean to stand after 的 as a noun's head
 *   (nounAfterDe: 态度, 需求), and the phrase goes on after it: neither a clause end (认真的学习。
 *   may be a noun phrase's end), nor a modal or copula that would make 态度/建议 a subject's head
 *   (认真的态度是…, 合理的建议要…).
 * The subject + manner + 的 + word + more frame does not hold a noun phrase in 9,000 rightly written
 * 的 of TRAIN report text and keyed sentences. A warning: a statement may still hold one.
 */

/** Verbs whose object is a person who then does what follows (呼吁营业人主动地补报): a pivot. */
const PIVOTS: ReadonlySet<string> = new Set('呼吁 要求 请 督促 引导 鼓励 组织 动员 号召 责成 带领 指导 帮助 协助 推动 带动 让 使 派 安排'.split(' '));
/** Words that join two nouns into one subject (里长与里干事), which jieba may tag as prepositions. */
const JOINS: ReadonlySet<string> = new Set('与 和 及 同 跟'.split(' '));
/** Tags of what may stand right before the manner word: a subject, time, place, adverb, a mark (、 of a list too: the scan back to the clause's start then reads what stands before the list). */
const SUBJECT = /^(n|nr|nrt|ns|nt|nz|ng|r|t|s|j|d|x)$/;
const NOUN = /^(n|nr|nrt|nt|ns|nz|j)$/;
/** Degree words: what follows them is graded, a noun phrase's modifier (最严格的耕地保护制度). */
const DEGREE_BEFORE = /^(最|更|很|较|十分|非常|最为|更加|比较|极)$/;

/** Whether the 的 at i stands between a manner word opening the predicate and the verb it modifies. */
export function mannerOpeningPredicate(t: readonly Token[], i: number): boolean {
  const x = t[i - 1];
  const v = t[i + 1];
  const o = t[i + 2];
  if (!x || !v || !o || t[i]!.word !== '的' || !mannerByLean(x)) return false;
  // Back over coordinated modifiers (快速、规范、高效的): the list is one phrase, what stands before it decides.
  let b = i - 2;
  while (t[b]?.word === '、' && b >= 2) b -= 2;
  const w = t[b];
  if (w && !(CLAUSE_MARK.test(w.word) || SUBJECT.test(w.tag) || MODALS.has(w.word))) return false;
  if (w && w.tag === 'r' && /^(这|那|各|每|某|该|此|本|哪)/.test(w.word)) return false;
  if (w && DEGREE_BEFORE.test(w.word)) return false;
  for (let j = b; j >= 0 && !CLAUSE_MARK.test(t[j]!.word); j--) {
    const k = t[j]!;
    if (PIVOTS.has(k.word) && j < b && NOUN.test(t[j + 1]!.tag)) break;
    if (JOINS.has(k.word) && j > 0 && NOUN.test(t[j - 1]!.tag)) continue;
    if (/^(v|vn|p|i|l)$/.test(k.tag) && !MODALS.has(k.word)) return false;
  }
  if (!isHanWord(v.word) || COPULAS.has(v.word) || nounAfterDe(v.word)) return false;
  // Without a modal the phrase may be a subject with its own predicate after it (耐心的指导意见对…很有
  // 帮助, 定期的检查很有必要, 挨家挨户的宣传工作做得很好): a noun's head right after the word, or an
  // adverb, preposition or 得 later in the clause, says so; after a modal the predicate is the verb's.
  if (!modalBefore(t, b) && (nounAfterDe(o.word) || laterPredicate(t, i + 2))) return false;
  if (CLAUSE_MARK.test(o.word) || o.word === '、' || o.tag === 'x' || o.word === '的') return false;
  if (MODALS.has(o.word) || COPULAS.has(o.word) || (w?.word === '将' && baReading(t, i + 2))) return false;
  // A second verb that opens a predicate of its own — a causative, or one with an aspect mark or a
  // pronoun after it — makes the phrase before it a subject (热情的接待赢得了好评, 耐心的解答使他们…).
  const o2 = t[i + 3];
  return !(o.tag === 'v' && (CAUSATIVES.has(o.word) || (!!o2 && (/^(了|着|过)$/.test(o2.word) || o2.tag === 'r'))));
}

/** From token k: nouns, then a verb: 将 took them as its object and the verb is the clause's (将…结果报送). */
function baReading(t: readonly Token[], k: number): boolean {
  let j = k;
  while (j < t.length && /^(n|nr|nrt|nt|ns|nz|j|vn|f|m|q|t)$/.test(t[j]!.tag)) j++;
  return j > k && j < t.length && t[j]!.tag === 'v';
}

/** A modal right before the manner word or earlier in its clause (要, 应, 将 …). */
function modalBefore(t: readonly Token[], b: number): boolean {
  for (let j = b; j >= 0 && !CLAUSE_MARK.test(t[j]!.word); j--) if (MODALS.has(t[j]!.word)) return true;
  return false;
}

/** From token k to the clause's end: an adverb, a preposition, 得 or 值得, a predicate's own words. */
function laterPredicate(t: readonly Token[], k: number): boolean {
  for (let j = k; j < t.length && !CLAUSE_MARK.test(t[j]!.word) && t[j]!.tag !== 'x'; j++) if (/^(d|zg|ud|p)$/.test(t[j]!.tag) || t[j]!.word === '值得') return true;
  return false;
}
