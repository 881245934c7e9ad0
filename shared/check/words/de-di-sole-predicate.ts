import type { Token } from './analyse';
import { CLAUSE_MARK, isHanWord } from './analyse';
import { AFTER_DI_BAR, CAUSATIVES, leanAfterDi, mannerByLean } from './de-di-declarative';
import { leansNominal } from './de-di-lean';
import { nounAfterDe } from './de-di-right';
import { COPULAS, DEGREE, MODALS, PERSONS } from './de-di-words';
import { nounTaggedVerb } from './noun-tagged-verbs-set';
import { shapeStart } from './de-di-patterned';
import type { WordDictionary } from './dictionary';

/**
 * 的 written for 地 where the verb after 的 is the only predicate its clause can have (督查组对清单里的
 * 点位逐一细致的核查，; 监管部门将依法从严的查处。; 班子成员之间坦诚的指出问题，). A clause with a
 * subject needs a predicate; when no word before the modifier can be one (every verb there is inside a
 * 的-modifier of a noun, 列入清单的点位) and nothing after the verb's own object can be one either (no
 * adverb, modal, copula or second verb after a noun), then modifier + 的 + verb is no noun phrase
 * but the predicate, and the modifier is its adverbial. The other 的 → 地 readings start from the
 * word before 的 (a manner word by the models' lean or its shape) or from a modal or directive; this
 * one starts from the clause, so it reaches adverbials the models never saw (从严, 逐一, 连夜, 集中)
 * in either script. Guards, each a way the phrase is a noun phrase after all:
 * - the modifier is a word that can be an adverbial (an adjective, adverb, idiom, state word, or a
 *   verb right after the subject or a modal: 集中), not one the model leans to 的 (稀缺, 优质), or a
 *   manner adverbial known by its shape whatever jieba tags it (分批 m, 分片 n, 一对一 m: the shapes
 *   of de-di-patterned.ts);
 * - the clause opens with its subject (a noun, pronoun, time or place, a number, or a modifier closed
 *   by 的), not with a preposition or a verb that would take the phrase as its object (a pivot verb
 *   and its person, 组织巡护员 + 分片…, take a second predicate instead), and holds no preposition
 *   that takes a doing as its object (通过/经过/随着/在…下, 以/用 + means: 以热情的服务接待);
 * - no copula or verb with an aspect mark stands before the modifier;
 * - a verb form jieba reads as a noun (vn, n) after 的 is followed by no noun (发展空间, 协商报告),
 *   unless an aspect mark follows it or the modifier is a firm adverbial (an idiom, adverb, manner
 *   word or shape) and the dictionary files the word as a verb (逐一的清点 n + 辖内…);
 * - the next clause does not open with a verb whose subject the phrase would be (…的劝导，让…), nor
 *   with a predicate of state (…热情的服务，十分满意), nor — after a verb closing its clause or a
 *   verb form with a noun after it — with a preposition or a verb and its aspect mark (积极的配合，
 *   确保了…; 持续的发展空间，吸引了…);
 * - an adverb inside the object's own modifier (抢收已经成熟的小麦), 并 + a second verb, or 与/和
 *   joining nouns after the verb is no later predicate.
 * Measured on TRAIN's keyed sentences and report text before it shipped: no rightly written 的 of the
 * clean sentences, the fault sentences or the report text reads this way. A warning.
 */

/** Prepositions (and verbs used as them) whose object is a doing or a means, 通过耐心的劝说. */
export const EVENT_TAKERS: ReadonlySet<string> = new Set('通过 经过 随着 由于 因为 凭借 关于 对于 感谢 在 以 用 靠 凭 透過 經過 隨著 對於 關於 藉由 憑藉'.split(' '));
/** Verbs opening the next clause that would make the phrase before them their subject. */
const EFFECT_OPENERS: ReadonlySet<string> = new Set('让 使 令 使得 赢得 得到 受到 获得 换来 促使 带动 是 讓 獲得 換來 帶動'.split(' '));
/** Tags of a clause's first word when the clause opens with its subject. */
const SUBJECT_FIRST = /^(n|nr|nrt|ns|nt|nz|j|r|t|s|ng)$/;
/** Tags of a word that can be an adverbial before 的 + a verb. */
const ADVERBIAL_TAGS = /^(a|ad|d|i|z|vd|v)$/;
const NOUN = /^(n|nr|ns|nt|nz|j)$/;
/** Tags of a verb's object after it: nouns, pronouns, numbers, places, and jieba's v or morphemes for nouns it lacks (嫁妆 v, 辖 v). */
const OBJECT_START = /^(n|nr|nrt|ns|nt|nz|j|r|m|mq|s|v|vn|zg|ng)$/;

/** Degree words of two characters or more, which jieba may fuse with the adjective after (十分满意 l). */
let longDegree: readonly string[] | null = null;
const degreeOpened = (word: string): boolean => (longDegree ??= [...DEGREE].filter((d) => d.length >= 2)).some((d) => word.startsWith(d));

/** Whether the 的 at i stands between an adverbial and the verb that is its clause's only predicate. */
export function solePredicateAfterDe(t: readonly Token[], i: number, dict: WordDictionary): boolean {
  const x = t[i - 1];
  const v = t[i + 1];
  const o = t[i + 2];
  if (t[i]?.word !== '的' || !x || !v || !isHanWord(x.word)) return false;
  // A manner adverbial known by its shape, whatever jieba tags or cuts it (分批 m, 分片 n, 一对一 m,
  // 分期分批 n, 一/砖/一/瓦: de-di-patterned.ts): a way of doing, never a noun's owner. What stands
  // before it is read from where the shape starts.
  const from = shapeStart(t, i, dict);
  if (from < 0 && (x.word.length < 2 || leansNominal(x.word))) return false;
  if (from < 0 && !mannerByLean(x) && !ADVERBIAL_TAGS.test(x.tag)) return false;
  // A verb before 的 may be a relative clause's (查获的弃置现场): as an adverbial, only right after
  // the subject or a modal (各地要集中的清理, 农户送来的玉米集中的烘干).
  const w = t[(from < 0 ? i - 1 : from) - 1];
  // Right after a preposition the modifier opens its object (对恃强凌弱的行为…), no adverbial; right
  // after 的 it is a noun phrase's own head or modifier (他的一言一行的影响).
  if (w && (w.tag === 'p' || w.word === '的')) return false;
  if (from < 0 && x.tag === 'v' && !mannerByLean(x) && !(w && (NOUN.test(w.tag) || w.tag === 'r' || MODALS.has(w.word)))) return false;
  if (!isHanWord(v.word) || v.word.length < 2 || COPULAS.has(v.word) || MODALS.has(v.word) || nounAfterDe(v.word)) return false;
  if (!(v.tag === 'v' || v.tag === 'vn' || nounTaggedVerb(v.word) || (leanAfterDi(v.word) ?? -Infinity) >= AFTER_DI_BAR)) return false;
  if (o) {
    if (/^(f|uj)$/.test(o.tag) || (o.tag === 'x' && !CLAUSE_MARK.test(o.word))) return false;
    // A second verb, a causative or one with its aspect mark, makes the phrase its subject
    // (热情的接待赢得了好评, 积极的配合得到了肯定).
    if (o.tag === 'v' && (CAUSATIVES.has(o.word) || /^(了|着|过)$/.test(t[i + 3]?.word ?? ''))) return false;
    // A verb form jieba reads as a noun (vn, n) takes no more than a numeral-led object: 发展 vn +
    // 空间 is a compound noun, 服务 vn + 十分满意 a subject's predicate. An aspect mark after it
    // makes it a verb all the same (有条不紊的储备了…), and so does a firm adverbial before it — an
    // idiom, an adverb, a manner word by the models or its shape (逐一的清点辖内…, 分片的巡查重点
    // 草场) — when the dictionary files it as a verb: no noun compound's modifier is written so.
    // (An object, not a state: 影响 vn + 很大 a, 服务 vn + 十分满意 l grade a noun phrase.)
    const firm = from >= 0 || /^(i|l|d|ad)$/.test(x.tag) || mannerByLean(x);
    const verbByDict = /^v/.test(dict.tagOf(v.word) ?? '') || nounTaggedVerb(v.word) || (leanAfterDi(v.word) ?? -Infinity) >= AFTER_DI_BAR;
    if (v.tag !== 'v' && !CLAUSE_MARK.test(o.word) && !/^(m|mq|r|ul|uz|ug)$/.test(o.tag) && !/^(了|着|过)$/.test(o.word) && !(firm && verbByDict && OBJECT_START.test(o.tag))) return false;
  }
  if (laterPredicate(t, i + 2)) return false;
  const start = from < 0 ? i - 1 : from;
  let s = start - 1;
  while (s >= 0 && !CLAUSE_MARK.test(t[s]!.word)) s--;
  s++;
  const first = t[s];
  // A subject may open with a number (三万余名观众) or with a modifier of its own, closed by a 的
  // before the adverbial (沉陷区内的群众, 捐赠的手稿和书信): earlierPredicate reads the words in it.
  const modified = /^(m|a|b|v|vn|f)$/.test(first?.tag ?? '') && t.slice(s + 1, start).some((k) => k.word === '的');
  if (!first || s >= start || !(SUBJECT_FIRST.test(first.tag) || first.tag === 'm' || modified) || (first.tag === 'r' && /^(这|那|该|此|其)$/.test(first.word))) return false;
  if (earlierPredicate(t, s, start - 1)) return false;
  let e = i + 1;
  while (e < t.length && !CLAUSE_MARK.test(t[e]!.word)) e++;
  // Nor a predicate of state with no subject of its own (…热情的服务，十分满意。): the phrase is its subject.
  const next = t[e + 1];
  if (next && (EFFECT_OPENERS.has(next.word) || /^(a|ad|d)$/.test(next.tag) || DEGREE.has(next.word) || degreeOpened(next.word))) return false;
  // A verb closing its clause may end a subject whose predicate is the next clause's, when that
  // clause opens with a preposition or with a verb and its aspect mark (积极的配合，确保了…; 耐心的
  // 解答，打消了…; …，为…提供了保障): a second predicate of the same subject would not.
  // So does a next clause opening with a pronoun, commenting on the phrase as its topic (热情的接待，
  // 大家都记在心里).
  // The same after a verb form jieba reads as a noun taken with a noun after it (持续的发展空间，吸引了…).
  if ((e === i + 2 || v.tag !== 'v') && next && (next.tag === 'p' || PERSONS.has(next.word) || /^(了|着|过)$/.test(t[e + 2]?.word ?? '') || /^(了|着|过)$/.test(t[e + 3]?.word ?? ''))) return false;
  return true;
}

/**
 * From token k to the clause's end: an adverb, degree word, preposition, conjunction, modal or copula,
 * or a verb after a noun — a predicate of its own, whose subject the phrase before would be.
 */
export function laterPredicate(t: readonly Token[], k: number): boolean {
  for (let j = k; j < t.length && !CLAUSE_MARK.test(t[j]!.word); j++) {
    const m = t[j]!;
    const after = t[j + 1];
    // 并 + a verb adds a second predicate to the one before it, never a predicate to a noun phrase
    // (主动的补缴税款并加计利息): the phrase before is a predicate already.
    if (/^(并|并且|並|並且)$/.test(m.word) && /^(v|vn)$/.test(after?.tag ?? '') && !/^[不没未非無沒]/.test(after!.word)) return false;
    // An adverb inside a modifier of the object (抢收 + 已经成熟的小麦) or right before a noun (到期
    // d + 储备粮) predicates nothing of the phrase before; nor does 与/和/及 joining two nouns up to
    // the clause's end or a 的 (清点抽水机 + 与水门的受损情形).
    if (m.tag === 'd' && (/^n/.test(after?.tag ?? '') || (/^(a|v)$/.test(after?.tag ?? '') && t[j + 2]?.word === '的'))) continue;
    if (/^(与|和|及|同|與)$/.test(m.word) && joinsNouns(t, j + 1)) continue;
    if (/^(d|zg|ud|p|c)$/.test(m.tag) || MODALS.has(m.word) || COPULAS.has(m.word) || DEGREE.has(m.word) || degreeOpened(m.word)) return true;
    if (j > k && /^(v|vn|l|i)$/.test(m.tag) && /^(n|nr|ns|nt|nz|j|vn)$/.test(t[j - 1]!.tag)) return true;
    // An adverbial adjective before a verb (患者 + 明显 + 增多): the noun before is that verb's subject.
    if (j > k && /^(a|ad)$/.test(m.tag) && /^(v|vn)$/.test(t[j + 1]?.tag ?? '')) return true;
  }
  return false;
}

/** Nouns only from token k up to the clause's end or a 的: what a linking 与/和 joins to a noun before it. */
function joinsNouns(t: readonly Token[], k: number): boolean {
  let j = k;
  while (j < t.length && /^(n|nr|ns|nt|nz|j|ng)$/.test(t[j]!.tag)) j++;
  return j > k && (j === t.length || CLAUSE_MARK.test(t[j]!.word) || t[j]!.word === '的');
}

/**
 * Verbs that take a person and then a second predicate of that person's doing (组织巡护员 + 分片巡查…,
 * 引导农户 + 连片流转…): the second verb is the clause's predicate as much as the first is.
 */
const PIVOTS: ReadonlySet<string> = new Set('组织 引导 动员 带领 督促 安排 指导 鼓励 发动 号召 邀请 指派 召集 协助 帮助 組織 動員 帶領 督導 鼓勵 發動 號召 協助 幫助'.split(' '));

/**
 * Tokens j+1..k after a pivot verb at j are the person it takes: nouns, pronouns, a plural mark, or a
 * trade cut from its person morpheme (巡护/v + 员/zg).
 */
function pivotPerson(t: readonly Token[], j: number, k: number): boolean {
  if (!PIVOTS.has(t[j]!.word) || j >= k) return false;
  for (let m = j + 1; m <= k; m++) {
    const w = t[m]!;
    if (/^(n|nr|nt|nz|j|r|k|zg|ng)$/.test(w.tag)) continue;
    if (w.tag === 'v' && /^(zg|ng|k)$/.test(t[m + 1]?.tag ?? '') && m + 1 <= k) continue;
    return false;
  }
  return true;
}

/**
 * Between the clause's start s and token k (right before the modifier): a predicate already, or a
 * word that takes the phrase as its object. A verb counts unless a 的 after it makes it a noun's
 * modifier (列入清单的点位); a modal, an adverb or a manner word does not.
 */
export function earlierPredicate(t: readonly Token[], s: number, k: number): boolean {
  let modifier = false;
  for (let j = k; j >= s; j--) {
    const m = t[j]!;
    if (m.word === '的') {
      modifier = true;
      continue;
    }
    if (EVENT_TAKERS.has(m.word) || (COPULAS.has(m.word) && !MODALS.has(m.word))) return true;
    if (/^(了|着|过)$/.test(t[j + 1]?.word ?? '')) return true;
    // The word after a modal heads the predicate whatever jieba tags it (要 + 落实 a + 必要的措施).
    if (j > s && MODALS.has(t[j - 1]!.word) && /^(a|v|vn)$/.test(m.tag) && !mannerByLean(m) && !modifier) return true;
    if (/^(v|vn|l|i)$/.test(m.tag) && !modifier && !MODALS.has(m.word) && !mannerByLean(m) && !pivotPerson(t, j, k)) return true;
  }
  return false;
}
