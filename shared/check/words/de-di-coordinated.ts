import type { Token } from './analyse';
import type { WordDictionary } from './dictionary';
import { CLAUSE_MARK, isHanWord } from './analyse';
import { leansAdverbial } from './de-di-lean';
import { AFTER_DI_BAR, BEFORE_DI_BAR, leanAfterDi, leanBeforeDi } from './de-di-declarative';
import { leanAfterDe, NOUN_LEAN } from './de-di-right';
import { COPULAS } from './de-di-words';
import { nounTaggedVerb } from './noun-tagged-verbs-set';

/**
 * 的 written for 地 after two manner words said together (耐心细致, 主动积极, 持续不断, 科学合理, 及时准确):
 * a coordinated adverbial. Each word alone may sit under the bars the single-word readings need
 * (de-di-declarative.ts, de-di-closing.ts), or jieba joins the pair into one token the language models
 * never saw (认真细致 z, 科学合理 n), or the first word stands where those readings want a subject (及时 c
 * + 准确). Two words that each lean to 地 in fcitx5's model (or that sunpinyin's model leans adverbial)
 * are a stronger signal together than either alone: a writer pairs manner words to say how a thing is
 * done. The slot must still open a predicate — a modal earlier in the clause with nothing but a
 * prepositional phrase between, or the clause's subject with no verb or preposition before — and a verb
 * follow 的 with its object, an aspect mark, a preposition, or the clause's end (not a verb of effect
 * opening the next clause, …的服务，让群众满意, where the phrase is a subject). Warnings only.
 */

/** Modals and adverbs of time that open a predicate (将 apart: it is also 把). */
const OPENERS: ReadonlySet<string> = new Set('要 应 应当 应该 必须 务必 须 需 需要 能 能够 会 可以 才能 还 也 都 仍 正在 继续 坚持 一直 始终'.split(' '));
/** Verbs of effect that open the next clause with the phrase before as their subject. */
const EFFECT_VERBS: ReadonlySet<string> = new Set('让 使 令 使得 打动 感动 赢得 得到 受到 获得 换来 温暖 促使 带动'.split(' '));
/** Prepositions after the verb that mark where or to whom the doing goes: a verb's, never a noun's. */
const AFTER_VERB = /^(对|向|在|到|于|给|与|从|为)$/;
/** Tags that open a verb's object. */
const OBJECT = /^(n|nr|nrt|ns|nt|nz|r|m|mq|s|t|j|vn|l)$/;

/** A word that reads as a manner word by the models: fcitx5's lean to 地, else sunpinyin's adverbial set. */
function mannerWord(w: string): boolean {
  if (w.length !== 2 || !isHanWord(w)) return false;
  const lean = leanBeforeDi(w);
  return lean !== null ? lean >= BEFORE_DI_BAR : leansAdverbial(w);
}

/** The index the coordinated manner run before 的 at i starts at, or -1. */
function runStart(t: readonly Token[], i: number): number {
  const x = t[i - 1];
  if (!x) return -1;
  if (x.word.length === 4 && mannerWord(x.word.slice(0, 2)) && mannerWord(x.word.slice(2))) return i - 1;
  const p = t[i - 2];
  if (p && mannerWord(x.word) && mannerWord(p.word) && p.word !== x.word) return i - 2;
  return -1;
}

/** The verb after 的: jieba's v or vn, a verb jieba tags n, or one the model writes after 地; not a noun by the model's lean after 的. */
function verbAfter(k: Token | undefined): boolean {
  if (!k || k.word.length < 2 || !isHanWord(k.word) || COPULAS.has(k.word)) return false;
  const verb = /^(v|vn)$/.test(k.tag) || nounTaggedVerb(k.word) || (leanAfterDi(k.word) ?? -Infinity) >= AFTER_DI_BAR;
  return verb && leanAfterDe(k.word) < NOUN_LEAN;
}

/** 'open' where a predicate opens before token s, 'jiang' after 将 (a modal or 把), null elsewhere. */
function slot(t: readonly Token[], s: number): 'open' | 'jiang' | null {
  const w = t[s - 1];
  // A determiner right before builds a noun phrase: 这种耐心细致的讲解.
  if (w && w.tag === 'r' && /^(这|那|各|每|某|该|此|本|哪)/.test(w.word) && !/[村镇区县乡市]$/.test(w.word)) return null;
  let prep = false;
  for (let j = s - 1; j >= 0; j--) {
    const k = t[j]!;
    if (CLAUSE_MARK.test(k.word) || k.tag === 'x') return prep ? null : 'open';
    if (OPENERS.has(k.word)) return 'open';
    if (k.word === '将') return prep ? null : 'jiang';
    if (k.word === '的') return null;
    if (/^p/.test(k.tag)) prep = true;
    else if (k.tag === 'v') return null;
  }
  return prep ? null : 'open';
}

/** The 的 at i stands after a coordinated manner adverbial, before its verb: 地. */
export function coordinatedMannerBeforeVerb(t: readonly Token[], i: number): boolean {
  if (t[i]?.word !== '的') return false;
  const s = runStart(t, i);
  if (s < 0) return false;
  const opened = slot(t, s);
  const v = t[i + 1];
  if (!opened || !v || !verbAfter(v)) return false;
  const o = t[i + 2];
  // Closing the clause: after 将 only a verb proper (将…的出击，), and not before a verb of effect.
  if (!o || CLAUSE_MARK.test(o.word) || o.tag === 'x') return !EFFECT_VERBS.has(t[i + 3]?.word ?? '') && (opened === 'open' || v.tag === 'v');
  if (/^(了|着)$/.test(o.word)) return true;
  if (AFTER_VERB.test(o.word) && v.tag === 'v') return true;
  if (!OBJECT.test(o.tag) || o.word === '的') return false;
  // The object runs to the clause's end; a verb after it (将…的监测数据上报) makes 将 a 把 and the
  // phrase its object.
  let k = i + 2;
  while (k < t.length && !CLAUSE_MARK.test(t[k]!.word) && t[k]!.tag !== 'x') {
    if (t[k]!.word === '的' || (k > i + 2 && t[k]!.tag === 'v')) return false;
    k++;
  }
  // A noun the model leans to follow 的 closing the clause right after a verb form heads a compound
  // (科学合理的管理方案。): a noun phrase.
  return !(k === i + 3 && /^n/.test(o.tag) && leanAfterDe(o.word) >= NOUN_LEAN);
}

/**
 * 地 at i after a coordinated manner adverbial (科学合理, 集中统一: both halves manner words), or after a
 * four-character phrase the model writes before 地 at least as often as the statement reading's bar
 * (风雨无阻 −0.4), and before a word that is no noun by the model's lean after 的 (调度, 清理, 巡山:
 * verbs jieba tags n or a; a verb by its tag, or a word closing the clause alone): the adverbial's 地,
 * never read as 的. The 地 → 的 readings take jieba's noun
 * tag of the word after at its word (…科学合理地调度，) and made false warnings on clean sentences.
 */
export function coordinatedMannerBeforeDi(t: readonly Token[], i: number, dict: WordDictionary): boolean {
  const x = t[i - 1];
  const y = t[i + 1];
  if (t[i]?.word !== '地' || t[i]!.tag !== 'uv' || !x || !y || y.word.length < 2 || !isHanWord(y.word)) return false;
  const pair = runStart(t, i) >= 0;
  // Or any four-character phrase the models never saw, after a modal earlier in the clause and
  // before a verb (要结合…科学合理地调度, 要组织人员集中统一地清理…): the modal opens a predicate the
  // phrase + 地 + verb completes. Not right after a verb, whose object the phrase then opens
  // (要执行厉行节约地规定: 规定 its head), nor before a compound's head noun (compoundHead).
  const phrase =
    x.word.length === 4 &&
    isHanWord(x.word) &&
    ((leanBeforeDi(x.word) ?? -Infinity) >= BEFORE_DI_BAR || (verbAfter(y) && modalInClause(t, i - 1) && !verbBefore(t, i - 2, dict) && !compoundHead(t, i + 2)));
  if (!(pair || phrase) || leanAfterDe(y.word) >= NOUN_LEAN) return false;
  // 了, 有 or 的 earlier in the clause opens an object or a noun phrase the run modifies (有了更加
  // 全面深刻地认识): there 地 → 的 stays possible.
  const s = pair ? runStart(t, i) : i - 1;
  for (let j = s - 1; j >= 0 && !CLAUSE_MARK.test(t[j]!.word) && t[j]!.tag !== 'x'; j--) if (/^(了|有|的)$/.test(t[j]!.word)) return false;
  // The word after is a verb by its tag or the lists, or a two-character word closing the clause alone
  // after the clause's subject (护林员风雨无阻地巡山，): a noun compound (义不容辞地政治责任), a noun
  // with more after it, or one after a list (…的闯劲、马不停蹄地韧劲) is a noun phrase.
  const next = t[i + 2];
  return verbAfter(y) || /^(a|ad)$/.test(y.tag) || (y.word.length === 2 && /^(n|nr|nrt|r|t)$/.test(t[s - 1]?.tag ?? '') && (!next || CLAUSE_MARK.test(next.word) || next.tag === 'x'));
}

/**
 * The token at j is a verb, by its tag or by the dictionary's tag of its last two characters (严格执行
 * nr: jieba's tag of a fused adverb + verb): the phrase after it opens its object.
 */
function verbBefore(t: readonly Token[], j: number, dict: WordDictionary): boolean {
  const k = t[j];
  if (!k) return false;
  // A verb form (vn) is the verb too unless a noun before makes it a noun's (汛情 + 变化): after an
  // adverb or a modal (努力 + 营造 vn) it takes the phrase as object.
  return k.tag === 'v' || (k.word.length >= 2 && dict.tagOf(k.word.slice(-2)) === 'v') || (k.tag === 'vn' && !/^n/.test(t[j - 1]?.tag ?? ''));
}

/**
 * A noun the model leans to follow 的, closing the clause right after the word after 地 (科学合理地管理
 * + 方案。): verb form and noun are a compound, the head of a noun phrase, as coordinatedMannerBeforeVerb
 * reads it after 的.
 */
function compoundHead(t: readonly Token[], k: number): boolean {
  const o = t[k];
  const next = t[k + 1];
  return !!o && /^n/.test(o.tag) && leanAfterDe(o.word) >= NOUN_LEAN && (!next || CLAUSE_MARK.test(next.word) || next.tag === 'x');
}

/**
 * A modal (OPENERS) earlier in the clause than token k, with no 的, 了 or 有 between (each opens a
 * noun phrase or an object the phrase could modify). A list mark (、) does not end the clause.
 */
function modalInClause(t: readonly Token[], k: number): boolean {
  for (let j = k - 1; j >= 0 && !CLAUSE_MARK.test(t[j]!.word); j--) {
    if (/^(的|了|有)$/.test(t[j]!.word)) return false;
    if (OPENERS.has(t[j]!.word)) return true;
  }
  return false;
}
