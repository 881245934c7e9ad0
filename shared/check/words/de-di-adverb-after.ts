import type { Token } from './analyse';
import { CLAUSE_MARK, isHanWord } from './analyse';
import { strongManner } from './de-di-declarative';

/**
 * 的 written for 地 between a manner word and an adverb or preposition that opens the verb phrase
 * (志愿者不厌其烦的逐户劝导, 测评组一丝不苟的对照标准打分, 人员小心翼翼的将伤者抬上担架). The other
 * readings want a verb right after 的; here the word after is an adverb of two or more characters or
 * a preposition, and a verb follows later in the clause. A noun phrase's head never opens with an
 * adverb of manner or a preposition, so with a manner word before (one the model writes before 地
 * about as often as before 的, strongManner) the slot is the adverbial's. One-character adverbs stay
 * out (都, 也, 就: 认真的都… is "the careful ones all…", a noun phrase as subject), as does anything
 * with a further 的 in the clause (…的为人民服务的信念: a noun phrase), or after a verb, a list mark or
 * 了 (开展了…实事求是的相互批评: the object's noun phrase). Warnings only.
 */

export function mannerBeforeAdverbOrPreposition(t: readonly Token[], i: number): boolean {
  const x = t[i - 1];
  const a = t[i + 1];
  if (t[i]?.word !== '的' || !x || !a || !isHanWord(x.word) || x.word.length < 2 || !strongManner(x)) return false;
  // 将 and 把 take the object before the verb whatever jieba tags them (将 d).
  const opens = (a.tag === 'd' && a.word.length >= 2) || a.tag === 'p' || a.word === '将' || a.word === '把';
  if (!opens || !isHanWord(a.word)) return false;
  // The manner word opens the predicate: the clause's start or its subject (a noun, pronoun, time or
  // adverb) right before it, and no 了 earlier in the clause. After a verb, a list mark or 了 the
  // phrase is an object (开展了严肃认真、实事求是的相互批评).
  const w = t[i - 2];
  if (w && (w.word === '、' || (!CLAUSE_MARK.test(w.word) && w.tag !== 'x' && !/^(n|nr|nrt|ns|nt|nz|ng|r|t|s|j|d)$/.test(w.tag)))) return false;
  for (let k = i - 2; k >= 0 && !CLAUSE_MARK.test(t[k]!.word); k--) if (t[k]!.word === '了') return false;
  let verb = false;
  for (let k = i + 2; k < t.length && !CLAUSE_MARK.test(t[k]!.word) && t[k]!.tag !== 'x'; k++) {
    if (t[k]!.word === '的') return false;
    if (t[k]!.tag === 'v') verb = true;
  }
  return verb;
}
