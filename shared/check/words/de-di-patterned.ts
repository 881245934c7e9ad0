import type { Token } from './analyse';
import { CLAUSE_OR_LIST_MARK, isHanWord } from './analyse';
import type { WordDictionary } from './dictionary';
import { COPULAS, PERSONS, PREPOSITIONS } from './de-di-words';
import { nounTaggedVerb } from './noun-tagged-verbs-set';

// 的 → 地 after a manner adverbial known by its shape, not by a list of its words: a four-character
// phrase built on a repeated character (加班加点, 一五一十, 一心一意), an echo round 打 (实打实), 不分 + a
// pair (不分昼夜), or 分 + how the work is split (分步骤, 分类, 分批). jieba tags these n, m, v or i, so
// the tag-based readings of de-di.ts do not take them for manner words (加班加点 n, 一五一十 m,
// 不分昼夜 v). Before a verb with its object or an aspect mark, where a predicate opens, they can only
// be that verb's adverbial.

/** Modals after which a predicate opens (要加班加点的赶制 → 地); not 需要, which takes a noun phrase. */
const OPENERS: ReadonlySet<string> = new Set('要 应 应当 应该 必须 务必 须 能 能够 会 可以 将要 继续 坚持 还 也 都 就 仍 正在 已经'.split(' '));

/**
 * A four-character phrase with its first and third characters the same and its second and fourth
 * not (加班加点, 一心一意, 边干边学, 一五一十): a patterned adverbial of manner. Not one that opens
 * with a determiner (各种各样, 各行各业: they sort nouns), nor one the dictionary files as a noun
 * (形形色色 is AABB, read elsewhere; 一草一木 i is a thing, but only a verb with its object after 的
 * is read, which a thing does not take).
 */
function repeatedFirst(w: string): boolean {
  return w.length === 4 && w[0] === w[2] && w[1] !== w[3] && !'各每这那'.includes(w[0]!);
}

/**
 * The same pattern that jieba does not know, cut into four single characters (挨/田/挨/块: 挨田挨块,
 * from field to field) right before token i.
 */
function splitRepeated(t: readonly Token[], i: number): boolean {
  if (i < 4) return false;
  const four = t.slice(i - 4, i);
  return four.every((k) => k.word.length === 1 && isHanWord(k.word)) && repeatedFirst(four.map((k) => k.word).join(''));
}

/** X打X (实打实, 硬打硬): one quality echoed round 打, a way of doing. */
const echoedDa = (w: string): boolean => w.length === 3 && w[1] === '打' && w[0] === w[2];

/** 不分 + a pair (不分昼夜, 不分彼此, 不分你我): done without regard to it, a way of doing. */
const withoutRegard = (w: string): boolean => w.length === 4 && w.startsWith('不分');

/**
 * 分 + how the work is split (分步骤, 分类, 分批, 分期, 分层, 分片, 分阶段): one token of two or three
 * characters starting with 分, or 分 (v) + a noun token, that the dictionary does not file as a verb
 * (分析 v, 分配 v are verbs of their own). Returns the index the phrase starts at, or -1.
 */
function splitManner(t: readonly Token[], x: number, dict: WordDictionary): number {
  const k = t[x]!;
  if (k.word.length >= 2 && k.word.length <= 3 && k.word[0] === '分' && isHanWord(k.word) && !/^v$/.test(dict.tagOf(k.word) ?? k.tag)) return x;
  const p = t[x - 1];
  // A measure of batches jieba files as an adverb (批次 d) counts as the noun: 分 + 批次.
  if (
    p?.word === '分' &&
    p.end === k.start &&
    k.word.length === 2 &&
    (/^(n|vn)$/.test(k.tag) || (k.tag === 'd' && /^(d|n|q)$/.test(dict.tagOf(k.word) ?? ''))) &&
    !/^v/.test(dict.tagOf('分' + k.word) ?? '')
  )
    return x - 1;
  return -1;
}

/**
 * The characters right before 的 at i, whatever jieba's cut (一户/一户, 一/垄/一/垄, 分批/分/次), in one
 * of the shapes of a way of doing: a numeral-measure said twice (一户一户, 一遍又一遍) or reduplicated
 * (一遍遍), AXAY over several tokens (分批分次, 分类分批), or a word echoed round a link (一对一,
 * 面对面, 点对点, 手把手). Returns the index of the token the shape starts at, or -1: the shape must
 * start where a token does, so it is no tail of a longer word.
 */
function shapeAcrossTokens(t: readonly Token[], i: number): number {
  const end = t[i]!.start;
  for (let from = i - 1, text = ''; from >= 0 && from >= i - 6; from--) {
    const k = t[from]!;
    if (!isHanWord(k.word) || k.end !== (from === i - 1 ? end : t[from + 1]!.start)) return -1;
    text = k.word + text;
    if (text.length > 5) return -1;
    if (DISTRIBUTIVE_SHAPES.some((re) => re.test(text)) || (from < i - 1 && repeatedFirst(text))) return from;
  }
  return -1;
}

/** 一X一X / 一XY一XY, 一X又一X, 一XX, and X + a link + X (一对一, 面对面, 手把手). */
const DISTRIBUTIVE_SHAPES: readonly RegExp[] = [/^一(\p{Script=Han}{1,2})又?一\1$/u, /^一(\p{Script=Han})\1$/u, /^(\p{Script=Han})[对把贴并靠连]\1$/u];

/**
 * The nouns from token k on are followed, in the same clause, by an adverb, 有 or a copula (帮扶 +
 * 对象 + 有三户, 补助 + 资金 + 已到账): the verb and nouns after 的 are a noun compound, the subject
 * of that predicate, and the phrase before 的 modifies it. An object is followed by the clause's end
 * or by a further verb of its own (引导游客 + 入园).
 */
export function subjectCompound(t: readonly Token[], k: number): boolean {
  let j = k;
  while (j < t.length && /^(n|nz|ng|vn|j)$/.test(t[j]!.tag)) j++;
  const next = t[j];
  return j > k && !!next && (next.tag === 'd' || next.word === '有' || COPULAS.has(next.word));
}

/** A verb (v) in the clause from token k on. */
function verbLater(t: readonly Token[], k: number): boolean {
  for (let j = k; j < t.length && !CLAUSE_OR_LIST_MARK.test(t[j]!.word) && t[j]!.tag !== 'x'; j++) if (t[j]!.tag === 'v' || t[j]!.tag === 'vn') return true;
  return false;
}

/**
 * A verb: tagged v by the tagger and the dictionary, or one jieba tags a noun (noun-tagged-verbs.ts),
 * or a verb + object entry (推进改革 l, 汇报情况 n: a verb by the dictionary, then a noun).
 */
function verbHere(k: Token, dict: WordDictionary): 'verb' | 'phrase' | null {
  if (k.word.length < 2 || !isHanWord(k.word) || COPULAS.has(k.word)) return null;
  // jieba files a few verbs of reporting nz (汇报): the first half of a verb + object entry all the same.
  if (k.word.length === 4 && /^(l|n|i)$/.test(k.tag) && /^(v|nz)$/.test(dict.tagOf(k.word.slice(0, 2)) ?? '') && /^(n|vn|nz)$/.test(dict.tagOf(k.word.slice(2)) ?? '')) return 'phrase';
  if (k.word.length === 2 && ((k.tag === 'v' && dict.tagOf(k.word) === 'v') || nounTaggedVerb(k.word))) return 'verb';
  return null;
}

/** Tags of a verb's object right after it: nouns, names, pronouns, numerals, verb forms used as nouns. */
const OBJECT = /^(n|nr|ns|nt|nz|j|l|vn|r|m|an)$/;

/**
 * Where the manner adverbial known by its shape that ends right before the particle at i starts, or -1
 * when the words before i have none of the shapes.
 */
export function shapeStart(t: readonly Token[], i: number, dict: WordDictionary): number {
  const x = t[i - 1];
  if (!x || !isHanWord(x.word)) return -1;
  if (repeatedFirst(x.word) || echoedDa(x.word) || withoutRegard(x.word)) return i - 1;
  if (splitRepeated(t, i)) return i - 4;
  // The longer shape over several tokens first: 分类 + 分批 is one adverbial, not 分批 after a noun.
  const from = shapeAcrossTokens(t, i);
  return from >= 0 ? from : splitManner(t, i - 1, dict);
}

/**
 * The particle at i follows a manner adverbial known by its shape (分片, 分批次, 加班加点, 一对一):
 * a way of doing, which owns no noun, so 地 after it is the adverbial's whatever jieba tags the word
 * after (分片地巡查 vn + 重点草场 reads as a noun compound to a tag-driven reading).
 */
export function shapedMannerBefore(t: readonly Token[], i: number, dict: WordDictionary): boolean {
  return shapeStart(t, i, dict) >= 0;
}

/**
 * 的 at i after a patterned manner adverbial, in a predicate's place, before a verb with its object,
 * an aspect mark or a place (赶制材料, 推进了, 奋战在一线): 地.
 */
export function patternedMannerBeforeVerb(t: readonly Token[], i: number, dict: WordDictionary): boolean {
  if (t[i]?.word !== '的' || i < 1) return false;
  const from = shapeStart(t, i, dict);
  if (from < 0) return false;
  // A predicate opens before the adverbial: a clause's start, a modal, or a subject (persons, nouns
  // from the clause's start, 工作人员加班加点的…). After a verb, preposition or 是 the phrase is an
  // object or a noun phrase (进行分类的处理), not read.
  const slot = opens(t, from);
  if (!slot) return false;
  const v = t[i + 1];
  const o = t[i + 2];
  if (!v) return false;
  const kind = verbHere(v, dict);
  // At a clause's start a verb and a noun after 的 may be a noun compound the phrase modifies
  // (分期的付款方式, 不分昼夜的值守人员): there only an object no compound ends in (a determiner, a
  // numeral), an aspect mark or a place counts.
  if (kind === 'phrase') return slot !== 'start';
  // A preposition opening the verb's phrase (一遍又一遍的向驾驶人宣导) after a subject: no noun
  // phrase's head is a preposition, and a verb follows it in the clause.
  if (slot === 'after' && PREPOSITIONS.has(v.word) && v.tag === 'p' && verbLater(t, i + 2)) return true;
  // A verb form closing the clause right after a subject and the adverbial (果农一株一株的检查。):
  // the subject's predicate, since nothing else in the clause could be.
  if (slot === 'after' && v.tag === 'vn' && v.word.length === 2 && (!o || CLAUSE_OR_LIST_MARK.test(o.word) || o.tag === 'x') && /^v/.test(dict.tagOf(v.word) ?? '')) return true;
  if (!o || CLAUSE_OR_LIST_MARK.test(o.word)) return false;
  // A verb form (宣传 vn) after a subject is the verb when an aspect mark follows, or a noun proper
  // (not a verb form, 宣传工作) closing the clause: 他们挨家挨户的宣传政策 → 地.
  if (!kind && slot === 'after' && v.tag === 'vn' && v.word.length === 2 && /^v/.test(dict.tagOf(v.word) ?? '')) {
    if (/^(了|着)$/.test(o.word)) return true;
    return /^(n|nz)$/.test(o.tag) && o.word.length >= 2 && (!t[i + 3] || CLAUSE_OR_LIST_MARK.test(t[i + 3]!.word) || t[i + 3]!.tag === 'x');
  }
  if (kind !== 'verb') return false;
  if (subjectCompound(t, i + 2)) return false;
  const marked = /^(了|着)$/.test(o.word) || (/^(在|到|于)$/.test(o.word) && !!t[i + 3] && !CLAUSE_OR_LIST_MARK.test(t[i + 3]!.word));
  if (slot === 'start') return marked || /^(r|m)$/.test(o.tag);
  // A verb form closing the clause after the verb is its object as well (推进 + 改造。).
  const verbObject = o.tag === 'v' && o.word.length >= 2 && (!t[i + 3] || CLAUSE_OR_LIST_MARK.test(t[i + 3]!.word));
  return (OBJECT.test(o.tag) && o.word !== '的') || marked || verbObject;
}

/**
 * Where a predicate opens before token k: the clause's start ('start'), a modal, or a subject — a
 * person, or only nouns and pronouns since the clause's start ('after'). null elsewhere: after a verb,
 * a preposition or 是 the phrase is an object or a noun phrase's modifier.
 */
function opens(t: readonly Token[], k: number): 'start' | 'after' | null {
  const l = t[k - 1];
  if (!l || CLAUSE_OR_LIST_MARK.test(l.word) || l.tag === 'x') return 'start';
  if (OPENERS.has(l.word) || PERSONS.has(l.word)) return 'after';
  // A modal, then a preposition and its object, then the adverbial (应依名册 + 分批的疏散居民, 要对照
  // 台账 + 分类的处置): the prepositional phrase is one adverbial of the predicate, and this another.
  for (let j = k - 2; j >= 1 && j >= k - 6; j--) {
    const p = t[j]!;
    if (CLAUSE_OR_LIST_MARK.test(p.word) || p.tag === 'x' || p.word === '的') break;
    // A subject before the preposition opens the predicate as a modal does (工作队对监测户一对一的…).
    if (PREPOSITIONS.has(p.word) && /^(p|d)$/.test(p.tag)) return OPENERS.has(t[j - 1]?.word ?? '') || (!!t[j - 1] && subjectBefore(t, j)) ? 'after' : null;
  }
  return subjectBefore(t, k) ? 'after' : null;
}

/** Only nouns and pronouns from the clause's start up to token k: a subject, no object or noun phrase. */
function subjectBefore(t: readonly Token[], k: number): boolean {
  for (let j = k - 1; j >= 0 && !CLAUSE_OR_LIST_MARK.test(t[j]!.word) && t[j]!.tag !== 'x'; j--) {
    // A determiner (这些, 各项) builds a noun phrase: 这些一点一滴的积累经验 is one.
    if (!/^(n|nr|ns|nt|nz|j|r|k|t|s)$/.test(t[j]!.tag) || (t[j]!.word.length < 2 && t[j]!.tag !== 'k') || (t[j]!.tag === 'r' && /^(这|那|各|每|某|该|此|其|本|哪)/.test(t[j]!.word))) return false;
  }
  return true;
}
