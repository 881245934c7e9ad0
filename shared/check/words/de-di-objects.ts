import type { Token } from './analyse';
import { CLAUSE_MARK, isHanWord } from './analyse';
import type { WordDictionary } from './dictionary';
import { MANNER_WORDS } from './de-di-words';
import { leansAdverbial, seenBeforeDi } from './de-di-lean';
import { nounTaggedVerb } from './noun-tagged-verbs-set';

/**
 * Three more part-of-speech shapes of 的/地/得 (round 14, check-16b), each read from the grammar,
 * not from seen sentences:
 * - verbOwnsNounAfterDi: a verb that takes an object (解决, 营造, 形成) + its modifier + 地 + a noun
 *   phrase closing the clause: the phrase is the verb's object, so 的 (解决群众急难愁盼地问题,
 *   营造风清气正地政治生态). The modifier may be anything jieba makes of it (风/清/气/正).
 * - compoundObjectAfterDi: an object-taking verb right before the modifier + 地 + a verb-noun compound
 *   closing the clause (开发稳定地就业岗位, 配齐必要地防护装备): the compound is the verb's object, so 的.
 * - requestAdverbial: 请/责成/要求/督促 + an office + a manner word + 的 + a verb and its object: the
 *   office is the subject of the verb asked for, so the manner word is its adverbial: 地 (请财政局
 *   及时的拨付资金 → 及时地). Traditional 公文 writes every instruction this way (請…局…).
 * - distributive: 逐 + a measure or noun (逐户, 逐人, 逐校), once or twice, is a manner adverbial
 *   before a verb, whatever jieba tags its parts (逐户逐人地进行摸排).
 */

const NOUNISH = /^(n|nz|vn|an|ng|nt|j)$/;
/** Verb forms that are nouns in 公文 but read as verbs after 地: never the head of the phrase here. */
const VERB_HEADS = new Set(['落实', '办理', '报告', '交底', '部署', '规划', '工作', '发展', '建设', '管理', '服务', '监督', '学习', '研究']);
/** Modal and auxiliary verbs: never the verb that owns an object. */
const NOT_OWNERS = /^(要|应|应当|应该|必须|需要|能够|可以|进一步|不断|继续|持续|坚持|努力|积极|认真|切实)$/;

/** 地 + one to three nouns closing the clause, after an object-taking verb earlier in the clause: 的. */
export function verbOwnsNounAfterDi(t: readonly Token[], i: number, dict: WordDictionary): boolean {
  const m = t[i - 1];
  // 地 after a preposition or a function word is the noun (在地製造業, Taiwan's "local"), no particle.
  if (t[i]!.tag !== 'uv' || !m || !isHanWord(m.word) || /^(p|c|u|r|m|q|f)/.test(m.tag)) return false;
  let end = i + 1;
  while (end < t.length && !CLAUSE_MARK.test(t[end]!.word) && t[end]!.word !== '、' && t[end]!.tag !== 'x') end++;
  if (end < t.length && !CLAUSE_MARK.test(t[end]!.word)) return false;
  const np = t.slice(i + 1, end);
  if (np.length < 1 || np.length > 3) return false;
  const last = np[np.length - 1]!;
  // A noun proper closes it; a verb form before it is a modifier (工作格局), never first alone.
  if (last.tag !== 'n' || !np.every((k) => k.word.length >= 2 && NOUNISH.test(k.tag))) return false;
  if (np.length === 1 ? VERB_HEADS.has(last.word) : /^v/.test(dict.tagOf(np[0]!.word) ?? '') && np[0]!.tag !== 'vn') return false;
  // A verb jieba tags n first (认真地核算房屋价值: 核算, noun-tagged-verbs.ts) is the verb 地 modifies.
  if (np.length > 1 && nounTaggedVerb(np[0]!.word)) return false;
  if (np.length > 1 && VERB_HEADS.has(np[0]!.word) && np[0]!.tag !== 'vn') return false;
  // The owner: a plain verb (v, or vn jieba gives 营造) of two characters, two to six tokens before
  // 地, with no other verb, preposition or 的 between it and the modifier (a clause of its own).
  for (let k = i - 2, n = 0; k >= 0 && n < 6 && !CLAUSE_MARK.test(t[k]!.word); k--, n++) {
    const w = t[k]!;
    if (w.word === '的' || w.word === '地' || /^p/.test(w.tag)) return false;
    if (/^(v|vn)$/.test(w.tag) && w.word.length === 2 && !NOT_OWNERS.test(w.word)) return k < i - 1;
  }
  return false;
}

/**
 * Verbs that take a verb phrase as their object (确保安全地运行设备, 坚持严格地执行制度): after them a
 * modifier + 地 + verb + noun is an adverbial and its predicate, so compoundObjectAfterDi never reads them.
 */
const PHRASE_TAKERS: ReadonlySet<string> = new Set(
  (
    '确保 保证 保障 坚持 继续 开始 加快 加速 推动 推进 促进 带动 努力 争取 善于 敢于 勇于 乐于 学会 学习 习惯 注意 注重 ' +
    '力求 力争 着力 着手 致力 带头 帮助 引导 鼓励 支持 组织 指导 协助 督促 要求 希望 需要 进行 加以 予以 给予 负责 决定 ' +
    '计划 准备 打算 主张 提倡 倡导 实现 做到 便于 用于 得以 避免 防止 禁止 允许 同意 设法 尝试 试图 旨在 持续 不断 开展'
  ).split(' '),
);

/**
 * 地 → 的 where an object-taking verb stands right before the modifier and 地 is followed by a verb and
 * a noun closing the clause: 要开发稳定地就业岗位, 要配齐必要地防护装备. An adverbial there would need
 * the verb before it to take the verb phrase after (确保安全地运行设备: PHRASE_TAKERS); a verb that takes
 * a thing as its object makes verb + noun a compound noun (就业岗位, 防护装备), and the modifier its
 * attribute. jieba tags the compound's first word v, which verbOwnsNounAfterDi reads as the verb 地
 * modifies. Not after a modifier the language model writes before 地 (认真, 积极: leansAdverbial) or a
 * listed manner word; owner decides which tokens are object-taking verbs (de-di.ts adds verb + result
 * compounds jieba tags a, 配齐).
 */
export function compoundObjectAfterDi(t: readonly Token[], i: number, owner: (k: Token) => boolean): boolean {
  const m = t[i - 1];
  const w = t[i - 2];
  // jieba files some adjectives as verbs (醒目 v, 完善 v): after an object-taking verb they are the
  // object's attribute all the same, since the verb takes the compound noun after 地 as its object.
  if (t[i]!.tag !== 'uv' || !m || !w || m.word.length < 2 || !isHanWord(m.word) || !/^(a|an|b|d|n|v)$/.test(m.tag)) return false;
  if (leansAdverbial(m.word) || MANNER_WORDS.has(m.word)) return false;
  if (w.word.length !== 2 || !owner(w) || PHRASE_TAKERS.has(w.word) || NOT_OWNERS.test(w.word)) return false;
  const v = t[i + 1];
  const n = t[i + 2];
  const end = t[i + 3];
  if (!v || !n || (end && !CLAUSE_MARK.test(end.word))) return false;
  return /^(v|vn)$/.test(v.tag) && v.word.length === 2 && n.tag === 'n' && n.word.length >= 2 && !nounTaggedVerb(n.word) && !VERB_HEADS.has(n.word);
}

/** Verbs that ask, lead or move someone to act: the office after them is the doer of the next verb. */
const REQUESTS = new Set(['请', '责成', '要求', '督促', '鼓励', '引导', '动员', '号召', '带领', '组织', '指导']);
/** Manner words of instructions jieba tags otherwise (定期 vn, 即时 c). */
const TIMING = new Set([
  '定期',
  '即时',
  '及时',
  '按时',
  '限期',
  '如期',
  '适时',
  '尽快',
  '立即',
  '随时',
  '实时',
  '逐一',
  '全面',
  '主动',
  '密切',
  '妥善',
  '审慎',
  '从严',
  '依法',
  '切实',
  '全力',
  '持续',
]);

/** Modals that may stand between the subject and the request (要组织, 应督促, 必须责成). */
const REQUEST_MODALS: ReadonlySet<string> = new Set(['要', '应', '应当', '必须', '须', '务必']);

/** (Subject +) 请/要求/鼓励… + an office + a manner word + 的 + a verb with an object: 地. */
export function requestAdverbial(t: readonly Token[], i: number): boolean {
  const x = t[i - 1]!;
  const v = t[i + 1];
  const obj = t[i + 2];
  // A verb jieba tags n (动员, 论证: noun-tagged-verbs.ts) is the verb asked for as well.
  if (t[i]!.word !== '的' || !v || !obj || !(/^(v|vn)$/.test(v.tag) || nounTaggedVerb(v.word)) || v.word.length < 2 || CLAUSE_MARK.test(obj.word) || obj.word === '的' || obj.tag === 'x') return false;
  // z: a state word (认真仔细, 扎扎实实) is a manner word as an adverb is; so is a word the language
  // model has seen before 地 (不懈 a, 全天候 n: de-di-lean.ts), whatever jieba tags it, in this frame.
  const manner = (k: Token): boolean => TIMING.has(k.word) || MANNER_WORDS.has(k.word) || (k.word.length >= 2 && (/^(ad|d|vd|z)$/.test(k.tag) || seenBeforeDi(k.word)));
  if (!manner(x)) return false;
  let k = i - 2;
  // One more manner word before it (持续 + 密切).
  if (k >= 0 && manner(t[k]!)) k--;
  k = beforeTimePlace(t, k);
  // The office: nouns and abbreviations, 相关/有关/各 before them.
  let office = 0;
  // A verb inside an office's name (应变 + 中心) is part of it when a noun of the office follows, not
  // the manner word (做好 + 定期的检查工作: 做好 takes the phrase as its object).
  const last = k;
  // 各 + one character (各里, 各村, 各镇: jieba tags the unit f or zg, or the pair r) names the offices
  // one by one.
  const part = (j: number): boolean =>
    NOUNISH.test(t[j]!.tag) ||
    /^(ns|nr)$/.test(t[j]!.tag) ||
    /^(相关|有关|各)$/.test(t[j]!.word) ||
    (t[j]!.word.length === 1 && t[j - 1]?.word === '各' && isHanWord(t[j]!.word)) ||
    (t[j]!.word.length === 2 && t[j]!.word[0] === '各' && t[j]!.tag === 'r' && isHanWord(t[j]!.word)) ||
    (t[j]!.tag === 'v' && t[j]!.word.length === 2 && !REQUESTS.has(t[j]!.word) && j + 1 <= last && NOUNISH.test(t[j + 1]!.tag));
  for (; k >= 0 && part(k); k--) office++;
  if (office === 0 || k < 0 || !REQUESTS.has(t[k]!.word)) return false;
  // The request opens the clause, or follows its subject (会议要求各单位…, 县政府责成…): nouns only,
  // and one modal right before the request (各镇要组织巡查队…: the subject's duty to ask).
  let j = k - 1;
  if (j >= 0 && REQUEST_MODALS.has(t[j]!.word)) j--;
  for (; j >= 0 && !CLAUSE_MARK.test(t[j]!.word); j--) if (!/^(n|nt|ns|nr|j|r)$/.test(t[j]!.tag) || t[j]!.word.length < 2) return false;
  return true;
}

/**
 * A time or place phrase ending at token k (在 + 春节 + 前后, 于 + 汛期 + 期间): an adverbial of its
 * own between the office and the manner word, so the request reaches past it. Returns the index
 * before 在/于, or k unchanged when no such phrase ends there.
 */
function beforeTimePlace(t: readonly Token[], k: number): number {
  if (k < 1 || !/^(f|t)$/.test(t[k]!.tag)) return k;
  for (let j = k - 1, n = 0; j >= 0 && n < 5; j--, n++) {
    const w = t[j]!;
    if ((w.word === '在' || w.word === '于') && w.tag === 'p') return j - 1;
    if (!/^(t|f|n|ns|nz|m|q|s)$/.test(w.tag)) return k;
  }
  return k;
}

/** 逐 + a one-character measure or noun, once or twice (逐户, 逐户逐人), ending right before token i. */
export function distributive(t: readonly Token[], i: number): boolean {
  const joined = (n: number): string =>
    i >= n
      ? t
          .slice(i - n, i)
          .map((k) => k.word)
          .join('')
      : '';
  return [1, 2, 3, 4].some((n) => /^(逐[\p{Script=Han}]){1,2}$/u.test(joined(n)) && !/^逐(步|渐|年|月|日)/.test(joined(n)));
}
