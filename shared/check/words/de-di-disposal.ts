import type { Token } from './analyse';
import { isHanWord } from './analyse';
import type { WordDictionary } from './dictionary';
import { DEGREE, MANNER_WORDS, PERSONS } from './de-di-words';
import { leansNominal, seenBeforeDi } from './de-di-lean';
import { leanAfterDei } from './de-di-state';
import { nounTaggedVerb, properTaggedVerb } from './noun-tagged-verbs-set';

/**
 * 的 (or 地) written for 得 in the disposal frame: 把/将 + its object + a verb + 的 + what closes the
 * clause (主办方把会场布置的古色古香, 讲师把政策讲解的通俗易懂, 馆方将展品陈列的井然有序 → 得).
 * 把 takes its object before the verb and needs that verb in its own clause: the word right before
 * 的 is that verb, whatever jieba tags it (布置 n, 陈列 nr, 讲解 v), and the phrase closing the clause
 * after 的 can be neither a noun 把 would still need a verb for nor a second verb (把收集的整理好: 的
 * closes 把's object there and 整理好 is the verb). What is left is how the doing turned out: a
 * complement, so 得. The phrase after 的 must be one that only grades or describes:
 * - a degree word (十分, 非常, 很, 不够 …) or 不 and one or two words after it;
 * - one adjective or state word (a, ad, z; AABB, 干干净净), or a word fcitx5's model writes after 得
 *   at least ten times as often as after 的 (leanAfterDei: 井然有序, 有声有色);
 * - a four-character entry (any tag: 古色古香 n, 通俗易懂 l) whose second half is no verb or noun by
 *   jieba's dictionary, or is a manner word (有序);
 * - two adjectives said together (温馨 + 整洁; jieba tags the first nr at times).
 * Read on the parts of speech of the clause, not on a list of verbs: the frame is what makes the verb.
 * 地 there reads the same way (把会场布置地温馨整洁): 地 needs a verb after it, and none follows.
 * 将 counts as 把 only where jieba reads it as the preposition or an adverb and a noun follows it (将 +
 * 作家手稿): as "will", 将 + a verb + 的 + a noun phrase (将开展的重点工作) is a noun phrase, which the
 * phrase after 的 already rules out. A warning: the reading never makes an error.
 */

/** Verbs that give 把's object a role (把…作为/当作/视为…): the frame's verb, whatever stands after. */
const TAKING: ReadonlySet<string> = new Set('作为 当作 当成 视为 看作 看成 列为 作 当 变成 成为 是 為 作為 當作 視為 列為'.split(' '));
/** Clause ends inside a sentence: the frame does not reach past one. */
const CLAUSE_END = /^[，。；！？：、,;!?:]$/;
/** Tags of a word before 的 that cannot be the frame's verb: pronouns, numbers, measures, function words, times, places. */
const NO_VERB = /^(r|m|mq|q|p|c|u|uj|ul|uv|ud|uz|f|t|tg|s|ns|nt|x|e|y|o|w)$/;
/** Tags of a word that only describes: adjectives and state words (jieba files some adjectives nr). */
const DESCRIBING = /^(a|ad|an|z)$/;

/**
 * Whether the word before 的 can be the frame's verb: a verb, adjective or adverb by jieba's tag (讲解 v;
 * jieba files some verbs d, 更新), a verb jieba tags as a noun or a name that CC-CEDICT reads as a
 * verb (布置 n, 陈列 nr: noun-tagged-verbs.ts), or a one-character verb by the dictionary (做, 摆).
 */
function verbLike(x: Token, dict: WordDictionary): boolean {
  if (NO_VERB.test(x.tag)) return false;
  if (/^(v|vd|vn|a|ad|d)$/.test(x.tag) || nounTaggedVerb(x.word) || properTaggedVerb(x.word)) return true;
  return /^v/.test(dict.tagOf(x.word) ?? '') && !leansNominal(x.word);
}

/** The index of 把/将 opening the frame in the clause before token v (the verb), or -1. */
function frameStart(t: readonly Token[], v: number): number {
  for (let k = v - 1; k >= 0 && !CLAUSE_END.test(t[k]!.word); k--) {
    const w = t[k]!;
    if (w.word === '把' || ((w.word === '将' || w.word === '將') && /^(p|d)$/.test(w.tag) && /^(n|nr|nz|nt|ns|j|r)/.test(t[k + 1]?.tag ?? ''))) {
      // Its object stands between it and the verb.
      return k < v - 1 ? k : -1;
    }
  }
  return -1;
}

/** Whether the tokens closing the clause after 的 only grade or describe how the doing turned out. */
function describing(rest: readonly Token[], dict: WordDictionary): boolean {
  if (rest.length === 0 || rest.length > 3 || rest.some((k) => !isHanWord(k.word) || k.word === '的')) return false;
  const [first, second] = rest;
  if (DEGREE.has(first!.word) || first!.word === '不') return rest.length >= 2 && !/^(n|nr|ns|nt|nz|r|m|q|p|c|u)/.test(second!.tag);
  if (rest.length === 1) {
    const w = first!.word;
    if (w.length < 2 || leansNominal(w)) return false;
    if (DESCRIBING.test(first!.tag) || leanAfterDei(w) !== null) return true;
    if (w.length === 4 && w[0] === w[1] && w[2] === w[3]) return true;
    if (w.length !== 4) return false;
    const tail = w.slice(2);
    const tailTag = dict.tagOf(tail) ?? '';
    return MANNER_WORDS.has(tail) || seenBeforeDi(tail) || !/^(v|vn|n|vd)$/.test(tailTag);
  }
  // Two adjectives said together (温馨 nr + 整洁 a): both of two characters, the second an adjective.
  return rest.length === 2 && first!.word.length === 2 && second!.word.length === 2 && /^(a|ad|an|z|nr)$/.test(first!.tag) && DESCRIBING.test(second!.tag);
}

/** Whether the 的/地 at i stands between the verb of a 把/将 frame and a complement closing the clause. */
export function disposalComplement(t: readonly Token[], i: number, dict: WordDictionary): boolean {
  const p = t[i];
  const x = t[i - 1];
  if (!p || !x || !((p.word === '的' && p.tag === 'uj') || (p.word === '地' && p.tag === 'uv'))) return false;
  if (!isHanWord(x.word) || PERSONS.has(x.word) || !verbLike(x, dict)) return false;
  const start = frameStart(t, i - 1);
  if (start < 0) return false;
  // The word before 的 is the frame's verb only if no verb stands between 把's object and it, other than
  // one inside a 的-modifier of that object (把群众反映的问题解决的很好): 把工作作为全年工作的重中之重
  // has its verb, 作为, already, and 的 there is a noun's.
  // A verb in a run of verbs right before it is read with it, or is a noun jieba tags v (把防治 v +
  // 知识 v + 讲解的); a verb with a non-verb after it has its object there (把工作落实到基层的…).
  let modifier = false;
  for (let k = i - 2; k > start; k--) {
    if (t[k]!.word === '的') modifier = true;
    else if (!modifier && (TAKING.has(t[k]!.word) || (/^(v|vd|vi|vl)$/.test(t[k]!.tag) && !/^(v|vd|vi|vl)$/.test(t[k + 1]!.tag) && k + 1 < i - 1))) return false;
  }
  let end = i + 1;
  while (end < t.length && !CLAUSE_END.test(t[end]!.word) && t[end]!.tag !== 'x') end++;
  return describing(t.slice(i + 1, end), dict);
}
