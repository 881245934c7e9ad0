import type { Token } from './analyse';
import { CLAUSE_OR_LIST_MARK, isHanWord } from './analyse';
import type { WordDictionary } from './dictionary';
import { DEGREE, MANNER_WORDS } from './de-di-words';
import { leansNominal } from './de-di-lean';
import { nounTaggedVerb } from './noun-tagged-verbs-set';

// 地 → 的 where what follows 地 heads a noun phrase in an object's place, read by part of speech and
// by the slot, not by the words: after a numeral-measure in an object's place (一次深刻地教训), and
// after verb + 了, where only the verb's object can follow (付出了艰辛地努力). de-di.ts' nounAfterDi
// reads a noun proper there; these readings take the heads jieba files as verb forms or adverbs
// (教训 vn, 工作 vn, 努力 ad) where the slot leaves no room for a verb.

/** Tags of the words of a noun phrase after 地: nouns, verb and adjective forms used as nouns. */
const NOUNISH = /^(n|nz|vn|an|ng)$/;

/**
 * A modifier of a noun: an adjective, a distinguishing word, an adverb of state, a listed manner word
 * jieba tags n (全面), or a word the model writes before 的 (优质).
 */
function modifier(k: Token | undefined): k is Token {
  if (!k || k.word.length < 2 || !isHanWord(k.word) || DEGREE.has(k.word)) return false;
  return /^(a|ad|an|b|d|z)$/.test(k.tag) || MANNER_WORDS.has(k.word) || leansNominal(k.word);
}

/** The tokens after token i up to the clause's end. */
export function restOfClause(t: readonly Token[], i: number): Token[] {
  let end = i + 1;
  while (end < t.length && !CLAUSE_OR_LIST_MARK.test(t[end]!.word) && t[end]!.tag !== 'x') end++;
  return t.slice(i + 1, end);
}

/**
 * A verb (是 included) or 了, then a numeral-measure (一次, 一项, 两个), a modifier, 地 and a noun
 * phrase closing the clause: the numeral-measure opens that verb's object, a noun phrase, so 的
 * (这是一次深刻地教训, 开展一次全面地检查, 这是一项长期地工作 → 的). Its head may be a verb form
 * jieba tags vn (教训, 检查, 工作): after a numeral-measure in an object's place no verb can stand.
 * After an adverb (先后两次深入地调研) the numeral counts the doing, and 地 is left alone; so is
 * a head that takes an object or an aspect mark (a verb: the phrase must be nouns only to its end).
 */
export function measuredObjectAfterDi(t: readonly Token[], i: number): boolean {
  if (t[i]?.word !== '地' || t[i]!.tag !== 'uv') return false;
  const x = t[i - 1];
  const m = t[i - 2];
  const l = t[i - 3];
  if (!modifier(x) || !m || !/^(m|q|mq)$/.test(m.tag) || !isHanWord(m.word) || !l) return false;
  if (!((l.tag === 'v' && !MODALS.has(l.word)) || l.word === '了' || l.word === '是')) return false;
  const np = restOfClause(t, i);
  if (np.length === 0 || np.length > 3 || !np.every((k) => k.word.length >= 2 && isHanWord(k.word))) return false;
  if (np.every((k) => NOUNISH.test(k.tag))) return true;
  // One word closing the clause after 一 + a measure (一项, 一次) is that object's head even when jieba
  // tags it v (通过了一项重要地决定 → 的): a cardinal 一 + measure counts things. Not after an ordinal
  // (是第一次认真地思考 may count the doing).
  return np.length === 1 && np[0]!.tag === 'v' && m.word.startsWith('一') && m.word.length === 2;
}

/** Modals, which open a verb phrase (要一次认真地检查到位), tagged v by jieba. */
const MODALS: ReadonlySet<string> = new Set('要 应 应当 应该 必须 务必 须 需 需要 能 能够 会 可 可以 将 愿意 得以'.split(' '));

/**
 * A verb of two characters or more + 了 + a modifier + 地 + one word closing the clause that the
 * dictionary files as no verb (付出了艰辛地努力: 努力 ad): after verb + 了 the verb's object follows,
 * and a word that is no verb cannot be what an adverbial modifies, so 的. A degree adverb before 地
 * (听了非常地高兴) is left out by modifier(); a verb after 地 (看完了认真地思考) by the dictionary.
 */
export function objectAfterVerbLe(t: readonly Token[], i: number, dict: WordDictionary): boolean {
  if (t[i]?.word !== '地' || t[i]!.tag !== 'uv') return false;
  const x = t[i - 1];
  const le = t[i - 2];
  const verb = t[i - 3];
  const head = t[i + 1];
  const next = t[i + 2];
  if (!modifier(x) || x.word.length !== 2 || le?.word !== '了' || !verb || verb.tag !== 'v' || verb.word.length < 2) return false;
  if (!head || head.word.length !== 2 || !isHanWord(head.word) || (next && !CLAUSE_OR_LIST_MARK.test(next.word) && next.tag !== 'x')) return false;
  const listed = dict.tagOf(head.word) ?? head.tag;
  // jieba files a few nouns as adverbs (进步 d): no adverbial modifies an adverb either.
  return /^(n|nz|an|ad|a|vn|d)$/.test(listed) && /^(n|nz|an|ad|a|vn|d)$/.test(head.tag);
}

/** A determiner and its measure (这种, 这些, 各项, 该类): what follows is a noun phrase being built. */
const DETERMINER_MEASURE = /^(这|那|该|此|本|各|每|某)(种|些|类|项|个|位|批|条|件|份|次)$/;

/**
 * A determiner with its measure (这种, 这些, 各项), a modifier, 地 and a noun proper: the determiner
 * opens a noun phrase, and the modifier can only be that noun's, so 的 wherever the phrase stands
 * (这种积极地态度值得肯定, 这些宝贵地经验要推广 → 的). A verb after 地 (这些积极地参与活动的群众:
 * 地 right) and a verb jieba tags n (noun-tagged-verbs.ts) are left alone, as are 这样/这么, which
 * are adverbs of manner, not determiners.
 */
export function determinedNounAfterDi(t: readonly Token[], i: number): boolean {
  if (t[i]?.word !== '地' || t[i]!.tag !== 'uv') return false;
  const x = t[i - 1];
  const d = t[i - 2];
  const head = t[i + 1];
  if (!modifier(x) || !d || !DETERMINER_MEASURE.test(d.word) || !head) return false;
  return head.word.length >= 2 && isHanWord(head.word) && /^(n|nz|an|ng)$/.test(head.tag) && !nounTaggedVerb(head.word);
}

/**
 * Tags of the word before 地 whose phrase can be a noun's modifier: adjectives, adverbs of state,
 * verbs, set phrases (薄弱, 长远, 放心, 和谐稳定). Nouns, pronouns, numerals and single characters are
 * left out: there 地 is most often the noun "land, place" (在地企业, 三地, 低效用地项目, 天蓝地绿).
 */
const MODIFIER_BEFORE_DI = /^(a|ad|an|d|v|vn|i|l|z)$/;
/** One-character result complements that close a verb as 了 does (吃上, 用到, 拿出): its object follows. */
const RESULTS = /^[上到出成]$/;

/**
 * What stands before the modifier when it opens an object or a noun's phrase, not a predicate: a
 * verb that is no modal (形成, 打造, 营造, 兼顾, 研究), such a verb and the object's owner (关心 +
 * 群众), 了, 是, 的, or a verb's result complement (吃上). After a modal (要按时地交账) or a subject
 * (大家有说有笑地聊天) the phrase is the predicate, and a word jieba tags n there is a verb all the
 * same (交账 n, 守纪 n).
 */
function opensObject(t: readonly Token[], from: number): boolean {
  const l = t[from - 1];
  if (!l) return false;
  if (l.word === '了' || l.word === '是' || l.word === '的') return true;
  if (RESULTS.test(l.word)) return /^v/.test(t[from - 2]?.tag ?? '') && t[from - 2]!.end === l.start;
  const verb = (k: Token | undefined): boolean => !!k && /^(v|vn)$/.test(k.tag) && !MODALS.has(k.word) && k.word.length >= 2;
  // A verb and the object's owner (关心 + 群众 + 切身地利益).
  return verb(l) || (l.tag === 'n' && l.word.length >= 2 && verb(t[from - 2]));
}

/**
 * A verb's object: modifier + 地 + a noun phrase closing the clause (形成浓厚地舆论氛围，, 兼顾长远地
 * 利益。, 研究具体地措施，). No adverbial modifies a noun, so the phrase is the noun's and 地 is 的. Read
 * by part of speech alone, not by listed words: the modifier (one, or two side by side: 和谐稳定地)
 * follows a verb that is no modal, 了, 是 or 的 (opensObject), and the rest of the clause is one or
 * two words jieba tags n — plain nouns, not nz, where jieba files many verbs (印发, 聊天) — none a
 * verb jieba files as a noun (noun-tagged-verbs.ts: 总结, 部署, 结果).
 */
export function closingNounAfterDi(t: readonly Token[], i: number): boolean {
  if (t[i]?.word !== '地' || t[i]!.tag !== 'uv') return false;
  const x = t[i - 1];
  if (!x || x.word.length < 2 || !isHanWord(x.word) || !MODIFIER_BEFORE_DI.test(x.tag)) return false;
  // Coordinated modifiers (和谐 + 稳定, 便捷 + 高效) belong to the one phrase.
  let from = i - 1;
  while (from > i - 3 && from > 0 && /^(a|ad|an|b|z)$/.test(t[from - 1]!.tag) && t[from - 1]!.word.length >= 2) from--;
  if (!opensObject(t, from)) return false;
  const np = restOfClause(t, i);
  return np.length >= 1 && np.length <= 2 && np.every((k) => k.word.length >= 2 && isHanWord(k.word) && k.tag === 'n' && !nounTaggedVerb(k.word));
}
