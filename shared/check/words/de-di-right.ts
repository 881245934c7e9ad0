import type { Token } from './analyse';
import { isHanWord } from './analyse';
import type { WordDictionary } from './dictionary';
import { DE_DI_RIGHT_LEAN } from './de-di-right-data';
import { MODALS } from './de-di-words';
import { leansAdverbial } from './de-di-lean';
import { nounTaggedVerb, properTaggedVerb } from './noun-tagged-verbs-set';

/**
 * Words jieba tags as verbs, adjectives or adverbs that a language model finds far likelier after 的
 * than after 地 (需求, 诉求, 收入 v; 困难 an): nouns in all but their tag, so 地 before them is 的
 * written wrong (最迫切地需求, 群众普遍地诉求), not an adverbial before its verb. The lean is log10
 * P(word|的)/P(word|地) in fcitx5's model (tools/derive-de-di-right.ts): a noun's median is 0.8, a
 * verb's 0.3, the verbs adverbials modify most lean to 地 (推进 −0.8, 开展 −1.2).
 */

/**
 * The lean from which a word reads as a noun after the particle, whatever jieba's tag. Measured
 * (round 28): the words jieba tags v that reach it are nouns (做法, 预算, 考生, 知识); the verbs that
 * close a clause after 地 (支持, 改善, 竞争) are under it. A bar of 1.3 for words of other tags caught
 * 4 and 3 planted swaps fewer (held-out and tuning halves), one TRAIN first-run miss and one keyed
 * TRAIN fault fewer, and spared no false finding.
 */
export const NOUN_LEAN = 1.0;

let leans: ReadonlyMap<string, number> | null = null;

/** The word's lean (log10), or 0 when the model does not set it apart (no noun by this reading). */
export function leanAfterDe(word: string): number {
  if (!leans) {
    const m = new Map<string, number>();
    for (const group of DE_DI_RIGHT_LEAN.split('|')) {
      const [lean, words] = group.split(':');
      for (const w of words!.split(' ')) m.set(w, Number(lean) / 10);
    }
    leans = m;
  }
  return leans.get(word) ?? 0;
}

/** Whether the word, whatever jieba's tag, is a noun after the particle by the model's lean. */
export const nounAfterDe = (word: string): boolean => leanAfterDe(word) >= NOUN_LEAN;

/** What may follow the nouns that close the phrase: a new predicate or a list, never their verb. */
const AFTER_CLOSING = /^(d|p|c|uj)$/;

/**
 * A noun by the model (nounAfterDe: 需求, 诉求 v) or by jieba's noun tags — not a verb jieba files as
 * a noun (总结, 部署: noun-tagged-verbs.ts) or fused with its object (制定方案 n), and not a verb-noun
 * (vn: 管理, 服务 are verbs after 地) the model does not lean to 的.
 */
function nounish(k: Token, dict: WordDictionary): boolean {
  if (!isHanWord(k.word) || k.word.length < 2) return false;
  if (nounAfterDe(k.word)) return true;
  if (nounTaggedVerb(k.word) || (k.word.length === 4 && dict.tagOf(k.word.slice(0, 2)) === 'v')) return false;
  return /^(n|nz|an)$/.test(dict.tagOf(k.word) ?? k.tag) && /^(n|nz|an|vn)$/.test(k.tag);
}

/**
 * 地 (uv) between a modifier and nouns that close the clause (最迫切地需求，, 尊重群众真实地意愿。,
 * 营造良好地营商环境。, 围绕群众关心地问题逐一作了回应): an adverbial needs a verb after it, and
 * nothing but nouns (nounish) follows 地 up to the clause's end — punctuation or the text's end, or
 * where an adverb, preposition, conjunction or 的 opens what follows. Not when 地 is land
 * (landWord), the word before is a place, name, number or time, or a modal stands before it.
 */
export function nounClosingAfterDi(t: readonly Token[], i: number, dict: WordDictionary, after: RegExp = AFTER_CLOSING): boolean {
  const k = t[i]!;
  const before = t[i - 1];
  if (k.word !== '地' || k.tag !== 'uv' || !before || before.word.length < 2 || !isHanWord(before.word)) return false;
  if (/^(ns|nr|nt|nrt|nrfg|m|q|t)$/.test(before.tag) || before.word[0] === '天' || landWord(before.word, dict)) return false;
  // After a modal the modifier and 地 open the predicate (要主动地联系。): what follows is its verb,
  // whatever jieba's tag.
  if (MODALS.has(t[i - 2]?.word ?? '')) return false;
  let j = i + 1;
  while (j < t.length && j <= i + 3 && nounish(t[j]!, dict)) j++;
  if (j === i + 1) return false;
  // After a word the model leans adverbial (主动), a verb jieba files as a name (申报 nz: CC-CEDICT's
  // verb, properTaggedVerb) is the adverbial's own verb, not a noun the modifier owns.
  if (leansAdverbial(before.word) && properTaggedVerb(t[i + 1]!.word)) return false;
  const next = t[j];
  return !next || !isHanWord(next.word) || after.test(next.tag) || next.word === '、';
}

/** What may follow the nouns as their own predicate: an adverb (ad too) or a verb (杂物 + 进行). */
const AFTER_SUBJECT = /^(d|ad|p|c|uj|v)$/;

/**
 * 地 + nouns + a verb or adverb after them (堆放地杂物进行清理, 裸露地电线直接缠绕): the nouns are the
 * subject or object the verb takes, and an adverbial's 地 is never followed by a noun before its verb,
 * so 地 is 的. The same guards as nounClosingAfterDi (land, a place or time before, a modal). Read
 * after the language model's odds (de-di-odds.ts), which know these words better where they reach
 * their bar, and only as a warning.
 */
export function nounBeforePredicateAfterDi(t: readonly Token[], i: number, dict: WordDictionary): boolean {
  return nounClosingAfterDi(t, i, dict, AFTER_SUBJECT);
}

/**
 * Whether 地 after `word` may be the noun land, a word jieba split (农用 + 地, 低效用 + 地): the last
 * character and 地 make a word, and either the word before is longer than two characters with a
 * word left when that character goes, or the word 地 would make is not five times rarer than the
 * word jieba kept (真实 against 实地, 普遍 against 遍地 are; jieba's own choice reads them apart).
 */
function landWord(word: string, dict: WordDictionary): boolean {
  const land = dict.freq(word.slice(-1) + '地');
  if (land === 0) return false;
  return (word.length >= 3 && dict.freq(word.slice(0, -1)) > 0) || dict.freq(word) < 5 * land;
}
