import type { Token } from './analyse';
import { CLAUSE_MARK, isHanWord } from './analyse';
import { AFTER_DI_BAR, leanAfterDi, mannerByLean } from './de-di-declarative';
import { leansNominal } from './de-di-lean';
import { shapeStart } from './de-di-patterned';
import { nounAfterDe } from './de-di-right';
import { EVENT_TAKERS, earlierPredicate, laterPredicate } from './de-di-sole-predicate';
import { COPULAS, DEGREE, MODALS, PERSONS } from './de-di-words';
import type { WordDictionary } from './dictionary';
import { nounTaggedVerb, properTaggedVerb } from './noun-tagged-verbs-set';

/**
 * 的 written for 地 after a subject and a preposition phrase, before the verb that is the clause's
 * predicate (修复人员用软毛刷小心翼翼的清理壁画表面…, 各社区按照预案的要求有条不紊的储备了…, 草种要
 * 均匀的撒播在地块上). A clause whose subject is followed by a preposition phrase of rule, means,
 * object or time (按照/根据/对/用/在…时 + its object) still needs its predicate, and the preposition
 * phrase is an adverbial, never one: so when nothing after the phrase but manner word + 的 + a verb
 * can be that predicate, the verb is it, and the manner word its adverbial. What the verb governs
 * tells a predicate from a noun phrase's head: an aspect mark (了/着/过), a complement of place or
 * direction (在/到/于 …, 下来), or an object with no later predicate in the clause, whose subject
 * the phrase would otherwise be. Where the verb closes its clause, after a firm manner word, only a
 * full stop or a next clause going on with a second predicate of the same subject (并 + a verb, a
 * verb with no aspect mark) says the clause had no other (各部门按照省委统一的部署，扎实… is the
 * preposition's object, the predicate in the next clause; 统一 is no firm manner word). A next
 * clause that grades or judges (…，非常认可) makes the phrase its topic whatever the verb governs.
 *
 * The other 的 → 地 readings start from the subject right before the manner word (de-di-declarative,
 * de-di-sole-predicate) or a modal (afterModal): a preposition phrase between them, whose object is a
 * noun that could own a noun phrase after it, stops them. Guards, each a way the phrase is a noun
 * phrase after all:
 * - the manner word is one by its tag (adjective, adverb, idiom, state word), by the models' lean
 *   or by its shape (de-di-patterned.ts), never one the model writes before 的 (leansNominal);
 * - the preposition's object is not empty (按照统一的部署: the phrase is the object) and ends in a
 *   noun, place, time or a 的-phrase's head;
 * - the clause opens with its subject, and no verb before the manner word is a predicate of its own
 *   (加强对排污口精准的溯源: the phrase is 加强's object);
 * - a verb form jieba reads as a noun (vn, n) takes an object only after a firm manner word (an
 *   idiom, adverb, state word, shape or the models' lean): 统一的安排部署 is a compound noun.
 * A warning.
 */

/** Prepositions that open an adverbial of rule, means, object, place or time before the predicate. */
const ADVERBIAL_PREPOSITIONS: ReadonlySet<string> = new Set('对 对于 按照 依照 依据 根据 遵照 按 依 用 在 于 从 针对 围绕 对照 沿着 顺着 本着 通过 借助 趁着 经过'.split(' '));
/** Complements of place or direction right after a verb (撒播在, 送到, 保存下来). */
const COMPLEMENT_AFTER = /^(在|到|于|至|进|入|向|往|下来|起来|出来|下去|上来|进来|回来|过来)$/;
/** Tags of the last word of a preposition's object: a noun, place, time, locative, pronoun. */
const OBJECT_END = /^(n|nr|nrt|ns|nt|nz|j|r|f|s|t|ng|l)$/;
/** Locatives closing a preposition's object of time (在入户随访时, 于被查获前). */
const TIME_CLOSERS: ReadonlySet<string> = new Set('时 前 后 中 期间 以前 以后 之前 之后 之际 以来'.split(' '));
/** Tags of a clause's first word when the clause opens with its subject. */
const SUBJECT_FIRST = /^(n|nr|nrt|ns|nt|nz|j|r|t|s|ng)$/;
/** Tags of a manner word by its part of speech. */
const MANNER_TAGS = /^(a|ad|d|i|l|z|vd|b)$/;
/** Tags of a manner word firm enough that a noun-tagged verb form after 的 takes an object. */
const FIRM_TAGS = /^(ad|d|i|l|z)$/;
/**
 * Tags that may open the verb's object: nouns, numbers, pronouns, places. Not a verb: after a word
 * jieba reads as a noun, a verb is that noun's predicate (依据…明确的规定 n + 处理此事).
 */
const OBJECT_START = /^(n|nr|nrt|ns|nt|nz|j|r|m|mq|s|zg|ng|a)$/;

/** Verbs opening a clause that would make the phrase before them their subject. */
const EFFECT_OPENERS: ReadonlySet<string> = new Set('让 使 令 使得 赢得 得到 受到 获得 换来 促使 带动 是 为 成为 确保了'.split(' '));

/**
 * The clause opening at k goes on with a second predicate of the same subject: 并 + a verb, or a
 * verb (after at most one adverb) that has no aspect mark and does not say what the phrase before did.
 */
function secondPredicate(t: readonly Token[], k: number): boolean {
  let j = k;
  if (/^(并|并且|同时)$/.test(t[j]?.word ?? '')) return true;
  if (/^(d|ad)$/.test(t[j]?.tag ?? '') && t[j]!.word !== '都') j++;
  const v = t[j];
  if (!v || !(v.tag === 'v' || nounTaggedVerb(v.word) || properTaggedVerb(v.word)) || v.word.length < 2 || EFFECT_OPENERS.has(v.word) || COPULAS.has(v.word) || MODALS.has(v.word)) return false;
  return !/^(了|着|过)$/.test(t[j + 1]?.word ?? '') && !/^(了|着|过)$/.test(t[j + 2]?.word ?? '');
}

/**
 * Inside a preposition's object (tokens a..b, b its noun head, right before the manner word): a word
 * that makes the manner phrase its own object or complement — a copula, a preposition of means or
 * event, or a verb with its aspect mark (对问题进行了认真的整改). A verb with a noun after it inside
 * the object is the object's own modifier or clause (堆积垃圾, 来水情况), and takes nothing after.
 */
function objectTakesPhrase(t: readonly Token[], a: number, b: number): boolean {
  for (let j = a; j <= b; j++) {
    const m = t[j]!;
    if (EVENT_TAKERS.has(m.word) || (COPULAS.has(m.word) && !MODALS.has(m.word))) return true;
    if (/^(v|vn)$/.test(m.tag) && /^(了|着|过)$/.test(t[j + 1]?.word ?? '')) return true;
  }
  return false;
}

/**
 * A verb after the object, up to the clause's end, that no 的 later makes a modifier (执法 + 行为 +
 * 表示支持): a predicate of its own, of which the phrase before would be the subject or topic.
 */
function laterVerb(t: readonly Token[], k: number): boolean {
  let e = k;
  while (e < t.length && !CLAUSE_MARK.test(t[e]!.word)) e++;
  for (let j = k + 1; j < e; j++) {
    const m = t[j]!;
    if (m.tag !== 'v' || m.word.length < 2 || t[j - 1]!.word === '的' || /^(并|并且|和|与|及)$/.test(t[j - 1]!.word)) continue;
    if (!t.slice(j + 1, e).some((w) => w.word === '的')) return true;
  }
  return false;
}

/** The clause opening at k grades or judges: a degree word, an adjective, an effect, a person. */
function judging(t: readonly Token[], k: number): boolean {
  const a = t[k];
  if (!a) return false;
  if (DEGREE.has(a.word) || /^(a|ad)$/.test(a.tag) || EFFECT_OPENERS.has(a.word) || PERSONS.has(a.word) || a.tag === 'r') return true;
  const b = t[k + 1];
  return a.tag === 'd' && !!b && (DEGREE.has(b.word) || /^(a|ad)$/.test(b.tag));
}

/** Whether token k is a verb, by jieba's tag, the dictionary, or the models' lean after 地. */
function verbForm(k: Token, dict: WordDictionary): boolean {
  if (!isHanWord(k.word) || k.word.length < 2 || COPULAS.has(k.word) || MODALS.has(k.word) || nounAfterDe(k.word)) return false;
  return k.tag === 'v' || /^v/.test(dict.tagOf(k.word) ?? '') || nounTaggedVerb(k.word) || properTaggedVerb(k.word) || (leanAfterDi(k.word) ?? -Infinity) >= AFTER_DI_BAR;
}

/** Whether the 的 at i stands between a preposition phrase's manner word and the clause's predicate. */
export function prepositionedMannerBeforeVerb(t: readonly Token[], i: number, dict: WordDictionary): boolean {
  const x = t[i - 1];
  const v = t[i + 1];
  if (t[i]?.word !== '的' || !x || !v || !isHanWord(x.word) || !isHanWord(v.word)) return false;
  const from = shapeStart(t, i, dict);
  const lean = mannerByLean(x);
  if (from < 0 && (x.word.length < 2 || leansNominal(x.word) || !(lean || MANNER_TAGS.test(x.tag)))) return false;
  const firm = from >= 0 || lean || FIRM_TAGS.test(x.tag);
  // Two manner words said together (耐心 + 细致): the phrase starts at the first.
  let start = from < 0 ? i - 1 : from;
  if (from < 0 && /^(a|ad)$/.test(t[start - 1]?.tag ?? '') && t[start - 1]!.word.length === 2) start--;
  // What the verb governs. A verb jieba fuses with its complement of place (喷洒在 z) is read apart.
  let after: number;
  const fused = v.word.length >= 3 && /[在到于]$/.test(v.word) && /^v/.test(dict.tagOf(v.word.slice(0, -1)) ?? '');
  if (fused) after = i + 2;
  else {
    if (!verbForm(v, dict)) return false;
    const o = t[i + 2];
    if (!o) after = i + 2;
    else if (/^(了|着|过)$/.test(o.word) || COMPLEMENT_AFTER.test(o.word)) after = i + 3;
    else if (CLAUSE_MARK.test(o.word)) {
      // Closing its clause, after a firm manner word: a full stop, 并 + a second verb, or a next clause
      // opening with a second predicate of the same subject (…挨户的登记，核实损失后…), not with one
      // the phrase would be the subject of (…积极的配合，确保了…, …的服务，让群众…, …，十分满意).
      if (!firm || !(/^[。；！;!]$/.test(o.word) || (/^[，,]$/.test(o.word) && secondPredicate(t, i + 3)))) return false;
      after = i + 2;
    } else if (/^(并|并且)$/.test(o.word)) after = i + 2;
    else {
      // A noun jieba tags vn (设备, 工作) may open the object of a verb it tags v.
      if (!(OBJECT_START.test(o.tag) || (o.tag === 'vn' && v.tag === 'v')) || o.word === '的') return false;
      if (v.tag !== 'v' && !firm) return false;
      after = i + 2;
    }
  }
  if (laterPredicate(t, after) || laterVerb(t, after)) return false;
  // A next clause that grades or judges what went before makes the phrase its topic (对工作队耐心的
  // 帮扶工作，非常认可): whatever the verb governs, the clause then needs no predicate of its own.
  let e = after;
  while (e < t.length && !CLAUSE_MARK.test(t[e]!.word)) e++;
  if (/^[，,]$/.test(t[e]?.word ?? '') && judging(t, e + 1)) return false;
  // The clause before the manner word: its subject, then the preposition phrase.
  let s = start - 1;
  while (s >= 0 && !CLAUSE_MARK.test(t[s]!.word)) s--;
  s++;
  let p = -1;
  for (let j = s; j < start; j++)
    if (ADVERBIAL_PREPOSITIONS.has(t[j]!.word)) {
      p = j;
      break;
    }
  if (p <= s || p + 1 >= start) return false;
  const end = t[start - 1]!;
  if (!(OBJECT_END.test(end.tag) || (end.tag === 'v' && t[start - 2]?.word === '的'))) return false;
  const first = t[s]!;
  if (!SUBJECT_FIRST.test(first.tag) || (first.tag === 'r' && /^(这|那|该|此|其)$/.test(first.word))) return false;
  // No predicate before the preposition, nor inside its object (对…进行认真的整改: 进行 takes the
  // phrase), unless the object is a time closed by its locative (在入户随访时): a clause inside it.
  if (earlierPredicate(t, s, p - 1)) return false;
  return TIME_CLOSERS.has(end.word) || !objectTakesPhrase(t, p + 1, start - 1);
}
