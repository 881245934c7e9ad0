import type { Token } from './analyse';
import { isHanWord } from './analyse';
import { seenBeforeDi } from './de-di-lean';
import { distributive } from './de-di-objects';
import { shapedMannerBefore } from './de-di-patterned';
import { restOfClause } from './de-di-noun-phrase';
import { MANNER_WORDS, OBTAINED } from './de-di-words';
import { nounTaggedVerb } from './noun-tagged-verbs-set';
import type { WordDictionary } from './dictionary';

// 得 → 的 where the word before 得 owns or does what follows: a degree or result complement's 得
// follows the predicate it completes (a verb or an adjective: 开展得扎实, 好得多), never a noun or a
// pronoun, and what it introduces is a state (an adjective, an adverb + adjective, a set phrase),
// never a bare noun closing the clause. So 得 between a noun and a noun phrase (居民得幸福感, 领导得
// 指示要求) and between a verb and a plain noun closing its clause (提出得问题，) is 的.
// Read by part of speech, not by words; the exceptions are 得 as a verb of its own (得实惠: obtain;
// 我们得研究: must), kept out by what follows.

/** A noun of the phrase after 得: a noun proper, a place, an organisation, a noun use of a verb or adjective. */
const NOUNISH = /^(n|nz|ns|nt|vn|an|ng)$/;

/** Owners before 得: nouns, places, organisations, names, time words, and a few pronouns of owning. */
const OWNER = /^(n|nz|ns|nt|nr|nrt|j|t|s)$/;
const OWNER_PRONOUNS = new Set('您 自己 大家 我们 你们 他们 她们 我国 我省 我市 我县 我区 我镇 我校 我院 本地 各地'.split(' '));

/** Degree characters that open a complement of degree (太晚, 很好, 更快, 最多). */
// 不 opens a negated one jieba keeps whole (不合理 n: 安排得不合理 says how the doing turned out).
const DEGREE_START = /^[太很更最较挺极蛮越愈不]/;

/**
 * 得 at i reads 的: after a noun or a pronoun of owning, a noun phrase follows (a modifier or a
 * numeral-measure may open it); or after a verb, one to three plain nouns close the clause (反映得
 * 问题， → 的). A state after 得 (得很好, 得井然有序) or a verb (我们得研究: must) keeps 得.
 */
export function ownerBeforeDe(t: readonly Token[], i: number): boolean {
  const d = t[i]!;
  const x = t[i - 1];
  if (d.word !== '得' || !x || !isHanWord(x.word)) return false;
  const rest = restOfClause(t, i);
  const first = rest[0];
  if (!first || !isHanWord(first.word) || OBTAINED.has(first.word) || MANNER_WORDS.has(first.word)) return false;
  // A manner word jieba tags n (有序, 热情) before 得 is an adverbial's, whatever follows.
  const owner = (OWNER.test(x.tag) && x.word.length >= 2 && !nounTaggedVerb(x.word) && !MANNER_WORDS.has(x.word) && !seenBeforeDi(x.word)) || OWNER_PRONOUNS.has(x.word);
  if (owner) {
    // The phrase's head: the first noun after at most one modifier or numeral-measure.
    const head = /^(a|b|m|mq)$/.test(first.tag) && first.word.length >= 2 ? rest[1] : first;
    // A verb closing the clause right after a noun + 得 is its noun use (此次会议得召开，): 得 = must
    // wants a pronoun, or more after the verb.
    if (head === first && first.tag === 'v' && first.word.length >= 2 && rest.length === 1 && x.tag !== 'r' && !OWNER_PRONOUNS.has(x.word)) return true;
    if (!head || head.word.length < 2 || !NOUNISH.test(head.tag)) return false;
    // A verb form right after 得 may be a verb: 得 = must (我们得研究一下), or 得 written for 地 after
    // a manner word jieba tags n (有序得推进). Only a noun proper heads the phrase there, or, after a
    // noun, a verb form with a noun after it (居民得生活质量, 市委得工作部署): a pronoun + 得 + verb +
    // noun is still 得 = must (我们得研究问题).
    if (head !== first || head.tag !== 'vn') return true;
    return x.tag !== 'r' && !OWNER_PRONOUNS.has(x.word) && rest[1]?.tag === 'n' && rest[1].word.length >= 2;
  }
  // After a verb: plain nouns only, to the clause's end (not vn: 做得工作 is rare, 说得清楚 no noun).
  if (!(/^v$/.test(x.tag) || x.tag === 'vn') || x.word.length < 2) return false;
  // jieba files some degree complements as nouns (太晚 nz): a degree character opening them keeps 得.
  return rest.length >= 1 && rest.length <= 3 && rest.every((k) => k.word.length >= 2 && k.tag === 'n' && !DEGREE_START.test(k.word) && !nounTaggedVerb(k.word) && !OBTAINED.has(k.word));
}

/**
 * 地 at i reads 的 by the same signal: an adverbial's 地 follows a manner word, never a plain noun
 * that owns what follows (开发区地主责主业, 厅主要领导地指示要求 → 的). The noun must be no manner word
 * (有序, 系统: the model has seen them before 地) and must not make a word with 地 (当地, 各地, 用地).
 * Only a noun heads the phrase, or a verb form with a noun after it (居民地生活质量); a verb after
 * 地 is the adverbial's own (历史地看).
 */
export function ownerBeforeDi(t: readonly Token[], i: number, dict: WordDictionary): boolean {
  const d = t[i]!;
  const x = t[i - 1];
  // A distributive (逐段逐点, however jieba cuts and tags it) is a manner adverbial, and so is any
  // adverbial known by its shape (分片, 加班加点: de-di-patterned.ts), whatever jieba tags it.
  if (d.word !== '地' || d.tag !== 'uv' || !x || !isHanWord(x.word) || x.word.length < 2 || distributive(t, i) || shapedMannerBefore(t, i, dict)) return false;
  if (!OWNER.test(x.tag) || nounTaggedVerb(x.word) || MANNER_WORDS.has(x.word) || seenBeforeDi(x.word)) return false;
  if (dict.freq(x.word.slice(-1) + '地') > 0) return false;
  const rest = restOfClause(t, i);
  const first = rest[0];
  if (!first || !isHanWord(first.word) || first.word.length < 2) return false;
  if (/^(n|nz|ns|nt|ng)$/.test(first.tag)) return true;
  // A distinguishing word or adjective opening the phrase before its noun (两会地基本情况).
  if (/^(b|a)$/.test(first.tag) && rest[1] && /^(n|nz)$/.test(rest[1].tag) && rest[1].word.length >= 2) return true;
  return first.tag === 'vn' && rest[1]?.tag === 'n' && rest[1].word.length >= 2;
}
