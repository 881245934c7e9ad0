import type { Token } from './analyse';
import { CLAUSE_MARK, isHanWord } from './analyse';
import { DE_DI_STATE } from './de-di-verb-data';
import { nounTaggedVerb } from './noun-tagged-verbs-set';

/**
 * 的 written for 得 before a complement of state that closes the clause (刀具收纳的杂乱无章, 积分兑换搞的
 * 红红火火, 标示写的模糊不清): the word after 的 is one fcitx5's model writes after 得 at least ten
 * times as often as after 的 (log10 P(Y|得)/P(Y|的) ≥ 1.0: 井然有序 2.1, 有声有色 1.9, 模糊不清 1.1;
 * nouns lean the other way, 问题 −0.5), and the word before is a verb by jieba's tag. The
 * complement readings of de-di.ts know degree words and listed complements; this one knows the state
 * words, reduplications and idioms the model has seen after 得 (de-di-verb-data.ts, derived by
 * tools/derive-de-di-verb.ts).
 */

let states: ReadonlyMap<string, number> | null = null;

/** log10 P(word|得)/P(word|的) in the model, or null under 1.0 or unseen after 得. */
export function leanAfterDei(word: string): number | null {
  if (!states) {
    const m = new Map<string, number>();
    for (const group of DE_DI_STATE.split('|')) {
      const [lean, words] = group.split(':');
      for (const w of words!.split(' ')) m.set(w, Number(lean) / 10);
    }
    states = m;
  }
  return states.get(word) ?? null;
}

/**
 * The 的 at i stands between a verb and a state word the model writes after 得 (leanAfterDei), and
 * the state word closes the clause: a complement, so 得. Not after 所 + verb (所说的: what was said,
 * a noun phrase), nor where the verb is itself the head of a 的-phrase's noun (a noun follows).
 */
export function stateAfterVerb(t: readonly Token[], i: number): boolean {
  const x = t[i - 1];
  const y = t[i + 1];
  // A verb jieba tags n (整理, 部署: noun-tagged-verbs.ts) is the verb here too: a noun + 的 + a state
  // word the model writes after 得 closing the clause is as rare as after a verb's noun use.
  if (!x || !y || t[i]!.word !== '的' || !isHanWord(x.word)) return false;
  // A one-character verb jieba tags n (记 n) after a noun, its topic (服药时间 + 记 + 的 + 含含糊糊),
  // before a state word by its shape: a noun's 的 never comes before a state word closing the clause.
  const oneCharDoing = x.word.length === 1 && x.tag === 'n' && /^n/.test(t[i - 2]?.tag ?? '') && (t[i - 2]?.word.length ?? 0) >= 2 && stateByShape(y);
  if (!(x.tag === 'v' || nounTaggedVerb(x.word) || oneCharDoing)) return false;
  if (t[i - 2]?.word === '所') return false;
  if (y.word.length < 2 || (leanAfterDei(y.word) === null && !stateByShape(y))) return false;
  const after = t[i + 2];
  return !after || CLAUSE_MARK.test(after.word) || after.tag === 'x';
}

/**
 * A state word by its shape, whether or not the model has seen it after 得: AABB (含含糊糊, 清清楚楚)
 * or jieba's state-word tag (z). Neither heads a noun phrase, so after a verb + 的 closing the clause
 * one is the verb's complement.
 */
function stateByShape(k: Token): boolean {
  const w = k.word;
  return (w.length === 4 && w[0] === w[1] && w[2] === w[3] && w[0] !== w[2]) || k.tag === 'z';
}
