import type { Token } from './analyse';
import { CLAUSE_MARK, isHanWord } from './analyse';
import { AFTER_DI_BAR, leanAfterDi, leanBeforeDi, STRONG_MANNER } from './de-di-declarative';
import { leanAfterDe, NOUN_LEAN } from './de-di-right';
import { COPULAS } from './de-di-words';

/**
 * 的 written for 地 where the verb closes the clause with no object (村干部苦口婆心的劝导，最终…;
 * 养护工人夜以继日的抢修，次日…; 社工轻声细语的安抚，并…). de-di-declarative.ts reads a manner word
 * + 的 + a verb only when an object or an aspect mark follows, since a subject + modifier + 的 + a
 * verb's noun use (群众热情的接待，) is a noun phrase as often. Here two signals must agree instead:
 * - fcitx5's model writes the word before 的 after-地 nearly as often as before 的 (leanBeforeDi ≥
 *   STRONG_MANNER: 苦口婆心 −0.28, 夜以继日 +0.06, 仔细 −0.09; 热情 −0.47 and 良好 stay under), a
 *   stricter bar than the statement reading's −0.7;
 * - the word after is a verb by jieba's tag, or one the model writes after 地 far more than after 的
 *   (安抚, jieba's nr: leanAfterDi), and the model does not lean it to follow 的.
 * And the frame is a statement's: a subject, time or place right before the manner word, no verb or
 * preposition earlier in the clause that would take the phrase as its object (经过…耐心的劝导，,
 * 感谢…热情的帮助，), and the next clause does not open with a verb of effect whose subject the
 * phrase would be (…的劝导，让老人…). Warning only.
 */

/** log10 P(地|X)/P(的|X) from which X alone reads as a manner word before a verb closing the clause. */
export { STRONG_MANNER };

/** Right before the manner word: a subject (们: jieba's k), a place or direction, a time. */
const BEFORE_MANNER = /^(n|nr|nrt|ns|nt|nz|r|k|f|s|t)$/;
/** Prepositions that take a place, after which a predicate follows (沿着河道仔细地查); others take the phrase. */
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set('沿着 沿 顺着 在 从 于'.split(' '));
/** Verbs of effect that open the next clause with the phrase before as their subject (…的劝导，让老人…). */
const EFFECT_VERBS: ReadonlySet<string> = new Set('让 使 令 使得 打动 感动 赢得 得到 受到 获得 换来 温暖 促使 带动'.split(' '));

/** Verbs that take a doing as their object (感谢工人夜以继日的抢修): the phrase after them is no predicate. */
const TAKERS: ReadonlySet<string> = new Set('感谢 看到 见证 目睹 记得 称赞 赞扬 表扬 肯定 离不开 得益于 依靠 经过 通过 多亏'.split(' '));

export function closingVerbAfterManner(t: readonly Token[], i: number): boolean {
  const x = t[i - 1];
  const y = t[i + 1];
  const end = t[i + 2];
  if (t[i]?.word !== '的' || !x || !y || !end || !CLAUSE_MARK.test(end.word)) return false;
  if (x.word.length < 2 || !isHanWord(x.word) || (leanBeforeDi(x.word) ?? -Infinity) < STRONG_MANNER) return false;
  const verb = y.tag === 'v' || (leanAfterDi(y.word) ?? -Infinity) >= AFTER_DI_BAR;
  if (y.word.length < 2 || !isHanWord(y.word) || !verb || COPULAS.has(y.word) || leanAfterDe(y.word) >= NOUN_LEAN) return false;
  const w = t[i - 2];
  if (!w || !BEFORE_MANNER.test(w.tag) || (w.tag === 'r' && /^(这|那|各|每|某|该|此|本|哪)/.test(w.word))) return false;
  for (let k = i - 3; k >= 0 && !CLAUSE_MARK.test(t[k]!.word) && t[k]!.tag !== 'x'; k--) {
    const tag = t[k]!.tag;
    // A verb opening the clause right before a person noun that ends it (养护 + 工人, 搜救 + 人员) is
    // that person's trade, part of the subject: jieba cuts the compound it lacks. Not a verb that takes
    // a doing as its object (感谢, 看到 …工人…的抢修).
    if (tag === 'v' && k === i - 3 && /(员|工人)$/.test(w.word) && (k === 0 || CLAUSE_MARK.test(t[k - 1]!.word) || t[k - 1]!.tag === 'x') && !TAKERS.has(t[k]!.word)) continue;
    if (tag === 'v' || (/^p/.test(tag) && !PLACE_PREPOSITIONS.has(t[k]!.word))) return false;
  }
  return !EFFECT_VERBS.has(t[i + 3]?.word ?? '');
}
