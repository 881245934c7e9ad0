import type { Token } from './analyse';
import { CLAUSE_OR_LIST_MARK } from './analyse';
import type { WordDictionary } from './dictionary';
import { nounTaggedVerb, properTaggedVerb } from './noun-tagged-verbs-set';
import { DE_DI_ADVERBIAL, DE_DI_NOMINAL, DE_DI_SEEN } from './de-di-lm';

/**
 * A word's lean before 的 and 地 in a language model's corpus (de-di-lm.ts, derived from sunpinyin's
 * open-gram bigrams): jieba's tags say badly whether a word is an adverbial (定期 vn, 反复 v, 全天候 n)
 * or a noun's modifier (优质 n, 温馨 nr); how often the model saw it before 地 against 的 says it
 * directly. The two sets are built on first use (~5,700 words, well under a millisecond).
 */
let adverbial: ReadonlySet<string> | null = null;
let nominal: ReadonlySet<string> | null = null;

/** The model saw the word before 地 at a fair rate: a manner word (反复, 定期, 全天候, 精准). */
export function leansAdverbial(word: string): boolean {
  return (adverbial ??= new Set(DE_DI_ADVERBIAL.split(' '))).has(word);
}

let seen: ReadonlySet<string> | null = null;

/**
 * The model saw the word before 地 at all (an explicit bigram): the adverbials, and words leaning to 的
 * that some writers still use as adverbials (全天候, 放心). 地 after one of them before a verb form is an
 * adverbial's (全天候地巡查田间地头), whatever a verb earlier in the clause might take as its object.
 */
export function seenBeforeDi(word: string): boolean {
  return leansAdverbial(word) || (seen ??= new Set(DE_DI_SEEN.split(' '))).has(word);
}

/** The model hardly or never saw the word before 地, often before 的: a noun's modifier (优质, 良好). */
export function leansNominal(word: string): boolean {
  return (nominal ??= new Set(DE_DI_NOMINAL.split(' '))).has(word);
}

const SENTENCE_END = /^[。；！？;!?]$/;
/** Words that make what follows a directive's predicate: modals, and 请/责成/要求 of 公文 instructions. */
const DIRECTIVES: ReadonlySet<string> = new Set('要 应 应当 应该 必须 务必 须 请 责成 要求 督促'.split(' '));
/** Words that make the phrase after them an object or a noun phrase, tagged d or p by jieba. */
const OBJECT_MARKERS: ReadonlySet<string> = new Set('将 把 被 对 给 由 让 使 以 经'.split(' '));
/** Tags of what may stand before the adverbial in a predicate: no verb, preposition, 了 or numeral (进行反复的论证). */
const BEFORE_ADVERBIAL = /^(x|n|nr|ns|nt|nz|r|f|t|s|j|d|v)$/;

/**
 * 的 → 地 where the word before 的 leans adverbial in the model (leansAdverbial) and what follows is a
 * verb with an object, inside a directive (要, 请 … earlier in the sentence): 要反复的论证方案, 请各区
 * 公所，定期的访视长者, 巡查队全天候的巡查田间地头 → 地. jieba's tags cannot see these (定期 vn, 全天候 n,
 * 反复 v), so the slot rules of de-di.ts, which start from a tagged manner word, never reach them.
 * Not after a verb, preposition, 了 or a numeral (实行定期的巡查制度: a noun phrase object), and only a
 * verb followed by more of its phrase (要定期的检查。 may be a noun phrase's end).
 */
export function leanAdverbialBeforeVerb(t: readonly Token[], i: number, verbish: (k: Token) => boolean): boolean {
  const x = t[i - 1];
  const v = t[i + 1];
  const o = t[i + 2];
  // Not jieba's adverbs (d) the model has not seen before 地 (从严): in this frame they made a new
  // warning on clean real report text.
  if (!x || !v || !o || x.word.length < 2 || !leansAdverbial(x.word)) return false;
  // Coordinated modifiers (统一、顺畅、高效) are one phrase: what stands before the list decides, as it
  // would before one word (健全 + 统一、高效的联动机制 is the verb's object, no adverbial).
  let b = i - 2;
  while (t[b]?.word === '、' && (t[b - 1]?.word.length ?? 0) >= 2) b -= 2;
  const before = t[b];
  // 将/把 … before the adverbial mark what follows as an object (将定期的检查结果报送), whatever jieba
  // tags them (将 d).
  if (before && OBJECT_MARKERS.has(before.word)) return false;
  // A modal itself is a verb to jieba (要 v): only it, not another verb, may stand right before.
  if (before && !(BEFORE_ADVERBIAL.test(before.tag) && (before.tag !== 'v' || DIRECTIVES.has(before.word)))) return false;
  if (v.word.length < 2 || !verbish(v) || CLAUSE_OR_LIST_MARK.test(o.word) || /^(u|x|c|p|y)/.test(o.tag)) return false;
  for (let j = i - 2; j >= 0 && !SENTENCE_END.test(t[j]!.word); j--) if (DIRECTIVES.has(t[j]!.word)) return true;
  return false;
}

/** Tags of the words of a noun phrase after 地: nouns, verb and adjective forms used as nouns. */
const NOUNISH = /^(n|nz|vn|an|ng)$/;

/**
 * 地 → 的 where the word before 地 leans nominal in the model (leansNominal: 优质, 良好, 重大) and a
 * noun phrase closing the clause follows (扩大优质地教育资源供给 → 的), or one or two plain nouns that
 * the clause's predicate follows (让优质地医疗资源持续下沉 → 的). The closing phrase must start with a noun
 * (not a verb form, which an adverbial could modify) and hold at most three words, all nouns or
 * noun uses of verbs; jieba's tag of the modifier is not read (优质 n, 温馨 nr). Not where jieba may have
 * cut a noun's 地 off (低 + 效用 + 地 of 低效 + 用地): the word before and the modifier's head make a
 * word, and its last character and 地 another.
 */
export function leanNominalBeforeNoun(t: readonly Token[], i: number, dict: WordDictionary): boolean {
  const x = t[i - 1];
  if (!x || t[i]!.tag !== 'uv' || x.word.length < 2 || !leansNominal(x.word)) return false;
  const w = t[i - 2];
  if (w && dict.freq(w.word + x.word.slice(0, -1)) > 0 && dict.freq(x.word.slice(-1) + '地') > 0) return false;
  let end = i + 1;
  while (end < t.length && !CLAUSE_OR_LIST_MARK.test(t[end]!.word) && t[end]!.tag !== 'x') end++;
  // Nouns that do not close the clause but are followed by its predicate (优质地医疗资源 + 持续下沉,
  // 厚重地历史底蕴 + 是): the phrase is the predicate's subject, and an adverbial's 地 is never followed
  // by a noun before its verb. One or two plain nouns (jieba n, nz), then an adverb or a verb.
  let k = i + 1;
  while (k < end && k <= i + 2 && /^(n|nz)$/.test(t[k]!.tag) && t[k]!.word.length >= 2) k++;
  if (k > i + 1 && k < end && /^(d|vd|v)$/.test(t[k]!.tag)) return true;
  const np = t.slice(i + 1, end);
  const first = np[0];
  if (!first || np.length > 3 || np.some((k) => k.word.length < 2)) return false;
  if (/^(n|nz)$/.test(first.tag) && np.every((k) => NOUNISH.test(k.tag))) return true;
  // A verb then nouns (出行 + 环境) is a noun phrase too where an object-taking verb earlier in the
  // clause owns it (营造温馨地出行环境 → 的); without one, 温馨地提醒游客 is an adverbial's verb phrase.
  return first.tag === 'v' && np.length >= 2 && np.slice(1).every((k) => /^(n|nz)$/.test(k.tag)) && ownerBefore(t, i - 1);
}

/** Verbs of 公文 that take a noun phrase object built round a modifier (营造…环境, 提供…服务). */
const OWNERS: ReadonlySet<string> = new Set('营造 打造 提供 创造 形成 构建 建立 树立 保持 增加 扩大 培育 建设 享受 获得'.split(' '));

/** An owner verb (OWNERS) earlier in the clause than token k, with no other verb or 的 between. */
function ownerBefore(t: readonly Token[], k: number): boolean {
  for (let j = k - 1; j >= 0 && !CLAUSE_OR_LIST_MARK.test(t[j]!.word); j--) {
    if (OWNERS.has(t[j]!.word)) return true;
    if (t[j]!.word === '的' || /^(v|p)$/.test(t[j]!.tag)) return false;
  }
  return false;
}

/**
 * 得 + a noun modifier (leansNominal: 良好, 浓厚) + a noun closing the clause: 得 never takes a noun
 * phrase, so 的 (形成了比学赶超得良好氛围 → 的). jieba keeps some such phrases as one token (良好氛围
 * v): a four-character token is read as its two halves.
 */
export function nominalAfterDe(t: readonly Token[], i: number, dict: WordDictionary): boolean {
  if (t[i]!.word !== '得' || t[i]!.tag !== 'ud') return false;
  const p = t[i + 1];
  if (!p) return false;
  const closes = (k: Token | undefined): boolean => !k || CLAUSE_OR_LIST_MARK.test(k.word) || k.tag === 'x';
  let parts: [string, string] | null = null;
  if (p.word.length === 4 && closes(t[i + 2])) parts = [p.word.slice(0, 2), p.word.slice(2)];
  else if (p.word.length === 2 && t[i + 2] && t[i + 2]!.word.length >= 2 && /^(n|nz)$/.test(t[i + 2]!.tag) && closes(t[i + 3])) parts = [p.word, t[i + 2]!.word];
  // After a person (a word closing on 人/者/员: 被调查人, 申请人, 委员), 得 + a verb CC-CEDICT files as a
  // verb (陈述 nr, 申报 nz) + its object is 得 = may or must (被调查人得陈述意见, the register of rules):
  // jieba's noun tags of the verb do not make it a noun phrase there.
  if (parts && (properTaggedVerb(parts[0]) || nounTaggedVerb(parts[0])) && /[人者员]$/.test(t[i - 1]?.word ?? '')) return false;
  return !!parts && leansNominal(parts[0]) && /^n/.test(dict.tagOf(parts[1]) ?? '');
}
